"""The translation board at /admin/translations/ (issue 12): what exists, is public, missing or
outdated per language, with the counts of what is left, through each model's admin queryset."""

import pytest

from fields.models import FieldOfWorkTranslation
from tests import factories

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/"
FIELDS = "fields.fieldofwork"


def translate(field, language, **texts):
    texts.setdefault("name", f"{field.name} ({language})")
    return FieldOfWorkTranslation.objects.create(item=field, language=language, **texts)


def summary(response):
    return {language["code"]: language for language in response.context["summary"]}


def cells(response):
    return {
        line["item"].name: {cell["code"]: cell["state"] for cell in line["cells"]}
        for line in response.context["lines"]
    }


def test_the_board_counts_what_is_left_per_language(editor_client, field, other_field):
    translate(field, "ru", summary="Как ОБСЕ помогает выборам.")
    translate(field, "fr", summary="Comment l'OSCE aide les élections.")
    translate(other_field, "ru", summary="Верховенство права.")
    translate(other_field, "de")  # a name only: no page in German yet
    field.summary = "How the OSCE helps elections stay free and fair."
    field.save()  # both translations of the field are now outdated

    response = editor_client.get(BOARD, {"type": FIELDS})
    assert response.status_code == 200
    counts = summary(response)
    assert counts["ru"]["missing"] == 0 and counts["ru"]["outdated"] == 1
    assert counts["ru"]["left"] == 1
    assert counts["fr"]["missing"] == 1 and counts["fr"]["outdated"] == 1
    assert counts["fr"]["left"] == 2
    assert counts["de"]["missing"] == 1 and counts["de"]["left"] == 1
    assert counts["de"]["published"] == 0
    states = cells(response)
    assert states["Elections"]["ru"] == "outdated"
    assert states["Rule of law"]["ru"] == "published"
    assert states["Rule of law"]["fr"] == "missing"
    assert states["Rule of law"]["de"] == "not-public"
    # The difference since is shown.
    body = response.content.decode()
    assert "What changed in English" in body
    assert "and fair" in body


def test_the_board_filters_by_language_and_state(editor_client, field, other_field):
    translate(field, "ru", summary="Выборы.")
    response = editor_client.get(BOARD, {"type": FIELDS, "language": "ru", "state": "missing"})
    assert response.context["codes"] == ["ru"]
    assert list(cells(response)) == ["Rule of law"]
    response = editor_client.get(BOARD, {"type": FIELDS, "language": "ru", "state": "published"})
    assert list(cells(response)) == ["Elections"]
    row = FieldOfWorkTranslation.objects.get(item=field, language="ru")
    assert not row.is_outdated()
    field.summary = "Changed."
    field.save()
    response = editor_client.get(BOARD, {"type": FIELDS, "language": "ru", "state": "outdated"})
    assert list(cells(response)) == ["Elections"]
    response = editor_client.get(BOARD, {"type": FIELDS, "language": "ru", "state": "published"})
    assert list(cells(response)) == []


def test_a_bad_filter_is_a_400_not_a_500(editor_client, field):
    for query in [{"language": "xx"}, {"type": "auth.user"}, {"state": "lost"}]:
        assert editor_client.get(BOARD, query).status_code == 400


def test_the_board_is_for_staff_who_may_see_the_content(client, django_user_model, roles):
    response = client.get(BOARD)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    nobody = factories.staff_client(django_user_model, "nobody")  # staff, no permission
    assert nobody.get(BOARD).status_code == 403
    editor = factories.staff_client(django_user_model, "translator", "Editor")
    assert editor.get(BOARD).status_code == 200


def test_the_board_query_count_does_not_grow_with_items(
    editor_client, django_assert_max_num_queries
):
    for number in range(3):
        factories.make_field(f"Field {number}")
    with django_assert_max_num_queries(40) as few:
        editor_client.get(BOARD)
    for number in range(3, 30):
        translate(factories.make_field(f"Field {number}"), "ru")
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(BOARD)


def translate_url(item, language):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(item)
    return f"/admin/translations/{content_type.pk}/{item.pk}/{language}/"


