"""The admin as editors use it from day to day, in chromium: an autocomplete chosen with the
keyboard, the release list on a laptop's screen, dates typed from another time zone."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from missions.models import FieldOperation
from news.models import PressRelease
from tests.e2e.conftest import DESKTOP, new_page

TITLE = "Court reform discussed with judges in Belgrade"


def type_and_press_enter(page, field_id, text):
    """Type `text` in the autocomplete box of `field_id` and press Enter, as editors do: select2
    chooses the suggestion it highlights, the first, once the answer to what was typed is in (the
    list shown before the typing settles highlights an unfiltered first choice)."""
    page.locator(f"#{field_id} + .select2").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.press_sequentially(text)
    expect(page.locator(".select2-results__option.loading-results")).to_have_count(0)
    highlighted = page.locator(".select2-results__option--highlighted")
    expect(highlighted).to_have_count(1)
    expect(highlighted).to_contain_text(text, ignore_case=True)
    search.press("Enter")
    return page.locator(f"#{field_id} + .select2 .select2-selection__choice")


def test_typing_a_field_of_work_and_pressing_enter_chooses_it(site, editor_page):
    page = editor_page
    page.goto(site("/admin/news/pressrelease/add/"))
    page.locator("#id_title").fill(TITLE)
    expect(type_and_press_enter(page, "id_places", "Belgrade")).to_have_text(["×Belgrade"])
    sources = type_and_press_enter(page, "id_sources", "Mission to Serbia")
    expect(sources).to_have_text(["×Mission to Serbia"])
    fields = type_and_press_enter(page, "id_fields_of_work", "Rule of")
    expect(fields).to_have_text(["×Rule of law"])  # was Countering terrorism

    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    try:
        release = PressRelease.objects.get(title=TITLE)
        assert [field.name for field in release.fields_of_work.all()] == ["Rule of law"]
    finally:
        PressRelease.objects.filter(title=TITLE).delete()  # the module's content as it was


def test_the_release_list_fits_a_screen_1280_pixels_wide(site, editor_page):
    page = editor_page
    assert page.viewport_size == DESKTOP and DESKTOP["width"] == 1280
    page.goto(site("/admin/news/pressrelease/"))

    widths = page.evaluate(
        """() => {
            const box = (selector) => {
                const element = document.querySelector(selector);
                return {scroll: element.scrollWidth, client: element.clientWidth};
            };
            return {
                page: box("html"),
                content: box("#content"),
                results: box("#changelist-form .results"),
                table: box("#result_list"),
            };
        }"""
    )
    for name, box in widths.items():
        assert box["scroll"] <= box["client"], f"{name} overflows: {widths}"
    assert widths["table"]["scroll"] <= widths["results"]["client"], widths

    # Every column is on the screen, the fields of work (the last) whole.
    results = page.locator("#changelist-form .results").bounding_box()
    fields = page.locator("#result_list thead th.column-field_names").bounding_box()
    assert fields["x"] + fields["width"] <= results["x"] + results["width"] + 0.5
    assert fields["x"] + fields["width"] <= DESKTOP["width"]
    first_row = page.locator("#result_list tbody tr").first
    expect(first_row.locator("td.field-field_names")).to_be_visible()


@pytest.fixture
def editor_abroad(browser, site, editor_login):
    """The logged-in editor, with a browser in London: an hour behind Vienna all year round."""
    assert settings.TIME_ZONE == "Europe/Vienna"
    with new_page(
        browser, viewport=DESKTOP, storage_state=editor_login, timezone_id="Europe/London"
    ) as page:
        yield page


def test_the_time_zone_warning_is_for_times_not_for_dates(site, editor_abroad):
    page = editor_abroad
    operation = FieldOperation.objects.filter(established__isnull=False).first()
    page.goto(site(f"/admin/missions/fieldoperation/{operation.pk}/change/"))
    page.wait_for_load_state("load")  # Django's date shortcuts start on "load"
    # A date has no time zone: the calendar is there, no warning about the server's time.
    expect(page.locator("#calendarlink0")).to_be_attached()
    established = page.locator(".form-row.field-established")
    expect(established.locator(".datetimeshortcuts")).to_have_count(1)
    expect(page.locator(".timezonewarning")).to_have_count(0)

    # A date and time does: the release's publication time keeps it.
    page.goto(site(f"/admin/news/pressrelease/{site.release.pk}/change/"))
    page.wait_for_load_state("load")
    warning = page.locator("#id_published_at_timezone_warning_helptext")
    expect(warning).to_have_text(
        f"Note: Enter times in the {settings.TIME_ZONE} timezone. (You are 1 hour behind.)"
    )
    # Publication and expiry, on the release's own form (its translations have theirs).
    expect(page.locator("form > div > fieldset .timezonewarning")).to_have_count(2)
