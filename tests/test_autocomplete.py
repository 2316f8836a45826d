"""The admin's autocompletes offer first what an editor typing a name means.

Typing and pressing Enter picks the first suggestion, so the order decides what is saved: the
name typed in full, then names that begin with it, then names with a word that begins with it,
then the rest; long texts (a field of work's summary) are not searched at all. Checked with the
real reference data, as editors see it.
"""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.db.models import ForeignKey, ManyToManyField
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from core.admin import RankedAutocompleteMixin
from news.models import Place
from seed.data import demo_pages
from seed.data.demo import PRESS_RELEASES
from seed.events import load_documents
from seed.management.commands.load_demo_content import Command as DemoContent
from seed.publications import load_publications

pytestmark = pytest.mark.django_db

AUTOCOMPLETE = "/admin/autocomplete/"
# (app label, model, field) of the autocompletes an editor uses, by name.
AUTOCOMPLETES = {
    "fields of work": ("news", "pressrelease", "fields_of_work"),
    "sources": ("news", "pressrelease", "sources"),
    "places": ("news", "pressrelease", "places"),
    "States": ("news", "pressrelease", "states"),
    "tags": ("taggit", "taggeditem", "tag"),
}


@pytest.fixture
def reference(db):
    """The reference data, the demo's places, pages and the demo releases' tags."""
    call_command("load_reference_data", verbosity=0)
    DemoContent().load_places()
    DemoContent().load_pages(demo_pages.PAGES, parent=None)  # a menu item's page is chosen so
    for name in sorted({tag for release in PRESS_RELEASES for tag in release["tags"]}):
        Tag.objects.create(name=name)