def test_translate_opens_the_translation_prefilled_with_the_english(editor_client, field):
    change = editor_client.get(f"/admin/fields/fieldofwork/{field.pk}/change/").content.decode()
    assert f'href="{translate_url(field, "ru")}"' in change
    response = editor_client.get(translate_url(field, "ru"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["name"].value() == "Elections"
    assert form["summary"].value() == "How the OSCE helps elections stay free."
    response = editor_client.post(
        translate_url(field, "ru"),
        {"name": "Выборы", "slug": "", "summary": "Как ОБСЕ помогает выборам."},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/fields/fieldofwork/{field.pk}/change/"
    row = FieldOfWorkTranslation.objects.get(item=field, language="ru")
    assert row.name == "Выборы" and not row.is_outdated()
    # Once it exists, Translate leads to the item's page, where it is edited; no second row.
    again = editor_client.post(translate_url(field, "ru"), {"name": "Другое"})
    assert again.status_code == 302
    assert FieldOfWorkTranslation.objects.filter(item=field).count() == 1
    change = editor_client.get(f"/admin/fields/fieldofwork/{field.pk}/change/").content.decode()
    assert translate_url(field, "ru") not in change
    assert translate_url(field, "fr") in change


def test_translate_refuses_what_the_user_may_not_add(editor, field):
    # An Editor writes a field's texts but not its name (reference facts): no new language.
    assert editor.get(translate_url(field, "ru")).status_code == 403
    assert editor.post(translate_url(field, "ru"), {"name": "Выборы"}).status_code == 403
    assert not FieldOfWorkTranslation.objects.exists()
    change = editor.get(f"/admin/fields/fieldofwork/{field.pk}/change/").content.decode()
    assert translate_url(field, "ru") not in change  # and the page offers none


def test_translate_completes_a_row_of_reference_names(editor, field):
    # The reference data gives a field its names in French, not its summary: an Editor, who
    # may not add a language, translates the rest from the field's page.
    row = translate(field, "fr", name="Élections")
    change = editor.get(f"/admin/fields/fieldofwork/{field.pk}/change/").content.decode()
    assert f'href="{translate_url(field, "fr")}"' in change
    assert translate_url(field, "ru") not in change  # no row: a new language is not theirs
    form = editor.get(translate_url(field, "fr")).context["form"]
    assert "name" not in form.fields  # a reference fact, as on the field's page
    assert form["summary"].value() == "How the OSCE helps elections stay free."
    response = editor.post(translate_url(field, "fr"), {"summary": "Des élections libres."})
    assert response.status_code == 302
    row.refresh_from_db()
    assert (row.name, row.summary) == ("Élections", "Des élections libres.")
    assert FieldOfWorkTranslation.objects.filter(item=field).count() == 1
    # Complete now: Translate offers it no more, and leads to the field's page.
    change = editor.get(f"/admin/fields/fieldofwork/{field.pk}/change/").content.decode()
    assert translate_url(field, "fr") not in change
    again = editor.post(translate_url(field, "fr"), {"summary": "Autre chose."})
    assert again.status_code == 302
    row.refresh_from_db()
    assert row.summary == "Des élections libres."


def test_translate_answers_404_for_what_is_not_there(editor_client, field):
    assert editor_client.get(translate_url(field, "xx")).status_code == 404
    assert editor_client.get(translate_url(field, "en")).status_code == 404
    bad_item = translate_url(field, "ru").replace(f"/{field.pk}/", "/999999/")
    assert editor_client.get(bad_item).status_code == 404
    assert editor_client.get("/admin/translations/999999/1/ru/").status_code == 404


def test_the_board_filters_releases_by_source(editor_client, release, mission, chairpersonship):
    other = factories.make_release("From elsewhere")
    other.sources.set([chairpersonship])
    release.sources.set([mission])
    response = editor_client.get(
        BOARD, {"type": "news.pressrelease", "source": mission.structure_ptr_id}
    )
    assert response.status_code == 200
    assert [line["item"].pk for line in response.context["lines"]] == [release.pk]
    assert editor_client.get(BOARD, {"source": "nonsense"}).status_code == 400


def test_mission_staff_see_their_operations_items_only(serbia_staff, release, mission):
    elsewhere = factories.make_release("Not theirs")
    release.sources.set([mission])
    response = serbia_staff.get(BOARD, {"type": "news.pressrelease"})
    assert response.status_code == 200
    shown = [line["item"].pk for line in response.context["lines"]]
    assert release.pk in shown and elsewhere.pk not in shown
    # Fields of work are every operation's: they see them (to read), but may translate none.
    field = factories.make_field("Gender equality")
    assert serbia_staff.get(translate_url(field, "ru")).status_code == 403
