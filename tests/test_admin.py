"""The admin as editors use it: through the test client and the admin's own URLs."""

import io
from datetime import datetime, timedelta

import pytest
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from countries.models import ParticipatingState
from news.models import Place, PressRelease
from structures.models import Structure
from tests import factories
from tests.admin_forms import NO_TRANSLATIONS, change_form_data, change_url

pytestmark = pytest.mark.django_db


# Helpers ---------------------------------------------------------------------------------------


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def listed(response):
    """The objects a changelist response shows."""
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def png_file(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "navy").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def release_form_data(field, mission, belgrade, **overrides):
    """What the press release add form posts, with every required field filled in."""
    data = {
        "type": PressRelease.Type.PRESS_RELEASE,
        "title": "Workshop in Belgrade",
        "slug": "workshop-in-belgrade",
        "status": PressRelease.Status.PUBLISHED,
        "published_at_0": "2025-05-02",
        "published_at_1": "10:30:00",
        "places": [belgrade.pk],
        "sources": [mission.pk],
        "fields_of_work": [field.pk],
        "summary": "",
        "body": "<p>ok</p>",
        "tags": "",
        "photo_alt": "",
        "photo_caption": "",
        "photo_credit": "",
        **NO_TRANSLATIONS,
        "_save": "Save",
    }
    data.update(overrides)
    return data


def form_errors(response):
    return response.context["adminform"].form.errors if response.context else None


# Every registered model: changelist, search, add and change pages ------------------------------


def _release():
    return factories.make_release("Chairperson visits Vienna"), "Chairperson visits Vienna"


def _place():
    return factories.make_place("Prishtinë/Priština"), "Prishtinë/Priština"


def _field():
    return factories.make_field("Media freedom"), "Media freedom"


def _operation():
    return factories.make_operation("Mission to Skopje"), "Mission to Skopje"


def _structure():
    return factories.make_structure("Parliamentary Assembly"), "Parliamentary Assembly"


def _state():
    return factories.make_state("Mongolia", code="MN"), "Mongolia"


def _chairpersonship():
    finland = factories.make_state("Finland", code="FI")
    return factories.make_chairpersonship(finland, 2025), "Finland"


REGISTERED = pytest.mark.parametrize(
    "make",
    [_release, _place, _field, _operation, _structure, _state, _chairpersonship],
    ids=lambda make: make.__name__.strip("_"),
)


@REGISTERED
def test_changelist_shows_the_object(editor_client, make):
    obj, name = make()

    response = editor_client.get(admin_url(type(obj), "changelist"))

    assert listed(response) == {obj}
    assert name in response.text


@REGISTERED
def test_search_finds_the_object_by_name_and_nothing_for_junk(editor_client, make):
    obj, name = make()
    url = admin_url(type(obj), "changelist")

    assert listed(editor_client.get(url, {"q": name})) == {obj}
    assert listed(editor_client.get(url, {"q": "no-such-thing-anywhere"})) == set()


@REGISTERED
def test_add_and_change_pages_open(editor_client, make):
    obj, _ = make()

    add = editor_client.get(admin_url(type(obj), "add"))
    change = editor_client.get(admin_url(type(obj), "change", obj.pk))

    assert add.status_code == 200
    assert change.status_code == 200
    assert change.context["original"] == obj


# Press release changelist filters ---------------------------------------------------------------

RELEASES_URL = reverse("admin:news_pressrelease_changelist")


def test_status_filter_separates_each_stage_of_the_workflow(editor_client):
    hour = timedelta(hours=1)
    releases = {
        "draft": factories.make_draft("A draft"),
        "in_review": factories.make_release("Waiting", status=PressRelease.Status.IN_REVIEW),
        "embargoed": factories.make_scheduled("Out tomorrow"),
        "live": factories.make_release("Out already"),
        "expired": factories.make_release(
            "Gone", published_at=timezone.now() - 2 * hour, expires_at=timezone.now() - hour
        ),
        "archived": factories.make_release("Old", status=PressRelease.Status.ARCHIVED),
    }

    for value, expected in releases.items():
        assert listed(editor_client.get(RELEASES_URL, {"visibility": value})) == {expected}


