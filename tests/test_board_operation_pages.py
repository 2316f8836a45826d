"""The translation board's field operation pages (issue 12): an operation's page texts in
another language (FieldOperationTranslation) are a content type of their own beside its names,
with the same states, counts, filters, scope and Translate as every other."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import languages
from missions.models import FieldOperationTranslation
from structures.models import StructureTranslation
from tests import factories
from tests.admin_forms import change_url

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/"
PAGES = "missions.fieldoperation.page_translations"
NAMES = "missions.fieldoperation"


@pytest.fixture
def operation(mission):
    mission.tagline = "Helps Serbia build its institutions."
    mission.our_work_intro = "What we do in Serbia."
    mission.save()
    return mission


@pytest.fixture
def kosovo(db):
    return factories.make_operation("Mission in Kosovo", tagline="Helps Kosovo.")


def name(operation, language):
    """The operation's names in `language` (and its description, so that nothing is left to
    translate in the row)."""
    return StructureTranslation.objects.create(
        item=operation.structure_ptr,
        language=language,
        name=f"{operation.name} ({language})",
        full_name=f"{operation.full_name} ({language})",
        description=f"{operation.description} ({language})" if operation.description else "",
    )


def page(operation, language, **texts):
    texts.setdefault("tagline", f"{operation.tagline} ({language})")
    return FieldOperationTranslation.objects.create(item=operation, language=language, **texts)


def summary(response):
    return {language["code"]: language for language in response.context["summary"]}


def cells(response):
    return {
        line["item"].name: {cell["code"]: cell for cell in line["cells"]}
        for line in response.context["lines"]
    }


def states(response):
    return {
        item: {code: cell["state"] for code, cell in row.items()}
        for item, row in cells(response).items()
    }


def translate_url(operation, language):
    content_type = ContentType.objects.get_for_model(operation)
    return f"/admin/translations/{content_type.pk}/{operation.pk}/page_translations/{language}/"


def test_an_operations_page_is_a_content_type_of_its_own(editor_client, operation):
    response = editor_client.get(BOARD, {"type": PAGES})
    assert response.status_code == 200
    choices = dict(response.context["form"].fields["type"].choices)
    assert choices[PAGES] == "Field operation pages"
    assert choices[NAMES] == "Field operations"
    assert "Left to translate: field operation pages" in response.content.decode()


def test_the_states_of_a_page_per_language_follow_its_public_rule(client, editor_client, operation):
    name(operation, "ru")
    page(operation, "ru")  # named and translated: its page is public in Russian
    page(operation, "fr")  # its texts without its names: no page in French yet
    name(operation, "de")  # its names alone: the page's texts are missing
    response = editor_client.get(BOARD, {"type": PAGES})
    row = states(response)["Mission to Serbia"]
    assert row["ru"] == "published"
    assert row["fr"] == "not-public"
    assert row["de"] == "missing" and row["it"] == "missing"
    counts = summary(response)
    assert counts["ru"] == {**counts["ru"], "missing": 0, "published": 1, "left": 0}
    assert counts["fr"] == {**counts["fr"], "missing": 0, "published": 0, "left": 0}
    assert counts["de"] == {**counts["de"], "missing": 1, "published": 0, "left": 1}
    # "Published" is what the public gets: the page in Russian, none in French.
    assert client.get("/ru/field-operations/mission-to-serbia/").status_code == 200
    assert client.get("/fr/field-operations/mission-to-serbia/").status_code == 404
    # The operation's names stay a content type of their own, with their own states.
    names = states(editor_client.get(BOARD, {"type": NAMES}))["Mission to Serbia"]
    assert names["ru"] == "published" and names["de"] == "published"
    assert names["fr"] == "missing"


def test_a_pages_public_rows_agree_with_is_public(operation, kosovo):
    name(operation, "ru")
    page(operation, "ru")
    page(operation, "fr")
    page(kosovo, "ru")
    public = set(FieldOperationTranslation.public_rows().values_list("pk", flat=True))
    rows = FieldOperationTranslation.objects.all()
    assert public == {row.pk for row in rows if row.is_public()}
    assert public == {rows.get(item=operation, language="ru").pk}


def test_a_page_is_outdated_when_its_english_texts_change_and_shows_what_changed(
    editor_client, operation
):
    name(operation, "ru")
    page(operation, "ru", our_work_intro="Что мы делаем в Сербии.")
    page(operation, "fr")
    operation.tagline = "Helps Serbia build strong and accountable institutions."
    operation.our_work_intro = "What the Mission does in Serbia."
    operation.save()
    name(factories.make_operation("Mission to Moldova"), "ru")  # a name alone changes nothing

    response = editor_client.get(BOARD, {"type": PAGES})
    row = cells(response)["Mission to Serbia"]
    assert row["ru"]["state"] == "outdated" and row["fr"]["state"] == "outdated"
    changed = {str(change["field"]) for change in row["ru"]["changes"]}
    assert changed == {"one-line description", "'Our work' strap line"}
    body = response.content.decode()
    assert "What changed in English" in body
    assert "strong and accountable" in body and "the Mission does" in body
    counts = summary(response)
    assert counts["ru"]["outdated"] == 1 and counts["ru"]["left"] == 2  # and Moldova's page
    # Its names did not change: they are not outdated.
    assert states(editor_client.get(BOARD, {"type": NAMES}))["Mission to Serbia"]["ru"] == (
        "published"
    )


def test_the_page_filters_language_state_source_and_item(editor_client, operation, kosovo):
    name(operation, "ru")
    page(operation, "ru")
    page(kosovo, "fr")

    def shown(**query):
        response = editor_client.get(BOARD, {"type": PAGES, **query})
        assert response.status_code == 200
        return sorted(states(response))

    assert shown(language="ru", state="published") == ["Mission to Serbia"]
    assert shown(language="ru", state="missing") == ["Mission in Kosovo"]
    assert shown(language="fr", state="not-public") == ["Mission in Kosovo"]
    assert shown(language="ru", state="outdated") == []
    kosovo.tagline = "Changed."
    kosovo.save()
    assert shown(language="fr", state="outdated") == ["Mission in Kosovo"]
    assert shown(source=operation.pk) == ["Mission to Serbia"]
    assert shown(q="Kosovo") == ["Mission in Kosovo"]
    response = editor_client.get(BOARD, {"type": PAGES, "language": "ru"})
    assert response.context["codes"] == ["ru"]


def test_mission_staff_see_and_translate_their_operations_page_only(
    serbia_staff, django_user_model, operation, kosovo
):
    response = serbia_staff.get(BOARD, {"type": PAGES})
    assert response.status_code == 200
    assert list(states(response)) == ["Mission to Serbia"]
    assert serbia_staff.get(translate_url(operation, "ru")).status_code == 200
    assert serbia_staff.get(translate_url(kosovo, "ru")).status_code == 404
    posted = {"tagline": "Помогает Косово."}
    assert serbia_staff.post(translate_url(kosovo, "ru"), posted).status_code == 404
    assert not FieldOperationTranslation.objects.filter(item=kosovo).exists()
    # Kosovo's staff, for their part, do not see Serbia's.
    kosovo_staff = factories.staff_client(django_user_model, "kosovo", "Editor", sources=[kosovo])
    assert list(states(kosovo_staff.get(BOARD, {"type": PAGES}))) == ["Mission in Kosovo"]
    assert kosovo_staff.get(translate_url(operation, "ru")).status_code == 404


def test_translate_from_the_board_opens_the_page_prefilled_and_saves_it(editor, operation):
    name(operation, "ru")
    board = editor.get(BOARD, {"type": PAGES, "language": "ru"})
    (cell,) = cells(board)["Mission to Serbia"].values()
    assert cell["state"] == "missing"
    assert cell["translate_url"] == translate_url(operation, "ru")
    assert f'href="{translate_url(operation, "ru")}"' in board.content.decode()

    response = editor.get(translate_url(operation, "ru"))
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.fields) == {"language", "tagline", "our_work_intro", "mandate_text"}
    assert form["tagline"].value() == "Helps Serbia build its institutions."
    assert form["our_work_intro"].value() == "What we do in Serbia."
    posted = {"tagline": "Помогает Сербии.", "our_work_intro": "Что мы делаем в Сербии."}
    response = editor.post(translate_url(operation, "ru"), posted)
    assert response.status_code == 302
    assert response["Location"] == change_url(operation)
    row = FieldOperationTranslation.objects.get(item=operation)
    assert row.language == "ru" and row.tagline == "Помогает Сербии."
    assert row.source_texts == {
        "tagline": "Helps Serbia build its institutions.",
        "our_work_intro": "What we do in Serbia.",
        "mandate_text": "",
    }
    assert states(editor.get(BOARD, {"type": PAGES}))["Mission to Serbia"]["ru"] == "published"
    # Once it exists, Translate leads to the operation's page, where it is edited.
    again = editor.post(translate_url(operation, "ru"), {"tagline": "Другое"})
    assert again.status_code == 302
    assert FieldOperationTranslation.objects.filter(item=operation).count() == 1


def test_the_operations_page_offers_translate_for_its_page_by_kind(
    editor, django_user_model, operation
):
    name(operation, "ru")
    page(operation, "fr", our_work_intro="Ce que nous faisons en Serbie.")  # complete
    names_url = translate_url(operation, "de").replace("/page_translations/", "/")
    # An Editor translates the page's texts, not the names (reference facts).
    body = editor.get(change_url(operation)).content.decode()
    assert f'href="{translate_url(operation, "ru")}"' in body
    assert f'href="{translate_url(operation, "fr")}"' not in body  # it exists
    assert names_url not in body
    assert "(page in another language)" in body
    assert editor.get(names_url).status_code == 403
    # An Administrator may add both: each link says which it is.
    administrator = factories.staff_client(django_user_model, "admin", "Administrator")
    body = administrator.get(change_url(operation)).content.decode()
    assert f'href="{names_url}"' in body and f'href="{translate_url(operation, "de")}"' in body
    assert f'href="{translate_url(operation, "ru")}"' in body
    assert f'href="{translate_url(operation, "ru").replace("/page_translations/", "/")}"' not in (
        body
    )


def test_translate_answers_404_for_a_kind_the_item_has_not(editor_client, operation, field):
    assert editor_client.get(translate_url(operation, "xx")).status_code == 404
    bad_kind = translate_url(operation, "ru").replace("page_translations", "sections")
    assert editor_client.get(bad_kind).status_code == 404
    content_type = ContentType.objects.get_for_model(field)
    of_a_field = f"/admin/translations/{content_type.pk}/{field.pk}/page_translations/ru/"
    assert editor_client.get(of_a_field).status_code == 404


def board_queries(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(BOARD, {"type": PAGES})
        assert response.status_code == 200
    return len(captured)


def test_the_pages_query_count_does_not_grow_with_operations_or_languages(editor_client, mission):
    page(mission, "ru")
    board_queries(editor_client)
    few = board_queries(editor_client)
    codes = languages.translation_codes()
    for number in range(12):
        operation = factories.make_operation(f"Mission {number}", tagline="Helps.")
        for code in codes[: number % len(codes)]:
            name(operation, code)
            page(operation, code)
        operation.tagline = "Helps more."  # every page outdated, with a difference to show
        operation.save()
    assert board_queries(editor_client) == few
