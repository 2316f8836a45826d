"""A release as journalists use it: shared by plain links, its address copied, printed."""

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect


def test_share_links_are_plain_links_to_the_release(site, page):
    page.goto(site(site.paths["release"]))
    address = site(site.release.get_absolute_url())
    share = page.get_by_role("region", name="Share this press release")
    links = {
        " ".join(link.text_content().split()): link.get_attribute("href")
        for link in share.get_by_role("link").all()
    }
    assert set(links) == {
        "E-mail this press release",
        "Share on Bluesky",
        "Share on Facebook",
        "Share on LinkedIn",
        "Share on X",
    }

    mail = urlsplit(links["E-mail this press release"])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["subject"] == [site.release.title]
    assert address in parse_qs(mail.query)["body"][0]
    assert parse_qs(urlsplit(links["Share on Facebook"]).query)["u"] == [address]
    assert parse_qs(urlsplit(links["Share on LinkedIn"]).query)["url"] == [address]
    assert parse_qs(urlsplit(links["Share on X"]).query)["url"] == [address]
    assert address in parse_qs(urlsplit(links["Share on Bluesky"]).query)["text"][0]

    # No script from any network: every script the page loads is the site's own.
    scripts = page.eval_on_selector_all("script[src]", "scripts => scripts.map(s => s.src)")
    assert scripts and all(src.startswith(site("/static/")) for src in scripts)


def test_copy_link_copies_the_address_and_says_so(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site(site.paths["release"]))
    button = page.get_by_role("button", name="Copy link")
    status = page.locator(".share [role=status]")
    expect(status).to_be_empty()
    button.click()
    expect(status).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == site(site.release.get_absolute_url())
    context.close()


def test_without_javascript_the_address_is_there_to_select(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site(site.paths["release"]))
    expect(page.get_by_role("button", name="Copy link")).to_be_hidden()
    expect(page.locator(".share__url")).to_have_text(site(site.release.get_absolute_url()))
    expect(page.locator(".share__url")).to_be_visible()
    context.close()


def test_printed_release_has_the_text_metadata_and_address_but_no_navigation(site, page):
    page.goto(site(site.paths["release"]))
    page.emulate_media(media="print")
    for hidden in (
        ".site-header",
        ".site-nav",
        ".site-footer",
        ".skip-link",
        ".share__links",
        ".share__copy",
        ".release__back",
    ):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text(site.release.title)
    expect(page.locator(".release .release-meta")).to_be_visible()
    expect(page.locator(".release .release-meta")).to_contain_text("Date")
    expect(page.locator(".release .prose")).to_be_visible()
    address = page.locator(".share__address")
    expect(address).to_be_visible()
    expect(address).to_contain_text(site(site.release.get_absolute_url()))
    # The text is set for paper, not for the screen.
    assert "serif" in page.evaluate("getComputedStyle(document.body).fontFamily").lower()
    assert re.match(
        r"^(Georgia|\"Times)", page.evaluate("getComputedStyle(document.body).fontFamily")
    )

    page.emulate_media(media="screen")
    expect(page.locator(".site-header")).to_be_visible()