def test_year_filter_shows_that_year_only(editor_client):
    tz = timezone.get_current_timezone()
    old = factories.make_release(published_at=datetime(2019, 6, 15, 12, 0, tzinfo=tz))
    factories.make_release(published_at=datetime(2021, 6, 15, 12, 0, tzinfo=tz))

    assert listed(editor_client.get(RELEASES_URL, {"year": "2019"})) == {old}


def test_bogus_year_is_ignored_not_an_error(editor_client):
    releases = {factories.make_release(), factories.make_draft()}

    assert listed(editor_client.get(RELEASES_URL, {"year": "abc"})) == releases


def test_field_of_work_filter(editor_client, field, other_field):
    inside = factories.make_release(fields=[field, other_field])
    factories.make_release(fields=[other_field])

    response = editor_client.get(RELEASES_URL, {"fields_of_work__id__exact": field.pk})

    assert listed(response) == {inside}


def test_source_filter(editor_client, mission, chairpersonship):
    from_mission = factories.make_release(sources=[mission, chairpersonship])
    factories.make_release(sources=[chairpersonship])

    response = editor_client.get(RELEASES_URL, {"sources__id__exact": mission.pk})

    assert listed(response) == {from_mission}


# Bulk actions ----------------------------------------------------------------------------------


def run_action(client, action, *releases):
    return client.post(
        RELEASES_URL,
        {"action": action, "_selected_action": [release.pk for release in releases]},
    )


def test_publish_action_puts_drafts_on_the_site(editor_client):
    draft, untouched = factories.make_draft(), factories.make_draft()
    assert Client().get(draft.get_absolute_url()).status_code == 404

    response = run_action(editor_client, "publish", draft)

    assert response.status_code == 302
    draft.refresh_from_db()
    untouched.refresh_from_db()
    assert draft.status == PressRelease.Status.PUBLISHED
    assert untouched.status == PressRelease.Status.DRAFT
    assert Client().get(draft.get_absolute_url()).status_code == 200


def test_unpublish_action_takes_releases_off_the_site(editor_client, release):
    assert Client().get(release.get_absolute_url()).status_code == 200

    response = run_action(editor_client, "unpublish", release)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == PressRelease.Status.DRAFT
    assert Client().get(release.get_absolute_url()).status_code == 404


# Adding a press release ------------------------------------------------------------------------

DANGEROUS_BODY = (
    "<p>ok</p><script>alert(1)</script>"
    '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>'
)


def test_add_form_splits_the_publication_date_into_date_and_time(editor_client):
    page = editor_client.get(reverse("admin:news_pressrelease_add")).text

    assert 'name="published_at_0"' in page
    assert 'name="published_at_1"' in page


def test_adding_a_release_stamps_the_editor_and_cleans_the_body(
    editor_client, field, mission, belgrade
):
    data = release_form_data(field, mission, belgrade, body=DANGEROUS_BODY)

    response = editor_client.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 302, form_errors(response)
    release = PressRelease.objects.get(slug="workshop-in-belgrade")
    assert release.created_by == editor_client.user
    assert release.updated_by == editor_client.user
    assert [source.pk for source in release.sources.all()] == [mission.pk]
    assert "<p>ok</p>" in release.body
    assert "<script" not in release.body
    assert "javascript:" not in release.body
    assert "onerror" not in release.body


def test_photo_without_alt_text_is_refused(editor_client, field, mission, belgrade):
    data = release_form_data(field, mission, belgrade, photo=png_file())

    response = editor_client.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 200
    assert "photo_alt" in form_errors(response)
    assert not PressRelease.objects.exists()


