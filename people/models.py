"""The people who lead the OSCE, the positions they hold and their appointments.

A `Position` (Secretary General, Head of the Mission to Serbia, Chairperson-in-Office) belongs to
exactly one structure: a field operation is a structure too (missions.FieldOperation extends
structures.Structure), so one ForeignKey ties a position to a body or an operation alike. An
`Appointment` says who held a position from which day to which (the last day included; none
while they hold it), and whether they acted ad interim.

One position has at most one appointment at any date. `Appointment.clean()` says so in words,
on every backend, before any write (the admin's forms and its inlines); on PostgreSQL the
database holds it too, whatever the write path: an exclusion constraint on the appointment's
date range and its position (core.constraints, with the btree_gist extension the migration
installs).

The Chairperson-in-Office is one position, of the Chairpersonship (the structure), with one
appointment per holder: each year's Chairpersonship (countries.Chairpersonship) is chaired by
the appointments of its year (`AppointmentQuerySet.chairing()`), and a release of the
Chairpersonship names whoever held the office on its date (`chairperson_in_office()`). One
position rather than one per year, so that the constraint also holds across years: there is
never more than one Chairperson-in-Office on a day.

Names, biographies and titles are translated (core.translations): a person's page exists in a
language once their biography is translated (a row with only their name, loaded with the
reference names, names them there without making a page of it), and a position is named in a
language where it has a title in it, else in English, marked as such.
"""

import datetime

from django.contrib.postgres.fields import RangeOperators
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.constraints import DateRange, PostgresOnlyExclusionConstraint
from core.html import SanitizedHTMLField
from core.models import CaptionedPhoto
from core.translations import TranslatableModel, TranslatableQuerySet, Translation


class PersonQuerySet(TranslatableQuerySet):
    pass


class Person(TranslatableModel, CaptionedPhoto):
    """Someone who holds or held a position: their name, portrait and biography."""

    translated_fields = ("name", "slug", "biography", "photo_alt", "photo_caption")

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("As the person is named in public, e.g. 'Ann Linde'."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_("The person's address on the site. Changing it redirects the old address."),
    )
    biography = SanitizedHTMLField(_("biography"), blank=True)
    nationality = models.ForeignKey(
        "countries.ParticipatingState",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="nationals",
        verbose_name=_("nationality"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="person_name_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.reverse_in_language("people:detail", kwargs={"slug": self.url_slug})


class PersonTranslation(Translation):
    """A person's name and biography in another language."""

    item = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="translations", verbose_name=_("person")
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        allow_unicode=True,
        help_text=_("Leave empty to keep the English address under the language's prefix."),
    )
    biography = SanitizedHTMLField(_("biography"), blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="people_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~Q(slug=""),
                name="people_translated_slug_unique",
            ),
        ]

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the portrait for screen readers.")})

    def is_public(self):
        # A name alone names the person on other pages; their page exists in the language once
        # the biography is translated (or where there is none to translate).
        return bool(self.biography) or not self.item.biography

    @classmethod
    def public_rows(cls):
        return cls._default_manager.filter(~Q(biography="") | Q(item__biography=""))


class PositionQuerySet(TranslatableQuerySet):
    def leadership(self):
        return self.filter(leadership=True)

    def with_holders(self, on=None):
        """Each position with `holders`: its appointments on `on` (today), with their person
        (one at most: a list, for a template to loop over)."""
        current = Appointment.objects.on(on).select_related("person")
        return self.prefetch_related(
            models.Prefetch("appointments", queryset=current, to_attr="holders")
        )


