"""Mission staff's boundaries on field operations' pages (issue 13), posted straight to every URL
as a publisher whose editorial scope is the Mission to Serbia, beside what
test_operation_scopes.py already covers (another operation's change form, its delete and
revision pages, their own operation's reference facts on its form).

Mission staff change their own operation's page only: its texts, its "Our work" sections, its
gallery and their translations. Another operation's sections, photographs and translations are
not there for them (404) through whichever page or library view they post to, a row of theirs
never moves to another operation (nor one of another's to theirs), and their own operation's
reference facts, its names in other languages included, stay an Administrator's. Editors
without a scope and Administrators keep every right they had.

Each refused request leaves the database as it was.
"""

import pytest
import reversion
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from reversion.models import Version

from missions.models import (
    FieldOperation,
    FieldOperationTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
    WorkSection,
    WorkSectionTranslation,
)
from structures.models import Structure, StructureTranslation
from tests import factories
from tests.admin_forms import form_page_data
from tests.test_operation_scopes import admin_url, new_inline_row, png, snapshot

pytestmark = pytest.mark.django_db

CONTENT = [WorkSection, GalleryPhoto]
TABLES = (
    Structure,
    StructureTranslation,
    FieldOperation,
    FieldOperationTranslation,
    WorkSection,
    WorkSectionTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
)


@pytest.fixture
def administrator(roles, django_user_model):
    return factories.staff_client(django_user_model, "administrator", "Administrator")


def make_photo(operation, alt="A workshop"):
    return GalleryPhoto.objects.create(operation=operation, photo=png(), photo_alt=alt)


@pytest.fixture
def kosovo(db):
    """Another operation, with a section and a photograph and their Russian translations."""
    operation = factories.make_operation("Mission in Kosovo", headquarters="Pristina")
    section = factories.make_section(operation, "Democratization")
    photo = make_photo(operation, "Pristina")
    WorkSectionTranslation.objects.create(item=section, language="ru", title="Демократизация")
    GalleryPhotoTranslation.objects.create(item=photo, language="ru", photo_alt="Приштина")
    FieldOperationTranslation.objects.create(item=operation, language="ru", tagline="Косово")
    return operation


@pytest.fixture
def own(mission):
    """The Mission to Serbia's section and photograph."""
    return {
        WorkSection: factories.make_section(mission, "Media"),
        GalleryPhoto: make_photo(mission, "Belgrade"),
    }


def others(kosovo):
    return {WorkSection: kosovo.sections.get(), GalleryPhoto: kosovo.gallery.get()}


def translate_url(item, language):
    content_type = ContentType.objects.get_for_model(item)
    return reverse("translate", args=[content_type.pk, item.pk, language])


def saved_version(*objects):
    """Save `objects` in one revision; the version of the first."""
    with reversion.create_revision():
        for obj in objects:
            obj.save()
    return Version.objects.get_for_object(objects[0]).first()


# Another operation's sections and photographs --------------------------------------------------


@pytest.mark.parametrize("model", CONTENT)
def test_the_lists_show_mission_staff_their_own_operations_content_only(
    serbia_staff, mission, own, kosovo, model
):
    response = serbia_staff.get(admin_url(model, "changelist"))

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [own[model]]
    # Nor does the filter by operation name the others (with one operation left, it is gone).
    assert "Kosovo" not in response.text


@pytest.mark.parametrize("model", CONTENT)
def test_the_lists_query_count_does_not_grow_with_rows(
    serbia_staff, mission, own, kosovo, model, django_assert_max_num_queries
):
    url = admin_url(model, "changelist")
    with django_assert_max_num_queries(15) as few:
        serbia_staff.get(url)
    for operation in (mission, kosovo):
        for number in range(5):
            factories.make_section(operation, f"Section {number}")
            make_photo(operation, f"Photograph {number}")

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = serbia_staff.get(url)

    assert len(response.context["cl"].result_list) == 6


