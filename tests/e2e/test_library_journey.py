"""A visitor in the publications library (issue 14): filters it by type and by the language of
the files, narrows it with a facet, removes a filter with its chip, and downloads a PDF."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect


def query(page):
    return parse_qs(urlsplit(page.url).query)


def test_visitor_filters_the_library_and_downloads_a_pdf(site, page):
    page.goto(site("/publications/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Publications")
    expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).to_have_count(1)

    # The form: a type and a language of the files.
    page.get_by_label("Type", exact=True).select_option(label="Manual or guide")
    page.get_by_label("File language", exact=True).select_option(value="fr")
    page.get_by_role("button", name="Show publications").click()
    assert query(page) == {"type": ["guide"], "language": ["fr"]}
    results = page.locator(".newsroom__results")
    cards = results.locator(".publication-card")
    expect(cards.first).to_be_visible()
    titles = cards.locator("h3").all_inner_texts()
    assert "Handbook for observing election day" in titles
    assert "Guide to observing voter registration" not in titles  # no French file
    chips = page.get_by_role("list", name="Active filters")
    expect(chips.get_by_role("link")).to_have_count(3)  # two filters and "Clear all"

    # A facet narrows it further, with its count beside it.
    fields = page.locator("section.facet", has=page.get_by_role("heading", name="Fields of work"))
    elections = fields.get_by_role("link", name=re.compile(r"^Elections \d+$"))
    elections.click()
    assert query(page) == {"type": ["guide"], "language": ["fr"], "field": ["elections"]}
    expect(page).to_have_title(re.compile(r"^Publications: "))

    # The language's chip removes that filter only.
    chips.get_by_role("link", name=re.compile("français")).click()
    assert query(page) == {"type": ["guide"], "field": ["elections"]}
    expect(cards.filter(has_text="Guide to observing voter registration")).to_have_count(1)

    # The publication's page, and its French file.
    page.get_by_role("link", name="Handbook for observing election day").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Handbook for observing election day")
    link = page.get_by_role("link", name="français")
    href = link.get_attribute("href")
    assert href.endswith("/fr.pdf")
    served = page.request.get(site(href))
    assert served.status == 200
    assert served.headers["content-type"] == "application/pdf"
    assert served.body().startswith(b"%PDF-")
    with page.expect_download() as download_info:
        link.click(modifiers=["Alt"])  # Alt+click: chromium saves the link's target
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF-")
