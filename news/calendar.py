"""The editorial calendar: what goes live, is embargoed, was published or expires, by day."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import groupby

from django import forms
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from structures.models import Structure

from .models import PressRelease

CALENDAR_SPAN = timedelta(days=28)


class CalendarForm(forms.Form):
    start = forms.DateField(required=False, input_formats=["%Y-%m-%d"])

    def first_day(self):
        """The Monday of the week asked for, or of last week (so recent publications show)."""
        day = self.cleaned_data.get("start") if self.is_valid() else None
        day = day or timezone.localdate() - timedelta(days=7)
        if not date(1900, 1, 1) <= day <= date(9000, 1, 1):
            day = timezone.localdate()
        return day - timedelta(days=day.weekday())


@dataclass
class Event:
    at: datetime
    release: PressRelease
    expiry: bool = False

    @property
    def label(self):
        if self.expiry:
            return _("Expires") if self.at > timezone.now() else _("Expired")
        return self.release.state_label


def calendar_days(releases, first_day):
    """[(day, [Event, ...]), ...] for the days of the span that have something on them."""
    start = timezone.make_aware(datetime.combine(first_day, time.min))
    end = start + CALENDAR_SPAN
    in_span = releases.exclude(status=PressRelease.Status.DRAFT).filter(
        Q(published_at__gte=start, published_at__lt=end)
        | Q(expires_at__gte=start, expires_at__lt=end)
    )
    in_span = in_span.defer("body", "search_vector", "search_rank_vector").prefetch_related(
        Prefetch("sources", queryset=Structure.objects.only("name"), to_attr="listed_sources")
    )
    events = []
    for release in in_span.order_by():
        if start <= release.published_at < end:
            events.append(Event(release.published_at, release))
        if release.expires_at and start <= release.expires_at < end:
            events.append(Event(release.expires_at, release, expiry=True))
    events.sort(key=lambda event: event.at)
    return [
        (day, list(day_events))
        for day, day_events in groupby(events, key=lambda event: timezone.localdate(event.at))
    ]


def embargoed_after(releases, first_day, limit=20):
    """Scheduled releases further ahead than the span shown, soonest first."""
    end = timezone.make_aware(datetime.combine(first_day, time.min)) + CALENDAR_SPAN
    return list(
        releases.filter(status=PressRelease.Status.SCHEDULED, published_at__gte=end)
        .only("title", "published_at")
        .order_by("published_at")[:limit]
    )
