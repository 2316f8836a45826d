"""Every public page type: it answers, shows its content, and hides what is not public."""

import pytest
from django.urls import reverse
from django.utils import timezone

from pages.models import HomePage
from tests.factories import (
    make_chairpersonship,
    make_draft,
    make_field,
    make_operation,
    make_page,
    make_release,
    make_scheduled,
    make_section,
    make_state,
    make_structure,
)

pytestmark = pytest.mark.django_db


def test_home_shows_latest_news_fields_operations_and_chairpersonship(client, release, field):
    switzerland = make_state("Switzerland", code="CH")
    make_chairpersonship(switzerland, timezone.localdate().year)
    make_draft("Secret draft")

    response = client.get(reverse("pages:home"))

    assert response.status_code == 200
    html = response.content.decode()
    assert release.title in html
    assert "Secret draft" not in html
    assert field.get_absolute_url() in html
    assert "/field-operations/mission-to-serbia/" in html
    assert f"Chairpersonship {timezone.localdate().year}" in html


def test_page_landmarks_and_single_h1(client, release):
    html = client.get(release.get_absolute_url()).content.decode()
    assert html.count("<h1") == 1
    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'href="#main"'):
        assert landmark in html


def test_release_page_shows_metadata_body_tags_and_photo_caption(client, release):
    release.photo_caption = "The Chairperson in Belgrade, 13 February 2017"
    release.photo_credit = "OSCE/Jane Doe"
    release.save()

    response = client.get(release.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Chairperson visits Belgrade</h1>" in html
    assert "BELGRADE" in html
    assert 'href="/structures/chairpersonship/">OSCE Chairpersonship</a>' in html
    assert 'href="/field-operations/mission-to-serbia/">OSCE Mission to Serbia</a>' in html
    assert 'href="/news/?field=elections">Elections</a>' in html
    assert "<p>The Chairperson met the Mission&#x27;s staff.</p>" in html or (
        "<p>The Chairperson met the Mission's staff.</p>" in html
    )
    assert 'href="/news/?tag=visit">visit</a>' in html
    assert 'href="/news/?tag=migration">migration</a>' in html
    assert 'href="/participating-states/serbia/"' in html


def test_release_body_is_rendered_as_html_but_never_with_a_script(client, field):
    release = make_release(
        body='<h2>Heading</h2><p onclick="x()">Text</p><script>alert(1)</script>',
        fields=[field],
    )
    html = client.get(release.get_absolute_url()).content.decode()
    assert "<h2>Heading</h2><p>Text</p>" in html
    assert "alert(1)" not in html


@pytest.mark.parametrize("make", [make_draft, make_scheduled])
def test_drafts_and_future_releases_are_404_in_the_site_design(client, make):
    hidden = make("Not yet")
    response = client.get(hidden.get_absolute_url())
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'class="site-nav"' in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/fields-of-work/no-such-field/",
        "/field-operations/no-such-mission/",
        "/participating-states/atlantis/",
        "/structures/no-such-body/",
        "/news/no-such-release/",
        "/no-such-page/",
    ],
)
def test_unknown_slugs_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_newsroom_lists_published_releases_newest_first_with_metadata(client, release):
    make_draft("Hidden draft")
    make_scheduled("Hidden future")

    response = client.get(reverse("news:list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert release.title in html
    assert "Hidden draft" not in html and "Hidden future" not in html
    assert "1 result" in html
    assert "BELGRADE" in html
    assert 'href="/field-operations/mission-to-serbia/"' in html


def test_newsroom_filters_by_field_of_work(client, field, other_field):
    in_field = make_release("About elections", fields=[field])
    elsewhere = make_release("About courts", fields=[other_field])

    html = client.get(reverse("news:list"), {"field": "elections"}).content.decode()

    assert in_field.title in html
    assert elsewhere.title not in html
    # The link's name is its text ("Remove filter: Elections"), which can mark its name's language.
    assert '<span class="visually-hidden">Remove filter: </span>Elections <span' in html


def test_newsroom_accepts_several_fields(client, field, other_field):
    make_release("About elections", fields=[field])
    make_release("About courts", fields=[other_field])
    make_release("About youth", fields=[make_field("Youth")])

    response = client.get(reverse("news:list"), {"field": ["elections", "rule-of-law"]})

    html = response.content.decode()
    assert "About elections" in html and "About courts" in html
    assert "About youth" not in html


@pytest.mark.parametrize(
    "value",
    ["no-such-field", "x" * 5000, "bad\x00value", "<script>", "../../etc/passwd"],
)
def test_newsroom_rejects_a_bad_field_with_a_clear_400(client, field, value):
    make_release(fields=[field])
    response = client.get(reverse("news:list"), {"field": value})
    assert response.status_code == 400
    assert b"This filter could not be applied" in response.content
    assert b"<script>" not in response.content


def test_newsroom_paginates_and_keeps_the_filter_in_page_links(client, field, settings):
    for number in range(25):
        make_release(f"Release {number}", fields=[field])

    first = client.get(reverse("news:list"), {"field": "elections"})
    second = client.get(reverse("news:list"), {"field": "elections", "page": 2})

    assert len(first.context["releases"]) == 20
    assert len(second.context["releases"]) == 5
    assert "?field=elections&amp;page=2" in first.content.decode()


@pytest.mark.parametrize("page", ["999", "abc", "-1"])
def test_newsroom_bad_page_is_a_404_not_a_500(client, page):
    make_release()
    assert client.get(reverse("news:list"), {"page": page}).status_code == 404


def test_field_of_work_page_sections(client, field, mission, release):
    ohchr = make_structure(
        "Office for Democratic Institutions and Human Rights",
        full_name="OSCE Office for Democratic Institutions and Human Rights",
    )
    field.challenge = "<p>Free elections need trust.</p>"
    field.commitment = "The participating States will hold free elections."
    field.commitment_source = "1990 Copenhagen Document"
    field.action = "<p>We observe elections.</p>"
    field.save()
    field.institutions.add(ohchr)
    field.operations.add(mission)

    html = client.get(field.get_absolute_url()).content.decode()

    for text in [
        "Our challenge",
        "Free elections need trust.",
        "<blockquote><p>The participating States will hold free elections.</p></blockquote>",
        "1990 Copenhagen Document",
        "Our action",
        "Our teams",
        "OSCE Office for Democratic Institutions and Human Rights",
        'href="/field-operations/mission-to-serbia/">Mission to Serbia</a>',
        release.title,
        'href="/news/?field=elections"',
    ]:
        assert text in html


def test_field_operation_page_shows_our_work_sections_news_and_all_fields(
    client, mission, field, other_field, release
):
    make_section(
        mission,
        "Democratization",
        strapline="Stronger democratic processes",
        text="<p>The Mission works with Parliament.</p>",
        fields=[field],
        position=2,
    )
    make_section(mission, "Security co-operation", position=1)
    make_draft("Draft from the mission", sources=[mission])

    html = client.get(mission.get_absolute_url()).content.decode()

    assert html.index("Security co-operation") < html.index("Democratization")
    assert "Stronger democratic processes" in html
    assert "<p>The Mission works with Parliament.</p>" in html
    assert release.title in html
    assert "Draft from the mission" not in html
    assert "OSCE in action" in html
    assert other_field.get_absolute_url() in html
    assert 'href="/participating-states/serbia/"' in html


def test_field_operations_list_separates_closed_activities(client, mission):
    closed = make_operation("Mission to Georgia", status="closed")
    html = client.get(reverse("missions:list")).content.decode()
    assert (
        html.index(mission.name) < html.index("Closed field activities") < html.index(closed.name)
    )


def test_state_page_shows_its_operations_and_related_news(client, serbia, mission, release):
    unrelated = make_release("Elsewhere")
    html = client.get(serbia.get_absolute_url()).content.decode()
    assert mission.get_absolute_url() in html
    assert release.title in html
    assert unrelated.title not in html


def test_states_list_keeps_partners_apart(client, serbia):
    japan = make_state("Japan", code="JP", kind="asian_partner")
    egypt = make_state("Egypt", code="EG", kind="mediterranean_partner")
    html = client.get(reverse("countries:list")).content.decode()
    participating = html.index("Serbia")
    assert participating < html.index("Asian Partners for Co-operation") < html.index(japan.name)
    assert html.index("Mediterranean Partners for Co-operation") < html.index(egypt.name)


def test_structure_pages_list_units_and_their_news(client, chairpersonship, release):
    secretariat = make_structure("Secretariat", kind="secretariat")
    unit = make_structure("Conflict Prevention Centre", kind="secretariat_unit", parent=secretariat)

    listing = client.get(reverse("structures:list")).content.decode()
    detail = client.get(secretariat.get_absolute_url()).content.decode()
    chair = client.get(chairpersonship.get_absolute_url()).content.decode()

    assert unit.get_absolute_url() in listing
    assert unit.get_absolute_url() in detail
    assert release.title in chair


def test_a_field_operation_is_not_a_second_structure_page(client, mission):
    assert client.get(f"/structures/{mission.slug}/").status_code == 404
    assert client.get(mission.get_absolute_url()).status_code == 200


def test_the_23rd_field_of_work_is_listed_and_in_the_navigation(client):
    fields = [make_field(f"Field number {n:02d}") for n in range(1, 24)]
    html = client.get(reverse("fields:list")).content.decode()
    assert fields[-1].name in html
    navigation = client.get(reverse("pages:home")).content.decode()
    assert navigation.count('href="/fields-of-work/field-number-') >= 23


def test_every_list_of_releases_shows_the_same_release_card(client, release, field, mission):
    """One card include: the title, type, date, places, sources and fields read the same on
    every page that lists releases (the text under them may be a search snippet). A page leads
    the home page, so that the release is among its latest news."""
    HomePage.objects.create(lead_page=make_page("Our history"))
    pages = [
        reverse("pages:home"),
        reverse("news:list"),
        reverse("search:results") + "?q=Chairperson",
        field.get_absolute_url(),
        mission.get_absolute_url(),
        release.states.get().get_absolute_url(),
        release.sources.get(kind="chairpersonship").get_absolute_url(),
    ]
    cards = {}
    for url in pages:
        html = client.get(url).content.decode()
        start = html.index('<article class="release-card">')
        cards[url] = html[start : html.index("</dl>", start)]
    assert release.title in cards[pages[0]]
    assert 'class="eyebrow">Press release<' in cards[pages[0]]
    assert len(set(cards.values())) == 1, cards
