"""Every public page runs a fixed number of queries, whatever the amount of content."""

from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.admin_forms import change_form_data, change_url
from tests.factories import (
    make_chairpersonship,
    make_field,
    make_operation,
    make_place,
    make_release,
    make_section,
    make_state,
    make_structure,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    """A small but complete site: States, a chair, structures, an operation, fields."""
    serbia = make_state("Serbia", code="RS")
    make_chairpersonship(serbia, timezone.localdate().year)
    secretariat = make_structure("Secretariat", kind="secretariat")
    make_structure("Conflict Prevention Centre", kind="secretariat_unit", parent=secretariat)
    chair = make_structure("Chairpersonship", kind="chairpersonship")
    mission = make_operation("Mission to Serbia", host_country=serbia)
    elections, youth = make_field("Elections"), make_field("Youth")
    for position in range(3):
        make_section(mission, f"Section {position}", position=position, fields=[elections, youth])
    elections.operations.add(mission)
    elections.institutions.add(secretariat)
    return {
        "state": serbia,
        "structure": chair,
        "operation": mission,
        "field": elections,
        "fields": [elections, youth],
        "sources": [chair, mission],
        "places": [make_place("Belgrade"), make_place("Novi Sad")],
    }


def add_releases(site, count):
    for _ in range(count):
        make_release(
            fields=site["fields"],
            sources=site["sources"],
            places=site["places"],
            states=[site["state"]],
            tags=["one", "two"],
        )


def count_queries(client, url):
    """Queries of a request with nothing cached: the upper bound."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = {
    # Every page one more than before meetings and conferences: the series of their menu.
    # Every page one more than before the Leadership menu: its positions (none here).
    # name: (url builder, pinned query count). Each one more than before the editable footer: its
    # row (none here; its links and their pages are pinned in tests/test_footer.py).
    # And one more for the editable home page's row (none here: tests/test_home_page.py pins
    # its lead story and highlights); the newest release leads, read with the latest news.
    # One more than before people: today's Chairperson-in-Office.
    "home": (lambda site: "/", 17),
    "fields list": (lambda site: "/fields-of-work/", 9),
    # One more than before languages: the field's translations, for the switcher and hreflang.
    # Four more than before projects and stories: its "Publications and stories" from the data,
    # one query per list (projects, studies and reports, manuals and guides, OSCE stories).
    "field page": (lambda site: site["field"].get_absolute_url(), 21),
    "operations list": (lambda site: "/field-operations/", 9),
    # Two more than before languages: the operation's (its structure's) translations and its
    # page's (FieldOperationTranslation), for the languages it exists in; one more for its
    # departments, which its "Our work" sections link to.
    # One more than before people: its Head of Mission's position (its holder, where it has
    # one, is one more: tests/test_people.py).
    "operation page": (lambda site: site["operation"].get_absolute_url(), 21),
    # One more than before people: today's Chairperson-in-Office.
    "states list": (lambda site: "/participating-states/", 11),
    # One more than before languages: the State's translations, for the switcher and hreflang.
    "state page": (lambda site: site["state"].get_absolute_url(), 16),
    "structures list": (lambda site: "/structures/", 10),
    # The Chairpersonship's page: one query more for its table of Chairpersonships by year;
    # and one more than before languages: the structure's translations (switcher, hreflang).
    # And one more for the Chairpersons-in-Office of those years (people).
    "structure page": (lambda site: site["structure"].get_absolute_url(), 17),
    "newsroom": (lambda site: "/news/", 21),
    "newsroom by field": (lambda site: "/news/?field=elections&field=youth", 22),
    # One more than before languages: the release's translations, for the switcher and hreflang.
    # Two more than before people: the people it names, and (a release of the Chairpersonship)
    # the Chairperson-in-Office on its date.
    "release page": (lambda site: "/news/" + site["release"].slug + "/", 17),
    "newsroom search": (lambda site: "/news/?q=press+release", 21),
    "newsroom all filters": (
        lambda site: (
            "/news/?field=elections&source=chairpersonship&country=serbia&type="
            f"press_release&tag=one&year={timezone.localdate().year}&from=2000-01-01&q=press"
        ),
        25,
    ),
    # One more than before pages: the pages that match (their lineages only when some do); one
    # more than before people: the people whose name matches; one more than before the library:
    # the publications that match; one more than before projects: the projects that match;
    # and one more for the meetings and conferences that match.
    "site search": (lambda site: "/search/?q=press+release", 22),
    # The projects (issue 14; none here: tests/test_projects.py pins a list of them): their
    # count, the options of the field, source and country filters.
    "projects list": (lambda site: "/projects/?field=elections", 13),
    # OSCE stories (none here: tests/test_stories.py pins a list of them): their count.
    "stories": (lambda site: "/stories/?field=elections", 10),
}


@pytest.mark.parametrize("name", PAGES)
def test_query_count_is_pinned_and_does_not_grow_with_content(client, site, name):
    build_url, pinned = PAGES[name]
    add_releases(site, 2)
    site["release"] = make_release(
        fields=site["fields"], sources=site["sources"], places=site["places"], tags=["a", "b"]
    )
    url = build_url(site)
    few = count_queries(client, url)

    add_releases(site, 30)
    for number in range(5):
        make_field(f"Extra field {number}")
        make_operation(f"Extra mission {number}")
        make_state(f"Extra State {number}")
    many = count_queries(client, url)
    assert client.get(url).context.get("releases", True), f"{name}: the page lists nothing"

    assert few == many, f"{name}: {few} queries with 3 releases, {many} with 33"
    assert many == pinned, f"{name}: {many} queries, pinned at {pinned}"


def test_the_navigation_is_rendered_once_and_refreshed_when_editors_change_it(
    client, editor_client, site
):
    count_queries(client, "/fields-of-work/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/fields-of-work/")
    # The navigation's six queries are saved (its Leadership menu's one too, and its Meetings
    # and conferences menu's), and the footer's.
    assert len(warm) == PAGES["fields list"][1] - 8

    field = site["field"]
    response = editor_client.post(
        change_url(field), change_form_data(editor_client, field, name="Elections and referendums")
    )
    assert response.status_code == 302
    assert "Elections and referendums" in client.get("/news/").content.decode()


AUTOCOMPLETES = {
    # field of the release form: (what to add more of, pinned query count)
    "fields_of_work": (lambda number: make_field(f"Field {number}"), 7),
    "sources": (lambda number: make_operation(f"Field office {number}"), 7),
    "places": (lambda number: make_place(f"Field town {number}"), 7),
    "states": (lambda number: make_state(f"Field State {number}"), 7),
}


@pytest.mark.parametrize("field_name", AUTOCOMPLETES)
def test_the_autocomplete_query_count_is_pinned(editor, site, field_name):
    """The release form's autocompletes, ranked (core.admin.RankedAutocompleteMixin): a fixed
    number of queries however many names match."""
    add_more, pinned = AUTOCOMPLETES[field_name]
    query = {"app_label": "news", "model_name": "pressrelease", "field_name": field_name}
    url = f"/admin/autocomplete/?{urlencode({**query, 'term': 'field'})}"
    add_more(0)
    few = count_queries(editor, url)

    for number in range(1, 30):
        add_more(number)
    many = count_queries(editor, url)
    assert len(editor.get(url).json()["results"]) == 20  # a full page

    assert few == many, f"{field_name}: {few} queries with one match, {many} with 30"
    assert many == pinned, f"{field_name}: {many} queries, pinned at {pinned}"
