from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core import languages
from core.html import SanitizedHTMLField
from core.images import PhotoField
from core.models import CaptionedPhoto
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from structures.models import Structure, StructureQuerySet, StructureTranslation


class FieldOperationQuerySet(StructureQuerySet):
    def active(self):
        return self.filter(status=FieldOperation.Status.ACTIVE)

    def closed(self):
        return self.filter(status=FieldOperation.Status.CLOSED)

    def in_language(self, language):
        """The operations whose page exists in `language`: named in it (their structure's
        translation) and with their page's texts translated (FieldOperationTranslation)."""
        if language == languages.SOURCE_LANGUAGE:
            return self
        pages = FieldOperationTranslation.objects.filter(
            item=models.OuterRef("pk"), language=language
        )
        return super().in_language(language).filter(models.Exists(pages))

    def with_translations(self, language=None):
        """Their names' and their pages' translations (of `language`, or all)."""
        if language == languages.SOURCE_LANGUAGE:
            return self
        pages = FieldOperationTranslation.objects.all()
        if language is not None:
            pages = pages.filter(language=language)
        return (
            super()
            .with_translations(language)
            .prefetch_related(models.Prefetch("page_translations", queryset=pages))
        )


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

    page_fields = ("tagline", "our_work_intro")

    def page_translation(self, language):
        """Its page's own texts in `language` (FieldOperationTranslation), or None."""
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "page_translations" in cache:
            rows = cache["page_translations"]
            return next((row for row in rows if row.language == language), None)
        return self.page_translations.filter(language=language).first()

    def is_public_translation(self, row):
        """Its page exists in a language with its names there (`row`, its structure's
        translation) and its page's texts: a name alone names it on other pages."""
        return super().is_public_translation(row) and bool(self.page_translation(row.language))

    def _shown_with(self, row):
        shown = super()._shown_with(row)
        page = self.page_translation(row.language)
        for name in self.page_fields:
            setattr(shown, name, getattr(page, name))
        return shown

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


class FieldOperationTranslation(Translation):
    """An operation's page in another language: the texts of its own. Its names and
    description are its structure's (structures.StructureTranslation); its "Our work" sections
    and gallery captions have translations of their own."""

    item = models.ForeignKey(
        FieldOperation,
        on_delete=models.CASCADE,
        related_name="page_translations",
        verbose_name=_("field operation"),
    )
    tagline = models.CharField(_("one-line description"), max_length=300, blank=True)
    our_work_intro = models.CharField(_("'Our work' strap line"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="missions_one_page_translation_per_language"
            ),
        ]

    @classmethod
    def source_fields(cls):
        return list(FieldOperation.page_fields)

    def is_public(self):
        """Its texts are on the public page in its language once the operation is named in it
        too: the rule of the operation's page (`FieldOperation.is_public_translation`)."""
        return self.item.is_public_in(self.language)

    @classmethod
    def public_rows(cls):
        names = StructureTranslation.public_rows().filter(
            item=models.OuterRef("item"), language=models.OuterRef("language")
        )
        return cls._default_manager.filter(models.Exists(names))


def dated(day, year_only):
    if day is None:
        return ""
    return date_format(day, "Y" if year_only else "DATE_FORMAT")


class WorkSection(TranslatableModel, CaptionedPhoto):
    """A thematic section of an operation's "Our work" page (Democratization, Media, ...)."""

    translated_fields = ("title", "strapline", "text", "photo_caption", "photo_alt")
    name_fields = ("title",)

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

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("'Our work' section")
        verbose_name_plural = _("'Our work' sections")
        ordering = ["operation", "position", "id"]
        indexes = [models.Index(fields=["operation", "position"], name="section_order_idx")]

    def __str__(self):
        return self.title


class GalleryPhoto(TranslatableModel, CaptionedPhoto):
    """A photograph of an operation's gallery ("... in pictures"), in the editors' order."""

    translated_fields = ("photo_caption", "photo_alt")
    name_fields = ()

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

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("gallery photograph")
        verbose_name_plural = _("gallery photographs")
        ordering = ["operation", "position", "id"]
        indexes = [models.Index(fields=["operation", "position"], name="gallery_order_idx")]

    def __str__(self):
        return self.photo_caption or self.photo_alt


class WorkSectionTranslation(Translation):
    """An "Our work" section in another language (its photograph and fields are shared)."""

    item = models.ForeignKey(
        WorkSection,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("'Our work' section"),
    )
    title = models.CharField(_("title"), max_length=150)
    strapline = models.CharField(_("strap line"), max_length=300, blank=True)
    text = SanitizedHTMLField(_("text"), blank=True)
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="missions_one_section_translation_per_language"
            ),
        ]

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photograph for screen readers.")})


class GalleryPhotoTranslation(Translation):
    """A gallery photograph's caption and alt text in another language."""

    item = models.ForeignKey(
        GalleryPhoto,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("gallery photograph"),
    )
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="missions_one_photo_translation_per_language"
            ),
        ]
