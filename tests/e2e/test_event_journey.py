"""A visitor's journey to a series' calendar in chromium: from the "Meetings and conferences"
menu to a series' page, then "Subscribe to this series' calendar", which gives a calendar file
that standard clients read (parsed here with icalendar, as served)."""

from pathlib import Path

from icalendar import Calendar
from playwright.sync_api import expect

SERIES = "Plenary meetings of the Permanent Council"


def test_a_visitor_subscribes_to_a_series_calendar(site, page):
    page.goto(site("/"))
    navigation = page.get_by_role("navigation", name="Main")
    navigation.locator("summary", has_text="Meetings and conferences").click()
    navigation.get_by_role("link", name=SERIES, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SERIES)
    expect(page.get_by_role("heading", name="Coming up")).to_be_visible()

    subscribe = page.get_by_role("link", name="Subscribe to this series' calendar")
    href = subscribe.get_attribute("href")
    assert href == "/events/calendar.ics?series=plenary-meetings-of-the-permanent-council"
    webcal = page.get_by_role("link", name="Open it in your calendar application (webcal)")
    assert webcal.get_attribute("href").startswith("webcal://")

    with page.expect_download() as download:
        subscribe.click()
    path = download.value.path()
    assert download.value.suggested_filename == "osce-events.ics"
    calendar = Calendar.from_ical(Path(path).read_bytes())
    events = calendar.walk("VEVENT")
    assert events and all("Permanent Council" in str(event["SUMMARY"]) for event in events)
    assert {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")} == {"Europe/Vienna"}

    response = page.request.get(site(href))
    assert response.status == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert Calendar.from_ical(response.body()).walk("VEVENT")
