"""Projects: initiatives on the ground, run by an operation or an institution and funded by
participating States or other organisations.

A project is translatable (core.translations: its title, address, summary, text and its
photograph's caption and alt text) and under the editorial workflow (core.workflow): public in
English while its workflow says so, in another language while it is public and has a
translation there, with no fallback. Its own status (planned, ongoing, completed) is the
project's on the ground, not its page's: it is called `phase` here so as not to be confused
with the workflow's `status`.

Its photograph, like a press release's, stays out of the public media until the project is
public (core.media): projects.views.project_media is its only way out.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core import languages
from core.html import SanitizedHTMLField
from core.images import PhotoField
from core.media import ProtectedStorage
from core.models import CaptionedPhoto, Stamped
from core.scopes import scope_of
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from core.workflow import Workflow, WorkflowQuerySet, expires_after_publication, public_now


class ProjectQuerySet(TranslatableQuerySet, WorkflowQuerySet):
    def published(self, language=None):
        """What the public may see (in `language`; None: in English): everything public goes
        through this. In another language, the projects public in English with a translation
        there."""
        projects = self.public_by_own_rule()
        if language is None or language == languages.SOURCE_LANGUAGE:
            return projects
        return projects.in_language(language)

    def visible_to(self, user):
        """The projects `user` may see and change in the admin: all of them, unless an
        editorial scope limits the user to some structures: then those they run."""
        sources = scope_of(user)
        if sources is None:
            return self
        return self.from_source(*sources)

    def from_source(self, *sources):
        links = Project.sources.through.objects.filter(
            project=models.OuterRef("pk"), structure__in=sources
        )
        return self.filter(models.Exists(links))

    def in_field(self, *fields):
        links = Project.fields_of_work.through.objects.filter(
            project=models.OuterRef("pk"), fieldofwork__in=fields
        )
        return self.filter(models.Exists(links))

    def funded_by(self, state):
        links = Project.funding_states.through.objects.filter(
            project=models.OuterRef("pk"), participatingstate=state
        )
        return self.filter(models.Exists(links))

    def in_year(self, year):
        """The projects under way at some time in `year`: begun by its end, not ended before
        it."""
        return self.filter(starts_on__year__lte=year).filter(
            models.Q(ends_on__isnull=True) | models.Q(ends_on__year__gte=year)
        )


class Project(TranslatableModel, Workflow, Stamped, CaptionedPhoto):
    translated_fields = ("title", "slug", "summary", "body", "photo_caption", "photo_alt")
    name_fields = ("title",)

    class Phase(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    class Currency(models.TextChoices):
        EUR = "EUR", _("euro")
        USD = "USD", _("US dollar")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The project's address: /projects/<slug>/."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("What the project does, in one or two sentences, for lists and search."),
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    sources = models.ManyToManyField(
        "structures.Structure",
        related_name="projects",
        verbose_name=_("run by"),
        help_text=_("The field operations or institutions that run the project."),
    )
    fields_of_work = models.ManyToManyField(
        "fields.FieldOfWork",
        blank=True,
        related_name="projects",
        verbose_name=_("fields of work"),
        help_text=_("The project is listed on these fields of work's pages."),
    )
    funding_states = models.ManyToManyField(
        "countries.ParticipatingState",
        blank=True,
        related_name="funded_projects",
        verbose_name=_("funded by participating States"),
    )
    other_funders = models.TextField(
        _("other funders"),
        blank=True,
        help_text=_("Organisations that fund the project, other than States: one name a line."),
    )
    phase = models.CharField(
        _("project status"),
        max_length=10,
        choices=Phase,
        default=Phase.ONGOING,
        db_index=True,
        help_text=_("Where the project stands on the ground (not whether its page is public)."),
    )
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty while the end is not set.")
    )
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only where the budget is public. Leave empty otherwise."),
    )
    budget_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency, default=Currency.EUR
    )
    # Not in the public media: the photograph and its renditions are served by
    # projects.views.project_media, only while the project is public (see core.media).
    photo = PhotoField(
        _("photograph"),
        blank=True,
        db_index=True,  # that view finds the project by its photograph's name
        storage=ProtectedStorage("projects:media"),
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_is_link_preview = True

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-starts_on", "-id"]
        indexes = [
            models.Index(fields=["-starts_on", "-id"], name="project_newest_idx"),
        ]
        constraints = [
            expires_after_publication("project_expires_after_publication"),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="project_ends_after_it_starts",
                violation_error_message=_("A project cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(budget__isnull=True) | models.Q(budget__gte=0),
                name="project_budget_not_negative",
                violation_error_message=_("A budget cannot be negative."),
            ),
        ]
        permissions = [
            ("publish_project", _("Can publish, schedule, unpublish and archive projects")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.reverse_in_language("projects:detail", kwargs={"slug": self.url_slug})

    def is_public_in_source(self):
        return self.is_published

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A project cannot end before it starts.")})
        if self.budget is not None and self.budget < 0:
            raise ValidationError({"budget": _("A budget cannot be negative.")})

    @property
    def other_funder_names(self):
        return [name.strip() for name in self.other_funders.splitlines() if name.strip()]


class ProjectTranslation(Translation):
    """A project's texts in another language: public while the project is."""

    item = models.ForeignKey(
        Project,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("project"),
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
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="projects_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="projects_translated_slug_unique",
            ),
        ]

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photograph for screen readers.")})

    def is_public(self):
        return self.item.is_published

    @classmethod
    def public_rows(cls):
        return cls._default_manager.filter(public_now(prefix="item__"))
