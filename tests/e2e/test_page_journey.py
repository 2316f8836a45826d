"""An editor's journey with editable pages in chromium: add a page under About us with a
section, preview it, publish it, move it up among its siblings with the keyboard, and rename
its parent, after which a visitor's old address still leads to it."""

from playwright.sync_api import expect

from pages.models import Page
from tests.e2e.test_editor_journey import public_title, save_and_continue

TITLE = "Partnerships"


def test_editor_adds_publishes_and_moves_a_page_under_about_us(site, editor_page, browser):
    page = editor_page
    about = Page.objects.get(slug="about-us", depth=1)

    page.goto(site("/admin/pages/page/add/"))
    page.locator("#id_title").press_sequentially(TITLE)
    expect(page.locator("#id_slug")).to_have_value("partnerships")
    page.locator("#id_treebeard_position").select_option("first-child")
    page.locator("#id_treebeard_ref_node").select_option(str(about.pk))
    page.locator("#id_strapline").fill("Working with States beyond the OSCE region.")
    page.locator("#sections-group .add-row a, #sections-group .add-row button").first.click()
    text = page.locator("#id_sections-0-text").locator("xpath=..").locator("[contenteditable=true]")
    text.click()
    page.keyboard.type(
        "The OSCE works with Partners for Co-operation in Asia and the Mediterranean."
    )
    save_and_continue(page)
    created = Page.objects.get(slug="partnerships")
    assert created.status == Page.Status.DRAFT
    assert public_title(site, browser, "/about-us/partnerships/")[0] == 404

    # The editor previews the draft on its real page.
    page.goto(site("/about-us/partnerships/"))
    expect(page.locator(".preview-banner")).to_contain_text("Preview")
    expect(page.locator("main")).to_contain_text("Partners for Co-operation in Asia")

    # Published, it is public, and listed under About us.
    page.goto(site(f"/admin/pages/page/{created.pk}/change/"))
    page.locator("#id_status").select_option("published")
    save_and_continue(page)
    assert public_title(site, browser, "/about-us/partnerships/") == (200, TITLE)

    # Moved one place down among About us's pages, with the keyboard.
    page.goto(site("/admin/pages/page/?q=Partnerships"))
    page.get_by_role("button", name=f"Move “{TITLE}” down").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist .success")).to_contain_text("moved")
    children = [child.slug for child in Page.objects.get_children(Page.objects.get(pk=about.pk))]
    assert children.index("partnerships") == 1

    # Renamed parent: the old address of the new page still leads to it.
    page.goto(site(f"/admin/pages/page/{about.pk}/change/"))
    page.locator("#id_slug").fill("who-we-are")
    save_and_continue(page)
    assert public_title(site, browser, "/about-us/partnerships/") == (200, TITLE)
    assert Page.objects.get(pk=created.pk).get_absolute_url() == "/who-we-are/partnerships/"

    # Leave the demo content as the other modules expect it.
    Page.objects.filter(pk=created.pk).delete()
    about = Page.objects.get(pk=about.pk)
    about.slug = "about-us"
    about.save()
