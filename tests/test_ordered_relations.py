"""A release's places and fields of work keep the order the editor gave them: the first place is
the dateline's, the fields come as the release lists them. The order is kept by the admin, shown
everywhere the release is (its page, the cards, the feeds, its structured data, the admin list),
and is part of its revisions: a revert or a recovery brings an earlier order back."""

import json
import re
from xml.etree import ElementTree

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.urls import reverse
from reversion.models import Version

from news.models import PressRelease, ReleaseFieldOfWork, ReleasePlace
from tests import factories
from tests.admin_forms import NO_TRANSLATIONS, change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def kosovo(db):
    """Two places and three fields of work whose editor's order is not the alphabetical one."""
    return {
        "prishtina": factories.make_place("Prishtinë/Priština"),
        "mitrovica": factories.make_place("Mitrovicë/Mitrovica"),
        "gracanica": factories.make_place("Graçanicë/Gračanica"),
        "economic": factories.make_field("Economic activities"),
        "rule_of_law": factories.make_field("Rule of law"),
        "migration": factories.make_field("Migration"),
        "chair": factories.make_structure("Chairpersonship", kind="chairpersonship"),
    }


def add_release(client, kosovo, places, fields, **overrides):
    data = {
        "type": PressRelease.Type.PRESS_RELEASE,
        "title": "Chairperson visits the Mission in Kosovo",
        "slug": "chairperson-visits-the-mission-in-kosovo",
        "status": PressRelease.Status.PUBLISHED,
        "published_at_0": "2019-06-21",
        "published_at_1": "15:00:00",
        "places": [kosovo[name].pk for name in places],
        "sources": [kosovo["chair"].pk],
        "fields_of_work": [kosovo[name].pk for name in fields],
        "summary": "A visit to the Mission.",
        "body": "<p>PRISHTINË/PRIŠTINA, 21 June 2019 – The Chairperson visited.</p>",
        "tags": "",
        "photo_alt": "",
        "photo_caption": "",
        "photo_credit": "",
        **NO_TRANSLATIONS,
        "_save": "Save",
        **overrides,
    }
    response = client.post(reverse("admin:news_pressrelease_add"), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    return PressRelease.objects.get(slug=data["slug"])


def save(client, release, places, fields, kosovo, **changes):
    data = change_form_data(
        client,
        release,
        places=[kosovo[name].pk for name in places],
        fields_of_work=[kosovo[name].pk for name in fields],
        **changes,
    )
    response = client.post(change_url(release), data)
    assert response.status_code == 302, response.context and response.context["errors"]


def stored(release):
    release = PressRelease.objects.get(pk=release.pk)
    return (
        [place.name for place in release.places.all()],
        [field.name for field in release.fields_of_work.all()],
    )


def meta_line(html, label):
    """The text of the release's metadata entry `label` (Place, Fields of work)."""
    found = re.search(rf"<dt>{label}</dt><dd>(.*?)</dd>", html)
    assert found, f"no {label} in the metadata"
    return re.sub(r"<[^>]+>", "", found[1])


def selected_options(html, name):
    """The values of the options a <select name=`name`> holds, in the page's order."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    assert select, f"no select {name}"
    return [int(value) for value in re.findall(r'<option value="(\d+)"', select[0])]


PRISHTINA_FIRST = "PRISHTINË/PRIŠTINA, MITROVICË/MITROVICA"
REFERENCE_ORDER = ["Economic activities", "Rule of law", "Migration"]


def test_the_admin_keeps_the_editors_order_and_every_page_shows_it(editor_client, kosovo, client):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["economic", "rule_of_law", "migration"]
    )

    assert stored(release) == (["Prishtinë/Priština", "Mitrovicë/Mitrovica"], REFERENCE_ORDER)

    # The release's page: the metadata starts with the dateline's place, as the body does.
    page = client.get(release.get_absolute_url()).text
    assert meta_line(page, "Place") == PRISHTINA_FIRST
    assert meta_line(page, "Fields of work") == ", ".join(REFERENCE_ORDER)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page)[1])
    assert [place["name"] for place in data["locationCreated"]] == [
        "Prishtinë/Priština",
        "Mitrovicë/Mitrovica",
    ]
    assert [field["name"] for field in data["about"]] == REFERENCE_ORDER

    # Its card in the newsroom and on the home page.
    for address in [reverse("news:list"), reverse("pages:home")]:
        listing = client.get(address).text
        assert meta_line(listing, "Place") == PRISHTINA_FIRST, address
        assert meta_line(listing, "Fields of work") == ", ".join(REFERENCE_ORDER), address

    # The feeds: the dateline opens the description, the fields are the categories in order.
    rss = ElementTree.fromstring(client.get("/news/feed/rss/").content)
    item = rss.find("channel/item")
    assert item.findtext("description") == f"{PRISHTINA_FIRST} – A visit to the Mission."
    assert [category.text for category in item.findall("category")] == REFERENCE_ORDER
    atom = ElementTree.fromstring(client.get("/news/feed/atom/").content)
    entry = atom.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}summary") == f"{PRISHTINA_FIRST} – A visit to the Mission."
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == REFERENCE_ORDER

    # The admin's list.
    listed = editor_client.get(reverse("admin:news_pressrelease_changelist")).text
    assert "Economic activities, Rule of law, Migration" in listed


def test_the_change_form_shows_the_stored_order_and_saving_it_as_it_is_keeps_it(
    editor_client, kosovo
):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["migration", "economic"]
    )
    form = editor_client.get(change_url(release)).text
    assert selected_options(form, "places") == [kosovo["prishtina"].pk, kosovo["mitrovica"].pk]
    assert selected_options(form, "fields_of_work") == [
        kosovo["migration"].pk,
        kosovo["economic"].pk,
    ]

    data = change_form_data(editor_client, release, title="Corrected title")
    assert editor_client.post(change_url(release), data).status_code == 302

    assert stored(release) == (
        ["Prishtinë/Priština", "Mitrovicë/Mitrovica"],
        ["Migration", "Economic activities"],
    )


def test_a_form_with_errors_shows_the_choices_in_the_order_posted(editor_client, kosovo):
    release = add_release(editor_client, kosovo, ["prishtina", "mitrovica"], ["economic"])
    data = change_form_data(
        editor_client,
        release,
        title="",  # required: the form comes back
        places=[kosovo["prishtina"].pk, kosovo["gracanica"].pk],
    )

    response = editor_client.post(change_url(release), data)

    assert response.status_code == 200
    assert selected_options(response.text, "places") == [
        kosovo["prishtina"].pk,
        kosovo["gracanica"].pk,
    ]


def test_changing_only_the_order_is_a_change(editor_client, kosovo):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["economic", "migration"]
    )

    save(editor_client, release, ["mitrovica", "prishtina"], ["migration", "economic"], kosovo)

    assert stored(release) == (
        ["Mitrovicë/Mitrovica", "Prishtinë/Priština"],
        ["Migration", "Economic activities"],
    )
    change = LogEntry.objects.filter(object_id=str(release.pk)).first()  # the newest
    assert "Places (dateline)" in change.get_change_message()
    assert "Fields of work" in change.get_change_message()
    assert Version.objects.get_for_object(release).count() == 2


def test_a_revert_restores_an_earlier_order(editor_client, kosovo, client):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["economic", "rule_of_law", "migration"]
    )
    save(editor_client, release, ["gracanica", "mitrovica"], ["migration", "economic"], kosovo)
    save(editor_client, release, ["mitrovica", "prishtina"], ["rule_of_law"], kosovo)
    first = Version.objects.get_for_object(release).last()

    url = reverse("admin:news_pressrelease_revision", args=[release.pk, first.pk])
    form = editor_client.get(url).text  # the revision's form shows its order
    assert selected_options(form, "places") == [kosovo["prishtina"].pk, kosovo["mitrovica"].pk]
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    assert stored(release) == (["Prishtinë/Priština", "Mitrovicë/Mitrovica"], REFERENCE_ORDER)
    assert meta_line(client.get(release.get_absolute_url()).text, "Place") == PRISHTINA_FIRST


def test_compare_shows_a_change_of_order(editor_client, kosovo):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["economic", "migration"]
    )
    save(editor_client, release, ["mitrovica", "prishtina"], ["economic", "migration"], kosovo)
    newer, older = Version.objects.get_for_object(release)[:2]

    response = editor_client.get(
        reverse("admin:news_pressrelease_compare", args=[release.pk]),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )

    assert response.status_code == 200
    diff = response.text
    assert "places (dateline)" in diff.lower()
    assert "Prishtinë/Priština" in diff and "Mitrovicë/Mitrovica" in diff
    assert "fields of work" not in diff.lower().split("places (dateline)")[1]  # unchanged
    assert "place_links" not in diff  # the links are the relation, not rows of their own


def test_a_recovered_release_comes_back_in_its_order(editor_client, kosovo):
    release = add_release(
        editor_client, kosovo, ["prishtina", "mitrovica"], ["migration", "economic"]
    )
    pk = release.pk
    response = editor_client.post(
        reverse("admin:news_pressrelease_delete", args=[pk]), {"post": "yes"}
    )
    assert response.status_code == 302

    deleted = Version.objects.get_deleted(PressRelease).get(object_id=str(pk))
    url = reverse("admin:news_pressrelease_recover", args=[deleted.pk])
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302, response.context and response.context["errors"]
    assert stored(release) == (
        ["Prishtinë/Priština", "Mitrovicë/Mitrovica"],
        ["Migration", "Economic activities"],
    )


def test_a_revision_saved_before_the_order_was_kept_still_restores_its_places(
    editor_client, kosovo
):
    """Such a version holds the relations as lists of ids in the release's own data, and no
    rows of the links."""
    release = add_release(editor_client, kosovo, ["prishtina"], ["economic"])
    version = Version.objects.get_for_object(release).get()
    data = json.loads(version.serialized_data)
    data[0]["fields"]["places"] = [kosovo["mitrovica"].pk, kosovo["gracanica"].pk]
    data[0]["fields"]["fields_of_work"] = [kosovo["migration"].pk]
    version.serialized_data = json.dumps(data)
    version.save()
    links = [ReleasePlace._meta.model_name, ReleaseFieldOfWork._meta.model_name]
    version.revision.version_set.filter(content_type__model__in=links).delete()
    save(editor_client, release, ["prishtina"], ["rule_of_law"], kosovo)

    url = reverse("admin:news_pressrelease_revision", args=[release.pk, version.pk])
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302, response.context and response.context["errors"]
    places, fields = stored(release)
    assert sorted(places) == ["Graçanicë/Gračanica", "Mitrovicë/Mitrovica"]
    assert fields == ["Migration"]


# Write paths other than the admin --------------------------------------------------------------


def test_set_and_add_keep_the_order_they_are_given(kosovo):
    release = factories.make_release(places=[kosovo["prishtina"], kosovo["mitrovica"]])
    assert stored(release)[0] == ["Prishtinë/Priština", "Mitrovicë/Mitrovica"]

    release.places.set([kosovo["mitrovica"], kosovo["gracanica"], kosovo["prishtina"]])
    assert stored(release)[0] == [
        "Mitrovicë/Mitrovica",
        "Graçanicë/Gračanica",
        "Prishtinë/Priština",
    ]

    release.places.remove(kosovo["mitrovica"])
    release.places.add(kosovo["mitrovica"])  # after those it has
    assert stored(release)[0] == [
        "Graçanicë/Gračanica",
        "Prishtinë/Priština",
        "Mitrovicë/Mitrovica",
    ]

    # A list of releases reads them in order, in one query per relation.
    with_relations = PressRelease.objects.filter(pk=release.pk).with_relations().get()
    assert [place.name for place in with_relations.listed_places] == stored(release)[0]


def test_the_demo_content_keeps_the_reference_order(db):
    call_command("load_demo_content", verbosity=0)

    belgrade_2017 = PressRelease.objects.get(slug="osce-chairperson-in-office-visits-belgrade-2017")
    assert stored(belgrade_2017)[1] == REFERENCE_ORDER
    mostar = PressRelease.objects.get(
        slug="teachers-sarajevo-mostar-inclusive-education-exchange-2021"
    )
    assert stored(mostar)[0] == ["Mostar", "Sarajevo"]
    assert mostar.body.startswith("<p>MOSTAR, ")  # the dateline is the first place


def test_a_new_run_orders_demo_releases_nobody_changed_and_keeps_editors_orders(db, editor_client):
    call_command("load_demo_content", verbosity=0)
    untouched = PressRelease.objects.get(slug="osce-chairperson-in-office-visits-belgrade-2017")
    edited = PressRelease.objects.get(
        slug="teachers-sarajevo-mostar-inclusive-education-exchange-2021"
    )
    # As the migration numbered what an earlier run had loaded: in alphabetical order.
    untouched.fields_of_work.set(sorted(untouched.fields_of_work.all(), key=str))
    mostar, sarajevo = edited.places.all()
    data = change_form_data(editor_client, edited, places=[sarajevo.pk, mostar.pk])
    assert editor_client.post(change_url(edited), data).status_code == 302

    call_command("load_demo_content", verbosity=0)

    assert stored(untouched)[1] == REFERENCE_ORDER
    assert stored(edited)[0] == ["Sarajevo", "Mostar"]  # the editor's order, kept


def test_generated_releases_are_dated_at_their_first_place(db):
    call_command("generate_press_releases", count=300, seed=7, verbosity=0)

    two_places = 0
    for release in PressRelease.objects.with_relations():
        first = release.listed_places[0]
        assert release.body.startswith(f"<p>{first.dateline}, "), release.title
        two_places += len(release.listed_places) > 1
    assert two_places  # the seed gives some with two places


# The migration that made the relations ordered ------------------------------------------------


@pytest.fixture
def migrations_on(transactional_db, settings):
    """The project's migrations, on the test database (made from the models, without them):
    every migration recorded as applied, as on a site; put back as it was afterwards."""
    settings.MIGRATION_MODULES = {}
    recorder = MigrationRecorder(connection)
    recorder.ensure_schema()
    nodes = MigrationLoader(connection, ignore_no_migrations=True).graph.nodes
    for app_label, name in nodes:
        recorder.record_applied(app_label, name)
    yield MigrationExecutor(connection)
    MigrationExecutor(connection).migrate([("news", LATEST)])
    recorder.migration_qs.all().delete()


LATEST = "0011_ordered_places_and_fields"


def test_the_migration_keeps_the_links_and_numbers_them_as_the_site_showed_them(migrations_on):
    before = [("news", "0010_release_photos_protected")]
    executor = migrations_on
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Release, Place = old.get_model("news", "PressRelease"), old.get_model("news", "Place")
    Field = old.get_model("fields", "FieldOfWork")
    release = Release.objects.create(title="Old", slug="old")
    other = Release.objects.create(title="Other", slug="other")
    places = [Place.objects.create(name=name, slug=name.lower()) for name in ["Vienna", "Belgrade"]]
    places.append(Place.objects.create(name="Skopje", slug="skopje"))
    fields = [Field.objects.create(name=name, slug=name.lower()) for name in ["Youth", "Elections"]]
    release.places.set(places)
    release.fields_of_work.set(fields)
    other.places.set(places[:1])
    links_before = sorted(
        Release.places.through.objects.values_list("pk", "pressrelease_id", "place_id")
    )

    executor = MigrationExecutor(connection)
    executor.migrate([("news", LATEST)])

    assert (
        sorted(ReleasePlace.objects.values_list("pk", "pressrelease_id", "place_id"))
        == links_before
    )  # the same rows
    ordered = ReleasePlace.objects.filter(pressrelease_id=release.pk).order_by("position")
    assert [link.place.name for link in ordered] == ["Belgrade", "Skopje", "Vienna"]
    assert list(ordered.values_list("position", flat=True)) == [0, 1, 2]
    assert ReleasePlace.objects.get(pressrelease_id=other.pk).position == 0
    fields = ReleaseFieldOfWork.objects.filter(pressrelease_id=release.pk).order_by("position")
    assert [link.fieldofwork.name for link in fields] == ["Elections", "Youth"]
    # And the relation reads them so.
    release = PressRelease.objects.get(pk=release.pk)
    assert [place.name for place in release.places.all()] == ["Belgrade", "Skopje", "Vienna"]
