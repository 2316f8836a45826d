"""Who may change what beyond the press releases, posted straight to every admin URL as each
role: mission staff (a publisher whose editorial scope is the Mission to Serbia), an editor, a
publisher and an Administrator.

- Mission staff change their own operation's content only: its texts, "Our work" sections and
  gallery. Other operations are not there for them (404), whatever they post.
- An operation's reference facts (name, address, type, place in the menus, host country,
  headquarters, dates, status) and a field of work's (name, address) are an Administrator's:
  read-only for everyone else, and left as they are when posted anyway.
- Editors and publishers without a scope change every operation's and field of work's content;
  mission staff change no field of work. States, structures and Chairpersonships: only an
  Administrator changes, adds or deletes them.
- A scope limits whatever the role (an Administrator's too); dateline places, which every
  source's releases share, are mission staff's to change only while no other source uses them.

Each refused request leaves the database as it was; each allowed one changes it.
"""

import io
from datetime import date

import pytest
import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from reversion.models import Version

from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork, ResourceLink
from missions.models import FieldOperation, GalleryPhoto, WorkSection
from news.models import Place
from structures.models import Structure
from tests import factories
from tests.admin_forms import form_page_data

pytestmark = pytest.mark.django_db

OPERATION_REFERENCE_FIELDS = [
    "name",
    "full_name",
    "slug",
    "operation_type",
    "position",
    "host_country",
    "headquarters",
    "established",
    "established_year_only",
    "closed",
    "closed_year_only",
    "status",
]
FIELD_REFERENCE_FIELDS = ["name", "slug"]
UNSCOPED = ["editor", "publisher"]
NOT_ADMINISTRATORS = ["editor", "publisher", "serbia_staff"]


def admin_url(obj_or_model, view, *args):
    meta = obj_or_model._meta
    if not isinstance(obj_or_model, type) and view not in ("changelist", "add"):
        args = (obj_or_model.pk, *args)
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def snapshot(*models):
    """Every row of `models` (with their many-to-many links), to compare before and after."""
    state = {}
    for model in models:
        state[model] = list(model._default_manager.order_by("pk").values())
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            state[through] = list(through.objects.order_by("pk").values())
    return state


OPERATION_TABLES = (FieldOperation, WorkSection, GalleryPhoto)
FIELD_TABLES = (FieldOfWork, ResourceLink)


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def new_inline_row(data, prefix, **values):
    """`data` with one more row of the inline `prefix`, as the "Add another" link adds it."""
    number = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(number + 1)
    data.update({f"{prefix}-{number}-{name}": value for name, value in values.items()})
    return data


def with_new_section_and_photo(data, title="Hijacked section"):
    new_inline_row(data, "sections", position="9", title=title, text="<p>Text.</p>")
    new_inline_row(
        data, "gallery", position="9", photo=png(), photo_alt="A workshop", photo_caption=title
    )
    return data


@pytest.fixture
def administrator(roles, django_user_model):
    return factories.staff_client(django_user_model, "administrator", "Administrator")


@pytest.fixture
def moldova(db):
    return factories.make_state("Moldova", code="MD")


@pytest.fixture
def kosovo(db):
    """Another operation, with a section and a photograph of its own."""
    operation = factories.make_operation(
        "Mission in Kosovo", full_name="OSCE Mission in Kosovo", headquarters="Pristina"
    )
    factories.make_section(operation, "Democratization")
    GalleryPhoto.objects.create(operation=operation, photo=png(), photo_alt="Pristina")
    return operation


@pytest.fixture
def mission_to_moldova(moldova):
    return factories.make_operation(
        "Mission to Moldova",
        host_country=moldova,
        headquarters="Chisinau",
        established=date(1993, 4, 25),
    )


# Mission staff and other operations (what happened) ------------------------------------------


def test_mission_staff_list_only_their_own_operations(serbia_staff, mission, kosovo):
    response = serbia_staff.get(admin_url(FieldOperation, "changelist"))

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [mission]


