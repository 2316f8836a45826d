"""Events as iCalendar (RFC 5545), made with the `icalendar` library, for standard clients.

- Each event is one VEVENT whose UID never changes (`event-<id>@EVENT_UID_DOMAIN`), and whose
  SEQUENCE is the event's `sequence`, raised on each change (events.models): a client that
  subscribed replaces its copy instead of adding a second.
- Timed events are written in their own zone (DTSTART;TZID=Asia/Almaty:...), and the calendar
  carries a VTIMEZONE for each zone it uses (`add_missing_timezones()`, over the years of its
  events), so a client shows the
  right hour across daylight saving time changes. All-day events are VALUE=DATE with the
  exclusive DTEND iCalendar expects (the day after the last).
- STATUS: CONFIRMED for a scheduled event, CANCELLED for a cancelled one (clients strike it or
  take it off). A postponed event has no status of its own in iCalendar: it is TENTATIVE, its
  title begins with "Postponed:" and its description says so, so that nobody travels to it;
  once its new dates are known an editor sets them and it is scheduled again (a new SEQUENCE).
"""

from datetime import timedelta

from django.conf import settings
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from core import languages
from core.translations import shown_or_source

PRODID = "-//OSCE//Meetings and conferences//EN"

STATUSES = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def calendar_of(events, request, *, name):
    """An iCalendar with a VEVENT for each of `events` (shown in the page's language)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    domain = settings.EVENT_UID_DOMAIN
    for event in events:
        calendar.add_component(calendar_event(event, request, domain))
    if events:
        # The zones' changes over the years the events run in (icalendar's default stops in
        # 2038): a client reads a 2040 summer meeting in summer time.
        first = min(event.first_day for event in events)
        last = max(event.last_day for event in events) + timedelta(days=1)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def calendar_event(event, request, domain):
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{domain}")
    entry.add("dtstamp", event.updated_at)
    entry.add("last-modified", event.updated_at)
    entry.add("sequence", event.sequence)
    title = event.title
    if event.is_postponed:
        title = gettext("Postponed: %(title)s") % {"title": title}
    elif event.is_cancelled:
        title = gettext("Cancelled: %(title)s") % {"title": title}
    entry.add("summary", title)
    if event.all_day:
        entry.add("dtstart", event.first_day)
        entry.add("dtend", event.local_end.date())  # midnight after the last day: exclusive
    else:
        entry.add("dtstart", event.local_start)
        entry.add("dtend", event.local_end)
    entry.add("status", STATUSES[event.event_status])
    url = request.build_absolute_uri(event.get_absolute_url())
    entry.add("url", url)
    if location := event_location(event):
        entry.add("location", location)
    description = [event.summary] if event.summary else []
    if event.is_postponed:
        notice = gettext("This meeting is postponed: its new dates are not known yet.")
        description.insert(0, notice)
    if event.livestream_url:
        description.append(gettext("Livestream: %(url)s") % {"url": event.livestream_url})
    description.append(url)
    entry.add("description", "\n\n".join(description))
    return entry


def event_location(event):
    """The venue, city and country, named in the page's language where they have a name in it."""
    language = languages.active()
    parts = [event.venue]
    if event.place:
        parts.append(shown_or_source(event.place, language).name)
        if event.place.state:
            parts.append(shown_or_source(event.place.state, language).name)
    return ", ".join(part for part in parts if part)


def calendar_response(calendar, filename):
    """`calendar` as a text/calendar download named `filename`."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = f"public, max-age={settings.EVENT_CALENDAR_CACHE_SECONDS}"
    return response
