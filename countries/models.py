from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import languages
from core.translations import TranslatableModel, TranslatableQuerySet, Translation

ALPHABETICAL = Coalesce(NullIf("sort_name", models.Value("")), "name")


class ParticipatingStateQuerySet(TranslatableQuerySet):
    def participating(self):
        return self.filter(kind=ParticipatingState.Kind.PARTICIPATING)

    def partners(self):
        return self.exclude(kind=ParticipatingState.Kind.PARTICIPATING)


class ParticipatingState(TranslatableModel):
    """A participating State of the OSCE, or one of its Partners for Co-operation.

    Its name and description are translated (ParticipatingStateTranslation); the sort name and
    other names serve the English list and search only (each language sorts its own names).
    """

    translated_fields = ("name", "slug", "description")

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
        return self.reverse_in_language("countries:detail", kwargs={"slug": self.url_slug})

    @property
    def is_partner(self):
        return self.kind != self.Kind.PARTICIPATING


class ParticipatingStateTranslation(Translation):
    """A State's name and page in another language."""

    item = models.ForeignKey(
        ParticipatingState,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("participating State or Partner"),
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
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
                fields=["item", "language"], name="countries_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="countries_translated_slug_unique",
            ),
        ]


class ChairpersonshipQuerySet(models.QuerySet):
    def with_state_names(self, language):
        """The chairing States with their translations in `language`, for a page in it to name
        them in it (`|in_page_language`; in English they are named already)."""
        if language == languages.SOURCE_LANGUAGE:
            return self
        rows = ParticipatingStateTranslation.objects.filter(language=language)
        return self.prefetch_related(models.Prefetch("state__translations", queryset=rows))

    def for_year(self, year):
        return self.select_related("state").filter(year=year).first()

    def current(self):
        """The Chairpersonship of this calendar year in the site's time zone, if entered."""
        return self.for_year(timezone.localdate().year)

    def by_tense(self):
        """(past, current, coming): the Chairpersonships before, of and after this calendar year
        in the site's time zone, each list in year order; current is None if not entered."""
        this_year = timezone.localdate().year
        chairs = list(self.order_by("year"))
        return (
            [chair for chair in chairs if chair.year < this_year],
            next((chair for chair in chairs if chair.year == this_year), None),
            [chair for chair in chairs if chair.year > this_year],
        )


class Chairpersonship(models.Model):
    """Which participating State chairs the OSCE in a given year.

    A State that has since ceased to exist (Czechoslovakia, 1992) is no participating State of
    today: such a year names it in `former_state` and links to no State's page.
    """

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    state = models.ForeignKey(
        ParticipatingState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="chairpersonships",
        limit_choices_to={"kind": ParticipatingState.Kind.PARTICIPATING},
        verbose_name=_("participating State"),
        help_text=_("Empty only for a State that no longer exists: give its name below."),
    )
    former_state = models.CharField(
        _("former State"),
        max_length=100,
        blank=True,
        help_text=_(
            "The name of a chairing State that no longer exists, as it was then, e.g. "
            "'Czechoslovakia'. Leave empty when the State is chosen above."
        ),
    )
    chairperson = models.CharField(
        _("Chairperson-in-Office"),
        max_length=150,
        blank=True,
        help_text=_(
            "Usually the chairing State's foreign minister. Where the office changed hands "
            "during the year, name each in order, e.g. 'A, then B'. Empty where not known."
        ),
    )

    objects = ChairpersonshipQuerySet.as_manager()

    class Meta:
        verbose_name = _("Chairpersonship")
        verbose_name_plural = _("Chairpersonships")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(state__isnull=False, former_state="")
                    | (models.Q(state__isnull=True) & ~models.Q(former_state=""))
                ),
                name="chairpersonship_state_or_former_state",
            )
        ]

    def __str__(self):
        return f"{self.state_name} – OSCE Chairpersonship {self.year}"

    def clean(self):
        if self.state_id is not None and self.former_state:
            raise ValidationError(
                {"former_state": _("Choose the State or name a former State, not both.")}
            )
        if self.state_id is None and not self.former_state:
            raise ValidationError(
                {"state": _("Choose the chairing State, or name a former State below.")}
            )

    @property
    def state_name(self):
        """The chairing State's name: today's participating State, or the former State."""
        return self.state.name if self.state_id is not None else self.former_state