@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_operation_is_not_there_for_mission_staff(serbia_staff, kosovo, view):
    response = serbia_staff.get(admin_url(kosovo, view))

    assert response.status_code == 404
    assert "Pristina" not in response.text


def test_mission_staff_cannot_add_a_section_to_another_operation(
    serbia_staff, administrator, kosovo
):
    # What Kosovo's form posts (as a form opened by someone else, or written by hand).
    data = with_new_section_and_photo(form_page_data(administrator, admin_url(kosovo, "change")))
    data["tagline"] = "Changed by the Mission to Serbia"
    before = snapshot(*OPERATION_TABLES)

    response = serbia_staff.post(admin_url(kosovo, "change"), data)

    assert response.status_code == 404
    assert snapshot(*OPERATION_TABLES) == before
    assert not kosovo.sections.filter(title="Hijacked section").exists()


def test_mission_staff_cannot_close_another_operation(
    serbia_staff, administrator, mission_to_moldova
):
    url = admin_url(mission_to_moldova, "change")
    data = form_page_data(administrator, url, status="closed", closed="2025-01-01")
    before = snapshot(*OPERATION_TABLES)

    response = serbia_staff.post(url, data)

    assert response.status_code == 404
    assert snapshot(*OPERATION_TABLES) == before
    assert mission_to_moldova in FieldOperation.objects.active()


def test_mission_staff_cannot_delete_another_operation(serbia_staff, kosovo):
    before = snapshot(*OPERATION_TABLES)

    response = serbia_staff.post(admin_url(kosovo, "delete"), {"post": "yes"})

    assert response.status_code in (403, 404)
    assert snapshot(*OPERATION_TABLES) == before


def test_mission_staff_cannot_reach_another_operations_rows_through_their_own(
    serbia_staff, mission, kosovo
):
    """Rows of another operation named in their own operation's inline forms, to change them,
    move them over or delete them: Django's inline formsets take only the operation's own rows
    (another's is left out, or the form refused); nothing changes."""
    section, photo = kosovo.sections.get(), kosovo.gallery.get()
    url = admin_url(mission, "change")
    attempts = [
        {
            "sections-TOTAL_FORMS": "1",
            "sections-INITIAL_FORMS": "1",
            "sections-0-id": str(section.pk),
            "sections-0-operation": str(mission.pk),
            "sections-0-position": "0",
            "sections-0-title": "Moved to Serbia",
        },
        {
            "gallery-TOTAL_FORMS": "1",
            "gallery-INITIAL_FORMS": "1",
            "gallery-0-id": str(photo.pk),
            "gallery-0-operation": str(mission.pk),
            "gallery-0-position": "0",
            "gallery-0-photo_alt": "Moved to Serbia",
            "gallery-0-DELETE": "on",
        },
    ]
    before = snapshot(WorkSection, GalleryPhoto)  # their own operation may be saved

    for rows in attempts:
        response = serbia_staff.post(url, form_page_data(serbia_staff, url, **rows))
        assert response.status_code in (200, 302)
        assert snapshot(WorkSection, GalleryPhoto) == before


def saved_version(obj, **changes):
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
        for section in getattr(obj, "sections", WorkSection.objects.none()).all():
            section.save()
    return Version.objects.get_for_object(obj).first()


def test_mission_staff_cannot_revert_compare_or_recover_another_operation(serbia_staff, kosovo):
    old = saved_version(kosovo, tagline="Old tagline")
    saved_version(kosovo, tagline="New tagline")
    kosovo.sections.update(title="Changed since")
    deleted = factories.make_operation("Closed mission")
    saved_version(deleted)
    deleted_pk = deleted.pk
    deleted.delete()
    deleted_version = Version.objects.get_deleted(FieldOperation).get(object_id=str(deleted_pk))
    before = snapshot(*OPERATION_TABLES)

    revision = admin_url(kosovo, "revision", old.pk)
    compare = admin_url(kosovo, "compare")
    recover = admin_url(FieldOperation, "recover", deleted_version.pk)
    assert serbia_staff.get(revision).status_code == 404
    assert serbia_staff.post(revision, {"_save": "Save"}).status_code == 404
    assert serbia_staff.get(compare, {"version_id1": old.pk}).status_code == 404
    assert serbia_staff.post(recover, {"_save": "Save"}).status_code == 403
    assert serbia_staff.get(admin_url(FieldOperation, "recoverlist")).status_code == 403
    assert snapshot(*OPERATION_TABLES) == before