@pytest.mark.parametrize("model", CONTENT)
@pytest.mark.parametrize(
    "view", ["change", "delete", "history", "compare", "revision", "translate"]
)
def test_another_operations_content_is_not_there_for_mission_staff(
    serbia_staff, kosovo, model, view
):
    obj = others(kosovo)[model]
    version = saved_version(obj)
    urls = {
        "change": admin_url(obj, "change"),
        "delete": admin_url(obj, "delete"),
        "history": admin_url(obj, "history"),
        "compare": admin_url(obj, "compare"),
        "revision": admin_url(obj, "revision", version.pk),
        "translate": translate_url(obj, "fr"),
    }
    posts = {
        "change": {"title": "Hijacked", "photo_alt": "Hijacked", "_save": "Save"},
        "delete": {"post": "yes"},
        "revision": {"_save": "Save"},
        "translate": {"title": "Détourné", "photo_alt": "Détourné"},
    }
    before = snapshot(*TABLES)

    shown = serbia_staff.get(urls[view], {"version_id1": version.pk, "version_id2": version.pk})
    assert shown.status_code == 404
    assert "Pristina" not in shown.text
    if view in posts:
        assert serbia_staff.post(urls[view], posts[view]).status_code == 404
    assert snapshot(*TABLES) == before


@pytest.mark.parametrize("model", CONTENT)
def test_mission_staff_recover_no_section_nor_photo(serbia_staff, kosovo, model):
    obj = others(kosovo)[model]
    saved_version(obj)
    pk = obj.pk
    obj.delete()
    deleted = Version.objects.get_deleted(model).get(object_id=str(pk))

    assert serbia_staff.get(admin_url(model, "recoverlist")).status_code == 403
    assert serbia_staff.post(admin_url(model, "recover", deleted.pk), {}).status_code == 403
    assert not model.objects.filter(pk=pk).exists()


@pytest.mark.parametrize("model", CONTENT)
def test_mission_staff_delete_nothing_of_another_operation_from_the_list(
    serbia_staff, own, kosovo, model
):
    theirs, other = own[model], others(kosovo)[model]
    data = {"action": "delete_selected", "_selected_action": [theirs.pk, other.pk], "post": "yes"}

    response = serbia_staff.post(admin_url(model, "changelist"), data)

    assert response.status_code == 302
    assert list(model.objects.all()) == [other]


def test_a_scoped_administrator_deletes_no_other_operation_from_the_list(
    django_user_model, roles, mission, kosovo
):
    scoped = factories.staff_client(
        django_user_model, "serbia-admin", "Administrator", sources=[mission]
    )
    data = {"action": "delete_selected", "_selected_action": [kosovo.pk], "post": "yes"}
    before = snapshot(*TABLES)

    response = scoped.post(admin_url(FieldOperation, "changelist"), data)

    assert response.status_code in (200, 302)
    assert snapshot(*TABLES) == before


@pytest.mark.parametrize("model", CONTENT)
def test_nobody_adds_a_section_or_photo_on_a_page_of_its_own(
    serbia_staff, administrator, kosovo, model
):
    """New ones are added on their operation's page, where the operation is the page's own:
    the add page, which would let them choose one, is refused to everyone."""
    data = {
        "operation": str(kosovo.pk),
        "position": "0",
        "title": "Hijacked",
        "photo": png(),
        "photo_alt": "Hijacked",
        "_save": "Save",
    }
    before = snapshot(*TABLES)

    for client in (serbia_staff, administrator):
        assert client.get(admin_url(model, "add")).status_code == 403
        assert client.post(admin_url(model, "add"), data).status_code == 403
    assert snapshot(*TABLES) == before


