from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ALPHABETICAL = Coalesce(NullIf("sort_name", models.Value("")), "name")


class ParticipatingStateQuerySet(models.QuerySet):
    def participating(self):
        return self.filter(kind=ParticipatingState.Kind.PARTICIPATING)

    def partners(self):
        return self.exclude(kind=ParticipatingState.Kind.PARTICIPATING)


class ParticipatingState(models.Model):
    """A participating State of the OSCE, or one of its Partners for Co-operation."""

    class Kind(models.TextChoices):
        PARTICIPATING = "participating", _("Participating State")
        ASIAN_PARTNER = "asian_partner", _("Asian Partner for Co-operation")
        MEDITERRANEAN_PARTNER = "mediterranean_partner", _("Mediterranean Partner for Co-operation")

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("The State's address on the site. Changing it redirects the old address."),
    )
    sort_name = models.CharField(
        _("sort name"),
        max_length=100,
        blank=True,
        help_text=_("Only where the list order differs from the name, e.g. 'Netherlands'."),
    )
    code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        help_text=_("Two-letter ISO 3166-1 code, e.g. 'CZ'."),
    )
    kind = models.CharField(
        _("membership"), max_length=30, choices=Kind, default=Kind.PARTICIPATING
    )
    other_names = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_(
            "Former, formal or common names the State is also known by, separated by "
            "semicolons, e.g. 'Czech Republic' for Czechia. The site search finds it by them."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ParticipatingStateQuerySet.as_manager()

    class Meta:
        verbose_name = _("participating State or Partner")
        verbose_name_plural = _("participating States and Partners")
        ordering = [ALPHABETICAL]
        indexes = [models.Index(ALPHABETICAL, name="state_alphabetical_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("countries:detail", kwargs={"slug": self.slug})

    @property
    def is_partner(self):
        return self.kind != self.Kind.PARTICIPATING


class ChairpersonshipQuerySet(models.QuerySet):
    def for_year(self, year):
        return self.select_related("state").filter(year=year).first()

    def current(self):
        """The Chairpersonship of this calendar year in the site's time zone, if entered."""
        return self.for_year(timezone.localdate().year)


class Chairpersonship(models.Model):
    """Which participating State chairs the OSCE in a given year."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    state = models.ForeignKey(
        ParticipatingState,
        on_delete=models.PROTECT,
        related_name="chairpersonships",
        limit_choices_to={"kind": ParticipatingState.Kind.PARTICIPATING},
        verbose_name=_("participating State"),
    )
    chairperson = models.CharField(
        _("Chairperson-in-Office"),
        max_length=150,
        blank=True,
        help_text=_("Usually the chairing State's foreign minister."),
    )

    objects = ChairpersonshipQuerySet.as_manager()

    class Meta:
        verbose_name = _("Chairpersonship")
        verbose_name_plural = _("Chairpersonships")
        ordering = ["-year"]

    def __str__(self):
        return f"{self.state} – OSCE Chairpersonship {self.year}"
