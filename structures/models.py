from django.db import models
from django.utils.translation import gettext_lazy as _

from core.translations import TranslatableModel, TranslatableQuerySet, Translation


class StructureQuerySet(TranslatableQuerySet):
    def field_operations(self):
        return self.filter(kind=Structure.Kind.FIELD_OPERATION)

    def exclude_field_operations(self):
        return self.exclude(kind=Structure.Kind.FIELD_OPERATION)

    def top_level(self):
        return self.filter(parent__isnull=True)


class Structure(TranslatableModel):
    """A body of the OSCE that can speak for it: the Chairpersonship, the Secretariat and its
    units, the institutions, the Parliamentary Assembly, and every field operation.

    Field operations are stored as `missions.FieldOperation`, which extends this model, so that a
    press release's sources are one list whatever kind of body issued it; an operation's names
    in other languages are its structure's translations (StructureTranslation).
    """

    translated_fields = ("name", "full_name", "slug", "description")
    name_fields = ("name", "full_name")

    class Kind(models.TextChoices):
        CHAIRPERSONSHIP = "chairpersonship", _("Chairpersonship")
        SECRETARIAT = "secretariat", _("Secretariat")
        SECRETARIAT_UNIT = "secretariat_unit", _("Secretariat unit")
        INSTITUTION = "institution", _("Institution")
        PARLIAMENTARY_ASSEMBLY = "parliamentary_assembly", _("Parliamentary Assembly")
        OTHER_BODY = "other_body", _("Other body")
        FIELD_OPERATION = "field_operation", _("Field operation")

    name = models.CharField(
        _("name"),
        max_length=200,
        unique=True,
        help_text=_("As in the site navigation, e.g. 'Mission to Serbia'."),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=250,
        blank=True,
        help_text=_(
            "As credited on press releases, e.g. 'OSCE Mission to Serbia'. Empty: the name."
        ),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to=~models.Q(kind="field_operation"),
        verbose_name=_("part of"),
        help_text=_("For example, the Secretariat for one of its units."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order within menus and lists (lowest first).")
    )
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = StructureQuerySet.as_manager()

    class Meta:
        verbose_name = _("structure or institution")
        verbose_name_plural = _("structures and institutions")
        ordering = ["position", "name"]
        indexes = [models.Index(fields=["position", "name"], name="structure_order_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        if self.kind == self.Kind.FIELD_OPERATION:
            return self.reverse_in_language("missions:detail", kwargs={"slug": self.url_slug})
        return self.reverse_in_language("structures:detail", kwargs={"slug": self.url_slug})

    @property
    def display_name(self):
        return self.full_name or self.name


class StructureTranslation(Translation):
    """A structure's (or a field operation's) names and description in another language."""

    item = models.ForeignKey(
        Structure,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("structure or institution"),
    )
    name = models.CharField(_("name"), max_length=200)
    full_name = models.CharField(
        _("full name"), max_length=250, blank=True, help_text=_("Empty: the name.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
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
                fields=["item", "language"], name="structures_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="structures_translated_slug_unique",
            ),
        ]