def test_photo_with_alt_text_is_accepted(editor_client, field, mission, belgrade):
    data = release_form_data(
        field, mission, belgrade, photo=png_file(), photo_alt="Participants around a table"
    )

    response = editor_client.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 302, form_errors(response)
    release = PressRelease.objects.get()
    assert release.photo
    assert (release.photo_width, release.photo_height) == (4, 3)


# Renaming keeps old addresses working ----------------------------------------------------------


def test_sites_framework_has_the_current_site_in_tests():
    # The redirects are stored per site: without one, every rename would fail.
    assert Site.objects.get_current().pk == 1


def rename_state(client, state, name, slug):
    response = client.post(
        admin_url(ParticipatingState, "change", state.pk),
        change_form_data(client, state, name=name, slug=slug),
    )
    assert response.status_code == 302, form_errors(response)
    state.refresh_from_db()
    assert state.slug == slug


@pytest.fixture
def czechia(db):
    return factories.make_state("Czech Republic", code="CZ")


def test_renamed_state_redirects_its_old_address(editor_client, client, czechia):
    rename_state(editor_client, czechia, "Czechia", "czechia")

    old = client.get("/participating-states/czech-republic/")
    assert old.status_code == 301
    assert old["Location"] == "/participating-states/czechia/"
    assert client.get("/participating-states/czechia/").status_code == 200


def test_second_rename_sends_the_first_address_straight_to_the_newest(
    editor_client, client, czechia
):
    rename_state(editor_client, czechia, "Czechia", "czechia")
    rename_state(editor_client, czechia, "Czechia 2", "czechia-2")

    for old_path in ["/participating-states/czech-republic/", "/participating-states/czechia/"]:
        response = client.get(old_path)
        assert response.status_code == 301
        assert response["Location"] == "/participating-states/czechia-2/"
    assert client.get("/participating-states/czechia-2/").status_code == 200


def test_renaming_back_to_a_former_address_makes_it_live_again(editor_client, client, czechia):
    rename_state(editor_client, czechia, "Czechia", "czechia")
    rename_state(editor_client, czechia, "Czechia 2", "czechia-2")
    rename_state(editor_client, czechia, "Czechia", "czechia")

    assert client.get("/participating-states/czechia/").status_code == 200
    assert client.get("/participating-states/czech-republic/")["Location"] == (
        "/participating-states/czechia/"
    )
    assert client.get("/participating-states/czechia-2/")["Location"] == (
        "/participating-states/czechia/"
    )
    assert not Redirect.objects.filter(old_path="/participating-states/czechia/").exists()


def test_saving_without_changing_the_slug_records_no_redirect(editor_client, czechia):
    response = editor_client.post(
        admin_url(ParticipatingState, "change", czechia.pk),
        change_form_data(editor_client, czechia, description="Central Europe."),
    )

    assert response.status_code == 302, form_errors(response)
    assert not Redirect.objects.exists()


# A place's form with its names in other languages (an inline) left empty.
NO_NAMES = {"translations-TOTAL_FORMS": "0", "translations-INITIAL_FORMS": "0"}


def test_changing_a_places_slug_saves_it(editor_client, belgrade, serbia):
    response = editor_client.post(
        admin_url(Place, "change", belgrade.pk),
        {"name": "Beograd", "slug": "beograd", "state": serbia.pk, "_save": "Save", **NO_NAMES},
    )

    assert response.status_code == 302, form_errors(response)
    belgrade.refresh_from_db()
    assert belgrade.slug == "beograd"


# Field operations are structures, but listed under their own admin ------------------------------


def test_structure_changelist_leaves_out_field_operations(editor_client, chairpersonship, mission):
    url = reverse("admin:structures_structure_changelist")

    assert listed(editor_client.get(url)) == {chairpersonship}
    assert listed(editor_client.get(url, {"q": "Serbia"})) == set()


