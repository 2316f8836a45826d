"""Pages run a fixed number of queries, whatever their depth, number of sections, children or
languages: the public page (in English and in another language) and the admin's list."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages.models import Page, PageSection
from tests import factories

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    """Queries of a request with nothing cached (the navigation included)."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def structures(db):
    secretariat = factories.make_structure("Secretariat", kind="secretariat")
    factories.make_structure(
        "Conflict Prevention Centre", kind="secretariat_unit", parent=secretariat
    )
    factories.make_operation("Mission to Serbia")
    return [secretariat]


def build(name, *, depth, rounds, children, structures):
    """A page `depth` levels deep, each level translated into Russian, with `rounds` sections
    of every kind but the photograph (its renditions are files) and `children` pages under it;
    returns it."""
    page = None
    for level in range(depth):
        page = factories.make_page(f"{name} {level}", parent=page)
        factories.translate_page(
            page, "ru", title=f"{name} {level} (ru)", slug=f"{name}-{level}-ru"
        )
    texts = {
        PageSection.Kind.QUOTATION: {"quotation": "Words."},
        PageSection.Kind.LINKS: {"text": '<ul><li><a href="/news/">News</a></li></ul>'},
    }
    for _round in range(rounds):
        for kind in PageSection.Kind:
            if kind == PageSection.Kind.PHOTO:
                continue
            section = factories.make_page_section(
                page,
                kind,
                heading=str(kind.label),
                translations={"ru": {"heading": "Часть"}},
                **texts.get(kind, {}),
            )
            section.structures.set(structures)
    for number in range(children):
        child = factories.make_page(f"{name} child {number}", parent=page)
        factories.translate_page(child, "ru", title=f"{name} child {number} (ru)")
    return Page.objects.get(pk=page.pk)


# Pinned: the lookup (the pages of each level with its slug, and their translations), the
# sections, their translations and structures (and the structures' translations), the
# overview's structures, their units and the field operations (in another language with their
# translations), the children (and their translations), the navigation, and the editable
# footer's row (none here: tests/test_footer.py pins its links), the Leadership menu's positions
# (none here), and the Meetings and conferences menu's series.
PINNED = {"en": 16, "ru": 22}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_pages_queries_do_not_grow_with_depth_sections_or_children(client, structures, language):
    small = build("small", depth=1, rounds=1, children=1, structures=structures)
    large = build("large", depth=6, rounds=4, children=8, structures=structures)

    few = count_queries(client, small.address_in(language))
    many = count_queries(client, large.address_in(language))

    assert few == many, f"{few} queries for a page at the top, {many} six levels down"
    assert many == PINNED[language]


def admin_queries(client, url, query):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
    assert response.status_code == 200
    return len(queries)


# The session, the user and the second factor; the list's count and rows; the lineages of its
# rows (their addresses); the filters' choices (the parents, the operations); treebeard's tree
# data for the rows shown as a tree.
ADMIN_PINNED = {"tree": 11, "search": 11, "filtered": 11}


@pytest.mark.parametrize("view", ADMIN_PINNED)
def test_the_admins_list_of_pages_is_pinned(editor_client, structures, view):
    query = {"tree": {}, "search": {"q": "child"}, "filtered": {"visibility": "live"}}[view]
    url = reverse("admin:pages_page_changelist")
    build("few", depth=2, rounds=1, children=2, structures=structures)
    few = admin_queries(editor_client, url, query)
    build("many", depth=4, rounds=1, children=30, structures=structures)
    many = admin_queries(editor_client, url, query)

    assert few == many, f"{view}: {few} queries with few pages, {many} with many"
    assert many == ADMIN_PINNED[view]
