"""Field operations' pages in every language (issue 12): an operation's page exists in a
language once its names (its structure's translation) and its page's texts are translated;
its "Our work" sections and gallery photographs show in that language where translated and
are left out where not; translators reach them on their own admin pages, within their scope."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from missions.models import (
    FieldOperationTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
    WorkSection,
    WorkSectionTranslation,
)
from structures.models import StructureTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(mission, field):
    return [
        factories.make_section(mission, "Democratization", position=1, fields=[field]),
        factories.make_section(mission, "Media", position=2),
    ]


def name_in_russian(operation):
    return StructureTranslation.objects.create(
        item=operation.structure_ptr, language="ru", name="Миссия в Сербии"
    )


def test_a_name_alone_is_no_page(client, mission):
    name_in_russian(mission)
    response = client.get("/ru/field-operations/mission-to-serbia/")
    assert response.status_code == 404
    assert 'href="/field-operations/mission-to-serbia/" lang="en"' in response.content.decode()


def test_the_page_in_russian_shows_what_is_translated_and_leaves_out_the_rest(
    client, mission, sections
):
    name_in_russian(mission)
    FieldOperationTranslation.objects.create(
        item=mission, language="ru", tagline="Помогает Сербии.", our_work_intro="Наша работа."
    )
    WorkSectionTranslation.objects.create(
        item=sections[0], language="ru", title="Демократизация", text="<p>Текст.</p>"
    )
    response = client.get("/ru/field-operations/mission-to-serbia/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<h1>Миссия в Сербии</h1>" in body
    assert "Помогает Сербии." in body and "Наша работа." in body
    assert "Демократизация" in body
    assert "Media" not in body.split("<main")[1].split('aria-labelledby="news"')[0]
    assert [s.title for s in response.context["sections"]] == ["Демократизация"]
    # The English page is as it was, and now names its Russian version.
    english = client.get("/field-operations/mission-to-serbia/").content.decode()
    assert "Democratization" in english and "Media" in english
    assert (
        'hreflang="ru" href="http://testserver/ru/field-operations/mission-to-serbia/"' in english
    )


def test_gallery_captions_in_the_language(client, mission):
    name_in_russian(mission)
    FieldOperationTranslation.objects.create(item=mission, language="ru", tagline="Т.")
    photos = [
        GalleryPhoto(operation=mission, position=n, photo_alt=f"Photo {n}", photo_caption=f"C{n}")
        for n in range(2)
    ]
    for photo in photos:
        photo.photo.save(f"p{photo.position}.jpg", factories_photo(), save=False)
        photo.save()
    GalleryPhotoTranslation.objects.create(
        item=photos[0], language="ru", photo_alt="Фото", photo_caption="Подпись"
    )
    response = client.get("/ru/field-operations/mission-to-serbia/")
    assert [p.photo_caption for p in response.context["photos"]] == ["Подпись"]
    assert "Подпись" in response.content.decode()


def factories_photo():
    from django.core.files.base import ContentFile

    from seed.images import draw_photo

    return ContentFile(draw_photo("gallery test"), name="p.jpg")


def test_the_query_count_does_not_grow_with_languages(client, mission, sections):
    name_in_russian(mission)
    FieldOperationTranslation.objects.create(item=mission, language="ru", tagline="Т.")
    for section in sections:
        WorkSectionTranslation.objects.create(item=section, language="ru", title="Р")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ru/field-operations/mission-to-serbia/").status_code == 200
        return len(captured)

    queries()
    one = queries()
    for language in ["fr", "de", "it"]:
        StructureTranslation.objects.create(item=mission.structure_ptr, language=language, name="M")
        FieldOperationTranslation.objects.create(item=mission, language=language)
        for section in sections:
            WorkSectionTranslation.objects.create(item=section, language=language, title="S")
    queries()  # the menus, retired by the new names, are rendered again
    assert queries() == one


def test_mission_staff_translate_their_own_sections_only(serbia_staff, mission, sections):
    kosovo = factories.make_operation("Mission in Kosovo")
    theirs = factories.make_section(kosovo, "Elsewhere")
    data = change_form_data(
        serbia_staff,
        sections[0],
        **{
            "translations-TOTAL_FORMS": "1",
            "translations-0-language": "ru",
            "translations-0-title": "Демократизация",
            "translations-0-text": "<p>Текст.</p>",
        },
    )
    response = serbia_staff.post(change_url(sections[0]), data)
    assert response.status_code == 302, response.context and response.context.get("errors")
    assert WorkSectionTranslation.objects.get(item=sections[0]).title == "Демократизация"
    # Another operation's section is not there for them, whatever they post.
    assert serbia_staff.get(change_url(theirs)).status_code == 404
    response = serbia_staff.post(change_url(theirs), {**data, "title": "Elsewhere"})
    assert response.status_code == 404
    assert not WorkSectionTranslation.objects.filter(item=theirs).exists()
    # New sections are added on the operation's page, not here.
    response = serbia_staff.post("/admin/missions/worksection/add/", {"title": "X"})
    assert response.status_code == 403
    assert WorkSection.objects.count() == 3
