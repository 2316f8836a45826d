"""Meetings and conferences: the series of the "Meetings and conferences" menu (EventSeries)
and the events in them (Event).

A series is reference data an editor may rename and reorder (its name, address, description and
position): renaming one is one change in the admin, and its old address, like an old slug in a
filter's query string, is remembered (core.redirects, in events.apps) and sent on with a 301.
A series exists in another language where it has a translation there (core.translations).

An event is translatable (title, address, summary, body) and under the editorial workflow
(core.workflow): public in English while its workflow says so, and in another language while it
is public and has a translation there. Its times are stored in UTC and shown in the event's own
time zone (`time_zone`, a zoneinfo name): a meeting in Astana at 10:00 is at 10:00 Astana time
on every page and in every calendar. An all-day event (`all_day`) runs from midnight of its first
day to midnight after its last day in that zone, so that its dates stay whole whatever daylight
saving time does in between (a day may last 23 or 25 hours); pages and calendars show it by its
dates only, and iCalendar gets the exclusive end date it expects.

`sequence` counts the changes of an event for iCalendar's SEQUENCE: every save of an event (or
of one of its translations) raises it, by any write path, so a calendar client that subscribed
replaces its copy. A raw save (a revision's revert or recover, a fixture) passes no save(): it
is caught before it is stored (`raise_sequence_on_raw_save`, in events.receivers), so that an
old version's SEQUENCE and LAST-MODIFIED never come back with it.
"""

import zoneinfo
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core import languages
from core.html import SanitizedHTMLField
from core.models import Stamped
from core.scopes import scope_of
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from core.workflow import Workflow, WorkflowQuerySet, expires_after_publication, public_now

DEFAULT_TIME_ZONE = "Europe/Vienna"


def validate_time_zone(value):
    """A time zone name zoneinfo knows ("Europe/Vienna"), else a form error."""
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name, such as Europe/Vienna."),
            code="invalid_time_zone",
            params={"value": value[:60]},
        )


class EventSeriesQuerySet(TranslatableQuerySet):
    pass