def test_a_row_added_on_their_own_page_is_never_another_operations(serbia_staff, mission, kosovo):
    """The operation of a new section or photograph is the page's own: one posted with another
    operation's id is refused with a form error, and without it the row is their own."""
    url = admin_url(mission, "change")
    data = form_page_data(serbia_staff, url)
    new_inline_row(data, "sections", position="1", title="Elections", operation=str(kosovo.pk))
    before = snapshot(*TABLES)

    refused = serbia_staff.post(url, data)

    assert refused.status_code == 200
    formsets = {
        each.formset.prefix: each.formset for each in refused.context["inline_admin_formsets"]
    }
    assert formsets["sections"].errors
    assert snapshot(*TABLES) == before
    data["sections-0-operation"] = str(mission.pk)
    new_inline_row(data, "gallery", position="1", photo=png(), photo_alt="Novi Sad")
    assert serbia_staff.post(url, data).status_code == 302
    assert list(mission.sections.values_list("title", flat=True)) == ["Elections"]
    assert list(mission.gallery.values_list("photo_alt", flat=True)) == ["Novi Sad"]
    assert list(kosovo.sections.values_list("title", flat=True)) == ["Democratization"]


@pytest.mark.parametrize(
    "prefix, row",
    [
        ("sections", {"position": "1", "title": "Hijacked"}),
        ("gallery", {"position": "1", "photo": "", "photo_alt": "Hijacked"}),
        ("page_translations", {"language": "fr", "tagline": "Détourné"}),
    ],
)
def test_nothing_is_added_to_another_operation_through_its_page(
    serbia_staff, administrator, kosovo, prefix, row
):
    url = admin_url(kosovo, "change")
    if prefix == "gallery":
        row["photo"] = png()
    data = new_inline_row(form_page_data(administrator, url), prefix, **row)
    before = snapshot(*TABLES)

    assert serbia_staff.post(url, data).status_code == 404
    assert snapshot(*TABLES) == before


# Moving a row from one operation to another ----------------------------------------------------


@pytest.mark.parametrize("model", CONTENT)
def test_a_section_or_photo_stays_with_its_operation_whatever_is_posted(
    serbia_staff, mission, own, kosovo, model
):
    obj = own[model]
    url = admin_url(obj, "change")
    data = form_page_data(serbia_staff, url, operation=str(kosovo.pk), photo_alt="Moved")

    response = serbia_staff.post(url, data)

    assert response.status_code == 302
    obj.refresh_from_db()
    assert (obj.operation, obj.photo_alt) == (mission, "Moved")
    assert "operation" not in serbia_staff.get(url).context["adminform"].form.fields


@pytest.mark.parametrize("model", CONTENT)
def test_a_revert_does_not_move_a_section_or_photo_to_another_operation(
    serbia_staff, mission, own, kosovo, model
):
    """A version from when the row was another operation's (an Administrator moved it since):
    reverting it restores its texts but leaves it where it is, as its form does."""
    obj = own[model]
    obj.operation, obj.photo_alt = kosovo, "Old alt text"
    old = saved_version(obj)
    obj.operation, obj.photo_alt = mission, "New alt text"
    saved_version(obj)
    url = admin_url(obj, "revision", old.pk)

    response = serbia_staff.post(url, form_page_data(serbia_staff, url))

    assert response.status_code == 302
    obj.refresh_from_db()
    assert (obj.operation, obj.photo_alt) == (mission, "Old alt text")


def test_a_revert_of_their_operation_leaves_a_section_moved_to_another_alone(
    serbia_staff, mission, kosovo
):
    """The old version of their operation had a section that is another operation's now: the
    revert restores their operation's own rows, not that one (it would take it from the other
    operation's page)."""
    moved = factories.make_section(mission, "Elections")
    kept = factories.make_section(mission, "Media")
    old = saved_version(mission, moved, kept)
    moved.operation, moved.title = kosovo, "Elections in Kosovo"
    kept.title = "Media freedom"
    saved_version(mission, moved, kept)
    url = admin_url(mission, "revision", old.pk)

    response = serbia_staff.post(url, form_page_data(serbia_staff, url))

    assert response.status_code == 302
    assert list(mission.sections.values_list("title", flat=True)) == ["Media"]
    moved.refresh_from_db()
    assert (moved.operation, moved.title) == (kosovo, "Elections in Kosovo")