class Position(TranslatableModel):
    """An office of the OSCE that one person holds at a time."""

    translated_fields = ("title",)
    name_fields = ("title",)

    class Kind(models.TextChoices):
        CHAIRPERSON_IN_OFFICE = "chairperson_in_office", _("Chairperson-in-Office")
        SECRETARY_GENERAL = "secretary_general", _("Secretary General")
        HEAD_OF_INSTITUTION = "head_of_institution", _("Head of an institution")
        HEAD_OF_MISSION = "head_of_mission", _("Head of a field operation")
        OTHER = "other", _("Other")

    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'Head of the OSCE Mission to Serbia'.")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind, default=Kind.OTHER)
    structure = models.ForeignKey(
        "structures.Structure",
        on_delete=models.PROTECT,
        related_name="positions",
        verbose_name=_("structure or field operation"),
        help_text=_("The body or field operation the position belongs to."),
    )
    leadership = models.BooleanField(
        _("listed under Leadership"),
        default=False,
        help_text=_("Shown, with its current holder, on the Leadership page."),
    )
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Order on the Leadership page (lowest first).")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("an office someone holds", "position")
        verbose_name_plural = pgettext_lazy("offices people hold", "positions")
        ordering = ["position", "title"]
        indexes = [models.Index(fields=["position", "title"], name="position_order_idx")]
        constraints = [
            # The Chairperson-in-Office is one position, whose appointments are each year's
            # chairs (AppointmentQuerySet.chairs_in_office): a second would name a second chair.
            models.UniqueConstraint(
                fields=["kind"],
                condition=models.Q(kind="chairperson_in_office"),
                name="people_one_chairperson_in_office_position",
                violation_error_message=_("There is one Chairperson-in-Office position already."),
            ),
        ]

    def __str__(self):
        return self.title


class PositionTranslation(Translation):
    """A position's title in another language."""

    item = models.ForeignKey(
        Position,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=pgettext_lazy("an office someone holds", "position"),
    )
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="positions_one_translation_per_language"
            )
        ]


class AppointmentQuerySet(models.QuerySet):
    def on(self, day=None):
        """The appointments held on `day` (a date; today in the site's time zone)."""
        day = day or timezone.localdate()
        return self.filter(Q(end__isnull=True) | Q(end__gte=day), start__lte=day)

    def overlapping(self, start, end):
        """The appointments held on any day from `start` to `end` (None: with no end)."""
        queryset = self.filter(Q(end__isnull=True) | Q(end__gte=start))
        return queryset if end is None else queryset.filter(start__lte=end)

    def chairs_in_office(self):
        return self.filter(position__kind=Position.Kind.CHAIRPERSON_IN_OFFICE)

    def chairing(self, year):
        """The Chairpersons-in-Office of `year`'s Chairpersonship, in order."""
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        return self.chairs_in_office().overlapping(first, last).order_by("start")


class Appointment(models.Model):
    """Who held a position, from which day to which."""

    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("person")
    )
    position = models.ForeignKey(
        Position,
        on_delete=models.PROTECT,
        related_name="appointments",
        verbose_name=pgettext_lazy("an office someone holds", "position"),
    )
    start = models.DateField(_("from"), help_text=_("The first day in office."))
    end = models.DateField(
        _("until"),
        null=True,
        blank=True,
        help_text=_("The last day in office. Empty while they hold it."),
    )
    acting = models.BooleanField(
        _("acting"), default=False, help_text=_("Holds the position ad interim.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        ordering = ["-start"]
        indexes = [models.Index(fields=["position", "-start"], name="appointment_position_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="appointment_ends_after_start",
            ),
            PostgresOnlyExclusionConstraint(
                name="one_holder_per_position_at_a_time",
                expressions=[
                    (DateRange("start", "end"), RangeOperators.OVERLAPS),
                    ("position", RangeOperators.EQUAL),
                ],
                violation_error_message=_(
                    "The position already has a holder on some of these dates."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.person} – {self.position}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The last day in office comes before the first.")})
        if self.position_id is None or self.start is None:
            return
        others = Appointment.objects.filter(position=self.position_id).exclude(pk=self.pk)
        clash = others.overlapping(self.start, self.end).select_related("person").first()
        if clash is not None:
            raise ValidationError(overlap_error(clash))

    def is_current(self, day=None):
        day = day or timezone.localdate()
        return self.start <= day and (self.end is None or self.end >= day)


def overlap_error(clash):
    """What an editor reads when an appointment's dates clash with `clash`'s."""
    names = {"person": clash.person, "start": date_format(clash.start)}
    if clash.end is None:
        message = _(
            "The position already has a holder on some of these dates: %(person)s, since "
            "%(start)s. One position has one holder at a time: end that appointment first."
        )
    else:
        names["end"] = date_format(clash.end)
        message = _(
            "The position already has a holder on some of these dates: %(person)s, from "
            "%(start)s to %(end)s. One position has one holder at a time: end that appointment "
            "first."
        )
    return message % names


def chairperson_in_office(day):
    """The appointment of the Chairperson-in-Office on `day`, with its person, or None."""
    return Appointment.objects.chairs_in_office().on(day).select_related("person").first()
