"""Uploads keep nothing private: random names, no location or camera metadata, and nothing of a
press release served while the release is not public (core.images, core.media)."""

import functools
import importlib
import io
import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from PIL import ExifTags, Image, ImageChops, PngImagePlugin

from missions.models import GalleryPhoto
from news import services
from news.models import PressRelease
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_release, make_section

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


def set_state(release, state):
    """Put `release` in `state`, by the database alone (the view must read it there)."""
    now = timezone.now()
    changes = {
        "public": {"status": Status.PUBLISHED, "published_at": now - timedelta(hours=1)},
        "draft": {"status": Status.DRAFT},
        "in review": {"status": Status.IN_REVIEW},
        "scheduled ahead": {"status": Status.SCHEDULED, "published_at": now + timedelta(days=1)},
        "archived": {"status": Status.ARCHIVED},
        "expired": {
            "status": Status.PUBLISHED,
            "published_at": now - timedelta(days=2),
            "expires_at": now - timedelta(days=1),
        },
    }[state]
    changes.setdefault("expires_at", None)
    changes.setdefault("published_at", now - timedelta(hours=1))
    PressRelease.objects.filter(pk=release.pk).update(**changes)
    release.refresh_from_db()
    assert release.is_published == (state == "public")


def photo_urls(html):
    """Every photograph address a release page gives: <picture> sources, img src, og:image."""
    urls = set()
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        urls |= {candidate.rsplit(" ", 1)[0] for candidate in srcset.split(", ")}
    urls |= set(re.findall(r'<img src="([^"]+)"', html))
    urls |= set(re.findall(r'<meta property="og:image" content="([^"]+)"', html))
    return {url.removeprefix("http://testserver") for url in urls}


def every_photo_url(release, client):
    """The original's address and every rendition's (as a preview page shows them)."""
    html = client.get(release.get_absolute_url()).content.decode()
    urls = photo_urls(html)
    assert len(urls) == 5, urls  # 480 and 800 wide in WebP and JPEG, and the link preview
    return {release.photo.url, *urls}


def files_under(root):
    return {
        str(Path(folder, name).relative_to(root))
        for folder, _subfolders, names in os.walk(root)
        for name in names
    }


@pytest.fixture
def visitor():
    """Someone who is not logged in (pytest-django's `client` is the one editors log in)."""
    return Client()


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


def test_renditions_are_named_after_the_random_name(photographed_release, editor_client):
    urls = every_photo_url(photographed_release, editor_client) - {photographed_release.photo.url}

    token = photographed_release.photo.name.removeprefix("photos/")
    for url in urls:
        assert url.startswith(f"/news/media/CACHE/images/photos/{token}/"), url
        assert "belgrade" not in url


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


def test_a_camera_photograph_is_still_shown_upright(photographed_release, visitor):
    html = visitor.get(photographed_release.get_absolute_url()).content.decode()

    assert 'width="800" height="1000"' in html  # 1000 x 800 stored, turned a quarter
    smallest = re.findall(r'srcset="(\S+) 480w', html)[0]
    response = visitor.get(smallest)
    assert pixels(b"".join(response.streaming_content)).size == (480, 600)


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


# Nothing of a release that is not public -------------------------------------------------------

NOT_PUBLIC = ["draft", "in review", "scheduled ahead", "archived", "expired"]


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_nothing_of_a_release_that_is_not_public_is_served(
    photographed_release, editor_client, visitor, state
):
    release = photographed_release
    set_state(release, state)
    urls = every_photo_url(release, editor_client)  # as an editor's preview shows them

    for url in urls:
        assert visitor.get(url).status_code == 404, url

    set_state(release, "public")
    for url in urls:
        response = visitor.get(url)
        assert response.status_code == 200, url
        name = url.removeprefix("/news/media/")
        with release.photo.storage.open(name) as file:
            assert b"".join(response.streaming_content) == file.read()
        assert response["Content-Type"] in {"image/jpeg", "image/webp"}
        assert response["Cache-Control"] == "public, max-age=60"


def test_release_photographs_are_outside_the_public_media(photographed_release, editor_client):
    every_photo_url(photographed_release, editor_client)  # every rendition made
    token = Path(photographed_release.photo.name).stem

    public = files_under(settings.MEDIA_ROOT)
    protected = files_under(settings.PROTECTED_MEDIA_ROOT)

    assert not [name for name in public if token in name]
    assert len([name for name in protected if token in name]) == 6  # original, 5 renditions
    assert not Path(settings.PROTECTED_MEDIA_ROOT).is_relative_to(settings.MEDIA_ROOT)


def test_a_photograph_is_404_at_once_when_its_release_is_unpublished(
    photographed_release, editor_client, visitor
):
    release = photographed_release
    urls = every_photo_url(release, visitor)  # the public page's own addresses
    assert {visitor.get(url).status_code for url in urls} == {200}

    services.unpublish(PressRelease.objects.filter(pk=release.pk), user=editor_client.user)

    assert {visitor.get(url).status_code for url in urls} == {404}
    assert visitor.get(release.get_absolute_url()).status_code == 404


def test_staff_who_may_preview_get_the_photographs_never_cached(photographed_release, publisher):
    set_state(photographed_release, "draft")

    for url in every_photo_url(photographed_release, publisher):
        response = publisher.get(url)
        assert response.status_code == 200, url
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control
        assert "public" not in cache_control
        assert response["X-Robots-Tag"] == "noindex"


