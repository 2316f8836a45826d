"""An editor's journey with the menus in chromium: a visitor sees the navigation (now cached),
the editor finds a menu item in the admin's tree and renames it, and the visitor's next page
view shows the new label."""

from playwright.sync_api import expect

from pages.models import MenuItem
from tests.e2e.conftest import new_page
from tests.e2e.test_editor_journey import save_and_continue

NEW_LABEL = "Press room"


def navigation_link(visitor, name):
    return visitor.get_by_role("navigation", name="Main").get_by_role("link", name=name)


def test_editor_renames_a_menu_item_and_the_next_page_view_shows_it(site, editor_page, browser):
    page = editor_page
    newsroom = MenuItem.objects.get(seed_key="newsroom")
    with new_page(browser) as visitor:
        visitor.goto(site("/"))
        expect(navigation_link(visitor, "Newsroom")).to_have_attribute("href", "/news/")

        page.goto(site("/admin/pages/menuitem/?q=Newsroom"))
        page.locator("#result_list").get_by_role("link", name="Newsroom", exact=True).click()
        expect(page.locator("#id_label")).to_have_value("Newsroom")
        page.locator("#id_label").fill(NEW_LABEL)
        save_and_continue(page)

        visitor.goto(site("/fields-of-work/"))
        expect(navigation_link(visitor, NEW_LABEL)).to_have_attribute("href", "/news/")
        expect(navigation_link(visitor, "Newsroom")).to_have_count(0)

    # Leave the demo content as the other modules expect it.
    newsroom.refresh_from_db()
    newsroom.label = "Newsroom"
    newsroom.save()
