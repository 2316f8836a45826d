"""The editor's journey in chromium: write a release in the admin with a photograph, fields of
work, sources and places; preview it; publish it; find it in the filtered newsroom and the feed;
correct it; restore the earlier revision."""

import io
import re

from PIL import Image, ImageDraw
from playwright.sync_api import expect

from news.models import PressRelease

TITLE = "Mission to Serbia trains young election observers"
CORRECTED = "Mission to Serbia trains forty young election observers"


def photograph():
    """A PNG of 1200 by 800 pixels, drawn here (no network)."""
    image = Image.new("RGB", (1200, 800), "#0a4a7a")
    draw = ImageDraw.Draw(image)
    draw.rectangle([100, 500, 1100, 700], fill="#f3f6f9")
    draw.ellipse([450, 150, 750, 450], fill="#ffbf47")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return {"name": "observers.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def choose(page, field_id, search, option):
    """Pick `option` in the admin's autocomplete for `field_id`, as an editor types it."""
    page.locator(f"#{field_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.locator(".select2-results__option", has_text=option).first.click()
    expect(page.locator(f"#{field_id} + .select2")).to_contain_text(option)


def save_and_continue(page):
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def public_title(site, browser, path):
    """The release page as a visitor (no admin cookie) sees it: (status, h1 text)."""
    context = browser.new_context()
    try:
        visitor = context.new_page()
        response = visitor.goto(site(path))
        heading = visitor.locator("h1").inner_text() if response.ok else None
        return response.status, heading
    finally:
        context.close()


def test_editor_writes_previews_publishes_finds_corrects_and_restores_a_release(
    site, editor_page, browser
):
    page = editor_page
    # The release's own fields are found by their ids: its translations' inline has fields
    # with the same labels.

    # Write the release, as a draft.
    page.goto(site("/admin/news/pressrelease/add/"))
    page.locator("#id_title").press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value(re.compile("^mission-to-serbia-trains"))
    choose(page, "id_places", "Belg", "Belgrade")
    choose(page, "id_sources", "Serbia", "Mission to Serbia")
    choose(page, "id_fields_of_work", "Elect", "Elections")
    choose(page, "id_fields_of_work", "Youth", "Youth")
    page.locator("#id_summary").fill("A course for young observers of elections.")
    body = page.locator("#id_body").locator("xpath=..").locator("[contenteditable=true]")
    body.click()
    page.keyboard.type("Forty young people learned how observers follow an election day.")
    page.locator("#id_photo").set_input_files(photograph())
    page.locator("#id_photo_alt").fill("Young observers at a training course")
    page.locator("#id_photo_caption").fill("Observers at the course, Belgrade")
    page.locator("#id_photo_credit").fill("OSCE/Milena Jovanović")
    save_and_continue(page)
    release = PressRelease.objects.get(title=TITLE)
    assert release.status == PressRelease.Status.DRAFT
    assert [place.name for place in release.places.all()] == ["Belgrade"]
    assert {field.name for field in release.fields_of_work.all()} == {"Elections", "Youth"}
    address = release.get_absolute_url()
    assert public_title(site, browser, address)[0] == 404

    # Preview it on its real page.
    edit_url = page.url
    page.get_by_role("link", name="View on site").click()
    expect(page.locator(".preview-banner")).to_contain_text("not public")
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator("figure.photo figcaption")).to_have_text(
        "Observers at the course, Belgrade (OSCE/Milena Jovanović)"
    )
    assert page.locator("figure.photo source[type='image/webp']").count() == 1
    page.goto(edit_url)

    # Publish it.
    page.locator("#id_status").select_option("published")
    save_and_continue(page)
    assert public_title(site, browser, address) == (200, TITLE)

    # Find it in the newsroom filtered by one of its fields, and in that field's feed.
    visitor = browser.new_context().new_page()
    visitor.goto(site("/news/?field=youth"))
    visitor.get_by_role("link", name=TITLE).click()
    expect(visitor).to_have_url(site(address))
    feed = visitor.request.get(site("/news/feed/rss/?field=youth")).text()
    assert f"<title>{TITLE}</title>" in feed
    visitor.context.close()

    # Correct it.
    page.locator("#id_title").fill(CORRECTED)
    save_and_continue(page)
    assert public_title(site, browser, address) == (200, CORRECTED)

    # Restore the revision before the correction.
    page.get_by_role("link", name="History").click()
    revisions = page.locator("#change-history tbody tr")
    expect(revisions).to_have_count(3)  # added, published, corrected: newest first
    revisions.nth(1).locator("a").first.click()
    expect(page.locator("#id_title")).to_have_value(TITLE)
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert public_title(site, browser, address) == (200, TITLE)
    release.refresh_from_db()
    assert release.title == TITLE
    assert release.status == PressRelease.Status.PUBLISHED
