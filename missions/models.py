from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.html import SanitizedHTMLField
from core.images import PhotoField
from core.models import CaptionedPhoto
from structures.models import Structure, StructureQuerySet


class FieldOperationQuerySet(StructureQuerySet):
    def active(self):
        return self.filter(status=FieldOperation.Status.ACTIVE)

    def closed(self):
        return self.filter(status=FieldOperation.Status.CLOSED)


class FieldOperation(Structure):
    """An OSCE field operation: a mission, presence, centre or office on the ground."""

    class OperationType(models.TextChoices):
        MISSION = "mission", _("Mission")
        PRESENCE = "presence", _("Presence")
        CENTRE = "centre", _("Centre")
        PROGRAMME_OFFICE = "programme_office", _("Programme office")
        PROJECT_COORDINATOR = "project_coordinator", _("Project co-ordinator")
        OFFICE = "office", _("Office")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    operation_type = models.CharField(_("type"), max_length=30, choices=OperationType)
    host_country = models.ForeignKey(
        "countries.ParticipatingState",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="field_operations",
        verbose_name=_("host country"),
    )
    headquarters = models.CharField(_("headquarters"), max_length=100, blank=True)
    established = models.DateField(_("established on"), null=True, blank=True)
    established_year_only = models.BooleanField(
        _("only the year of establishment is known"),
        default=False,
        help_text=_("The site then shows the year alone, not the day and month entered."),
    )
    closed = models.DateField(_("closed on"), null=True, blank=True)
    closed_year_only = models.BooleanField(
        _("only the year of closing is known"),
        default=False,
        help_text=_("The site then shows the year alone, not the day and month entered."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status,
        default=Status.ACTIVE,
        help_text=_("Closed operations are listed under 'Closed field activities'."),
    )
    tagline = models.CharField(
        _("one-line description"),
        max_length=300,
        blank=True,
        help_text=_("Shown in lists of operations, e.g. on a field of work's page."),
    )
    our_work_intro = models.CharField(
        _("'Our work' strap line"),
        max_length=300,
        blank=True,
        help_text=_("One line above the thematic sections of the operation's page."),
    )

    objects = FieldOperationQuerySet.as_manager()

    class Meta:
        verbose_name = _("field operation")
        verbose_name_plural = _("field operations")
        ordering = ["position", "name"]
        permissions = [
            (
                "change_facts_fieldoperation",
                _(
                    "Can change the reference facts of field operations (name, address, type, "
                    "position, host country, headquarters, dates, status)"
                ),
            )
        ]

    @property
    def is_closed(self):
        return self.status == self.Status.CLOSED

    @property
    def established_text(self):
        """When it was established as the site writes it in the active language: '18 April 1996',
        or '1992' where only the year is known; empty when not known."""
        return dated(self.established, self.established_year_only)

    @property
    def closed_text(self):
        """When it closed, written as `established_text` is."""
        return dated(self.closed, self.closed_year_only)

    def save(self, *args, **kwargs):
        # A field operation is always a structure of that kind: the invariant the sources of
        # press releases and every link to an operation rely on.
        self.kind = Structure.Kind.FIELD_OPERATION
        super().save(*args, **kwargs)


def dated(day, year_only):
    if day is None:
        return ""
    return date_format(day, "Y" if year_only else "DATE_FORMAT")


class WorkSection(CaptionedPhoto):
    """A thematic section of an operation's "Our work" page (Democratization, Media, ...)."""

    operation = models.ForeignKey(
        FieldOperation,
        on_delete=models.CASCADE,
        related_name="sections",
        verbose_name=_("field operation"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=150)
    strapline = models.CharField(_("strap line"), max_length=300, blank=True)
    text = SanitizedHTMLField(_("text"), blank=True)
    fields_of_work = models.ManyToManyField(
        "fields.FieldOfWork",
        blank=True,
        related_name="work_sections",
        verbose_name=_("related fields of work"),
    )

    class Meta:
        verbose_name = _("'Our work' section")
        verbose_name_plural = _("'Our work' sections")
        ordering = ["operation", "position", "id"]
        indexes = [models.Index(fields=["operation", "position"], name="section_order_idx")]

    def __str__(self):
        return self.title


class GalleryPhoto(CaptionedPhoto):
    """A photograph of an operation's gallery ("... in pictures"), in the editors' order."""

    operation = models.ForeignKey(
        FieldOperation,
        on_delete=models.CASCADE,
        related_name="gallery",
        verbose_name=_("field operation"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # In a gallery the photograph is the point: it and its alt text are required.
    photo = PhotoField(
        _("photograph"),
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_alt = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )

    class Meta:
        verbose_name = _("gallery photograph")
        verbose_name_plural = _("gallery photographs")
        ordering = ["operation", "position", "id"]
        indexes = [models.Index(fields=["operation", "position"], name="gallery_order_idx")]

    def __str__(self):
        return self.photo_caption or self.photo_alt