def test_sources_autocomplete_offers_field_operations(editor_client, mission, chairpersonship):
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "news",
            "model_name": "pressrelease",
            "field_name": "sources",
            "term": "Serbia",
        },
    )

    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(mission.pk), "text": "Mission to Serbia"}]


# Changelists run a fixed number of queries, however many rows they show -------------------------


def count_queries(client, url):
    """How many queries the changelist runs, and how many rows it shows."""
    client.get(url)  # warm up: session, permissions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.context["cl"].result_count


def make_releases(count):
    for _ in range(count):
        factories.make_release(
            sources=[factories.make_structure(), factories.make_operation()],
            fields=[factories.make_field(), factories.make_field()],
            places=[factories.make_place()],
        )


def make_fields(count):
    for _ in range(count):
        field = factories.make_field()
        field.operations.set([factories.make_operation(), factories.make_operation()])
        factories.make_release(fields=[field])


def make_operations(count):
    for _ in range(count):
        factories.make_operation(host_country=factories.make_state(), established="2001-01-01")


def make_structures(count):
    parent = Structure.objects.filter(slug="secretariat").first() or factories.make_structure(
        "Secretariat", kind="secretariat"
    )
    for _ in range(count):
        factories.make_structure(kind="secretariat_unit", parent=parent)


def make_states(count):
    for _ in range(count):
        factories.make_state()


@pytest.mark.parametrize(
    ("changelist", "make"),
    [
        ("admin:news_pressrelease_changelist", make_releases),
        ("admin:fields_fieldofwork_changelist", make_fields),
        ("admin:missions_fieldoperation_changelist", make_operations),
        ("admin:structures_structure_changelist", make_structures),
        ("admin:countries_participatingstate_changelist", make_states),
    ],
)
def test_changelist_query_count_does_not_grow_with_rows(editor_client, changelist, make):
    url = reverse(changelist)
    make(3)
    few_queries, few_rows = count_queries(editor_client, url)

    make(27)
    many_queries, many_rows = count_queries(editor_client, url)

    assert many_rows == few_rows + 27
    assert many_queries == few_queries


def test_changing_a_published_releases_slug_keeps_its_old_address(editor_client, client, release):
    old_address = release.get_absolute_url()
    response = editor_client.post(
        change_url(release), change_form_data(editor_client, release, slug="chair-in-belgrade")
    )
    assert response.status_code == 302
    moved = client.get(old_address)
    assert moved.status_code == 301
    assert moved["Location"] == "/news/chair-in-belgrade/"
    assert client.get("/news/chair-in-belgrade/").status_code == 200


def test_the_second_of_two_editors_is_warned_instead_of_overwriting(editor_client, release):
    first = change_form_data(editor_client, release, title="Title by the first editor")
    second = change_form_data(editor_client, release, summary="Summary by the second editor")

    assert editor_client.post(change_url(release), first).status_code == 302
    refused = editor_client.post(change_url(release), second)

    assert refused.status_code == 200
    assert "Someone else saved this release since you opened it" in refused.content.decode()
    release.refresh_from_db()
    assert release.title == "Title by the first editor"
    assert release.summary == "A visit to the Mission."
    # Opened again, the second editor's change goes through.
    again = change_form_data(editor_client, release, summary="Summary by the second editor")
    assert editor_client.post(change_url(release), again).status_code == 302


@pytest.mark.parametrize(
    ("field_name", "term", "expected"),
    [
        ("fields_of_work", "Elect", "Elections"),
        ("sources", "Serbia", "Mission to Serbia"),
        ("places", "Belg", "Belgrade"),
        ("states", "Serb", "Serbia"),
    ],
)
def test_release_autocompletes_answer(editor_client, release, field_name, term, expected):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": "news", "model_name": "pressrelease", "field_name": field_name},
    )

    assert response.status_code == 200
    assert expected in [result["text"] for result in response.json()["results"]]
