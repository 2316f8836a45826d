"""Meetings and conferences in the admin: the series (renamed and reordered by editors, which
retires the cached menus: events.receivers), and the events, with their translations inline,
under the workflow (core.workflow_admin) and with revisions (core.admin.GuardedVersionAdmin).

An event's start and end are typed in the event's own time zone (EventAdminForm): 10:00 in an
event in Asia/Almaty is 10:00 there, whatever the editor's zone. For an all-day event only the
dates count: the end field holds the last day, stored as midnight after it.

Mission staff (an editorial scope, core.scopes) see and change the events their operation
organises, and add their own: an event they save keeps one of their structures among its
organisers and gains none outside their scope. They look at the series but do not change them.
"""

from datetime import UTC, datetime, time

from django import forms
from django.contrib import admin
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    ScopedBySourcesAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
)
from core.workflow_admin import SourcesScopedWorkflowForm, VisibilityFilter, WorkflowAdminMixin
from news.models import PressRelease
from publications.models import Publication

from .models import Event, EventSeries, EventSeriesTranslation, EventTranslation, whole_days


def in_zone(wall, zone):
    """The wall-clock time `wall` (naive) as that time in `zone`, or None where the clocks skip
    it there (the hour lost when daylight saving time begins)."""
    wall = wall.replace(fold=0)
    aware = timezone.make_aware(wall, zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        return None
    return aware


class WallTimeField(forms.SplitDateTimeField):
    """A date and a time kept as typed (naive): the event's zone, not the admin's, is applied
    in the form's clean(), so that a time the admin's zone skips is not refused for an event
    elsewhere."""

    def compress(self, data_list):
        if data_list and data_list[0] is not None and data_list[1] is not None:
            return datetime.combine(*data_list)
        return super().compress(data_list)


class EventAdminForm(SourcesScopedWorkflowForm):
    scope_relation = "organisers"
    keep_one_message = _("Keep one of the structures of your editorial scope among the organisers.")

    class Meta:
        model = Event
        fields = "__all__"
        field_classes = {"start": WallTimeField, "end": WallTimeField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.instance
        if self.user is not None:
            # Documents and news: what the user may see (published, or in their scope), and
            # what the event links to already (kept, not added).
            for name, model in (("documents", Publication), ("related_news", PressRelease)):
                if name not in self.fields:
                    continue
                allowed = model.objects.visible_to(self.user) | model.objects.published()
                if event.pk:
                    linked = getattr(event, name).values("pk")
                    allowed = allowed | model.objects.filter(pk__in=linked)
                self.fields[name].queryset = allowed
        if event.pk and event.zone:
            # Shown as the wall-clock times of the event's zone (naive: no conversion on show).
            self.initial["start"] = event.local_start.replace(tzinfo=None)
            end = datetime.combine(event.last_day, time(0)) if event.all_day else None
            self.initial["end"] = end or event.local_end.replace(tzinfo=None)

    def clean(self):
        data = super().clean()
        zone = self.zone_of(data)
        start, end = data.get("start"), data.get("end")
        if zone is None or (data.get("all_day") and (start is None or end is None)):
            # The wall times (naive) mean nothing without their zone: the event keeps its own.
            data.pop("start", None)
            data.pop("end", None)
            return data
        if data.get("all_day"):
            if end.date() < start.date():
                self.add_error("end", _("The last day cannot come before the first."))
                data.pop("start", None)
                return data
            data["start"], data["end"] = whole_days(start.date(), end.date(), zone)
        else:
            for name, value in (("start", start), ("end", end)):
                if value is None:
                    continue
                aware = in_zone(value, zone)
                if aware is None:
                    message = _("This time does not exist in the event's zone: the clocks skip it.")
                    self.add_error(name, message)
                else:
                    data[name] = aware
        self.instance.start, self.instance.end = data.get("start"), data.get("end")
        return data

    def zone_of(self, data):
        self.instance.time_zone = data.get("time_zone") or ""
        self.instance.__dict__.pop("zone", None)
        return self.instance.zone if "time_zone" not in self.errors else None


class EventTranslationInline(TranslationInline):
    model = EventTranslation
    fields = ["language", "title", "slug", "summary", "body"]


@admin.register(Event)
class EventAdmin(
    StampedAdminMixin,
    WorkflowAdminMixin,
    ScopedBySourcesAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
):
    form = EventAdminForm
    scope_relation = "organisers"
    list_display = ["title", "series", "local_start", "time_zone", "event_status", "publication"]
    list_filter = [VisibilityFilter, "event_status", "series", "all_day", "fields_of_work"]
    list_select_related = ["series"]
    search_fields = ["title", "slug", "summary", "venue"]
    autocomplete_name_fields = ["title"]
    date_hierarchy = "start"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = [
        "place",
        "organisers",
        "fields_of_work",
        "states",
        "related_news",
        "documents",
    ]
    readonly_fields = ["sequence"]
    inlines = [EventTranslationInline]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["series", "title", "slug", "opened_version"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (
            _("When and where"),
            {
                "fields": [
                    "event_status",
                    "time_zone",
                    "all_day",
                    "start",
                    "end",
                    "venue",
                    "place",
                    "livestream_url",
                ]
            },
        ),
        (_("The event"), {"fields": ["summary", "body"]}),
        (
            _("Who and what"),
            {"fields": ["organisers", "fields_of_work", "states", "related_news", "documents"]},
        ),
        (_("Calendars"), {"classes": ["collapse"], "fields": ["sequence"]}),
        StampedAdminMixin.stamp_fieldset,
    ]

    @admin.display(description=_("start"), ordering="start")
    def local_start(self, obj):
        """The start as the event's zone tells it, with the zone's abbreviation (CET, +05);
        an all-day event's first day."""
        if obj.all_day:
            return formats.localize(obj.first_day)
        shown = formats.localize(obj.local_start.replace(tzinfo=None))
        return format_html('<span class="nowrap">{} {}</span>', shown, obj.zone_abbreviation)


class EventSeriesTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = EventSeriesTranslation
    fields = ["language", "name", "slug", "description"]


@admin.register(EventSeries)
class EventSeriesAdmin(ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin):
    """The menu's series: renaming one keeps its old address (a redirect), reordering them
    reorders the menu."""

    list_display = ["name", "slug", "position", "updated_at"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [EventSeriesTranslationInline]
    fields = ["name", "slug", "description", "position"]
