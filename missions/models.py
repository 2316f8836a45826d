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
    # The decision that gave the operation its mandate: reference facts, as its dates are; what
    # the mandate is, said in a few lines, is the page's text.
    mandate_decision = models.CharField(
        _("mandate decision"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Permanent Council Decision No. 401'. Empty where it is not known."),
    )
    mandate_date = models.DateField(_("mandate decision taken on"), null=True, blank=True)
    mandate_text = models.TextField(
        _("mandate"), blank=True, help_text=_("What the mandate is, in a few lines.")
    )
    contact_address = models.TextField(_("postal address"), blank=True)
    contact_telephone = models.CharField(_("telephone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)

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

    page_fields = ("tagline", "our_work_intro", "mandate_text")

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

    @property
    def has_contact(self):
        return bool(self.contact_address or self.contact_telephone or self.contact_email)

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
    mandate_text = models.TextField(_("mandate"), blank=True)

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


class GalleryPhotoQuerySet(TranslatableQuerySet):
    def of_operation_page(self):
        """The photographs of operations' own galleries, not of their departments'."""
        return self.filter(department=None)


class GalleryPhoto(TranslatableModel, CaptionedPhoto):
    """A photograph of an operation's gallery ("... in pictures"), or of one of its departments'
    galleries, in the editors' order.

    A department's photograph is its operation's content too (`operation` is always set): the
    editorial scope, the translation board's sources and the site search read it there.
    """

    translated_fields = ("photo_caption", "photo_alt")
    name_fields = ()

    operation = models.ForeignKey(
        FieldOperation,
        on_delete=models.CASCADE,
        related_name="gallery",
        verbose_name=_("field operation"),
    )
    department = models.ForeignKey(
        "Department",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="gallery",
        verbose_name=_("department"),
        help_text=_("Empty: the photograph is in the gallery of the operation's own page."),
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

    objects = GalleryPhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("gallery photograph")
        verbose_name_plural = _("gallery photographs")
        ordering = ["operation", "position", "id"]
        indexes = [models.Index(fields=["operation", "position"], name="gallery_order_idx")]

    def __str__(self):
        return self.photo_caption or self.photo_alt

    def save(self, *args, **kwargs):
        # A department's photograph is always its operation's (see the class's docstring), by
        # whatever path it is saved: the department's gallery inline sets no operation.
        if self.department_id is not None:
            self.operation_id = self.department.operation_id
        super().save(*args, **kwargs)


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


class DepartmentQuerySet(TranslatableQuerySet):
    def published(self):
        """What the public may see: everything public goes through this."""
        return self.filter(is_published=True)

    def in_language(self, language):
        """The published departments whose page exists in `language` (DepartmentTranslation)."""
        return super().in_language(language).published()


class Department(TranslatableModel):
    """A department of a field operation (the Mission to Serbia's Democratization Department),
    with a page of its own under the operation's: an introduction, ordered sub-sections, a
    gallery, its fields of work and their latest news from the operation.

    Public once an editor publishes it (`is_published`), whatever the operation's status: a
    closed operation's page stays public, and so do its departments'. In another language, its
    page exists where it is published, translated (DepartmentTranslation), and its operation's
    page exists in that language too: the department's address and breadcrumbs are under it.
    """

    translated_fields = ("title", "slug", "intro", "gallery_title")
    name_fields = ("title",)

    operation = models.ForeignKey(
        FieldOperation,
        on_delete=models.CASCADE,
        related_name="departments",
        verbose_name=_("field operation"),
    )
    title = models.CharField(_("title"), max_length=150, help_text=_("E.g. 'Democratization'."))
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        help_text=_("Its address under the operation's: /field-operations/<operation>/<slug>/."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    gallery_title = models.CharField(
        _("gallery title"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Democratization activities in pictures'."),
    )
    fields_of_work = models.ManyToManyField(
        "fields.FieldOfWork",
        blank=True,
        related_name="departments",
        verbose_name=_("related fields of work"),
        help_text=_("Its page lists the operation's latest news in these fields."),
    )
    work_section = models.OneToOneField(
        WorkSection,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="department",
        verbose_name=_("'Our work' section"),
        help_text=_("The section of the operation's page that links to this department."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["operation", "title"]
        indexes = [models.Index(fields=["operation", "title"], name="department_order_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["operation", "slug"], name="missions_department_slug_per_operation"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.work_section_id and self.work_section.operation_id != self.operation_id:
            raise ValidationError(
                {"work_section": _("Choose a section of the department's own operation.")}
            )

    def get_absolute_url(self):
        operation = self.operation
        if operation.shown_language != self.shown_language:
            # Under its operation's address in the same language (its page exists there).
            operation = operation.in_language(self.shown_language) or operation
        return self.reverse_in_language(
            "missions:department", kwargs={"operation": operation.url_slug, "slug": self.url_slug}
        )

    def is_public_in_source(self):
        return self.is_published


class DepartmentTranslation(Translation):
    """A department's page in another language: its own texts (its sub-sections and gallery
    photographs have translations of their own)."""

    item = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("department"),
    )
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        allow_unicode=True,
        help_text=_("Leave empty to keep the English address under the language's prefix."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    gallery_title = models.CharField(_("gallery title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="missions_one_department_translation_per_language"
            ),
        ]

    def is_public(self):
        """Shown where the department is published and its operation's page exists in the
        language (`public_rows` says the same in the database)."""
        return self.item.is_published and self.item.operation.is_public_in(self.language)

    @classmethod
    def public_rows(cls):
        pages = FieldOperationTranslation.public_rows().filter(
            item=models.OuterRef("item__operation"), language=models.OuterRef("language")
        )
        return cls._default_manager.filter(item__is_published=True).filter(models.Exists(pages))

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        if not self.slug or not self.item_id or (exclude and "slug" in exclude):
            return
        # The address is the operation's and the slug: unique among its departments.
        taken = DepartmentTranslation.objects.filter(
            language=self.language, slug=self.slug, item__operation=self.item.operation_id
        ).exclude(item=self.item_id)
        if taken.exists():
            raise ValidationError({"slug": _("Another item already has this address.")})


class DepartmentSection(TranslatableModel, CaptionedPhoto):
    """A sub-section of a department's page (Democratic governance, Human rights, ...)."""

    translated_fields = ("title", "text", "photo_caption", "photo_alt")
    name_fields = ("title",)

    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="sections",
        verbose_name=_("department"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=150)
    text = SanitizedHTMLField(_("text"), blank=True)

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("department sub-section")
        verbose_name_plural = _("department sub-sections")
        ordering = ["department", "position", "id"]
        indexes = [
            models.Index(fields=["department", "position"], name="department_section_order_idx")
        ]

    def __str__(self):
        return self.title


class DepartmentSectionTranslation(Translation):
    """A department's sub-section in another language (its photograph is shared)."""

    item = models.ForeignKey(
        DepartmentSection,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("department sub-section"),
    )
    title = models.CharField(_("title"), max_length=150)
    text = SanitizedHTMLField(_("text"), blank=True)
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"],
                name="missions_one_department_section_translation_per_language",
            ),
        ]

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photograph for screen readers.")})