def test_staff_outside_the_releases_scope_get_nothing_before_it_is_public(
    editor_client, serbia_staff, chairpersonship, field, belgrade
):
    other = make_release(
        "Chairpersonship only", sources=[chairpersonship], fields=[field], places=[belgrade]
    )
    post_release_photo(editor_client, other, camera_photo())
    set_state(other, "draft")

    assert serbia_staff.get(other.photo.url).status_code == 404
    set_state(other, "public")
    assert serbia_staff.get(other.photo.url).status_code == 200


def test_a_replaced_photograph_is_no_longer_served(photographed_release, editor_client, visitor):
    old = photographed_release.photo.url
    assert visitor.get(old).status_code == 200

    replaced = post_release_photo(editor_client, photographed_release, camera_photo())

    assert visitor.get(replaced.photo.url).status_code == 200
    assert visitor.get(old).status_code == 404
    assert editor_client.get(old).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "../../osce_site/settings.py",
        "photos/../../../osce_site/settings.py",
        "CACHE/images/{name}/../../../../../../etc/passwd",
        "{name}/../{name}",
        "./{name}",
        "/etc/passwd",
        "%2e%2e/%2e%2e/etc/passwd",
        "..%2f..%2fetc%2fpasswd",
        "CACHE/images/{name}",
        "CACHE/images/{name}/",
        "CACHE/images/{name}/..",
        "CACHE/images/{name}/../../../../../secret.jpg",
        "photos",
    ],
)
def test_nothing_but_a_releases_own_files_is_reachable(
    photographed_release, editor_client, visitor, path
):
    # A file beside the protected folder, and one in it that belongs to no release.
    Path(settings.PROTECTED_MEDIA_ROOT, "..", "secret.jpg").resolve().write_bytes(b"secret")
    Path(settings.PROTECTED_MEDIA_ROOT, "photos", "stray.jpg").write_bytes(camera_photo())
    url = "/news/media/" + path.format(name=photographed_release.photo.name)

    assert visitor.get(url).status_code == 404
    assert editor_client.get(url).status_code == 404  # staff neither
    assert visitor.get("/news/media/photos/stray.jpg").status_code == 404


@pytest.mark.parametrize(
    "name",
    ["", "/photos/a.jpg", "../a.jpg", "photos/../a.jpg", "./a.jpg", "photos//a.jpg", "a\\b.jpg",
     "photos/a.jpg\x00.png", "CACHE/images/photos/a.jpg/..", "CACHE/images/x.jpg"],
)  # fmt: skip
def test_a_name_that_could_lead_elsewhere_names_no_original(name):
    storage = PressRelease._meta.get_field("photo").storage

    assert storage.original_name(name) is None


def test_a_renditions_name_names_its_original():
    storage = PressRelease._meta.get_field("photo").storage

    assert storage.original_name("photos/ab12.jpg") == "photos/ab12.jpg"
    assert storage.original_name("CACHE/images/photos/ab12.jpg/f00.webp") == "photos/ab12.jpg"


def test_a_visitor_costs_one_query(photographed_release, visitor, django_assert_num_queries):
    url = photographed_release.photo.url

    with django_assert_num_queries(1):
        assert visitor.get(url).status_code == 200
    set_state(photographed_release, "draft")
    with CaptureQueriesContext(connection) as queries:
        assert visitor.get(url).status_code == 404
    # One to decide; the rest is the site's 404 page (navigation, old addresses).
    assert len([q for q in queries if "news_pressrelease" in q["sql"]]) == 1


def test_an_unchanged_photograph_is_not_sent_again(photographed_release, visitor):
    url = photographed_release.photo.url
    modified = visitor.get(url)["Last-Modified"]

    again = visitor.get(url, headers={"If-Modified-Since": modified})

    assert again.status_code == 304
    assert again["Cache-Control"] == "public, max-age=60"
    later = http_date(timezone.now().timestamp() - 3600)
    assert visitor.get(url, headers={"If-Modified-Since": later}).status_code == 200


def test_only_reading_is_allowed(photographed_release, visitor):
    url = photographed_release.photo.url

    assert visitor.head(url).status_code == 200
    assert visitor.post(url).status_code == 405


def test_the_feed_encloses_the_served_link_preview(photographed_release, visitor):
    rss = visitor.get(reverse("news:feed-rss")).content.decode()

    [enclosure] = re.findall(r"<enclosure [^>]+>", rss)
    url = re.search(r'url="http://testserver([^"]+)"', enclosure)[1]
    length = re.search(r'length="(\d+)"', enclosure)[1]
    assert url.startswith("/news/media/CACHE/images/photos/")
    response = visitor.get(url)
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content)) == int(length)


# Photographs stored before -------------------------------------------------------------------


def test_the_migration_moves_a_releases_photograph_out_of_the_public_media(release, visitor):
    from django.apps import apps

    migration = importlib.import_module("news.migrations.0010_release_photos_protected")
    legacy = "photos/2025/05/belgrade-safe-house.jpg"
    old_rendition = "CACHE/images/photos/2025/05/belgrade-safe-house/a1b2.jpg"
    default_storage.save(legacy, ContentFile(camera_photo()))
    default_storage.save(old_rendition, ContentFile(b"x"))
    PressRelease.objects.filter(pk=release.pk).update(
        photo=legacy, photo_width=1000, photo_height=800, photo_alt="People"
    )

    migration.into_protected_storage(apps, None)

    release.refresh_from_db()
    assert release.photo.name == legacy  # it keeps its name
    assert not default_storage.exists(legacy)
    assert not default_storage.exists(old_rendition)
    assert metadata_left(stored_bytes(release.photo)) == []
    html = visitor.get(release.get_absolute_url()).content.decode()
    urls = photo_urls(html)
    assert len(urls) == 5
    assert all(visitor.get(url).status_code == 200 for url in urls)