def test_the_view_on_site_shortcut_is_for_the_users_own_operations(serbia_staff, mission, kosovo):
    content_type = ContentType.objects.get_for_model(FieldOperation).pk

    assert serbia_staff.get(f"/admin/r/{content_type}/{kosovo.pk}/").status_code == 404
    own = serbia_staff.get(f"/admin/r/{content_type}/{mission.pk}/")
    assert own.status_code == 302
    assert own["Location"].endswith(mission.get_absolute_url())


def test_the_operations_autocomplete_offers_mission_staff_their_own_names_only(
    serbia_staff, mission, kosovo
):
    response = serbia_staff.get(
        reverse("admin:autocomplete"),
        {"app_label": "fields", "model_name": "fieldofwork", "field_name": "operations"},
    )

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == [mission.name]


# Mission staff and their own operation ---------------------------------------------------------


def test_mission_staff_change_their_own_operations_texts_sections_and_gallery(
    serbia_staff, mission, field
):
    kept = factories.make_section(mission, "Media")
    dropped = factories.make_section(mission, "Old section")
    url = admin_url(mission, "change")
    data = form_page_data(serbia_staff, url, tagline="Our new tagline")
    rows = {int(data[f"sections-{n}-id"]): n for n in range(2)}
    data[f"sections-{rows[kept.pk]}-title"] = "Media freedom"
    data[f"sections-{rows[dropped.pk]}-DELETE"] = "on"
    data = with_new_section_and_photo(data, title="Elections")
    data["sections-2-fields_of_work"] = [field.pk]

    response = serbia_staff.post(url, data)

    assert response.status_code == 302
    mission.refresh_from_db()
    assert mission.tagline == "Our new tagline"
    assert sorted(mission.sections.values_list("title", flat=True)) == [
        "Elections",
        "Media freedom",
    ]
    assert list(mission.sections.get(title="Elections").fields_of_work.all()) == [field]
    assert mission.gallery.get().photo_caption == "Elections"


@pytest.mark.parametrize("who", [*NOT_ADMINISTRATORS])
def test_reference_facts_are_read_only_for_everyone_but_an_administrator(
    request, who, mission, moldova
):
    client = request.getfixturevalue(who)
    url = admin_url(mission, "change")

    form = client.get(url).context["adminform"].form

    assert set(form.fields) == {
        "tagline",
        "description",
        "our_work_intro",
        "mandate_decision",
        "mandate_date",
        "mandate_text",
        "contact_address",
        "contact_telephone",
        "contact_email",
    }
    for name in OPERATION_REFERENCE_FIELDS:
        assert name in client.get(url).context["adminform"].readonly_fields


