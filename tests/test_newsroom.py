"""The newsroom's filters, facets and search, through the test client."""

import re
from datetime import datetime
from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from news.models import PressRelease
from tests import factories
from tests.factories import (
    make_draft,
    make_field,
    make_operation,
    make_place,
    make_release,
    make_state,
    make_structure,
)

pytestmark = pytest.mark.django_db
NEWS = "/news/"
POSTGRES = connection.vendor == "postgresql"


def at(year, month=6, day=15, hour=12):
    return timezone.make_aware(datetime(year, month, day, hour))


def titles(response):
    assert response.status_code == 200, response.content[:500]
    return {release.title for release in response.context["releases"]}


def facet(response, name):
    return {value.label: value for key, _, values in response.context["facets"] for value in values
            if key == name}  # fmt: skip


@pytest.fixture
def newsroom(db):
    elections, youth, media = make_field("Elections"), make_field("Youth"), make_field("Media")
    odihr = make_structure("ODIHR", full_name="OSCE ODIHR")
    mission = make_operation("Mission to Skopje")
    serbia, albania = make_state("Serbia", code="RS"), make_state("Albania", code="AL")
    tirana = make_place("Tirana", state=albania)
    return {
        "observation": make_release(
            "Observers deployed for parliamentary elections",
            summary="Long-term observers arrive.",
            body="<p>The mission will follow the campaign and voting.</p>",
            fields=[elections],
            sources=[odihr],
            states=[serbia],
            tags=["observation"],
            published_at=at(2019, 3, 1),
        ),
        "youth": make_release(
            "Young people debate their future",
            body="<p>A forum for students in Tirana.</p>",
            fields=[youth, elections],
            sources=[mission],
            states=[albania],
            places=[tirana],
            tags=["students"],
            type="news_item",
            published_at=at(2020, 5, 10),
        ),
        "media": make_release(
            "Journalists trained on safety",
            body="<p>Reporters learned about digital security.</p>",
            fields=[media],
            sources=[odihr, mission],
            type="press_statement",
            published_at=at(2021, 9, 30),
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"field": "elections"}, {"observation", "youth"}),
        ({"field": ["youth", "media"]}, {"youth", "media"}),
        ({"source": "odihr"}, {"observation", "media"}),
        ({"source": ["odihr", "mission-to-skopje"]}, {"observation", "youth", "media"}),
        ({"country": "albania"}, {"youth"}),
        ({"type": "press_statement"}, {"media"}),
        ({"tag": "students"}, {"youth"}),
        ({"year": "2019"}, {"observation"}),
        ({"from": "2020-05-10"}, {"youth", "media"}),
        ({"to": "2020-05-10"}, {"observation", "youth"}),
        ({"from": "2019-01-01", "to": "2020-12-31"}, {"observation", "youth"}),
        ({"field": "elections", "source": "mission-to-skopje"}, {"youth"}),
        ({"field": "elections", "year": "2020", "type": "news_item"}, {"youth"}),
        ({"q": "journalists"}, {"media"}),
        ({"q": "tirana"}, {"youth"}),  # a place
        ({"q": "observation"}, {"observation"}),  # a tag
        ({"q": "campaign voting"}, {"observation"}),  # every word, in the body
        ({"q": "campaign safety"}, set()),
    ],
)
def test_each_filter_and_combination(client, newsroom, query, expected):
    response = client.get(NEWS, query)
    assert titles(response) == {newsroom[key].title for key in expected}


def test_drafts_never_count_or_show(client, newsroom):
    make_draft("Draft about elections", fields=[newsroom["observation"].fields_of_work.get()])
    response = client.get(NEWS, {"field": "elections"})
    assert "Draft about elections" not in titles(response)
    assert facet(response, "field")["Elections"].count == 2


def test_facets_count_the_selection_and_toggle_their_value(client, newsroom):
    response = client.get(NEWS, {"source": "odihr"})

    fields = facet(response, "field")
    assert fields["Elections"].count == 1 and fields["Media"].count == 1
    assert "Youth" not in fields  # no ODIHR release on youth
    years = facet(response, "year")
    assert {label: value.count for label, value in years.items()} == {"2021": 1, "2019": 1}
    # Disjunctive: the source facet ignores its own filter, so other sources keep their counts.
    sources = facet(response, "source")
    assert sources["OSCE ODIHR"].selected and sources["OSCE ODIHR"].count == 2
    assert sources["Mission to Skopje"].count == 2
    # Adding a value keeps the others; a selected value's link removes it.
    assert parse_qs(fields["Elections"].url[1:]) == {"source": ["odihr"], "field": ["elections"]}
    assert sources["OSCE ODIHR"].url == "?"


