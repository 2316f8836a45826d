"""Search matches whole words and word prefixes, ignoring case and accents, on both databases
(the newsroom, its feeds and the site search), and the site search reaches every text a
visitor would look for: "Our work" sections, photo captions, a State's other names."""

import pytest
from django.urls import reverse

from core.search import fold, words
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def releases(db):
    return {
        "pristina": factories.make_release(
            "Students debate in Priština",
            summary="Miroslav Lajčák opened the debate.",
            places=[factories.make_place("Prishtinë/Priština")],
        ),
        "nis": factories.make_release("Training for police officers in Niš"),
        "afghanistan": factories.make_release("Border management staff from Afghanistan"),
        "tunisia": factories.make_release("Partners from Tunisia meet in Vienna"),
        "caption": factories.make_release(
            "Water for farmers", photo_caption="Irrigation channels near Ferghana"
        ),
    }


def newsroom(client, q):
    response = client.get(reverse("news:list"), {"q": q})
    assert response.status_code == 200
    return {release.pk for release in response.context["releases"]}


def ids(releases, *names):
    return {releases[name].pk for name in names}


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Pristina", ["pristina"]),
        ("PRIŠTINA", ["pristina"]),
        ("pristina", ["pristina"]),
        ("Prist", ["pristina"]),  # a word's start
        ("Lajcak", ["pristina"]),
        ("lajčák", ["pristina"]),
        ("Nis", ["nis"]),  # not Afghanistan, not Tunisia
        ("Niš", ["nis"]),
        ("Tunisia", ["tunisia"]),
        ("Ferghana", ["caption"]),  # the photograph's caption
        ("irrigation channels", ["caption"]),
        ("Pristina police", []),  # every word required
        ("istan", []),  # inside a word is not a word
    ],
)
def test_newsroom_search_matches_words_and_word_starts_without_accents(
    client, releases, typed, found
):
    assert newsroom(client, typed) == ids(releases, *found)


def test_the_feed_finds_the_same(client, releases):
    response = client.get(reverse("news:feed-rss"), {"q": "Pristina"})
    assert response.status_code == 200
    assert "Students debate in Priština" in response.text
    assert "Afghanistan" not in response.text


def test_words_are_folded_the_same_way_the_text_is():
    assert fold("Prishtinë/Priština Łódź Đakovica Øresund Lajčák") == (
        "prishtine/pristina lodz dakovica oresund lajcak"
    )
    assert words("co-operation, O’Brien's 2026!") == ["co", "operation", "o", "brien", "s", "2026"]


@pytest.fixture
def operation_texts(db):
    state = factories.make_state("Czechia", code="CZ", other_names="Czech Republic")
    factories.make_state("Tunisia", code="TN", kind="mediterranean_partner")
    mission = factories.make_operation("Mission in Kosovo", headquarters="Prishtinë/Priština")
    factories.make_section(mission, "Community affairs", text="<p>Roma, Ashkali and Egyptian.</p>")
    mission.gallery.create(photo_caption="A Municipal Assembly session in Gjilan", photo_alt="x")
    return state, mission


def site_search(client, q):
    response = client.get(reverse("search:results"), {"q": q})
    assert response.status_code == 200
    return response.context


@pytest.mark.parametrize(
    "typed", ["Ashkali", "ashk", "community affairs", "Gjilan", "Pristina", "Kosovo"]
)
def test_site_search_finds_an_operation_by_its_sections_and_captions(
    client, operation_texts, typed
):
    _state, mission = operation_texts
    assert list(site_search(client, typed)["operations"]) == [mission]


@pytest.mark.parametrize("typed", ["Czech Republic", "czech", "Czechia"])
def test_site_search_finds_a_state_by_its_other_names(client, operation_texts, typed):
    state, _mission = operation_texts
    assert list(site_search(client, typed)["states"]) == [state]


def test_site_search_does_not_match_inside_words(client, operation_texts):
    context = site_search(client, "Nis")
    assert list(context["states"]) == []  # not Tunisia
    assert list(context["operations"]) == []


def test_reference_data_gives_states_their_other_names(client):
    from django.core.management import call_command

    call_command("load_reference_data", verbosity=0)
    names = {state.name for state in site_search(client, "Turkey")["states"]}
    assert names == {"Türkiye"}
    names = {state.name for state in site_search(client, "Czech Republic")["states"]}
    assert names == {"Czechia"}


def test_the_markup_of_rich_text_is_not_searched(client, releases, operation_texts):
    marked_up = factories.make_release(
        "Handbook published",
        body='<p><strong>Read</strong> it <a href="https://example.org/">online</a> &amp; now</p>',
    )
    for markup in ["strong", "href", "https", "amp", "example"]:
        assert newsroom(client, markup) == set(), markup
        assert list(site_search(client, markup)["operations"]) == [], markup
    assert newsroom(client, "online") == {marked_up.pk}
    assert newsroom(client, "read") == {marked_up.pk}


def test_letters_that_fold_to_two_match_either_way(client, db):
    street = factories.make_release("Meeting in the Hauptstraße office")
    assert newsroom(client, "Hauptstrasse") == {street.pk}
    assert newsroom(client, "Hauptstraße") == {street.pk}


def test_a_search_with_no_word_is_no_search(client, releases):
    assert newsroom(client, "!!!") == set(ids(releases, *releases))


def test_site_search_reads_exclusions_and_or(client, operation_texts, db):
    state, mission = operation_texts
    serbia = factories.make_operation("Mission to Serbia", headquarters="Belgrade")
    assert list(site_search(client, "Mission -Kosovo")["operations"]) == [serbia]
    found = set(site_search(client, "Kosovo OR Serbia")["operations"])
    assert found == {mission, serbia}
    assert list(site_search(client, '"Czech Republic" -Slovakia')["states"]) == [state]
