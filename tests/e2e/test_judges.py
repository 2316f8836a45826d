"""Judges we did not write: axe-core (WCAG 2.1 A and AA) in chromium, and the Nu Html Checker.

Every public page type, and the admin pages editors use, must have zero axe violations; every
public page type must have zero Nu Html Checker errors. A finding fails the test with its details.
"""

import re
import urllib.error
import urllib.request
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import run_vnu

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PUBLIC_PAGES = [
    "home",
    "fields",
    "field",
    "operations",
    "operation",
    "states",
    "state",
    "structures",
    "structure",
    "chairpersonship",
    "closed-operation",
    "department",
    "newsroom",
    "newsroom-filtered",
    "newsroom-search",
    "newsroom-bad-filter",
    "release",
    "search",
    "not-found",
    # Editable pages (issue 13), of each kind of body.
    "page-text",
    "page-quotation",
    "page-structures",
    "page-overview",
    # People (issue 13): the Leadership page and a person's.
    "leadership",
    "person",
    # The publications library and a publication's page (issue 14).
    "library",
    "library-filtered",
    "library-bad-filter",
    "publication",
    # The projects, a project's page and the OSCE stories (issue 14).
    "projects",
    "project",
    "stories",
    # Meetings and conferences (issue 14): the list, an event's page, a series' page.
    "events",
    "event",
    "event-series",
    # The same judges on the pages in Russian (issue 12).
    "ru-home",
    "ru-newsroom",
    "ru-field",
    "ru-operation",
    "ru-state",
    "ru-release",
    "ru-not-in-russian",
    "ru-page",
    "ru-leadership",
    "ru-library",
]


def assert_no_axe_violations(page):
    """axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violation."""
    violations = axe_violations(page)
    assert not violations, f"{page.url}:\n" + "\n".join(violations)


def axe_violations(page):
    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": []}
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]
        )
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(site, page, name):
    page.goto(site(site.paths[name]))
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "newsroom",
        "newsroom-filtered",
        "library-filtered",
        "release",
        "operation",
        "department",
    ],
)
def test_public_page_on_a_phone_has_no_axe_violations(site, phone, name):
    phone.goto(site(site.paths[name]))
    assert_no_axe_violations(phone)


@pytest.mark.parametrize(
    ("name", "search_label"),
    [
        ("newsroom", "Search the news"),
        ("newsroom-filtered", "Search the news"),
        ("library", "Search the library"),
        ("library-filtered", "Search the library"),
    ],
)
def test_phone_list_with_its_filters_open_has_no_axe_violations(site, phone, name, search_label):
    phone.goto(site(site.paths[name]))
    phone.locator("summary").filter(has_text=re.compile(r"^Filter\b")).tap()
    for summary in phone.locator(".facet summary").all():  # every "Show all" open too
        summary.tap()
    expect(phone.get_by_label(search_label)).to_be_visible()
    assert_no_axe_violations(phone)


def test_an_enlarged_gallery_photograph_has_no_axe_violations(site, page):
    page.goto(site(site.paths["department"] + "#gallery-1"))
    assert page.locator("#gallery-1").is_visible()
    assert_no_axe_violations(page)


def test_open_menu_has_no_axe_violations(site, page):
    page.goto(site())
    page.get_by_text("Countries", exact=True).click()
    assert page.locator("details.menu[open]").count() == 1
    assert_no_axe_violations(page)


@pytest.fixture(scope="module")
def vnu_messages(site, tmp_path_factory):
    """The Nu Html Checker's messages for every public page, checked in one run of vnu.

    A page with a known error goes along, so that a checker that found nothing at all (not run,
    or its answer misread) cannot pass for a clean result.
    """
    folder = tmp_path_factory.mktemp("html")
    for name in PUBLIC_PAGES:
        try:
            html = urllib.request.urlopen(site(site.paths[name])).read()
        except urllib.error.HTTPError as error:  # the 400 and 404 pages are pages too
            html = error.read()
        (folder / f"{name}.html").write_bytes(html)
    (folder / "known-bad.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>Bad</title><p><div>misnested</p></div>'
    )
    found = {name: [] for name in [*PUBLIC_PAGES, "known-bad"]}
    for message in run_vnu(sorted(folder.iterdir())):
        found[PurePosixPath(urlsplit(message["url"]).path).stem].append(message)
    assert any(message["type"] == "error" for message in found["known-bad"])
    return found


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_is_valid_html(vnu_messages, name):
    errors = [
        f"line {message.get('lastLine')}: {message['message']} ({message.get('extract', '')!r})"
        for message in vnu_messages[name]
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == []
