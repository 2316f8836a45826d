"""Boundaries of translating (issue 12), posted directly as each role: a saved translation
keeps its language, reference names are an Administrator's to add or delete, the board's
"published" is the public rule, and Translate answers bad input with a form error."""

import pytest
from django.contrib.contenttypes.models import ContentType

from fields.models import FieldOfWorkTranslation
from missions.models import FieldOperationTranslation
from news.models import PressReleaseTranslation
from structures.models import StructureTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url
from tests.test_release_translations import translate as translate_release

pytestmark = pytest.mark.django_db


def test_an_editor_cannot_move_a_published_translation_to_another_language(editor, release):
    row = translate_release(release, "ru")
    data = change_form_data(editor, release, **{"translations-0-language": "fr"})
    response = editor.post(change_url(release), data)
    assert response.status_code in (200, 302)
    row.refresh_from_db()
    assert row.language == "ru"
    assert not PressReleaseTranslation.objects.filter(language="fr").exists()


def test_an_editor_cannot_delete_a_reference_name(editor, field):
    row = FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    data = change_form_data(editor, field, **{"translations-0-DELETE": "on"})
    editor.post(change_url(field), data)
    assert FieldOfWorkTranslation.objects.filter(pk=row.pk).exists()


def test_every_translation_models_public_rows_agree_with_is_public(release, field):
    translate_release(release, "ru")
    translate_release(release, "fr", status="draft")
    FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    FieldOfWorkTranslation.objects.create(item=field, language="fr", name="É", summary="Oui.")
    for model in [PressReleaseTranslation, FieldOfWorkTranslation]:
        public = set(model.public_rows().values_list("pk", flat=True))
        assert public == {row.pk for row in model.objects.all() if row.is_public()}
        assert 0 < len(public) < model.objects.count()


def test_the_board_does_not_count_a_draft_translation_as_published(editor_client, release):
    translate_release(release, "fr", status="draft")
    response = editor_client.get("/admin/translations/", {"type": "news.pressrelease"})
    counts = {language["code"]: language for language in response.context["summary"]}
    assert counts["fr"]["published"] == 0
    cell = {c["code"]: c["state"] for c in response.context["lines"][0]["cells"]}
    assert cell["fr"] == "not-public"


def test_editors_open_an_operation_whose_page_is_translated(editor, mission):
    StructureTranslation.objects.create(item=mission.structure_ptr, language="ru", name="М")
    FieldOperationTranslation.objects.create(item=mission, language="ru", tagline="Т")
    response = editor.get(change_url(mission))
    assert response.status_code == 200
    # They translate its page (its texts are theirs), not its names (reference facts).
    formsets = {f.formset.prefix: f for f in response.context["inline_admin_formsets"]}
    assert formsets["page_translations"].has_add_permission
    names = formsets.get("translations")
    assert names is None or not names.has_add_permission


def translate_url(item, language):
    content_type = ContentType.objects.get_for_model(item)
    return f"/admin/translations/{content_type.pk}/{item.pk}/{language}/"


def test_translating_a_place_works(editor_client, belgrade):
    response = editor_client.post(translate_url(belgrade, "it"), {"name": "Belgrado"})
    assert response.status_code == 302
    assert belgrade.translations.get(language="it").name == "Belgrado"


def test_a_slug_taken_in_the_language_is_a_form_error_not_a_500(editor_client, field, other_field):
    FieldOfWorkTranslation.objects.create(
        item=other_field, language="ru", name="Право", slug="vybory"
    )
    response = editor_client.post(
        translate_url(field, "ru"), {"name": "Выборы", "slug": "vybory", "summary": "Да."}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not FieldOfWorkTranslation.objects.filter(item=field).exists()


def test_translate_keeps_a_releases_workflow_for_an_editor(editor, release):
    form = editor.get(translate_url(release, "ru")).context["form"]
    assert form["title"].value() == release.title
    when = form["published_at"].value()  # prefilled with the release's
    assert when == release.published_at.replace(microsecond=0)
    posted = {"title": "Визит", "published_at_0": when.date(), "published_at_1": "10:00"}
    response = editor.post(translate_url(release, "ru"), {**posted, "status": "published"})
    assert response.status_code == 200  # "published" is no choice of theirs
    assert not PressReleaseTranslation.objects.exists()
    response = editor.post(translate_url(release, "ru"), {**posted, "status": "draft"})
    assert response.status_code == 302
    assert PressReleaseTranslation.objects.get().status == "draft"


def test_scoped_staff_cannot_translate_another_operations_release(serbia_staff, release):
    elsewhere = factories.make_release("Not theirs")
    assert serbia_staff.get(translate_url(elsewhere, "ru")).status_code == 404


def test_a_draft_translations_slug_is_a_plain_404_for_the_public(client, release):
    translate_release(release, "ru", slug="chernovik", status="draft")
    response = client.get("/ru/news/chernovik/")
    assert response.status_code == 404
    assert release.title not in response.content.decode()
    assert 'hreflang="en"' not in response.content.decode().split("<main")[1]


def test_a_preview_redirect_is_temporary_and_kept_by_nobody(editor_client, release):
    translate_release(release, "ru", slug="chernovik", status="draft")
    response = editor_client.get(f"/ru/news/{release.slug}/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/news/chernovik/"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
