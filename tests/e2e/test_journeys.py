"""Journeys through the public site in chromium: a visitor with a mouse, one with a keyboard only,
and one on a phone."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE, new_page
from tests.e2e.test_judges import PUBLIC_PAGES

# What document.activeElement looks like: the element, and whether its focus ring can be seen.
FOCUS_STATE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    text: (element.innerText || element.value || "").trim().slice(0, 60),
    href: element.getAttribute("href"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== "none",
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
      && box.right > 0 && box.left < innerWidth,
  };
}"""


def query(page):
    return parse_qs(urlsplit(page.url).query)


def overflow(page):
    """How many CSS pixels the page is wider than the window (0: nothing overflows sideways)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def tab_to(page, matches, limit=250):
    """Press Tab until `matches(focus)` holds; every element focused on the way must show it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STATE)
        assert focus["tag"] != "body", "the focus left the page"
        assert focus["outline"] or focus["shadow"], f"no visible focus on {focus}"
        assert focus["onScreen"], f"focused but off screen: {focus}"
        if matches(focus):
            return focus
    raise AssertionError(f"not reached with {limit} presses of Tab")


def filter_control(page):
    """The newsroom's "Filter" control (a <summary>; "Filter (2 active)" with filters applied)."""
    return page.locator("summary").filter(has_text=re.compile(r"^Filter\b"))


def show_all(region):
    """A facet's "Show all" disclosure (a <summary>)."""
    return region.locator("summary").filter(has_text="Show all")


# The visitor


def test_visitor_from_home_to_a_release_and_back_to_the_filtered_news(site, page):
    page.goto(site())
    expect(page).to_have_title(re.compile("^Home"))

    # The navigation to a field of work.
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_text("Fields of work", exact=True).click()
    nav.get_by_role("link", name="Elections", exact=True).click()
    expect(page).to_have_url(site("/fields-of-work/elections/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Elections")

    # Its news.
    page.get_by_role("link", name="All news on elections").click()
    assert query(page) == {"field": ["elections"]}
    results = page.locator(".newsroom__results")
    expect(results.locator(".release-card").first).to_be_visible()

    # A second field and a year, from the facets.
    fields = page.get_by_role("region", name="Fields of work")
    show_all(fields).click()  # the first fields are in view, the rest behind "Show all"
    fields.get_by_role("link", name=re.compile(r"^Rule of law \d+$")).click()
    assert query(page) == {"field": ["elections", "rule-of-law"]}
    years = page.get_by_role("region", name="Years")
    year = years.get_by_role("link").first.inner_text().split()[0]
    years.get_by_role("link").first.click()
    filtered = {"field": ["elections", "rule-of-law"], "year": [year]}
    assert query(page) == filtered
    filtered_url = page.url
    chips = page.get_by_role("list", name="Active filters")
    expect(chips.get_by_role("link", name=re.compile("^Remove filter"))).to_have_count(3)
    cards = results.locator(".release-card")
    assert cards.count() >= 1
    for date in cards.locator(".release-meta time").all_inner_texts():
        assert date.endswith(year)

    # A release, then its source's page.
    title = cards.first.get_by_role("heading").inner_text()
    cards.first.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    meta = page.locator(".release .release-meta")
    expect(meta).to_contain_text(year)
    assert re.search("Elections|Rule of law", meta.inner_text())
    source = meta.locator("dt:text-is('Source') + dd a").first
    source_name = source.inner_text()
    source.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(source_name.removeprefix("OSCE "))

    # Back to the filtered list: both fields and the year are still applied.
    page.go_back()
    page.go_back()
    expect(page).to_have_url(filtered_url)
    assert query(page) == filtered
    for name in ("Elections", "Rule of law"):
        expect(fields.get_by_role("link", name=re.compile(f"{name} \\d+"))).to_have_attribute(
            "aria-current", "true"
        )
    expect(years.locator("a[aria-current=true]")).to_contain_text(year)
    expect(page.get_by_label("Year", exact=True)).to_have_value(year)
    expect(chips.get_by_role("link", name=re.compile("^Remove filter"))).to_have_count(3)


def test_visitor_removes_a_filter_from_its_chip(site, page):
    page.goto(site("/news/?field=elections&field=rule-of-law"))
    chips = page.get_by_role("list", name="Active filters")
    chips.get_by_role("link", name="Remove filter: Rule of law").click()
    assert query(page) == {"field": ["elections"]}


# Keyboard only


def test_keyboard_skip_link_goes_to_the_main_content(site, page):
    page.goto(site("/news/"))
    focus = tab_to(page, lambda focus: True)
    assert focus["text"] == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab lands in the content, not in the header.
    focus = tab_to(page, lambda focus: True)
    assert page.evaluate("document.activeElement.closest('main') !== null"), focus


def test_keyboard_opens_and_closes_the_navigation_menus(site, page):
    page.goto(site())
    menu = page.locator("details.menu").filter(has_text="Fields of work")
    tab_to(page, lambda focus: focus["text"] == "Fields of work")
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("open", "")
    focus = tab_to(page, lambda focus: focus["tag"] == "a")
    assert focus["href"].startswith("/fields-of-work/")
    page.keyboard.press("Escape")
    expect(menu).not_to_have_attribute("open", "")
    assert page.evaluate(FOCUS_STATE)["text"] == "Fields of work"

    # Opening another menu closes the first; Enter on a link in it follows the link.
    page.keyboard.press("Enter")
    tab_to(page, lambda focus: focus["text"] == "Structures and institutions")
    page.keyboard.press("Enter")
    expect(page.locator("details.menu[open]")).to_have_count(1)
    tab_to(page, lambda focus: focus["text"] == "Secretariat")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site("/structures/secretariat/"))


