"""An editor uploads a PDF in the admin and sees its cover appear: on the change form once the
file is processed (publications.tasks; the tests' immediate backend runs it when the save
commits), and on the publication's public page."""

import re

from playwright.sync_api import expect

from publications.models import PublicationFile
from seed.publications import make_pdf
from tests.e2e.test_editor_journey import choose

TITLE = "A guide to observing local elections"


def test_an_editor_uploads_a_pdf_and_sees_its_cover(site, editor_page, browser):
    page = editor_page
    page.goto(site("/admin/publications/publication/add/"))
    page.locator("#id_title").press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value(re.compile("^a-guide-to-observing"))
    page.locator("#id_type").select_option("guide")
    page.locator("#id_status").select_option("published")
    choose(page, "id_sources", "Serbia", "Mission to Serbia")
    page.locator("#files-group .add-row a").click()
    page.locator("#id_files-0-language").select_option("en")
    content = make_pdf(TITLE, ["How observers follow a local election.", "A second page."])
    page.locator("#id_files-0-file").set_input_files(
        {"name": "guide.pdf", "mimeType": "application/pdf", "buffer": content}
    )
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # The change form shows the cover, the pages, and that the file is processed.
    row = PublicationFile.objects.get(publication__title=TITLE)
    assert row.processing == PublicationFile.Processing.DONE
    inline = page.locator("#files-group")
    cover = inline.locator("img.publication-cover")
    expect(cover).to_be_visible()
    assert cover.evaluate("image => image.complete && image.naturalWidth > 0")
    expect(inline).to_contain_text("2 pages")
    expect(inline).to_contain_text("Processed")

    # A visitor sees it on the publication's page, and in the library.
    context = browser.new_context()
    try:
        visitor = context.new_page()
        visitor.goto(site(row.publication.get_absolute_url()))
        picture = visitor.locator(".publication__cover img")
        expect(picture).to_be_visible()
        assert picture.evaluate("image => image.complete && image.naturalWidth > 0")
        visitor.goto(site("/publications/"))
        card = visitor.locator(".publication-card", has_text=TITLE)
        expect(card.locator("img.thumbnail")).to_be_visible()
    finally:
        context.close()