# Translations --------------------------------------------------------------------------------


@pytest.mark.parametrize("model", CONTENT)
def test_another_operations_translations_cannot_be_reached_through_their_own_rows(
    serbia_staff, own, kosovo, model
):
    """Their own section's or photograph's page, posted with another's translation in its
    translations inline (to change it or delete it) or with another item named: refused or left
    out, never saved."""
    obj, theirs = own[model], others(kosovo)[model]
    row = theirs.translations.get()
    url = admin_url(obj, "change")
    attempts = [
        {"translations-0-id": str(row.pk), "translations-0-photo_alt": "Détourné"},
        {"translations-0-id": str(row.pk), "translations-0-DELETE": "on"},
        {"translations-0-item": str(theirs.pk), "translations-0-photo_alt": "Détourné"},
    ]
    before = snapshot(*TABLES)

    for attempt in attempts:
        data = form_page_data(
            serbia_staff,
            url,
            **{
                "translations-TOTAL_FORMS": "1",
                "translations-INITIAL_FORMS": "1" if "translations-0-id" in attempt else "0",
                "translations-0-language": "ru",
                "translations-0-title": "Détourné",
                **attempt,
            },
        )
        assert serbia_staff.post(url, data).status_code in (200, 302)
        assert snapshot(*TABLES) == before


@pytest.mark.parametrize("model", CONTENT)
def test_mission_staff_translate_their_own_sections_and_photos(serbia_staff, own, model):
    obj = own[model]

    response = serbia_staff.post(
        translate_url(obj, "fr"), {"title": "Médias", "photo_alt": "Belgrade", "text": ""}
    )

    assert response.status_code == 302
    assert obj.translations.get(language="fr").photo_alt == "Belgrade"


def test_mission_staff_cannot_translate_another_operations_page(serbia_staff, kosovo):
    before = snapshot(*TABLES)

    response = serbia_staff.post(translate_url(kosovo, "fr"), {"name": "Mission au Kosovo"})

    assert response.status_code == 404
    assert snapshot(*TABLES) == before


@pytest.mark.parametrize("label", ["missions.worksection", "missions.galleryphoto"])
def test_the_translation_board_lists_their_own_operations_items_only(
    serbia_staff, own, kosovo, label
):
    response = serbia_staff.get(reverse("translation-board"), {"type": label})

    assert response.status_code == 200
    model = {"missions.worksection": WorkSection, "missions.galleryphoto": GalleryPhoto}[label]
    assert [line["item"] for line in response.context["lines"]] == [own[model]]


def test_their_operations_names_in_other_languages_are_reference_facts(serbia_staff, mission):
    """The operation's names and address in another language, like its English ones: neither
    changed, added nor deleted by mission staff, whatever they post."""
    StructureTranslation.objects.create(
        item=mission.structure_ptr, language="ru", name="Миссия в Сербии", slug="missiya"
    )
    url = admin_url(mission, "change")
    row = {
        "translations-INITIAL_FORMS": "1",
        "translations-0-id": str(mission.translations.get().pk),
    }
    posts = [
        {**row, "translations-0-name": "Захвачено", "translations-0-slug": "zakhvacheno"},
        {**row, "translations-0-language": "ru", "translations-0-DELETE": "on"},
        {
            "translations-TOTAL_FORMS": "1",
            "translations-INITIAL_FORMS": "0",
            "translations-0-language": "fr",
            "translations-0-name": "Mission en Serbie",
        },
    ]
    before = snapshot(StructureTranslation)

    for post in posts:
        data = form_page_data(serbia_staff, url, tagline="Changed", **post)
        data.setdefault("translations-TOTAL_FORMS", "1")
        assert serbia_staff.post(url, data).status_code in (200, 302)
        assert snapshot(StructureTranslation) == before