@pytest.mark.parametrize("who", [*NOT_ADMINISTRATORS])
def test_reference_facts_posted_anyway_are_left_as_they_are(request, who, mission, moldova):
    client = request.getfixturevalue(who)
    url = admin_url(mission, "change")
    before = FieldOperation.objects.values(*OPERATION_REFERENCE_FIELDS).get(pk=mission.pk)
    data = form_page_data(
        client,
        url,
        tagline="A new tagline",
        name="Mission to Moldova and Serbia",
        full_name="Renamed",
        slug="hijacked",
        operation_type=FieldOperation.OperationType.OFFICE,
        position="1",
        host_country=str(moldova.pk),
        headquarters="Chisinau",
        established="2001-01-16",
        established_year_only="on",
        closed="2025-01-01",
        closed_year_only="on",
        status=FieldOperation.Status.CLOSED,
    )

    response = client.post(url, data)

    assert response.status_code == 302
    assert FieldOperation.objects.values(*OPERATION_REFERENCE_FIELDS).get(pk=mission.pk) == before
    mission.refresh_from_db()
    assert mission.tagline == "A new tagline"
    assert client.get(mission.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("who", [*NOT_ADMINISTRATORS])
def test_only_an_administrator_adds_or_deletes_an_operation(request, who, administrator, mission):
    client = request.getfixturevalue(who)
    data = form_page_data(
        administrator,
        admin_url(FieldOperation, "add"),
        name="Mission to Nowhere",
        slug="mission-to-nowhere",
        operation_type=FieldOperation.OperationType.MISSION,
        position="5",
        status=FieldOperation.Status.ACTIVE,
    )
    before = snapshot(*OPERATION_TABLES)

    assert client.get(admin_url(FieldOperation, "add")).status_code == 403
    assert client.post(admin_url(FieldOperation, "add"), data).status_code == 403
    assert client.post(admin_url(mission, "delete"), {"post": "yes"}).status_code == 403
    assert snapshot(*OPERATION_TABLES) == before


@pytest.mark.parametrize("who", [*NOT_ADMINISTRATORS])
def test_a_revert_keeps_the_reference_facts_of_everyone_but_an_administrator(request, who, mission):
    client = request.getfixturevalue(who)
    old = saved_version(mission, tagline="Old tagline")
    # Since then an Administrator closed it and gave it a new address.
    saved_version(mission, tagline="New tagline", status="closed", slug="former-mission")
    revision = admin_url(mission, "revision", old.pk)

    response = client.post(revision, form_page_data(client, revision))

    assert response.status_code == 302
    mission.refresh_from_db()
    assert mission.tagline == "Old tagline"
    assert (mission.status, mission.slug) == ("closed", "former-mission")


# Editors and publishers without a scope -------------------------------------------------------


@pytest.mark.parametrize("who", UNSCOPED)
def test_editors_change_every_operations_content(request, who, kosovo):
    client = request.getfixturevalue(who)
    url = admin_url(kosovo, "change")
    data = with_new_section_and_photo(form_page_data(client, url, tagline="Rule of law"), "Media")
    data["sections-0-title"] = "Democratization and human rights"
    data["gallery-0-DELETE"] = "on"

    response = client.post(url, data)

    assert response.status_code == 302
    kosovo.refresh_from_db()
    assert kosovo.tagline == "Rule of law"
    assert sorted(kosovo.sections.values_list("title", flat=True)) == [
        "Democratization and human rights",
        "Media",
    ]
    assert list(kosovo.gallery.values_list("photo_caption", flat=True)) == ["Media"]


# An Administrator -------------------------------------------------------------------------------


def test_an_administrator_changes_the_reference_facts(administrator, mission, moldova):
    url = admin_url(mission, "change")
    data = form_page_data(
        administrator,
        url,
        slug="mission-to-serbia-2",
        host_country=str(moldova.pk),
        established="2001-01-16",
        closed="2025-01-01",
        status=FieldOperation.Status.CLOSED,
    )

    response = administrator.post(url, data)

    assert response.status_code == 302
    mission.refresh_from_db()
    assert (mission.slug, mission.host_country, mission.status) == (
        "mission-to-serbia-2",
        moldova,
        "closed",
    )
    assert (mission.established, mission.closed) == (date(2001, 1, 16), date(2025, 1, 1))


def test_an_administrator_adds_and_deletes_an_operation(administrator, mission):
    add = form_page_data(
        administrator,
        admin_url(FieldOperation, "add"),
        name="Mission to Nowhere",
        slug="mission-to-nowhere",
        operation_type=FieldOperation.OperationType.MISSION,
        position="5",
        status=FieldOperation.Status.ACTIVE,
    )
    new_inline_row(add, "sections", position="0", title="First section")

    assert administrator.post(admin_url(FieldOperation, "add"), add).status_code == 302
    added = FieldOperation.objects.get(slug="mission-to-nowhere")
    assert list(added.sections.values_list("title", flat=True)) == ["First section"]
    assert administrator.post(admin_url(added, "delete"), {"post": "yes"}).status_code == 302
    assert not FieldOperation.objects.filter(pk=added.pk).exists()


# Fields of work ---------------------------------------------------------------------------------


@pytest.fixture
def field_with_link(field):
    ResourceLink.objects.create(
        field_of_work=field, category="reports", title="A report", url="https://www.osce.org/"
    )
    return field


def field_form(client, field, **overrides):
    data = form_page_data(client, admin_url(field, "change"), **overrides)
    data["links-0-title"] = "A report, revised"
    return new_inline_row(
        data,
        "links",
        category="manuals",
        title="A guide",
        url="https://www.osce.org/g",
        position="1",
    )


def test_mission_staff_see_fields_of_work_but_change_none(
    serbia_staff, administrator, field_with_link
):
    field = field_with_link
    url = admin_url(field, "change")
    data = field_form(administrator, field, summary="Changed by the Mission to Serbia")
    add = form_page_data(administrator, admin_url(FieldOfWork, "add"), name="New", slug="new")
    revision = admin_url(field, "revision", saved_version(field).pk)
    before = snapshot(*FIELD_TABLES)

    shown = serbia_staff.get(url)
    assert shown.status_code == 200
    assert not shown.context["has_change_permission"]
    assert serbia_staff.post(url, data).status_code == 403
    assert serbia_staff.post(admin_url(FieldOfWork, "add"), add).status_code == 403
    assert serbia_staff.post(admin_url(field, "delete"), {"post": "yes"}).status_code == 403
    assert serbia_staff.post(revision, {"_save": "Save"}).status_code == 403
    assert snapshot(*FIELD_TABLES) == before


@pytest.mark.parametrize("who", UNSCOPED)
def test_editors_change_a_field_of_works_texts_and_links_not_its_name_or_address(
    request, who, field_with_link, mission
):
    client = request.getfixturevalue(who)
    field = field_with_link
    form = client.get(admin_url(field, "change")).context["adminform"].form
    assert not set(FIELD_REFERENCE_FIELDS) & set(form.fields)
    data = field_form(
        client,
        field,
        name="Hijacked",
        slug="hijacked",
        summary="How the OSCE helps.",
        operations=[mission.pk],
    )

    response = client.post(admin_url(field, "change"), data)

    assert response.status_code == 302
    field.refresh_from_db()
    assert (field.name, field.slug) == ("Elections", "elections")
    assert field.summary == "How the OSCE helps."
    assert list(field.operations.all()) == [mission]
    assert sorted(field.links.values_list("title", flat=True)) == ["A guide", "A report, revised"]


@pytest.mark.parametrize("who", UNSCOPED)
def test_only_an_administrator_adds_or_deletes_a_field_of_work(request, who, administrator, field):
    client = request.getfixturevalue(who)
    add = form_page_data(administrator, admin_url(FieldOfWork, "add"), name="New", slug="new")
    before = snapshot(*FIELD_TABLES)

    assert client.post(admin_url(FieldOfWork, "add"), add).status_code == 403
    assert client.post(admin_url(field, "delete"), {"post": "yes"}).status_code == 403
    assert snapshot(*FIELD_TABLES) == before


def test_an_administrator_changes_adds_and_deletes_fields_of_work(administrator, field_with_link):
    field = field_with_link
    change = field_form(administrator, field, name="Elections and voting", slug="elections-2")
    add = form_page_data(administrator, admin_url(FieldOfWork, "add"), name="New", slug="new")

    assert administrator.post(admin_url(field, "change"), change).status_code == 302
    assert administrator.post(admin_url(FieldOfWork, "add"), add).status_code == 302
    field.refresh_from_db()
    assert (field.name, field.slug) == ("Elections and voting", "elections-2")
    added = FieldOfWork.objects.get(slug="new")
    assert administrator.post(admin_url(added, "delete"), {"post": "yes"}).status_code == 302
    assert not FieldOfWork.objects.filter(pk=added.pk).exists()


# States, structures, Chairpersonships: an Administrator's ------------------------------------


def _state():
    return factories.make_state("Mongolia", code="MN"), {"name": "Mongol Uls"}


def _structure():
    return factories.make_structure("Parliamentary Assembly"), {"name": "The Assembly"}


def _chairpersonship():
    return factories.make_chairpersonship(factories.make_state("Finland", code="FI"), 2025), {
        "chairperson": "Someone"
    }


REFERENCE = pytest.mark.parametrize(
    "make", [_state, _structure, _chairpersonship], ids=lambda make: make.__name__.strip("_")
)


def new_object_form(administrator, model):
    values = {
        ParticipatingState: {"name": "Atlantis", "slug": "atlantis", "code": "QA"},
        Structure: {"name": "New office", "slug": "new-office", "kind": "institution"},
        Chairpersonship: {"year": "2031"},
    }[model]
    if model is Chairpersonship:
        values["state"] = str(factories.make_state("Chairing State").pk)
    return form_page_data(administrator, admin_url(model, "add"), **values)


@REFERENCE
@pytest.mark.parametrize("who", NOT_ADMINISTRATORS)
def test_only_an_administrator_changes_reference_data(request, who, administrator, make):
    client = request.getfixturevalue(who)
    obj, change = make()
    model = type(obj)
    change_data = form_page_data(administrator, admin_url(obj, "change"), **change)
    add_data = new_object_form(administrator, model)
    before = snapshot(model)

    shown = client.get(admin_url(obj, "change"))
    assert shown.status_code == 200  # to look at, for the lists editors choose from
    assert not shown.context["has_change_permission"]
    assert client.post(admin_url(obj, "change"), change_data).status_code == 403
    assert client.get(admin_url(model, "add")).status_code == 403
    assert client.post(admin_url(model, "add"), add_data).status_code == 403
    assert client.get(admin_url(obj, "delete")).status_code == 403
    assert client.post(admin_url(obj, "delete"), {"post": "yes"}).status_code == 403
    assert snapshot(model) == before


@REFERENCE
def test_an_administrator_changes_adds_and_deletes_reference_data(administrator, make):
    obj, change = make()
    model = type(obj)
    change_data = form_page_data(administrator, admin_url(obj, "change"), **change)
    add_data = new_object_form(administrator, model)

    assert administrator.post(admin_url(obj, "change"), change_data).status_code == 302
    assert administrator.post(admin_url(model, "add"), add_data).status_code == 302
    assert administrator.post(admin_url(obj, "delete"), {"post": "yes"}).status_code == 302
    assert not model.objects.filter(pk=obj.pk).exists()
    assert model.objects.count() == 1


@pytest.mark.parametrize("who", NOT_ADMINISTRATORS)
def test_only_an_administrator_reorders_structures_in_their_list(request, who, administrator):
    client = request.getfixturevalue(who)
    structure = factories.make_structure("Secretariat", kind="secretariat", position=3)
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(structure.pk),
        "form-0-position": "1",
        "_save": "Save",
    }
    url = admin_url(Structure, "changelist")

    assert client.post(url, data).status_code == 403
    structure.refresh_from_db()
    assert structure.position == 3
    assert administrator.post(url, data).status_code == 302
    structure.refresh_from_db()
    assert structure.position == 1


