"""Uploads keep nothing private: random names, no location or camera metadata (core.images)."""

import functools
import io
import re

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags, Image, ImageChops, PngImagePlugin

from missions.models import GalleryPhoto
from news.models import PressRelease
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_section

pytestmark = pytest.mark.django_db

Status = PressRelease.Status
SERIAL = "SN-4711-0815"
RANDOM_NAME = re.compile(r"photos/[0-9a-f]{32}\.(jpg|png|webp|gif)")


# Helpers ---------------------------------------------------------------------------------------


def camera_exif(orientation=6):
    """What a phone writes: where (GPS), with what (make, model, serial) and how it was held."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS R5"
    exif[ExifTags.Base.Artist] = "Jane Photographer"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = SERIAL
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (44.0, 49.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (20.0, 27.0, 33.0)
    return exif


@functools.cache
def picture(width=1000, height=800):
    """A picture with detail, so that re-encoding it would change its pixels (always the same
    one: made once)."""
    detail = Image.effect_mandelbrot((width, height), (-2.2, -1.2, 1.0, 1.2), 60)
    flipped = detail.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    return Image.merge("RGB", [detail, flipped, detail.transpose(Image.Transpose.ROTATE_180)])


@functools.cache
def camera_photo(format="JPEG", width=1000, height=800, orientation=6):
    """A photograph as it leaves a camera: GPS position, serial number, XMP and a comment."""
    buffer = io.BytesIO()
    xmp = b'<x:xmpmeta><rdf:Description exif:GPSLatitude="44,49.2N"/></x:xmpmeta>'
    options = {"exif": camera_exif(orientation)}
    if format == "JPEG":
        options.update(quality=92, comment=b"Taken at the safe house", xmp=xmp)
    elif format == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "Taken at the safe house")
        info.add_itxt("XML:com.adobe.xmp", xmp.decode())
        options["pnginfo"] = info
    elif format == "WEBP":
        options.update(lossless=True, xmp=xmp)
    picture(width, height).save(buffer, format=format, **options)
    return buffer.getvalue()


EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def metadata_left(data):
    """What identifying metadata the image file `data` still holds."""
    left = []
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if exif.get_ifd(ExifTags.IFD.GPSInfo):
            left.append("GPS")
        if exif.get_ifd(ExifTags.IFD.Exif):
            left.append("EXIF IFD")  # the serial number lives there
        for tag in ("Make", "Model", "Artist"):
            if getattr(ExifTags.Base, tag) in exif:
                left.append(tag)
        left += [
            key for key in ("xmp", "XML:com.adobe.xmp", "comment", "Comment") if key in image.info
        ]
    left += [
        text for text in (SERIAL, "safe house", "GPSLatitude", "Canon") if text.encode() in data
    ]
    return left


def orientation_of(data):
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif().get(ExifTags.Base.Orientation)


def pixels(data):
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def stored_bytes(field_file):
    with field_file.storage.open(field_file.name) as file:
        return file.read()


def post_release_photo(client, release, content, name="belgrade-safe-house-2025-05-02.jpg"):
    data = change_form_data(
        client,
        release,
        photo=SimpleUploadedFile(name, content, content_type="image/jpeg"),
        photo_alt="People around a table",
    )
    response = client.post(change_url(release), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    release.refresh_from_db()
    return release


def attach(obj, content, name="photo.jpg"):
    obj.photo.save(name, ContentFile(content, name=name), save=False)
    obj.photo_alt = "People around a table"
    obj.save()
    return obj


@pytest.fixture
def photographed_release(editor_client, release):
    """The release (published) with a camera photograph uploaded through the admin."""
    return post_release_photo(editor_client, release, camera_photo())


# Unguessable names -----------------------------------------------------------------------------


def test_an_upload_is_stored_under_a_random_name_without_its_own_name_or_date(
    photographed_release, editor_client, release
):
    name = photographed_release.photo.name

    assert RANDOM_NAME.fullmatch(name), name
    assert "belgrade" not in name and "safe" not in name
    assert str(timezone.now().year) not in name.removeprefix("photos/")[:4]
    again = post_release_photo(editor_client, release, camera_photo()).photo.name
    assert RANDOM_NAME.fullmatch(again) and again != name


@pytest.mark.parametrize("model", ["section", "gallery"])
def test_operations_photographs_get_random_names_too_in_the_public_media(mission, model):
    obj = make_section(mission, "Media") if model == "section" else GalleryPhoto(operation=mission)

    attach(obj, camera_photo(), name="mission-office-2025-05-02.jpg")

    assert RANDOM_NAME.fullmatch(obj.photo.name)
    assert obj.photo.storage is default_storage
    assert obj.photo.url == f"{settings.MEDIA_URL}{obj.photo.name}"
    assert metadata_left(stored_bytes(obj.photo)) == []


def test_the_extension_says_what_the_file_is_not_what_it_was_called(release):
    buffer = io.BytesIO()
    picture(40, 30).save(buffer, format="PNG")

    attach(release, buffer.getvalue(), name="photo.jpg")

    assert release.photo.name.endswith(".png")


# No location nor camera metadata ---------------------------------------------------------------


def test_an_admin_upload_is_stored_without_gps_serial_xmp_or_comment(photographed_release):
    stored = stored_bytes(photographed_release.photo)

    assert metadata_left(camera_photo()) != []  # what the camera wrote, for comparison
    assert metadata_left(stored) == []
    assert orientation_of(stored) == 6  # the camera was turned: still shown upright


@pytest.mark.parametrize("format", ["JPEG", "PNG", "WEBP"])
def test_an_orm_save_is_stored_without_metadata_in_every_format(release, format):
    attach(release, camera_photo(format), name=f"camera.{EXTENSIONS[format]}")

    stored = stored_bytes(release.photo)
    assert release.photo.name.endswith(f".{EXTENSIONS[format]}")
    assert metadata_left(stored) == []
    assert orientation_of(stored) == 6


def test_a_file_assigned_then_saved_is_stripped_too(mission):
    photo = GalleryPhoto.objects.create(
        operation=mission,
        photo=SimpleUploadedFile("camera.jpg", camera_photo(), content_type="image/jpeg"),
        photo_alt="A workshop",
    )

    assert metadata_left(stored_bytes(photo.photo)) == []
    assert (photo.photo_width, photo.photo_height) == (1000, 800)


def test_stripping_keeps_every_pixel_as_it_was(photographed_release):
    upload = camera_photo()

    stored = stored_bytes(photographed_release.photo)

    assert len(stored) < len(upload)
    assert ImageChops.difference(pixels(upload), pixels(stored)).getbbox() is None


def test_a_camera_photograph_is_still_shown_upright(photographed_release, client):
    html = client.get(photographed_release.get_absolute_url()).content.decode()

    assert 'width="800" height="1000"' in html  # 1000 x 800 stored, turned a quarter


def test_a_camera_jpeg_with_a_second_picture_keeps_only_the_first(release):
    buffer = io.BytesIO()
    first, second = picture(300, 200), Image.new("RGB", (300, 200), "red")
    first.save(buffer, format="MPO", save_all=True, append_images=[second], exif=camera_exif())

    attach(release, buffer.getvalue())

    stored = stored_bytes(release.photo)
    with Image.open(io.BytesIO(stored)) as image:
        assert (image.format, getattr(image, "n_frames", 1)) == ("JPEG", 1)
    assert metadata_left(stored) == []


def test_a_file_that_is_not_a_photograph_is_refused_on_save(release):
    with pytest.raises(Exception, match="not a photograph the site can read"):
        attach(release, b"Minutes of the meeting", name="notes.jpg")

    assert not PressRelease.objects.get(pk=release.pk).photo