def test_active_filters_are_removable_chips(client, newsroom):
    response = client.get(NEWS, {"field": ["elections", "youth"], "year": "2020", "page": "1"})
    chips = {chip.label: chip.url for chip in response.context["chips"]}
    assert parse_qs(chips["Elections"][1:]) == {"field": ["youth"], "year": ["2020"]}
    assert parse_qs(chips["2020"][1:]) == {"field": ["elections", "youth"]}
    html = response.content.decode()
    # The link's name is its text ("Remove filter: Youth"), which can mark its name's language.
    assert '<span class="visually-hidden">Remove filter: </span>Youth <span' in html


def test_page_links_keep_every_filter(client, newsroom, settings):
    field = newsroom["observation"].fields_of_work.get()
    for number in range(25):
        make_release(f"More on elections {number}", fields=[field], published_at=at(2019, 4, 1))
    response = client.get(NEWS, {"field": "elections", "year": "2019", "q": "elections"})
    assert response.status_code == 200
    assert "?field=elections&amp;year=2019&amp;q=elections&amp;page=2" in response.content.decode()
    second = client.get(NEWS, {"field": "elections", "year": "2019", "q": "elections", "page": 2})
    assert len(second.context["releases"]) == 26 - 20


# Long facet lists: the first values, and the rest behind "Show all" (no inner scroll box)


def facet_html(response, name):
    """The HTML of one facet's section: (before its "Show all" disclosure, the disclosure)."""
    html = response.content.decode()
    section = re.search(
        rf'<section class="facet" aria-labelledby="facet-{name}">(.*?)</section>', html, re.S
    ).group(1)
    shown, _, more = section.partition('<details class="facet__more">')
    return shown, more


def linked_labels(html):
    return re.findall(r'<a href="[^"]*"[^>]*>(?:<span[^>]*>[^<]*</span>)?([^<]+?) <span', html)


def fields_with_news(count):
    fields = [make_field(f"Field {letter}") for letter in "ABCDEFGHIJKL"[:count]]
    for field in fields:
        make_release(f"News on {field.name}", fields=[field])
    return fields


@pytest.fixture
def twelve_fields(db):
    return fields_with_news(12)


def test_a_long_facet_list_shows_its_first_values_and_the_rest_behind_show_all(
    client, twelve_fields
):
    response = client.get(NEWS)

    shown, more = facet_html(response, "field")
    names = [field.name for field in twelve_fields]
    assert linked_labels(shown) == names[:6]
    assert linked_labels(more) == names[6:]
    assert re.search(r"<summary>.*Show all 12.*</summary>", more, re.S)
    assert [value.label for value in response.context["facets"][0].shown] == names[:6]


def test_a_selected_value_is_shown_even_past_the_first_values(client, twelve_fields):
    response = client.get(NEWS, {"field": ["field-j", "field-b"]})

    shown, more = facet_html(response, "field")
    assert linked_labels(shown) == [f"Field {letter}" for letter in "ABCDEFJ"]
    assert "Field J" not in more and "Field I" in more


def test_a_short_facet_list_is_shown_whole(client):
    fields_with_news(8)  # hiding two would save nothing

    shown, more = facet_html(client.get(NEWS), "field")

    assert len(linked_labels(shown)) == 8 and more == ""