# A scope limits whatever the role ------------------------------------------------------------


def test_a_scope_limits_an_administrator_to_their_operation_too(
    django_user_model, roles, administrator, mission, kosovo, field, serbia
):
    scoped = factories.staff_client(
        django_user_model, "serbia-admin", "Administrator", sources=[mission]
    )
    others = [
        (kosovo, {"tagline": "Changed"}),
        (field, {"summary": "Changed"}),
        (serbia, {"name": "Changed"}),
    ]
    posts = [
        (obj, form_page_data(administrator, admin_url(obj, "change"), **c)) for obj, c in others
    ]
    own = form_page_data(scoped, admin_url(mission, "change"), status="closed")
    before = snapshot(FieldOperation, FieldOfWork, ParticipatingState)

    assert scoped.post(admin_url(kosovo, "change"), posts[0][1]).status_code == 404
    for obj, data in posts[1:]:
        assert scoped.post(admin_url(obj, "change"), data).status_code == 403
    assert scoped.get(admin_url(FieldOperation, "add")).status_code == 403
    assert snapshot(FieldOperation, FieldOfWork, ParticipatingState) == before
    # Their own operation's reference facts are theirs: the role says so.
    assert scoped.post(admin_url(mission, "change"), own).status_code == 302
    mission.refresh_from_db()
    assert mission.status == "closed"


