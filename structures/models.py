from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class StructureQuerySet(models.QuerySet):
    def field_operations(self):
        return self.filter(kind=Structure.Kind.FIELD_OPERATION)

    def exclude_field_operations(self):
        return self.exclude(kind=Structure.Kind.FIELD_OPERATION)

    def top_level(self):
        return self.filter(parent__isnull=True)


class Structure(models.Model):
    """A body of the OSCE that can speak for it: the Chairpersonship, the Secretariat and its
    units, the institutions, the Parliamentary Assembly, and every field operation.

    Field operations are stored as `missions.FieldOperation`, which extends this model, so that a
    press release's sources are one list whatever kind of body issued it.
    """

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
            return reverse("missions:detail", kwargs={"slug": self.slug})
        return reverse("structures:detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return self.full_name or self.name