@pytest.mark.parametrize(
    "query",
    [
        {"field": "no-such-field"},
        {"source": "nobody"},
        {"country": "atlantis"},
        {"tag": "never-used"},
        {"type": "gossip"},
        {"year": "twenty-nineteen"},
        {"year": "99999999999999999999"},
        {"from": "2019-13-45"},
        {"to": "yesterday"},
        {"from": "2021-01-01", "to": "2020-01-01"},
        {"q": "x" * 201},
        {"q": "nul\x00byte"},
        {"field": "a" * 10_000},
        {"source": "\x00\x01\x02"},
        {"country": "../../etc"},
    ],
)
def test_bad_input_is_a_clear_400_in_the_site_design(client, newsroom, query):
    response = client.get(NEWS, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "This filter could not be applied" in html
    assert 'class="site-nav"' in html
    assert "\x00" not in html


@pytest.mark.parametrize("page", ["2", "999", "abc", "0", "-1", "1.5"])
def test_a_page_that_does_not_exist_is_a_404_in_the_site_design(client, newsroom, page):
    response = client.get(NEWS, {"page": page})
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_empty_newsroom(client):
    response = client.get(NEWS)
    assert response.status_code == 200
    assert "No news has been published yet." in response.content.decode()
    response = client.get(NEWS, {"type": "speech"})
    assert "No news matches these filters" in response.content.decode()


def test_search_ranks_title_matches_above_body_matches(client):
    body_match = make_release("Annual report", body="<p>Notes on border management.</p>")
    title_match = make_release("Border management workshop", body="<p>Experts met.</p>")
    releases = list(client.get(NEWS, {"q": "border"}).context["releases"])
    assert set(releases) == {body_match, title_match}
    if POSTGRES:
        assert releases == [title_match, body_match]


def test_search_finds_stemmed_words_on_postgresql_and_exact_words_everywhere(client):
    release = make_release("Observing elections", body="<p>Observers watched the count.</p>")
    assert titles(client.get(NEWS, {"q": "elections"})) == {release.title}
    stemmed = titles(client.get(NEWS, {"q": "election observers"}))
    if POSTGRES:
        assert stemmed == {release.title}


@pytest.mark.skipif(not POSTGRES, reason="websearch syntax is PostgreSQL's; SQLite matches words")
def test_websearch_syntax_quotes_or_and_exclusion(client):
    trafficking = make_release("Combating human trafficking", body="<p>Victims get help.</p>")
    smuggling = make_release("Countering migrant smuggling", body="<p>Police co-operate.</p>")
    both = make_release("Trafficking and smuggling", body="<p>Human rights first.</p>")
    assert titles(client.get(NEWS, {"q": "trafficking OR smuggling"})) == {
        trafficking.title,
        smuggling.title,
        both.title,
    }
    assert titles(client.get(NEWS, {"q": "trafficking -smuggling"})) == {trafficking.title}
    assert titles(client.get(NEWS, {"q": '"human trafficking"'})) == {trafficking.title}


@pytest.mark.skipif(not POSTGRES, reason="snippets come from PostgreSQL's ts_headline")
def test_search_results_show_escaped_highlighted_snippets(client):
    make_release("A release", body="<p>Talks on <em>water</em> &amp; energy security.</p>")
    html = client.get(NEWS, {"q": "energy"}).content.decode()
    assert "<mark>energy</mark>" in html
    assert "water &amp; <mark>energy</mark>" in html


def test_filtered_newsroom_links_from_field_operation_and_state_pages(client, newsroom):
    mission = newsroom["youth"].sources.get()
    albania = newsroom["youth"].states.get()
    assert (
        "/news/?source=mission-to-skopje"
        in client.get(reverse("missions:detail", args=[mission.slug])).content.decode()
    )
    assert "/news/?country=albania" in client.get(albania.get_absolute_url()).content.decode()


def test_site_search_covers_news_fields_operations_and_states(client, newsroom):
    html = client.get(reverse("search:results"), {"q": "elections"}).content.decode()
    assert newsroom["observation"].title in html
    assert 'href="/fields-of-work/elections/"' in html
    assert (
        client.get(reverse("search:results"), {"q": "albania"}).context["states"][0].name
        == "Albania"
    )
    assert (
        "Nothing matches" in client.get(reverse("search:results"), {"q": "zzzz"}).content.decode()
    )
    assert client.get(reverse("search:results"), {"q": "x" * 500}).status_code == 400
    assert client.get(reverse("search:results")).status_code == 200


FACET_FILTERS = {
    # Each facet's parameter, with a value that exists but matches no release.
    "field": lambda objects: {"field": objects["unused_field"].slug},
    "source": lambda objects: {"source": objects["unused_source"].slug},
    "year": lambda objects: {"year": 1999},
    "country": lambda objects: {"country": objects["unused_state"].slug},
    "q": lambda objects: {"q": "nothingmatchesthis"},
}


@pytest.fixture
def unused(db):
    return {
        "unused_field": factories.make_field("Unused field"),
        "unused_source": factories.make_structure("Unused institution"),
        "unused_state": factories.make_state("Unused State"),
    }


@pytest.mark.parametrize("release_type", [value for value, _label in PressRelease.Type.choices])
@pytest.mark.parametrize("other", [None, *FACET_FILTERS])
def test_every_type_alone_or_with_a_filter_that_leaves_nothing_is_an_empty_page(
    client, release, unused, release_type, other
):
    query = {"type": release_type, **(FACET_FILTERS[other](unused) if other else {})}

    response = client.get(reverse("news:list"), query)

    assert response.status_code == 200, query
    expected = 1 if other is None and release_type == release.type else 0
    assert response.context["paginator"].count == expected
    facets = {name: values for name, _title, values in response.context["facets"]}
    [chosen] = [value for value in facets["type"] if value.selected]
    assert chosen.count == expected