# Dateline places: shared by every source's releases --------------------------------------------


# A place's form with its names in other languages (an inline) left empty.
NO_NAMES = {"translations-TOTAL_FORMS": "0", "translations-INITIAL_FORMS": "0"}


def test_mission_staff_rename_only_places_their_own_releases_alone_use(
    serbia_staff, mission, chairpersonship, belgrade
):
    shared = factories.make_place("Niš")
    factories.make_release(sources=[mission], places=[belgrade, shared])
    factories.make_release(sources=[chairpersonship], places=[shared])

    refused = serbia_staff.post(
        admin_url(shared, "change"), {"name": "Nish", "slug": "nish", "_save": "Save", **NO_NAMES}
    )
    allowed = serbia_staff.post(
        admin_url(belgrade, "change"),
        {
            "name": "Beograd",
            "slug": "beograd",
            "state": belgrade.state_id,
            "_save": "Save",
            **NO_NAMES,
        },
    )
    added = serbia_staff.post(
        admin_url(Place, "add"),
        {"name": "Novi Sad", "slug": "novi-sad", "_save": "Save", **NO_NAMES},
    )

    assert refused.status_code == 403
    assert Place.objects.get(pk=shared.pk).name == "Niš"
    assert allowed.status_code == added.status_code == 302
    assert sorted(Place.objects.values_list("name", flat=True)) == ["Beograd", "Niš", "Novi Sad"]


