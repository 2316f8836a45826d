"""A field operation's photo gallery: ordered photographs with caption, credit and alt text."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from missions.models import GalleryPhoto
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db


def png(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def add_photo(operation, position, caption, credit="OSCE/Ana Novak"):
    return GalleryPhoto.objects.create(
        operation=operation,
        position=position,
        photo=png(),
        photo_alt=f"Alt for {caption}",
        photo_caption=caption,
        photo_credit=credit,
    )


def test_the_gallery_shows_in_the_editors_order_with_caption_and_credit(client, mission):
    add_photo(mission, 2, "Second, Belgrade, 2 May 2025")
    add_photo(mission, 1, "First, Niš, 1 May 2025", credit="OSCE/Milan Obradovic")

    html = client.get(mission.get_absolute_url()).content.decode()

    assert "Mission to Serbia in pictures" in html
    assert html.index("First, Niš") < html.index("Second, Belgrade")
    assert "First, Niš, 1 May 2025 (OSCE/Milan Obradovic)" in html
    assert 'alt="Alt for First, Niš, 1 May 2025"' in html
    assert 'width="8" height="6"' in html


def test_no_gallery_section_without_photographs(client, mission):
    assert "in pictures" not in client.get(mission.get_absolute_url()).content.decode()


def test_the_gallery_does_not_add_queries_per_photograph(
    client, mission, django_assert_max_num_queries
):
    add_photo(mission, 1, "One")
    client.get(mission.get_absolute_url())
    with django_assert_max_num_queries(14) as few:
        client.get(mission.get_absolute_url())
    for position in range(2, 12):
        add_photo(mission, position, f"Photo {position}")
    with django_assert_max_num_queries(len(few)):
        client.get(mission.get_absolute_url())


def gallery_form(editor_client, mission, **photo):
    data = change_form_data(editor_client, mission)
    data.update(
        {
            "gallery-TOTAL_FORMS": "1",
            "gallery-INITIAL_FORMS": "0",
            "gallery-0-position": "1",
            "gallery-0-photo": png(),
            "gallery-0-photo_caption": "Workshop, Belgrade, 2 May 2025",
            "gallery-0-photo_credit": "OSCE/Ana Novak",
            **photo,
        }
    )
    return data


def test_editors_add_gallery_photographs_inline_and_alt_text_is_required(editor_client, mission):
    refused = editor_client.post(
        change_url(mission), gallery_form(editor_client, mission, **{"gallery-0-photo_alt": ""})
    )
    assert refused.status_code == 200
    assert not GalleryPhoto.objects.exists()
    assert "This field is required" in refused.content.decode()

    accepted = editor_client.post(
        change_url(mission),
        gallery_form(editor_client, mission, **{"gallery-0-photo_alt": "People at a workshop"}),
    )
    assert accepted.status_code == 302
    photo = GalleryPhoto.objects.get()
    assert (photo.photo_alt, photo.photo_credit) == ("People at a workshop", "OSCE/Ana Novak")


def test_a_file_that_is_not_an_image_is_refused(editor_client, mission):
    fake = SimpleUploadedFile("photo.png", b"not an image at all", content_type="image/png")
    response = editor_client.post(
        change_url(mission),
        gallery_form(
            editor_client, mission, **{"gallery-0-photo": fake, "gallery-0-photo_alt": "x"}
        ),
    )
    assert response.status_code == 200
    assert not GalleryPhoto.objects.exists()
    assert "Upload a valid image" in response.content.decode()