def test_a_revert_keeps_their_operations_names_in_other_languages(serbia_staff, mission):
    """An Administrator renamed the operation in Russian and named it in French since the
    version: reverting its page restores its texts, not those names."""
    names = StructureTranslation.objects.create(
        item=mission.structure_ptr, language="ru", name="Миссия", slug="missiya"
    )
    mission.tagline = "Old tagline"
    old = saved_version(mission, names)
    mission.tagline = "New tagline"
    names.name, names.slug = "Миссия ОБСЕ в Сербии", "missiya-obse"
    saved_version(mission, names)
    StructureTranslation.objects.create(
        item=mission.structure_ptr, language="fr", name="Mission en Serbie"
    )
    url = admin_url(mission, "revision", old.pk)

    response = serbia_staff.post(url, form_page_data(serbia_staff, url))

    assert response.status_code == 302
    mission.refresh_from_db()
    assert mission.tagline == "Old tagline"
    assert sorted(mission.translations.values_list("language", "name", "slug")) == [
        ("fr", "Mission en Serbie", ""),
        ("ru", "Миссия ОБСЕ в Сербии", "missiya-obse"),
    ]


# Autocompletes -------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [WorkSection, GalleryPhoto, FieldOperationTranslation])
def test_the_autocomplete_offers_mission_staff_their_own_operation_only(
    serbia_staff, mission, kosovo, model
):
    """No page of theirs chooses an operation, but the autocomplete answers for any relation:
    it names theirs only."""
    field_name = "item" if model is FieldOperationTranslation else "operation"
    response = serbia_staff.get(
        reverse("admin:autocomplete"),
        {"app_label": "missions", "model_name": model._meta.model_name, "field_name": field_name},
    )

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == [mission.name]


# Editors without a scope and Administrators keep their rights --------------------------------


@pytest.mark.parametrize("who", ["editor", "publisher", "administrator", "editor_client"])
def test_unscoped_staff_change_and_translate_every_operations_content(request, who, kosovo):
    client = request.getfixturevalue(who)
    section, photo = others(kosovo).values()

    changed = client.post(
        admin_url(section, "change"),
        form_page_data(client, admin_url(section, "change"), title="Democratization and rights"),
    )
    translated = client.post(translate_url(photo, "fr"), {"photo_alt": "Pristina, la ville"})
    listed = client.get(admin_url(WorkSection, "changelist"))

    assert changed.status_code == translated.status_code == 302
    section.refresh_from_db()
    assert section.title == "Democratization and rights"
    assert photo.translations.get(language="fr").photo_alt == "Pristina, la ville"
    assert section in listed.context["cl"].result_list


@pytest.mark.parametrize("who", ["administrator", "editor_client"])
def test_an_administrators_revert_restores_an_operations_names(request, who, mission):
    """The names in other languages as the version has them: renamed back, and those added
    since deleted."""
    client = request.getfixturevalue(who)
    names = StructureTranslation.objects.create(
        item=mission.structure_ptr, language="ru", name="Миссия"
    )
    old = saved_version(mission, names)
    names.name = "Миссия ОБСЕ"
    saved_version(mission, names)
    StructureTranslation.objects.create(
        item=mission.structure_ptr, language="fr", name="Mission en Serbie"
    )
    url = admin_url(mission, "revision", old.pk)

    response = client.post(url, form_page_data(client, url))

    assert response.status_code == 302
    assert list(mission.translations.values_list("language", "name")) == [("ru", "Миссия")]


@pytest.mark.parametrize("who", ["administrator", "editor_client"])
def test_administrators_close_an_operation_and_delete_its_content(request, who, kosovo):
    client = request.getfixturevalue(who)
    section = kosovo.sections.get()
    url = admin_url(kosovo, "change")

    closed = client.post(url, form_page_data(client, url, status="closed", closed="2025-01-01"))
    deleted = client.post(admin_url(section, "delete"), {"post": "yes"})

    assert closed.status_code == deleted.status_code == 302
    kosovo.refresh_from_db()
    assert kosovo.status == FieldOperation.Status.CLOSED
    assert not WorkSection.objects.filter(pk=section.pk).exists()