def test_keyboard_filters_the_newsroom(site, page):
    page.goto(site("/news/"))
    tab_to(page, lambda focus: focus["text"].startswith("Show all"))  # fields of work
    page.keyboard.press("Enter")
    tab_to(page, lambda focus: focus["text"].startswith("Elections"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/news/?field=elections")

    tab_to(page, lambda focus: focus["id"] == "id_year")
    year = page.get_by_role("region", name="Years").get_by_role("link").first.inner_text()
    year = year.split()[0]
    page.keyboard.type(year)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"year=\d"))
    assert query(page)["field"] == ["elections"]
    assert query(page)["year"] == [year]
    expect(page.get_by_role("list", name="Active filters")).to_contain_text(year)


def test_keyboard_pages_through_filtered_news(site, page):
    page.goto(site("/news/"))
    tab_to(page, lambda focus: focus["id"] == "id_type")
    page.keyboard.press("ArrowDown")  # "All types" -> "Press release"
    expect(page.get_by_label("Type", exact=True)).to_have_value("press_release")
    tab_to(page, lambda focus: focus["text"] == "Show news")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type=press_release"))
    expect(page.locator(".pagination")).to_contain_text(re.compile(r"Page 1 of [2-9]"))

    tab_to(page, lambda focus: focus["text"].startswith("Next"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=2"))
    assert query(page)["type"] == ["press_release"]
    expect(page.locator(".pagination")).to_contain_text(re.compile(r"Page 2 of [2-9]"))
    tab_to(page, lambda focus: focus["text"].startswith("Previous"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=1"))
    assert query(page)["type"] == ["press_release"]


# A phone, 390 CSS pixels wide


def test_keyboard_reaches_a_department_and_enlarges_its_photographs(site, page):
    """From the Mission to Serbia's page to its Democratization Department, then through its
    gallery's enlarged views and back to the thumbnails, with Tab and Enter only."""
    page.goto(site(site.paths["operation"]))
    tab_to(page, lambda focus: focus["text"].startswith("More about Democratization"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(site(site.paths["department"]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Democratization")
    views = page.locator(".gallery__view")
    for view in views.all():
        expect(view).to_be_hidden()

    tab_to(page, lambda focus: focus["id"] == "gallery-thumb-1")
    page.keyboard.press("Enter")
    first = page.locator("#gallery-1")
    expect(first).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "gallery-1"
    # The enlarged photograph loads lazily, once shown: it must arrive (no broken image).
    enlarged = first.locator("img").element_handle()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=enlarged)
    expect(first.locator("figcaption")).to_contain_text("(OSCE/Milan Obradovic)")

    tab_to(page, lambda focus: focus["text"] == "Next photograph")
    page.keyboard.press("Enter")
    expect(page.locator("#gallery-2")).to_be_visible()
    expect(first).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "gallery-2"

    tab_to(page, lambda focus: focus["text"] == "Back to the gallery")
    page.keyboard.press("Enter")
    for view in views.all():
        expect(view).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "gallery-thumb-2"


def test_a_gallery_photograph_enlarges_without_javascript(site, browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    phone = context.new_page()
    phone.goto(site(site.paths["department"]))
    phone.locator("#gallery-thumb-3").click()
    expect(phone.locator("#gallery-3")).to_be_visible()
    expect(
        phone.locator("#gallery-3").get_by_role("link", name="Previous photograph")
    ).to_be_visible()
    assert overflow(phone) <= 0
    phone.locator("#gallery-3").get_by_role("link", name="Back to the gallery").click()
    expect(phone.locator("#gallery-3")).to_be_hidden()
    context.close()


def test_phone_navigation_opens_and_closes(site, phone):
    phone.goto(site())
    toggle = phone.get_by_role("button", name="Menu")
    menus = phone.locator("#site-menus")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menus).to_be_hidden()

    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menus).to_be_visible()
    phone.locator(".site-nav summary", has_text="Field operations").tap()
    link = phone.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Mission to Serbia"
    )
    expect(link).to_be_visible()
    assert overflow(phone) <= 0

    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menus).to_be_hidden()

    toggle.tap()
    link.tap()
    expect(phone).to_have_url(site("/field-operations/mission-to-serbia/"))
    expect(phone.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")


def test_phone_without_javascript_shows_the_menus(site, browser):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False
    )
    phone = context.new_page()
    phone.goto(site())
    expect(phone.get_by_role("button", name="Menu")).to_be_hidden()
    expect(phone.locator("#site-menus")).to_be_visible()
    phone.locator(".site-nav summary", has_text="Fields of work").tap()
    expect(phone.get_by_role("navigation", name="Main").get_by_text("Elections")).to_be_visible()
    assert overflow(phone) <= 0
    context.close()


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_phone_nothing_overflows_sideways(site, phone, name):
    phone.goto(site(site.paths[name]))
    assert overflow(phone) <= 0
    # Nor with a menu open (the second, the countries; named in the page's language).
    phone.locator(".site-nav__toggle").tap()
    phone.locator(".site-nav summary").nth(1).tap()
    assert overflow(phone) <= 0


def test_phone_reaches_the_newsroom_filters(site, phone):
    phone.goto(site("/news/"))
    filter_control(phone).tap()
    search = phone.get_by_label("Search the news")
    expect(search).to_be_in_viewport()
    search.fill("election")
    phone.get_by_role("button", name="Show news").tap()
    phone.wait_for_url(re.compile(r"q=election"))
    filter_control(phone).tap()
    facet = phone.get_by_role("region", name="Years").get_by_role("link").first
    facet.scroll_into_view_if_needed()
    expect(facet).to_be_in_viewport()
    facet.tap()
    phone.wait_for_url(re.compile(r"year=\d"))
    assert query(phone)["q"] == ["election"]
    assert overflow(phone) <= 0


# The newsroom on a phone: the results first, the filters behind one "Filter" control

PHONE_CONTEXT = {"viewport": PHONE, "is_mobile": True, "has_touch": True}  # as the phone fixture


@pytest.mark.parametrize("name", ["newsroom", "newsroom-filtered", "newsroom-search"])
def test_phone_newsroom_shows_the_first_result_on_the_first_screen(site, phone, name):
    phone.goto(site(site.paths[name]))
    expect(filter_control(phone)).to_be_in_viewport()
    expect(phone.get_by_label("Search the news")).to_be_hidden()
    # Its title, type and date in the upper half of the screen (the header, the heading, the
    # control, the count and the active filters take about 370 pixels), not below the filters.
    top = phone.locator(".release-card").first.bounding_box()["y"]
    assert top < PHONE["height"] / 2


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_phone_filter_control_opens_and_closes_the_filters(site, browser, javascript):
    with new_page(browser, **PHONE_CONTEXT, java_script_enabled=javascript) as phone:
        phone.goto(site("/news/"))
        search = phone.get_by_label("Search the news")
        expect(search).to_be_hidden()
        filter_control(phone).tap()
        expect(search).to_be_in_viewport()
        expect(phone.get_by_role("region", name="Years")).to_be_visible()
        filter_control(phone).tap()
        expect(search).to_be_hidden()

        filter_control(phone).tap()
        search.fill("election")
        phone.get_by_role("button", name="Show news").tap()
        phone.wait_for_url(re.compile(r"q=election"))
        # The results of the search come first again, its filter named on the control.
        expect(phone.locator(".release-card").first).to_be_in_viewport()
        expect(filter_control(phone)).to_have_text(re.compile(r"^Filter \(1 active\)"))
        assert overflow(phone) <= 0


# The elements in the page's content that scroll within it (overflow auto or scroll).
INNER_SCROLL_BOXES = """() => [...document.querySelectorAll("main *")]
  .filter((element) => {
    const style = getComputedStyle(element);
    return /auto|scroll/.test(style.overflowX + " " + style.overflowY);
  })
  .map((element) => element.tagName.toLowerCase() + "." + element.className)"""


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_a_long_facet_list_shows_its_first_values_and_the_rest_behind_show_all(
    site, browser, device
):
    options = PHONE_CONTEXT if device == "phone" else {"viewport": DESKTOP}
    with new_page(browser, **options) as page:
        check_long_facet_list(site, page, device)


def check_long_facet_list(site, page, device):
    page.goto(site("/news/"))
    if device == "phone":
        filter_control(page).tap()
    fields = page.get_by_role("region", name="Fields of work")
    links = fields.locator("a")  # get_by_role() would leave out the folded ones
    total = links.count()
    assert total > 8
    assert [link.is_visible() for link in links.all()] == [True] * 6 + [False] * (total - 6)
    expect(show_all(fields)).to_have_accessible_name(f"Show all {total} fields of work")
    assert page.evaluate(INNER_SCROLL_BOXES) == []

    show_all(fields).click()
    for link in links.all():
        expect(link).to_be_visible()
    expect(fields.locator("summary")).to_have_accessible_name("Show fewer fields of work")
    assert page.evaluate(INNER_SCROLL_BOXES) == []
    assert overflow(page) <= 0


def test_a_selected_facet_value_is_in_view_without_show_all(site, phone):
    phone.goto(site("/news/?field=rule-of-law"))  # past the first fields of work
    filter_control(phone).tap()
    fields = phone.get_by_role("region", name="Fields of work")
    selected = fields.locator("a[aria-current=true]")
    expect(selected).to_have_text(re.compile(r"^Remove filter: Rule of law \d+$"))
    expect(selected).to_be_visible()
    expect(show_all(fields)).to_be_visible()  # the others are still folded


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_desktop_newsroom_shows_the_filters_beside_the_results(site, browser, javascript):
    with new_page(browser, viewport=DESKTOP, java_script_enabled=javascript) as page:
        page.goto(site("/news/"))
        expect(filter_control(page)).to_be_hidden()
        expect(page.get_by_label("Search the news")).to_be_in_viewport()
        filters = page.get_by_role("complementary", name="Filter the news").bounding_box()
        results = page.locator(".newsroom__results").bounding_box()
        assert filters["x"] + filters["width"] <= results["x"]  # a column of its own, left
        assert abs(filters["y"] - results["y"]) < 40  # side by side, from the top
        expect(page.locator(".release-card").first).to_be_in_viewport()


# The open menu's panel, and whether it lies within the window.
OPEN_PANEL = """() => {
  const open = "details.menu[open]";
  const panel = document.querySelector(`${open} > ul, ${open} > .menu__panel`);
  const box = panel.getBoundingClientRect();
  return {left: box.left, right: box.right, inside: box.left >= 0
    && box.right <= document.documentElement.clientWidth};
}"""


@pytest.mark.parametrize("width", [1440, 1280, 1024, 960, 800, 700, 660])
def test_every_menu_opens_on_screen(site, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site())
    for summary in page.locator(".site-nav summary").all():
        summary.click()
        expect(page.locator("details.menu[open]")).to_have_count(1)
        try:
            page.wait_for_function(f"({OPEN_PANEL})().inside", timeout=2000)
        except PlaywrightTimeout:
            pytest.fail(f"{summary.inner_text()} opens off screen: {page.evaluate(OPEN_PANEL)}")
    assert overflow(page) <= 0


def test_a_visitor_switches_a_release_to_russian_and_back(site, page):
    english = site.paths["release-also-in-russian"]
    page.goto(site(english))
    title = page.locator("h1").inner_text()
    bar = page.get_by_role("navigation", name="Languages")
    bar.locator("summary").click()  # the menu names the page's language: English
    # Languages the release is not in are listed, without a link.
    expect(bar.locator("a", has_text="Deutsch")).to_have_count(0)
    expect(bar.get_by_text("Deutsch")).to_be_visible()
    bar.get_by_role("link", name="Русский").click()
    page.wait_for_url(site(site.paths["ru-release"]))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    assert page.locator("h1").inner_text() != title
    expect(page.locator("h1")).to_have_text(re.compile("[А-Яа-я]"))
    # The menus speak Russian too; the way back is in the same place.
    russian_bar = page.get_by_role("navigation", name="Языки")
    expect(russian_bar.locator("summary")).to_have_text(re.compile("Русский"))
    russian_bar.locator("summary").click()
    russian_bar.get_by_role("link", name="English").click()
    page.wait_for_url(site(english))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(title)


def test_a_release_missing_in_russian_says_so_in_russian_and_links_to_english(site, page):
    response = page.goto(site(site.paths["ru-not-in-russian"]))
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.locator("main").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("article h1")).to_be_visible()