@pytest.mark.parametrize("who", UNSCOPED)
def test_editors_rename_any_place(request, who, chairpersonship):
    client = request.getfixturevalue(who)
    place = factories.make_place("Nis")
    factories.make_release(sources=[chairpersonship], places=[place])

    response = client.post(
        admin_url(place, "change"), {"name": "Niš", "slug": "nis", "_save": "Save", **NO_NAMES}
    )

    assert response.status_code == 302
    place.refresh_from_db()
    assert place.name == "Niš"


def test_nobody_merges_tags_through_taggits_admin(roles, django_user_model, release):
    """taggit's action and page re-pointed every release's tags for any staff user."""
    from django.urls import NoReverseMatch
    from taggit.models import Tag

    from tests.factories import staff_client

    client = staff_client(django_user_model, "tagger", "Editor")
    tag = Tag.objects.get(slug="visit")
    changelist = reverse("admin:taggit_tag_changelist")
    response = client.post(changelist, {"action": "render_tag_form", "_selected_action": [tag.pk]})
    assert response.status_code in (200, 403)  # no such action: the list again, or refused
    assert client.post(f"{changelist}merge-tags/", {"new_tag_name": "merged"}).status_code in (
        403,
        404,
        302,
    )
    assert not Tag.objects.filter(name="merged").exists()
    with pytest.raises(NoReverseMatch):
        reverse("admin:taggit_tag_merge_tags")
