from django.db import models
from django.utils.translation import gettext_lazy as _

from core.html import SanitizedHTMLField
from core.translations import TranslatableModel, TranslatableQuerySet, Translation


class FieldOfWork(TranslatableModel):
    """One of the OSCE's fields of work (Elections, Media freedom and development, ...)."""

    translated_fields = (
        "name",
        "slug",
        "summary",
        "challenge",
        "commitment",
        "commitment_source",
        "action",
        "teams_intro",
        "institutions_text",
        "operations_text",
    )

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Two or three sentences opening the page.")
    )
    challenge = SanitizedHTMLField(_("our challenge"), blank=True)
    commitment = models.TextField(
        _("quoted commitment"),
        blank=True,
        help_text=_("An OSCE commitment quoted under 'Our challenge', without quotation marks."),
    )
    commitment_source = models.CharField(
        _("source of the commitment"),
        max_length=200,
        blank=True,
        help_text=_("e.g. '1990 Copenhagen Document, paragraph 7'."),
    )
    action = SanitizedHTMLField(_("our action"), blank=True)
    teams_intro = models.TextField(_("'Our teams' introduction"), blank=True)
    institutions_text = SanitizedHTMLField(_("our institutions and offices"), blank=True)
    institutions = models.ManyToManyField(
        "structures.Structure",
        blank=True,
        related_name="institution_for_fields",
        verbose_name=_("institutions and offices"),
        limit_choices_to=~models.Q(kind="field_operation"),
    )
    operations_text = SanitizedHTMLField(_("our operations on the ground"), blank=True)
    operations = models.ManyToManyField(
        "missions.FieldOperation",
        blank=True,
        related_name="fields_of_work",
        verbose_name=_("operations on the ground"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("field of work")
        verbose_name_plural = _("fields of work")
        ordering = ["name"]
        permissions = [
            ("change_facts_fieldofwork", _("Can change the name and address of fields of work"))
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.reverse_in_language("fields:detail", kwargs={"slug": self.url_slug})


class FieldOfWorkTranslation(Translation):
    """A field of work's page in another language."""

    item = models.ForeignKey(
        FieldOfWork,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("field of work"),
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        allow_unicode=True,
        help_text=_("Leave empty to keep the English address under the language's prefix."),
    )
    summary = models.TextField(_("summary"), blank=True)
    challenge = SanitizedHTMLField(_("our challenge"), blank=True)
    commitment = models.TextField(_("quoted commitment"), blank=True)
    commitment_source = models.CharField(_("source of the commitment"), max_length=200, blank=True)
    action = SanitizedHTMLField(_("our action"), blank=True)
    teams_intro = models.TextField(_("'Our teams' introduction"), blank=True)
    institutions_text = SanitizedHTMLField(_("our institutions and offices"), blank=True)
    operations_text = SanitizedHTMLField(_("our operations on the ground"), blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="fields_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="fields_translated_slug_unique",
            ),
        ]

    def is_public(self):
        """A field of work's page exists in a language once its summary is translated: a row
        with only the name (loaded from the reference names) names the field on other pages
        in that language (`named_in()`) but is no page."""
        return bool(self.summary)

    @classmethod
    def public_rows(cls):
        return super().public_rows().exclude(summary="")


class ResourceLink(models.Model):
    """An editor's link from a field of work to a resource elsewhere on the web (a partner's
    handbook, a study others published), listed on the field's page after the site's own items
    of its category: its projects, publications and stories come from the data (the projects,
    publications and news apps), these from the editors."""

    class Category(models.TextChoices):
        PROJECTS = "projects", _("Projects")
        REPORTS = "reports", _("Studies and reports")
        MANUALS = "manuals", _("Manuals and guides")
        STORIES = "stories", _("OSCE stories")

    field_of_work = models.ForeignKey(
        FieldOfWork, on_delete=models.CASCADE, related_name="links", verbose_name=_("field of work")
    )
    category = models.CharField(_("category"), max_length=20, choices=Category)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)
    description = models.CharField(_("description"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("related publication or story")
        verbose_name_plural = _("related publications and stories")
        ordering = ["field_of_work", "category", "position", "id"]

    def __str__(self):
        return self.title
