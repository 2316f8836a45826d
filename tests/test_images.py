"""Photographs: uploads within limits, and pages that show resized renditions, never the upload."""

import io
import re
import shutil
import struct
import zlib
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from core import images
from missions.models import FieldOperation, GalleryPhoto, WorkSection
from news.models import PressRelease
from projects.models import Project
from publications.models import PublicationFile
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_section

pytestmark = pytest.mark.django_db


# Helpers ---------------------------------------------------------------------------------------


def jpeg(width=2000, height=1125, colour="teal", **save):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="JPEG", **save)
    return buffer.getvalue()


def png(width=20, height=10, mode="RGB", colour="teal"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def png_header_only(width, height):
    """A PNG that claims `width` by `height` pixels in a few bytes, like a decompression bomb."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def attach(obj, content, name="photo.jpg", alt="People around a table"):
    obj.photo.save(name, ContentFile(content, name=name), save=False)
    obj.photo_alt = alt
    obj.save()
    return obj


def post_release_photo(editor_client, release, content, name="photo.jpg"):
    data = change_form_data(
        editor_client, release, photo=upload(content, name), photo_alt="People around a table"
    )
    return editor_client.post(change_url(release), data)


def photo_errors(response):
    assert response.status_code == 200, "the form was not shown again with its errors"
    return " ".join(response.context["adminform"].form.errors.get("photo", []))


def srcsets(html):
    """(WebP srcset, fallback srcset) of each <picture> in `html`."""
    return re.findall(
        r'<source type="image/webp" srcset="([^"]+)"[^>]*>\s*<img src="[^"]+" srcset="([^"]+)"',
        html,
    )


def widths(srcset):
    return [int(candidate.rsplit(" ", 1)[1][:-1]) for candidate in srcset.split(", ")]


# The protected storages' image fields and the views that serve them.
PROTECTED_IMAGES = [
    (PressRelease._meta.get_field("photo"), "news:media"),
    (Project._meta.get_field("photo"), "projects:media"),
    (PublicationFile._meta.get_field("cover"), "publications:cover"),
]


def stored_image(url, *attributes):
    """(format, size, *attributes) of the image file at `url`: in the media storage, or in one
    of the protected storages (core.media.ProtectedStorage) whose view serves it: releases' and
    projects' photographs, publications' covers."""
    path = url.removeprefix("http://testserver")
    storage, name = default_storage, path.removeprefix(default_storage.base_url)
    for field, view in PROTECTED_IMAGES:
        served = reverse(view, kwargs={"name": "-"}).removesuffix("-")
        if path.startswith(served):
            storage, name = field.storage, path.removeprefix(served)
    with storage.open(name) as file, Image.open(file) as image:
        return (image.format, image.size, *(getattr(image, attribute) for attribute in attributes))


def queries(client, url):
    cache.clear()  # nothing remembered: renditions are looked up (not made: they exist) again
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# Uploads: refused with a clear error on the admin form -----------------------------------------


def test_a_file_over_the_size_limit_is_refused_on_the_change_form(editor_client, release):
    too_big = png() + b"\0" * (10 * 1024 * 1024)  # a real image, padded past 10 MB

    response = post_release_photo(editor_client, release, too_big, name="photo.png")

    assert "a photograph may be at most 10.0" in photo_errors(response)
    assert "a photograph may be at most 10.0" in response.content.decode()
    release.refresh_from_db()
    assert not release.photo


def test_an_image_of_too_many_pixels_is_refused(editor_client, release):
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, format="PNG")  # 48 megapixels in a few kilobytes

    response = post_release_photo(editor_client, release, buffer.getvalue(), name="wide.png")

    message = "This image is 8000 × 6000 pixels, more than the 40 megapixels"
    assert message in photo_errors(response)
    assert message in response.content.decode()
    assert not PressRelease.objects.get(pk=release.pk).photo


def test_a_decompression_bomb_is_a_form_error_not_a_server_error(editor_client, release):
    response = post_release_photo(
        editor_client, release, png_header_only(30_000, 30_000), name="bomb.png"
    )

    assert photo_errors(response)  # Pillow will not even open it: "Upload a valid image"
    assert not PressRelease.objects.get(pk=release.pk).photo


@pytest.mark.parametrize("size", [(30_000, 30_000), (10_000, 10_000), (7_000, 6_000)])
def test_any_image_over_the_pixel_limit_is_refused_before_it_is_decoded(size):
    with pytest.raises(ValidationError) as refused:
        images.validate_upload(ContentFile(png_header_only(*size), name="bomb.png"))

    assert refused.value.code == "too_many_pixels"
    assert "40 megapixels" in refused.value.messages[0]


def test_a_text_file_named_jpg_is_refused(editor_client, release):
    response = post_release_photo(editor_client, release, b"Minutes of the meeting", "notes.jpg")

    assert "Upload a valid image" in photo_errors(response)
    with pytest.raises(ValidationError, match="not a photograph the site can read"):
        images.validate_upload(ContentFile(b"Minutes of the meeting", name="notes.jpg"))


def test_a_damaged_photograph_is_refused_now_not_when_a_page_shows_it(editor_client, release):
    whole = jpeg(1600, 900, colour="navy", quality=95)
    truncated = whole[: len(whole) // 2]  # opens (and passes Django's check), cannot be decoded

    response = post_release_photo(editor_client, release, truncated)

    assert "not a photograph the site can read, or it is damaged" in photo_errors(response)


def test_only_formats_browsers_show_are_accepted():
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "teal").save(buffer, format="TIFF")

    with pytest.raises(ValidationError, match="This is a TIFF file"):
        images.validate_upload(ContentFile(buffer.getvalue(), name="scan.tif"))
    for content in (jpeg(), png(), png(mode="RGBA", colour=(0, 0, 0, 0))):
        images.validate_upload(ContentFile(content, name="photo"))  # no error


def test_a_good_photograph_is_accepted_and_a_kept_one_is_not_checked_again(
    editor_client, release, settings
):
    response = post_release_photo(editor_client, release, jpeg(3000, 2000))
    assert response.status_code == 302
    release.refresh_from_db()
    assert (release.photo_width, release.photo_height) == (3000, 2000)

    settings.PHOTO_MAX_PIXELS = 1000  # the limit changes; the stored photograph stays as it is
    data = change_form_data(editor_client, release, title="A new title")
    assert editor_client.post(change_url(release), data).status_code == 302
    release.refresh_from_db()
    assert (release.title, release.photo_width) == ("A new title", 3000)


def test_gallery_and_section_inlines_check_uploads_too(editor_client, mission):
    section = make_section(mission, "Democratization", position=1)
    too_big = Image.new("1", (9000, 5000))
    buffer = io.BytesIO()
    too_big.save(buffer, format="PNG")
    data = change_form_data(editor_client, mission)
    data.update(
        {
            "sections-0-photo": upload(buffer.getvalue(), "section.png", "image/png"),
            "sections-0-photo_alt": "Voters at a polling station",
            "gallery-TOTAL_FORMS": "1",
            "gallery-INITIAL_FORMS": "0",
            "gallery-0-position": "1",
            "gallery-0-photo": upload(buffer.getvalue(), "gallery.png", "image/png"),
            "gallery-0-photo_alt": "A workshop",
        }
    )

    response = editor_client.post(change_url(mission), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("This image is 9000 × 5000 pixels") == 2
    assert not GalleryPhoto.objects.exists()
    section.refresh_from_db()
    assert not section.photo


# Renditions on public pages --------------------------------------------------------------------


def test_a_release_page_serves_webp_and_jpeg_renditions_never_the_upload(client, release):
    attach(release, jpeg(2000, 1125))

    html = client.get(release.get_absolute_url()).content.decode()

    [(webp, fallback)] = srcsets(html)
    assert widths(webp) == widths(fallback) == [480, 960, 1600]
    assert all(url.endswith(".webp") for url in re.findall(r"(\S+) \d+w", webp))
    assert all(url.endswith(".jpg") for url in re.findall(r"(\S+) \d+w", fallback))
    assert 'sizes="(min-width: 50rem) 48rem, calc(100vw - 2rem)"' in html
    # The lead picture, at the top of the page, loads at once (not lazily).
    assert 'width="1600" height="900" alt="People around a table" decoding="async"' in html
    _head, body = html.split("</head>")
    assert release.photo.url not in body


def test_the_link_preview_image_is_a_1200_pixel_jpeg_rendition(client, release):
    attach(release, jpeg(2000, 1125))

    html = client.get(release.get_absolute_url()).content.decode()

    og = dict(re.findall(r'<meta property="og:image(?::(\w+))?" content="([^"]*)">', html))
    assert og[""].startswith("http://testserver/news/media/CACHE/images/")
    assert (og["type"], og["width"], og["height"]) == ("image/jpeg", "1200", "675")
    assert og["alt"] == "People around a table"
    assert stored_image(og[""]) == ("JPEG", (1200, 675))
    assert release.photo.url not in og[""]


def test_rendition_files_have_the_widths_and_formats_the_page_announces(client, release):
    attach(release, jpeg(2000, 1125))

    [(webp, fallback)] = srcsets(client.get(release.get_absolute_url()).content.decode())

    for srcset, expected_format in ((webp, "WEBP"), (fallback, "JPEG")):
        files = [stored_image(url) for url in re.findall(r"(\S+) \d+w", srcset)]
        sizes = [(480, 270), (960, 540), (1600, 900)]  # 2000 x 1125 scaled down, never cropped
        assert files == [(expected_format, size) for size in sizes]


def test_a_small_photograph_is_never_enlarged(client, release):
    attach(release, jpeg(800, 600))

    html = client.get(release.get_absolute_url()).content.decode()

    [(webp, fallback)] = srcsets(html)
    assert widths(webp) == widths(fallback) == [480, 800]
    assert 'width="800" height="600"' in html
    largest = re.findall(r"(\S+) 800w", fallback)[0]
    assert stored_image(largest) == ("JPEG", (800, 600))
    og = re.search(r'<meta property="og:image:width" content="(\d+)">', html)
    assert og[1] == "800"


def test_a_camera_photograph_is_shown_upright(client, release):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show it rotated a quarter
    attach(release, jpeg(1200, 800, exif=exif.tobytes()))

    html = client.get(release.get_absolute_url()).content.decode()

    assert 'width="800" height="1200"' in html
    [(webp, _fallback)] = srcsets(html)
    assert stored_image(re.findall(r"(\S+) 480w", webp)[0]) == ("WEBP", (480, 720))


def test_a_transparent_photograph_falls_back_to_png(client, release):
    attach(release, png(600, 300, mode="RGBA", colour=(10, 74, 122, 128)), name="logo.png")

    [(webp, fallback)] = srcsets(client.get(release.get_absolute_url()).content.decode())

    assert stored_image(re.findall(r"(\S+) 480w", fallback)[0], "mode") == (
        "PNG",
        (480, 240),
        "RGBA",
    )
    assert stored_image(re.findall(r"(\S+) 480w", webp)[0], "mode") == ("WEBP", (480, 240), "RGBA")


def test_an_operation_page_serves_renditions_for_sections_and_gallery(client, mission):
    section = attach(make_section(mission, "Democratization"), jpeg(1600, 900), alt="Voters")
    gallery = [
        attach(GalleryPhoto(operation=mission, position=n), jpeg(1000, 750), alt=f"Photo {n}")
        for n in (1, 2)
    ]

    html = client.get(mission.get_absolute_url()).content.decode()

    pictures = srcsets(html)
    # The section's, then each gallery photograph's enlarged view and its thumbnail.
    assert [widths(webp) for webp, _fallback in pictures] == [
        [480, 960, 1600],
        [480, 960, 1000],
        [480, 960, 1000],
        [480, 960, 1000],
        [480, 960, 1000],
    ]
    assert pictures[1:3] == pictures[3:]
    assert 'sizes="(min-width: 72rem) 34rem, (min-width: 60rem) calc(50vw - 2rem)' in html
    assert html.count('sizes="(min-width: 70.5rem) 17rem, (min-width: 35.5rem) 25rem') == 4
    for photo in [section, *gallery]:
        assert photo.photo.url not in html
    assert 'width="1000" height="750" alt="Photo 1"' in html


def test_a_photograph_whose_file_is_missing_is_left_out_not_a_server_error(client, release):
    # A row naming a file that is not there (lost media), and so no renditions of it.
    PressRelease.objects.filter(pk=release.pk).update(
        photo="photos/gone/photo.jpg", photo_width=800, photo_height=600, photo_alt="People"
    )

    response = client.get(release.get_absolute_url())

    assert response.status_code == 200
    assert "<picture>" not in response.content.decode()
    assert "og:image" not in response.content.decode()


def test_the_lead_picture_can_load_at_once(release):
    attach(release, jpeg(800, 600))

    lazy = render_to_string("includes/photo.html", {"item": release})
    eager = render_to_string("includes/photo.html", {"item": release, "eager": True})

    assert 'loading="lazy"' in lazy
    assert 'loading="lazy"' not in eager
    assert "<picture>" in eager


def test_pages_with_many_photographs_run_the_queries_of_pages_with_one(client, release, mission):
    attach(release, jpeg(1600, 900))
    attach(make_section(mission, "Section 1", position=1), jpeg(1600, 900))
    attach(GalleryPhoto(operation=mission, position=1), jpeg(1000, 750))
    one = {
        url: queries(client, url)
        for url in (release.get_absolute_url(), mission.get_absolute_url())
    }

    for position in range(2, 6):
        attach(make_section(mission, f"Section {position}", position=position), jpeg(1600, 900))
        attach(GalleryPhoto(operation=mission, position=position), jpeg(1000, 750))
    many = {url: queries(client, url) for url in one}

    assert many == one
    # Five sections, five gallery photographs each as a thumbnail and an enlarged view.
    assert len(srcsets(client.get(mission.get_absolute_url()).content.decode())) == 15


def test_an_admin_upload_makes_its_renditions_before_any_visitor_asks(editor_client, mission):
    data = change_form_data(editor_client, mission)
    data.update(
        {
            "gallery-TOTAL_FORMS": "1",
            "gallery-INITIAL_FORMS": "0",
            "gallery-0-position": "1",
            "gallery-0-photo": upload(jpeg(1200, 800)),
            "gallery-0-photo_alt": "A workshop",
        }
    )

    with mock.patch.object(images, "_make", wraps=images._make) as make:
        assert editor_client.post(change_url(mission), data).status_code == 302
        made_on_save = make.call_count
        cache.clear()  # another process: it finds the files, it does not make them again
        html = Client().get(mission.get_absolute_url()).content.decode()

    assert made_on_save == 6  # 480, 960 and 1200 wide, WebP and JPEG
    [(webp, fallback)] = set(srcsets(html))  # the thumbnail's and the enlarged view's
    for url in re.findall(r"(\S+) \d+w", webp + ", " + fallback):
        assert default_storage.exists(url.removeprefix(default_storage.base_url))


# The demo content: its photographs come with their renditions --------------------------------


def rendition_folders():
    """Where the renditions of every storage are (the media, the protected storages)."""
    storages = {default_storage.location: default_storage}
    storages.update((field.storage.location, field.storage) for field, _ in PROTECTED_IMAGES)
    return [
        Path(storage.path(settings.IMAGEKIT_CACHEFILE_DIR))
        for storage in storages.values()
        if storage.exists(settings.IMAGEKIT_CACHEFILE_DIR)
    ]


def demo_pages():
    """Each page of the demo content with photographs, and how many it shows; the home page."""
    mission = FieldOperation.objects.get(slug="mission-to-serbia")
    # A gallery shows each photograph twice: as a thumbnail and in its enlarged view.
    pages = {
        mission.get_absolute_url(): WorkSection.objects.filter(operation=mission)
        .exclude(photo="")
        .count()
        + 2 * mission.gallery.of_operation_page().count()
    }
    for department in mission.departments.all():
        pages[department.get_absolute_url()] = (
            department.sections.exclude(photo="").count() + 2 * department.gallery.count()
        )
    for release in PressRelease.objects.published().exclude(photo=""):
        pages[release.get_absolute_url()] = 1
    # The home page's lead story, a demo release with a photograph; its latest news show the
    # other releases' photographs as thumbnails (checked beside the pictures).
    pages[reverse("pages:home")] = 1
    # The library: the covers, as thumbnails (checked beside the pictures).
    pages[reverse("publications:list")] = 0
    return pages


def assert_pages_show_renditions_made_before(pages):
    """Every page shows each of its photographs from renditions that exist, and its link preview
    where it has one, and not one rendition is made while a page is served."""
    cache.clear()  # the web server is another process: nothing remembered from the command
    with mock.patch.object(
        images.RenditionSpec, "generate", side_effect=AssertionError("made on a page's request")
    ) as generate:
        for url, photographs in pages.items():
            response = Client().get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            pictures = srcsets(html)
            assert len(pictures) == photographs, url
            previews = re.findall(r'<meta property="og:image" content="([^"]+)">', html)
            assert len(previews) == url.startswith("/news/"), url  # a release's own photograph
            for rendition in re.findall(r"(\S+) \d+w", ", ".join(map(", ".join, pictures))):
                stored_image(rendition)  # opens it: it is there
            for preview in previews:
                stored_image(preview)
            for thumbnail in re.findall(r'<img class="thumbnail" src="([^"]+)"', html):
                stored_image(thumbnail)
    assert generate.call_count == 0


def test_the_demo_content_comes_with_every_rendition_its_pages_show():
    call_command("load_demo_content", verbosity=0)

    assert_pages_show_renditions_made_before(demo_pages())


def test_loading_the_demo_content_again_makes_the_renditions_that_are_missing():
    """As after `migrate` moved releases' photographs (news 0010 leaves their renditions to be
    made again), or a change of the renditions' widths or formats: the photographs are there,
    their renditions are not, and `make run` loads the demo content again."""
    call_command("load_demo_content", verbosity=0)
    for folder in rendition_folders():
        shutil.rmtree(folder)
    cache.clear()

    call_command("load_demo_content", verbosity=0)

    assert_pages_show_renditions_made_before(demo_pages())


def test_a_release_photograph_uploaded_in_the_admin_has_every_rendition_before_a_visitor(
    editor_client, release
):
    assert post_release_photo(editor_client, release, jpeg(2000, 1125)).status_code == 302

    assert_pages_show_renditions_made_before({release.get_absolute_url(): 1})


def test_make_renditions_makes_what_a_deployment_left_missing():
    call_command("load_demo_content", verbosity=0)
    for folder in rendition_folders():
        shutil.rmtree(folder)
    # The cache (Redis, say) still remembers them: the command looks at the files.

    out = io.StringIO()
    call_command("make_renditions", stdout=out)

    assert "Renditions checked for" in out.getvalue()
    assert_pages_show_renditions_made_before(demo_pages())
