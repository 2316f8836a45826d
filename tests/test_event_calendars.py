"""The events as iCalendar (events.calendars): what the site serves, parsed with the icalendar
library as a client would read it: the calendar's and each event's required properties, a
stable UID, SEQUENCE raised on each change, the statuses, the time zones, all-day dates with an
exclusive end, the filters of the list (bad ones 400) and the query counts."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.models import whole_days
from tests import factories

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def council(db):
    return factories.make_series("Plenary meetings of the Permanent Council")


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(entry["UID"]): entry for entry in calendar.walk("VEVENT")}


def test_one_event_as_a_calendar_file(client, council, serbia):
    place = factories.make_place("Vienna", state=serbia)
    start = datetime(2027, 6, 15, 0, 30, tzinfo=UTC)
    event = factories.make_event(
        "Asian conference",
        series=council,
        start=start,
        hours=8,
        time_zone="Asia/Tokyo",
        venue="Hofburg",
        place=place,
        summary="Partners meet.",
        livestream_url="https://example.org/live",
    )
    response, calendar = served(client, f"/events/{event.slug}/event.ics")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert str(calendar["VERSION"]) == "2.0" and "OSCE" in str(calendar["PRODID"])
    entry = events_of(calendar)[f"event-{event.pk}@osce.org"]
    assert str(entry["SUMMARY"]) == "Asian conference"
    assert entry["SEQUENCE"] == 0
    assert "DTSTAMP" in entry and str(entry["STATUS"]) == "CONFIRMED"
    assert entry["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert entry.decoded("DTSTART") == start
    assert entry.decoded("DTSTART").hour == 9  # 09:30 in Tokyo
    assert entry.decoded("DTEND") == start + timedelta(hours=8)
    assert str(entry["URL"]) == f"http://testserver/events/{event.slug}/"
    assert str(entry["LOCATION"]) == "Hofburg, Vienna, Serbia"
    assert "https://example.org/live" in str(entry["DESCRIPTION"])
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["Asia/Tokyo"]


def test_a_change_raises_the_sequence_and_keeps_the_uid(client, council):
    event = factories.make_event(series=council)
    url = f"/events/{event.slug}/event.ics"
    before = events_of(served(client, url)[1])
    event.title = "Moved to another room"
    event.save()
    after = events_of(served(client, url)[1])
    assert before.keys() == after.keys()
    (entry,) = after.values()
    assert entry["SEQUENCE"] == 1 and str(entry["SUMMARY"]) == "Moved to another room"


def test_statuses_are_carried_into_calendars(client, council):
    cancelled = factories.make_event("Called off", series=council, event_status="cancelled")
    postponed = factories.make_event("Put off", series=council, event_status="postponed")
    entries = events_of(served(client, "/events/calendar.ics")[1])
    entry = entries[f"event-{cancelled.pk}@osce.org"]
    assert str(entry["STATUS"]) == "CANCELLED"
    entry = entries[f"event-{postponed.pk}@osce.org"]
    assert str(entry["STATUS"]) == "TENTATIVE"
    assert str(entry["SUMMARY"]) == "Postponed: Put off"
    assert "postponed" in str(entry["DESCRIPTION"])
    html = client.get(cancelled.get_absolute_url()).content.decode()
    assert "This meeting is cancelled." in html


def test_an_all_day_event_has_dates_and_an_exclusive_end(client, council):
    start, end = whole_days(date(2027, 3, 27), date(2027, 3, 29), ZoneInfo("Europe/Vienna"))
    event = factories.make_event("Three days", series=council, all_day=True, start=start, end=end)
    (entry,) = events_of(served(client, f"/events/{event.slug}/event.ics")[1]).values()
    assert entry["DTSTART"].params["VALUE"] == "DATE"
    assert entry.decoded("DTSTART") == date(2027, 3, 27)
    assert entry.decoded("DTEND") == date(2027, 3, 30)  # the day after the last
    assert "TZID" not in entry["DTSTART"].params


def test_the_feed_takes_the_lists_filters(client, council, field):
    other = factories.make_series("Media conferences")
    plenary = factories.make_event("Plenary", series=council)
    media = factories.make_event("Media", series=other)
    media.fields_of_work.add(field)
    draft = factories.make_event("Draft", series=council, status="draft")
    everything = events_of(served(client, "/events/calendar.ics")[1])
    assert f"event-{plenary.pk}@osce.org" in everything
    assert f"event-{draft.pk}@osce.org" not in everything
    calendar = served(client, f"/events/calendar.ics?series={council.slug}")[1]
    assert set(events_of(calendar)) == {f"event-{plenary.pk}@osce.org"}
    assert "Plenary meetings of the Permanent Council" in str(calendar["X-WR-CALNAME"])
    calendar = served(client, f"/events/calendar.ics?field={field.slug}")[1]
    assert set(events_of(calendar)) == {f"event-{media.pk}@osce.org"}
    assert client.get("/events/calendar.ics?series=nope").status_code == 400
    assert client.get("/events/calendar.ics?year=x").status_code == 400


def test_zones_used_each_get_one_vtimezone(client, council):
    factories.make_event(series=council, time_zone="Asia/Tokyo")
    factories.make_event(series=council, time_zone="Europe/Vienna")
    factories.make_event(series=council, time_zone="Europe/Vienna")
    calendar = served(client, "/events/calendar.ics")[1]
    assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
        "Asia/Tokyo",
        "Europe/Vienna",
    ]


def test_a_series_page_offers_its_calendar(client, council):
    factories.make_event(series=council)
    html = client.get(council.get_absolute_url()).content.decode()
    assert f'href="/events/calendar.ics?series={council.slug}"' in html
    assert f"webcal://testserver/events/calendar.ics?series={council.slug}" in html
    assert "Subscribe to this series" in html


def test_a_calendar_in_another_language_has_its_translations(client, council):
    event = factories.make_event("Plenary", series=council)
    assert client.get(f"/ru/events/{event.slug}/event.ics").status_code == 404
    event.translations.create(language="ru", title="Пленарное заседание")
    (entry,) = events_of(served(client, f"/ru/events/{event.slug}/event.ics")[1]).values()
    assert str(entry["SUMMARY"]) == "Пленарное заседание"


def test_the_feeds_query_counts(client, council, serbia, django_assert_num_queries):
    place = factories.make_place("Vienna", state=serbia)
    events = [factories.make_event(series=council, place=place) for _ in range(5)]
    with django_assert_num_queries(3):
        assert client.get("/events/calendar.ics").status_code == 200
    with django_assert_num_queries(4):
        assert client.get(f"/events/{events[0].slug}/event.ics").status_code == 200


def test_the_zone_covers_the_years_of_the_events(client, council):
    start = datetime(2040, 7, 2, 10, tzinfo=ZoneInfo("Europe/Vienna"))
    event = factories.make_event("Summer 2040", series=council, start=start)
    _, calendar = served(client, f"/events/{event.slug}/event.ics")
    (zone,) = calendar.walk("VTIMEZONE")
    summers = [part for part in zone.walk("DAYLIGHT") if part.decoded("dtstart").year == 2040]
    assert summers  # the change to summer time of 2040 is there
    assert zone.to_tz().utcoffset(datetime(2040, 7, 2, 10)) == timedelta(hours=2)