class EventSeries(TranslatableModel):
    """One category of the "Meetings and conferences" menu (the Ministerial Council meetings),
    in the editors' order."""

    translated_fields = ("name", "slug", "description")

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_(
            "The series' address: /events/series/<slug>/. Changing it redirects the old address."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the meetings of this series are, in a few sentences, for its page."),
    )
    position = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("The series' place in the menu: lower comes first.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EventSeriesQuerySet.as_manager()

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")
        ordering = ["position", "name"]
        indexes = [models.Index(fields=["position", "name"], name="eventseries_order_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.reverse_in_language("events:series", kwargs={"slug": self.url_slug})


class EventSeriesTranslation(Translation):
    item = models.ForeignKey(
        EventSeries,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("event series"),
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        allow_unicode=True,
        help_text=_("Leave empty to keep the English address under the language's prefix."),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="events_series_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="events_series_translated_slug_unique",
            ),
        ]


class EventQuerySet(TranslatableQuerySet, WorkflowQuerySet):
    def published(self, language=None):
        """What the public may see (in `language`; None: in English): everything public goes
        through this. In another language, the events public in English with a translation
        there."""
        events = self.public_by_own_rule()
        if language is None or language == languages.SOURCE_LANGUAGE:
            return events
        return events.in_language(language)

    def visible_to(self, user):
        """The events `user` may see and change in the admin: all, unless an editorial scope
        limits the user to some structures: then those they organise."""
        organisers = scope_of(user)
        if organisers is None:
            return self
        return self.organised_by(*organisers)

    def organised_by(self, *structures):
        links = Event.organisers.through.objects.filter(
            event=models.OuterRef("pk"), structure__in=structures
        )
        return self.filter(models.Exists(links))

    def in_field(self, *fields):
        links = Event.fields_of_work.through.objects.filter(
            event=models.OuterRef("pk"), fieldofwork__in=fields
        )
        return self.filter(models.Exists(links))

    def in_state(self, state):
        """Events held in `state` (their place's) or concerning it (their States)."""
        links = Event.states.through.objects.filter(
            event=models.OuterRef("pk"), participatingstate=state
        )
        return self.filter(models.Q(place__state=state) | models.Exists(links))

    def in_year(self, year):
        """Events running on any day of `year` by their own calendar (their first and last
        day in their zone: an all-day meeting in Vienna on 1 January is of that year)."""
        return self.filter(
            local_first_day__lte=date(year, 12, 31), local_last_day__gte=date(year, 1, 1)
        )

    def upcoming(self, now=None):
        """Not over yet (under way or to come), soonest first."""
        return self.filter(end__gt=now or timezone.now()).order_by("start", "id")

    def past(self, now=None):
        """Over, newest first."""
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-id")


class Event(TranslatableModel, Workflow, Stamped):
    translated_fields = ("title", "slug", "summary", "body")
    name_fields = ("title",)

    class EventStatus(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    series = models.ForeignKey(
        EventSeries,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("series"),
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The event's address: /events/<slug>/."),
    )
    start = models.DateTimeField(_("start"), help_text=_("In the event's own time zone (below)."))
    end = models.DateTimeField(
        _("end"),
        help_text=_(
            "In the event's own time zone. For an all-day event, the last day (its time is "
            "not used)."
        ),
    )
    all_day = models.BooleanField(
        _("all-day event"),
        default=False,
        help_text=_("Shown and sent to calendars by its dates only, without times."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the event takes place, as a zone name: Europe/Vienna, Asia/Almaty."),
    )
    event_status = models.CharField(
        _("event status"),
        max_length=10,
        choices=EventStatus,
        default=EventStatus.SCHEDULED,
        db_index=True,
        help_text=_(
            "Shown on its page and sent to calendars: a cancelled event is removed from them, a "
            "postponed one marked tentative."
        ),
    )
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("The building: the Hofburg.")
    )
    place = models.ForeignKey(
        "news.Place",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("place"),
        help_text=_("The city, with its country (the newsroom's places)."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the meeting is about, in a sentence or two.")
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    livestream_url = models.URLField(
        _("livestream link"),
        blank=True,
        help_text=_("Where the public may watch it live, if anywhere."),
    )
    organisers = models.ManyToManyField(
        "structures.Structure",
        related_name="events",
        verbose_name=_("organised by"),
        help_text=_("The structures or field operations that organise it."),
    )
    fields_of_work = models.ManyToManyField(
        "fields.FieldOfWork", blank=True, related_name="events", verbose_name=_("fields of work")
    )
    states = models.ManyToManyField(
        "countries.ParticipatingState",
        blank=True,
        related_name="events",
        verbose_name=_("related States"),
    )
    related_news = models.ManyToManyField(
        "news.PressRelease",
        blank=True,
        related_name="events",
        verbose_name=_("related news"),
    )
    documents = models.ManyToManyField(
        "publications.Publication",
        blank=True,
        related_name="events",
        verbose_name=_("documents"),
        help_text=_("Its agenda, journal, decisions and speeches, from the library."),
    )
    local_first_day = models.DateField(
        _("first day"),
        null=True,
        editable=False,
        help_text=_("The first day in the event's zone (set from the start, for the filters)."),
    )
    local_last_day = models.DateField(
        _("last day"),
        null=True,
        editable=False,
        help_text=_("The last day in the event's zone (set from the end, for the filters)."),
    )
    sequence = models.PositiveIntegerField(
        _("revision number"),
        default=0,
        editable=False,
        help_text=_("Raised on every change, for calendars (iCalendar's SEQUENCE)."),
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start", "-id"]
        indexes = [
            models.Index(fields=["-start", "-id"], name="event_newest_idx"),
            models.Index(fields=["end", "start"], name="event_end_idx"),
        ]
        constraints = [
            expires_after_publication("event_expires_after_publication"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="event_ends_after_start"
            ),
        ]
        permissions = [
            ("publish_event", _("Can publish, schedule, unpublish and archive events")),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Every change of a stored event raises its `sequence` (for calendars' copies), and
        its local days follow its times."""
        self.set_local_days()
        if self.pk is not None and not kwargs.get("force_insert"):
            self.sequence = (self.sequence or 0) + 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields,
                    "sequence",
                    "local_first_day",
                    "local_last_day",
                }
        super().save(*args, **kwargs)

    def set_local_days(self):
        """`local_first_day` and `local_last_day` from the start and end in the zone (by every
        save: save(), and a raw save's receiver)."""
        self.__dict__.pop("zone", None)
        if self.start and self.end and self.zone:
            self.local_first_day, self.local_last_day = self.first_day, self.last_day

    def clean(self):
        super().clean()
        if self.time_zone:
            try:
                validate_time_zone(self.time_zone)
            except ValidationError as error:
                raise ValidationError({"time_zone": error}) from None
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})
        if self.all_day and self.start and self.end and self.zone:
            for name in ("start", "end"):
                if timezone.localtime(getattr(self, name), self.zone).time() != time(0):
                    raise ValidationError(
                        {name: _("An all-day event starts and ends at midnight in its zone.")}
                    )

    def get_absolute_url(self):
        return self.reverse_in_language("events:detail", kwargs={"slug": self.url_slug})

    def is_public_in_source(self):
        return self.is_published

    # Times, in the event's zone ------------------------------------------------------------

    @cached_property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def first_day(self):
        return self.local_start.date()

    @property
    def last_day(self):
        """The last day the event runs on: for an all-day event, the day before its end."""
        end = self.local_end
        if self.all_day:
            return (end - timedelta(days=1)).date()
        return end.date()

    @property
    def zone_abbreviation(self):
        """The zone's name at the start ("CET", "CEST", "+05")."""
        return self.local_start.tzname()

    def is_upcoming(self, now=None):
        return self.end > (now or timezone.now())

    @property
    def is_cancelled(self):
        return self.event_status == self.EventStatus.CANCELLED

    @property
    def is_postponed(self):
        return self.event_status == self.EventStatus.POSTPONED


def raise_sequence_on_raw_save(instance):
    """Before a raw save of `instance` (a revert stores an old version as it was): a SEQUENCE
    above both the stored one and the version's, and now as its last change."""
    instance.set_local_days()
    stored = Event.objects.filter(pk=instance.pk).values_list("sequence", flat=True).first()
    instance.sequence = max(stored or 0, instance.sequence or 0) + 1
    instance.updated_at = timezone.now()


def whole_days(first, last, zone):
    """(start, end) of an all-day event from its `first` to its `last` day in `zone`: midnight
    of the first, and midnight after the last (the exclusive end)."""
    start = timezone.make_aware(datetime.combine(first, time(0)), zone)
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time(0)), zone)
    return start, end


class EventTranslation(Translation):
    """An event's title, address, summary and body in another language: public while the event
    is."""

    item = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="translations", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        blank=True,
        allow_unicode=True,
        help_text=_("Leave empty to keep the English address under the language's prefix."),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = SanitizedHTMLField(_("body"), blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="events_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="events_translated_slug_unique",
            ),
        ]

    def save(self, *args, **kwargs):
        """A translation's change is the event's too, in the calendars of its language."""
        super().save(*args, **kwargs)
        Event.objects.filter(pk=self.item_id).update(
            sequence=models.F("sequence") + 1, updated_at=timezone.now()
        )

    def is_public(self):
        return self.item.is_published

    @classmethod
    def public_rows(cls):
        return cls._default_manager.filter(public_now(prefix="item__"))