def suggestions(client, autocomplete, term):
    app_label, model_name, field_name = AUTOCOMPLETES[autocomplete]
    response = client.get(
        AUTOCOMPLETE,
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


@pytest.mark.parametrize(
    ("autocomplete", "term", "first"),
    [
        # Typed as the issue reports them, with what was offered first.
        ("fields of work", "Rule of", "Rule of law"),  # was Countering terrorism
        ("fields of work", "Human rights", "Human rights"),  # was Combating trafficking in ...
        ("fields of work", "Media", "Media freedom and development"),  # was Conflict prevention
        # A name that begins with the term before one with a word that does.
        ("fields of work", "human", "Human rights"),
        ("fields of work", "RULE", "Rule of law"),
        ("fields of work", "ICT", "Cyber/ICT Security"),
        ("fields of work", "Elections", "Elections"),
        ("sources", "Representative", "Representative on Freedom of the Media"),
        ("sources", "Centre", "Centre in Ashgabat"),
        ("sources", "Mission to Serbia", "Mission to Serbia"),
        ("sources", "media", "Representative on Freedom of the Media"),
        ("places", "Ba", "Baku"),  # was Ashgabat
        ("places", "Ni", "Niš"),  # was Graçanicë/Gračanica
        ("places", "Mitrovica", "Mitrovicë/Mitrovica"),
        ("places", "Vienna", "Vienna"),
        ("States", "Ma", "Malta"),  # was Denmark
        ("States", "Al", "Albania"),
        ("States", "Netherlands", "The Netherlands"),  # its sort name
        ("States", "Tur", "Türkiye"),  # its sort name, Turkiye, begins with it too
        ("States", "Korea", "Republic of Korea"),
        ("tags", "training", "training"),  # was police training
        ("tags", "media", "media ethics"),  # was local media
        ("tags", "human", "human rights"),
    ],
)
def test_the_first_suggestion_is_the_name_meant(editor, reference, autocomplete, term, first):
    assert suggestions(editor, autocomplete, term)[0] == first


def test_names_that_begin_with_the_term_come_before_the_others(editor, reference):
    assert suggestions(editor, "fields of work", "human") == [
        "Human rights",
        "Combating trafficking in human beings",
    ]
    assert suggestions(editor, "places", "Pr") == ["Prague", "Prishtinë/Priština", "Prizren"]
    assert suggestions(editor, "States", "ma")[:3] == ["Malta", "North Macedonia", "San Marino"]


def test_the_autocomplete_does_not_search_summaries(editor, reference):
    # "terrorism" and "media" appear in other fields' summaries.
    assert suggestions(editor, "fields of work", "terrorism") == ["Countering terrorism"]
    assert suggestions(editor, "fields of work", "media") == ["Media freedom and development"]


def test_the_changelist_search_still_searches_summaries(editor, reference):
    response = editor.get(reverse("admin:fields_fieldofwork_changelist"), {"q": "terrorism"})
    names = {field.name for field in response.context["cl"].result_list}
    assert {"Countering terrorism", "Border management"} <= names


def test_the_ranking_holds_across_pages(editor, reference):
    """A term most names contain: page 2 goes on where page 1 stopped, in the same order."""
    app_label, model_name, field_name = AUTOCOMPLETES["places"]
    query = {"app_label": app_label, "model_name": model_name, "field_name": field_name}
    pages = [
        editor.get(AUTOCOMPLETE, {**query, "term": "a", "page": page}).json() for page in (1, 2)
    ]
    first, second = ([result["text"] for result in page["results"]] for page in pages)
    assert pages[0]["pagination"]["more"]
    assert not set(first) & set(second)
    assert first[:2] == ["Almaty", "Ashgabat"]  # the names that begin with "a"


def every_autocomplete():
    """(model, field) of every autocomplete the admin answers for: each autocomplete field of a
    registered admin or inline, and taggit's tagged items' tag (an autocomplete box could ask
    for tags through it: the tags admin has a search)."""
    found = {(TaggedItem, "tag")}
    for model_admin in admin.site._registry.values():
        for each in [model_admin, *model_admin.inlines]:
            found |= {(each.model, name) for name in each.autocomplete_fields}
    return sorted(found, key=lambda pair: (pair[0]._meta.label, pair[1]))


def test_every_admin_an_autocomplete_asks_ranks_by_name():
    asked = set()
    for model, name in every_autocomplete():
        field = model._meta.get_field(name)
        assert isinstance(field, ForeignKey | ManyToManyField)
        asked.add(admin.site.get_model_admin(field.related_model))
    assert len(asked) >= 6  # fields, operations, structures, States, places, tags
    for target in asked:
        assert isinstance(target, RankedAutocompleteMixin), type(target).__qualname__


def test_every_autocomplete_offers_names_that_begin_with_the_term_first(editor_client, reference):
    """The letter that begins the last name on the first page of suggestions, typed: the names
    that begin with it come first, then those that have it elsewhere. (With the demo pages and
    releases, which the home page's and the footer's autocompletes offer, and the demo library,
    which an event's documents autocomplete offers.)"""
    demo = DemoContent()
    demo.load_pages(demo_pages.PAGES, parent=None)
    demo.load_press_releases({place.name: place for place in Place.objects.all()})
    load_publications()
    load_documents()
    for model, name in every_autocomplete():
        query = {
            "app_label": model._meta.app_label,
            "model_name": model._meta.model_name,
            "field_name": name,
        }
        unranked = editor_client.get(AUTOCOMPLETE, query).json()["results"]
        letter = unranked[-1]["text"][0].lower()
        response = editor_client.get(AUTOCOMPLETE, {**query, "term": letter})
        assert response.status_code == 200, query
        texts = [result["text"] for result in response.json()["results"]]
        begin = [text.lower().startswith(letter) for text in texts]
        assert any(begin) and not all(begin), (query, letter, texts)
        assert begin == sorted(begin, reverse=True), (query, letter, texts)


@pytest.mark.parametrize("autocomplete", AUTOCOMPLETES)
def test_a_null_character_in_the_term_is_refused(editor, reference, autocomplete):
    """As in every other search of the admin (PostgreSQL cannot take it in a query)."""
    app_label, model_name, field_name = AUTOCOMPLETES[autocomplete]
    query = {"app_label": app_label, "model_name": model_name, "field_name": field_name}
    assert editor.get(AUTOCOMPLETE, {**query, "term": "me\x00dia"}).status_code == 400
