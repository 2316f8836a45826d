"""Editable pages: a tree of pages (About us, Our history...), each with ordered sections.

The tree is django-treebeard's materialised path (MP_Node): each page's `path` holds its
ancestors' (four characters a level), so a page's ancestors, children and subtree are each one
indexed query, and moving a subtree is a few UPDATE statements whatever its size. A page's
address is the path of its slugs from the top (`/about-us/our-history/`): computed from the tree,
never stored, so it cannot go stale; two pages under the same parent cannot share a slug (a
unique index on the parent's path and the slug). Pages are at most MAX_DEPTH levels deep, which
keeps addresses short and lets every rule on ancestors be a few index lookups
(`lineage_condition()`).

A page is public when it is public by its own workflow (core.workflow) and so is every page
above it: taking a page off the site takes its subtree off with it, and scheduling a section's
top page schedules it whole. In another language, when moreover it and every page above it
have a translation public there by its own workflow (no fallback: an address in Russian is a
path of Russian pages). A page's translated address is the path of its and its ancestors'
translated slugs (the English slug where a translation keeps it).

A page may belong to a field operation (`operation`, or the nearest page above it that has
one): mission staff, whose editorial scope names that operation, edit it and the pages under
it, and nothing else (pages.admin).

Sections (PageSection) are the page's body, in the editors' order: rich text, a captioned
photograph, a quotation with its source, a list of links, a call-out, or structures drawn from
the structures' data. In another language a section shows its translation's texts
(PageSectionTranslation); one with texts but no translation is left out of that language's
page, as an operation's untranslated "Our work" sections are (never English inside a Russian
page); one with nothing to translate (the structures' overview) is shown in every language.
"""

import functools
import operator

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models, transaction
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from core import cache, languages, menus
from core.changes import after_commit
from core.html import SanitizedHTMLField
from core.models import CaptionedPhoto, Stamped
from core.scopes import scope_of
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from core.workflow import Workflow, WorkflowQuerySet, expires_after_publication, public_now

# Characters of `path` per level (treebeard's default) and the deepest level a page may be at.
STEPLEN = 4
MAX_DEPTH = 8


def lineage_condition():
    """Q on pages inside a subquery: the pages of the outer page's lineage (the page itself and
    its ancestors), whose paths begin the outer page's. One equality per level, so each is a
    lookup in the unique index on `path`."""
    condition = models.Q(pk__in=[])
    for depth in range(1, MAX_DEPTH + 1):
        condition |= models.Q(path=Substr(models.OuterRef("path"), 1, STEPLEN * depth))
    return condition


def hidden_condition(language, now):
    """Q on pages: not public by their own workflow, or (in another language) without a
    translation public there by its own."""
    hidden = ~public_now(now)
    if language is not None and language != languages.SOURCE_LANGUAGE:
        versions = PageTranslation.objects.public_by_own_rule(now).filter(
            item=models.OuterRef("pk"), language=language
        )
        hidden |= ~models.Exists(versions)
    return hidden


class PageQuerySet(TranslatableQuerySet, WorkflowQuerySet, MP_NodeQuerySet):
    def published(self, language=None):
        """What the public may see (in `language`; None: in English): pages public by their own
        workflow whose ancestors are too, and in another language with a public translation
        there for each of them (see the module). Everything public goes through this."""
        now = timezone.now()
        hidden = Page.objects.filter(lineage_condition()).filter(hidden_condition(language, now))
        return self.filter(~models.Exists(hidden))

    def in_language(self, language):
        """The pages that exist in `language`: those published in it."""
        return self.published(language)

    def with_operation(self):
        """Each page with `scope_operation_id`: its own operation, else the nearest one above
        it (None where no page of its lineage has one)."""
        nearest = (
            Page.objects.filter(lineage_condition(), operation__isnull=False)
            .order_by("-depth")
            .values("operation")[:1]
        )
        return self.annotate(scope_operation_id=models.Subquery(nearest))

    def under_operations(self, operation_ids):
        """The pages that belong to one of the operations of `operation_ids`."""
        return self.with_operation().filter(scope_operation_id__in=operation_ids)

    def visible_to(self, user):
        """The pages `user` may see and change in the admin: all of them, unless an editorial
        scope limits the user to some structures (core.scopes): then the pages of those that
        are field operations."""
        sources = scope_of(user)
        if sources is None:
            return self
        return self.under_operations([source.pk for source in sources])

    def under(self, pages):
        """The pages under any of `pages` (their descendants), `pages` themselves left out."""
        pages = list(pages)
        condition = models.Q(pk__in=[])
        for page in pages:
            condition |= models.Q(path__startswith=page.path, depth__gt=page.depth)
        return self.filter(condition).exclude(pk__in=[page.pk for page in pages])

    def children_of(self, page):
        return self.filter(path__startswith=page.path, depth=page.depth + 1)


class PageManager(MP_NodeManager.from_queryset(PageQuerySet)):
    """Treebeard's manager (add, move), with the pages' QuerySet. Every move goes through
    `move()` (the admin's drag and drop and move form, a shell): it refuses a place where the
    subtree's addresses would not work and redirects their old ones (pages.addresses)."""

    def get_queryset(self):
        return PageQuerySet(self.model, using=self._db).order_by("path")

    def move(self, node, target, pos=None):
        from .addresses import addresses_kept, check_move  # it reads this module's models

        with transaction.atomic():
            check_move(node, target, pos)
            with addresses_kept(node):
                super().move(node, target, pos)
            # Their addresses, which the footer and the menus name (treebeard's updates send
            # no signal).
            after_commit(retire_footer)
            after_commit(retire_menus)


def retire_footer(_items=()):
    """Retire the footer's rendered copy, which names pages (pages.receivers)."""
    cache.content_changed(cache.FOOTER)


def retire_menus(_items=()):
    """Retire the navigation's rendered copy, which names pages (pages.receivers)."""
    cache.content_changed(cache.NAVIGATION)


class Page(TranslatableModel, Workflow, Stamped, MP_Node):
    translated_fields = ("title", "slug", "strapline", "summary")
    name_fields = ("title",)
    steplen = STEPLEN

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "The last part of the page's address, after its parent's. Changing it (or moving the "
            "page) redirects the old addresses of the page and of every page under it."
        ),
    )
    strapline = models.CharField(
        _("strap line"),
        max_length=300,
        blank=True,
        help_text=_("One line under the title."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences for lists of pages, search results and link previews."),
    )
    operation = models.ForeignKey(
        "missions.FieldOperation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="pages",
        verbose_name=_("field operation"),
        help_text=_(
            "A page of this operation: its mission staff edit it and the pages under it. Empty: "
            "the operation of the page above, if any."
        ),
    )

    objects = PageManager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(
                Substr("path", 1, (models.F("depth") - 1) * STEPLEN),
                "slug",
                name="page_slug_unique_among_siblings",
                violation_error_message=_("Another page under the same parent has this slug."),
            ),
            expires_after_publication("page_expires_after_publication"),
        ]
        permissions = [
            ("publish_page", _("Can publish, schedule, unpublish and archive pages")),
        ]

    def __str__(self):
        return self.title

    # The tree --------------------------------------------------------------------------------

    def lineage_paths(self):
        """The paths of the page's ancestors, from the top, and its own."""
        return [self.path[: STEPLEN * depth] for depth in range(1, self.depth + 1)]

    def lineage(self):
        """The page's ancestors from the top, then the page (read once, with their
        translations; a view or a list sets it beforehand with `attach_lineages()`)."""
        if getattr(self, "_lineage", None) is None:
            attach_lineages([self])
        return self._lineage

    def ancestors(self):
        return self.lineage()[:-1]

    # Addresses -------------------------------------------------------------------------------

    def slug_in(self, language):
        """The slug of the page's address in `language`: its translation's, or the English one
        where the translation keeps it (or there is none, for a preview's address)."""
        if language == languages.SOURCE_LANGUAGE:
            return self.slug
        row = self.translation(language)
        return row.slug if row is not None and row.slug else self.slug

    def address_in(self, language):
        """The page's address in `language`: the path of its lineage's slugs there."""
        path = "/".join(page.slug_in(language) for page in self.lineage())
        with translation.override(language):
            return reverse("pages:page", kwargs={"path": path})

    def get_absolute_url(self):
        return self.address_in(self.shown_language)

    # Who may see it --------------------------------------------------------------------------

    def is_public_in_source(self):
        """Public in English: it and every page above it, by their own workflows (the rule of
        `Page.objects.published()`)."""
        return all(page.is_published for page in self.lineage())

    def is_public_translation(self, row):
        """Public in `row`'s language (the rule of `Page.objects.published(language)`)."""
        if row is None or not row.is_published or not self.is_public_in_source():
            return False
        for page in self.ancestors():
            version = page.translation(row.language)
            if version is None or not version.is_published:
                return False
        return True


def attach_lineages(pages, language=None):
    """Read the lineages of `pages` in one query, with their translations (those of `language`,
    or all) in one more, and give each page its own (`Page.lineage()`)."""
    pages = list(pages)
    wanted = {path for page in pages for path in page.lineage_paths()[:-1]}
    found = {}
    if wanted:
        ancestors = Page.objects.filter(path__in=wanted).with_translations(language)
        found = {ancestor.path: ancestor for ancestor in ancestors}
    for page in pages:
        give_lineage(page, [*(found[path] for path in page.lineage_paths()[:-1]), page])
    return pages


def give_lineage(page, lineage):
    """Set `lineage` (the pages from the top down to `page`) as `page`'s, and each of its pages'
    beginning as theirs (a breadcrumb's address needs no query of its own)."""
    for depth, each in enumerate(lineage, start=1):
        each._lineage = lineage[:depth]


class PageTranslationQuerySet(WorkflowQuerySet):
    """`public_by_own_rule()`: translations public by their own status and times, whatever the
    pages'."""

    def published(self):
        """The translations the public may see: those of pages published in their language
        (`Page.objects.published(language)`), one condition per language."""
        condition = models.Q(pk__in=[])
        for code in languages.translation_codes():
            public = Page.objects.published(code).values("pk")
            condition |= models.Q(language=code, item__in=public)
        return self.filter(condition)


class PageTranslation(Workflow, Translation):
    """A page in another language, with a workflow of its own: its status, publication time and
    expiry say when this version is public (and only while the English page, and the pages
    above it in both languages, are)."""

    item = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="translations", verbose_name=_("page")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "Leave empty to keep the English slug. Changing it redirects the old addresses of "
            "this version and of those under it."
        ),
    )
    strapline = models.CharField(_("strap line"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    objects = PageTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="pages_one_translation_per_language"
            ),
            expires_after_publication("page_translation_expires_after_publication"),
        ]

    def __str__(self):
        return Translation.__str__(self)

    def is_public(self):
        """Public now (the rule of `PageTranslation.objects.published()`)."""
        return self.item.is_public_translation(self)

    @classmethod
    def public_rows(cls):
        return cls.objects.published()

    def validate_unique(self, exclude=None):
        """Its address must be its own: no sibling's version in the same language has the same
        slug (a translation's slug need not differ from other pages' English slugs elsewhere,
        as a release's must: a page's address is its parents' and its own)."""
        models.Model.validate_unique(self, exclude)
        if (exclude and "slug" in exclude) or not self.item_id:
            return
        page = self.item
        slug = self.slug or page.slug
        siblings = Page.objects.filter(
            path__startswith=page.path[:-STEPLEN], depth=page.depth
        ).exclude(pk=page.pk)
        for sibling in siblings.with_translations(self.language):
            if sibling.slug_in(self.language) == slug:
                raise ValidationError(
                    {"slug": _("Another page under the same parent has this slug.")}
                )
        if page.depth == 1:
            from .addresses import is_taken  # it reads this module's models

            if is_taken(slug, self.language):
                raise ValidationError(
                    {
                        "slug": _(
                            "“%(slug)s” is the address of another part of the site: choose "
                            "another slug."
                        )
                        % {"slug": slug}
                    }
                )


class PageSection(TranslatableModel, CaptionedPhoto):
    """A part of a page's body, at its position among the page's sections."""

    translated_fields = (
        "heading",
        "text",
        "quotation",
        "quotation_source",
        "photo_caption",
        "photo_alt",
    )
    name_fields = ("heading",)

    class Kind(models.TextChoices):
        TEXT = "text", _("Rich text")
        PHOTO = "photo", _("Captioned photograph")
        QUOTATION = "quotation", _("Quotation with its source")
        LINKS = "links", _("List of links")
        CALLOUT = "callout", _("Call-out")
        STRUCTURES = "structures", _("Structures (from the structures' data)")
        OVERVIEW = "overview", _("Organizational structure (all of it, from the data)")

    # What each kind shows, beside an optional heading (the admin's form asks for these).
    REQUIRED = {
        Kind.TEXT: ["text"],
        Kind.PHOTO: ["photo"],
        Kind.QUOTATION: ["quotation"],
        Kind.LINKS: ["text"],
        Kind.CALLOUT: ["text"],
        Kind.STRUCTURES: ["structures"],
        Kind.OVERVIEW: [],
    }

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.TEXT)
    heading = models.CharField(_("heading"), max_length=200, blank=True)
    text = SanitizedHTMLField(
        _("text"),
        blank=True,
        help_text=_(
            "The text of a rich-text section or a call-out; for a list of links, a bulleted "
            "list whose items are links."
        ),
    )
    quotation = models.TextField(_("quotation"), blank=True)
    quotation_source = models.CharField(
        _("source of the quotation"),
        max_length=300,
        blank=True,
        help_text=_("Who said or wrote it, and where: e.g. the document and its year."),
    )
    structures = models.ManyToManyField(
        "structures.Structure",
        blank=True,
        related_name="page_sections",
        verbose_name=_("structures"),
        help_text=_("For a structures section: each is shown with its description and page."),
    )

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["page", "position", "id"]
        indexes = [models.Index(fields=["page", "position"], name="page_section_order_idx")]

    def __str__(self):
        return self.heading or self.get_kind_display()

    def get_absolute_url(self):
        return self.page.get_absolute_url()

    def clean(self):
        super().clean()
        errors = {}
        for name in self.REQUIRED.get(self.kind, []):
            if name != "structures" and not getattr(self, name):
                errors[name] = _("A section of this kind needs this.")
        if self.kind == self.Kind.LINKS and self.text and "<a " not in self.text:
            errors["text"] = _("A list of links needs at least one link.")
        if errors:
            raise ValidationError(errors)

    @property
    def needs_translation(self):
        """Whether it has texts of its own to translate (an overview of the structures has
        none: it is drawn from their data, in every language)."""
        return any(getattr(self, name) for name in self.translated_fields)

    def in_language(self, language):
        if language != self.shown_language and not self.needs_translation:
            return self  # nothing of its own in any language: the same everywhere
        return super().in_language(language)


class PageSectionTranslation(Translation):
    """A section's texts in another language (its kind, photograph and structures are shared).
    It is shown while its page is public in that language."""

    item = models.ForeignKey(
        PageSection,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("section"),
    )
    heading = models.CharField(_("heading"), max_length=200, blank=True)
    text = SanitizedHTMLField(_("text"), blank=True)
    quotation = models.TextField(_("quotation"), blank=True)
    quotation_source = models.CharField(_("source of the quotation"), max_length=300, blank=True)
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="pages_one_section_translation_per_language"
            ),
        ]

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photograph for screen readers.")})


# The home page and the footer -------------------------------------------------------------------


class SingletonQuerySet(TranslatableQuerySet):
    def current(self):
        """The site's row (made by the migration that made the model), or None."""
        return self.order_by("pk").first()


class HomePage(TranslatableModel, Stamped):
    """The home page's editable parts: its lead story, its row of highlights (HomeHighlight)
    and two optional texts. One row for the site, made by its migration; the admin changes it
    and neither adds another nor deletes it.

    What it shows follows the public rule in each language (pages.views.HomeView): the lead
    story is the chosen release, else the chosen page, where it is public in the page's
    language; otherwise (none chosen, or a draft, an embargoed or an untranslated one) the
    newest release public in that language. A highlight is shown only where its item is public
    in the language; the texts only where they are translated into it (no English on a Russian
    page)."""

    translated_fields = ("strapline", "highlights_heading")
    name_fields = ("highlights_heading",)

    strapline = models.CharField(
        _("strap line"),
        max_length=300,
        blank=True,
        help_text=_("Optional: one line under the site's name, at the top of the home page."),
    )
    highlights_heading = models.CharField(
        _("heading of the highlights"),
        max_length=120,
        blank=True,
        help_text=_("Optional: a heading over the row of highlights (e.g. 'In focus')."),
    )
    lead_release = models.ForeignKey(
        "news.PressRelease",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead story: a press release"),
        help_text=_(
            "Shown first, with its photograph at full width. While it is not public (or not "
            "translated), the newest public release leads instead."
        ),
    )
    lead_page = models.ForeignKey(
        Page,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead story: a page"),
        help_text=_("Instead of a press release: a page leads the home page."),
    )

    objects = SingletonQuerySet.as_manager()

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(lead_release__isnull=True) | models.Q(lead_page__isnull=True),
                name="home_page_one_lead_story",
                violation_error_message=_("Choose a press release or a page, not both."),
            ),
        ]

    def __str__(self):
        return str(_("Home page"))

    def get_absolute_url(self):
        return reverse("pages:home")

    def clean(self):
        super().clean()
        if self.lead_release_id and self.lead_page_id:
            raise ValidationError(
                _("Choose a press release or a page as the lead story, not both.")
            )


class HomePageTranslation(Translation):
    item = models.ForeignKey(
        HomePage, on_delete=models.CASCADE, related_name="translations", verbose_name=_("home page")
    )
    strapline = models.CharField(_("strap line"), max_length=300, blank=True)
    highlights_heading = models.CharField(
        _("heading of the highlights"), max_length=120, blank=True
    )

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="pages_one_home_translation_per_language"
            ),
        ]


class HomeHighlight(models.Model):
    """One item of the home page's row of highlights: a press release, a page or a field
    operation (exactly one), at its position (lowest first)."""

    TARGETS = ("release", "page", "operation")

    home = models.ForeignKey(
        HomePage, on_delete=models.CASCADE, related_name="highlights", verbose_name=_("home page")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    release = models.ForeignKey(
        "news.PressRelease",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("press release"),
    )
    page = models.ForeignKey(
        Page,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
    )
    operation = models.ForeignKey(
        "missions.FieldOperation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("field operation"),
    )

    class Meta:
        verbose_name = _("highlight")
        verbose_name_plural = _("highlights")
        ordering = ["home", "position", "id"]
        indexes = [models.Index(fields=["home", "position"], name="home_highlight_order_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(release__isnull=False, page__isnull=True, operation__isnull=True)
                    | models.Q(release__isnull=True, page__isnull=False, operation__isnull=True)
                    | models.Q(release__isnull=True, page__isnull=True, operation__isnull=False)
                ),
                name="home_highlight_one_target",
                violation_error_message=_(
                    "Choose exactly one of a press release, a page or a field operation."
                ),
            ),
        ]

    def __str__(self):
        target = self.target_id()
        return f"{self.position}: {target[0]} {target[1]}" if target else str(self.position)

    def target_id(self):
        """(kind, id) of what it highlights, or None."""
        chosen = [(name, getattr(self, f"{name}_id")) for name in self.TARGETS]
        chosen = [(name, pk) for name, pk in chosen if pk is not None]
        return chosen[0] if len(chosen) == 1 else None

    def clean(self):
        super().clean()
        chosen = [name for name in self.TARGETS if getattr(self, f"{name}_id") is not None]
        if not chosen:
            raise ValidationError(
                _("Choose what to highlight: a press release, a page or a field operation."),
                code="no_target",
            )
        if len(chosen) > 1:
            raise ValidationError(
                _("Choose only one of a press release, a page or a field operation."),
                code="several_targets",
            )


class SiteFooter(Stamped):
    """The footer of every page: the contact details, and the links (FooterLink) to the
    contact page, the privacy notice, the accessibility statement and the social networks. One
    row for the site, made by its migration. Its rendered copy is cached with the page chrome
    and retired once any change of it commits (pages.receivers)."""

    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("One line each, as on an envelope; shown as written in every language."),
    )
    telephone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    objects = SingletonQuerySet.as_manager()

    class Meta:
        verbose_name = _("site footer")
        verbose_name_plural = _("site footer")

    def __str__(self):
        return str(_("Site footer"))

    def get_absolute_url(self):
        return reverse("pages:home")


def validate_link(value):
    """A web address (http or https), an address on this site ("/structures/secretariat/"),
    an e-mail (mailto:) or a telephone number (tel:)."""
    if value.startswith("/") and not value.startswith("//") and " " not in value:
        return
    if value.startswith(("mailto:", "tel:")) and ":" in value and value.split(":", 1)[1]:
        return
    URLValidator(schemes=["http", "https"])(value)


class FooterLink(TranslatableModel):
    """A link of the footer, in its group (`kind`), to an address or to a page, at its position.

    In another language it is shown only with its label translated there (or, for a page
    without a label of its own, the page's title there) and, for a page, where the page is
    public in it."""

    translated_fields = ("label",)
    name_fields = ("label",)

    class Kind(models.TextChoices):
        CONTACT = "contact", _("Contact")
        PRIVACY = "privacy", _("Privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        SOCIAL = "social", _("Social network")

    footer = models.ForeignKey(
        SiteFooter, on_delete=models.CASCADE, related_name="links", verbose_name=_("footer")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.CONTACT)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("The link's text (a social network's name). Empty for a page: its title."),
    )
    url = models.CharField(
        _("address"),
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text=_(
            "https://…, an address on this site (/…), mailto:… or tel:…; or choose a page instead."
        ),
    )
    page = models.ForeignKey(
        Page,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="footer_links",
        verbose_name=_("page"),
    )

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")
        ordering = ["footer", "position", "id"]
        indexes = [models.Index(fields=["footer", "position"], name="footer_link_order_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(url="") & models.Q(page__isnull=False))
                | (~models.Q(url="") & models.Q(page__isnull=True)),
                name="footer_link_url_or_page",
                violation_error_message=_("Give an address or choose a page, not both."),
            ),
        ]

    def __str__(self):
        return self.label or (self.page.title if self.page_id else self.url)

    def get_absolute_url(self):
        return self.url or self.page.get_absolute_url()

    def clean(self):
        super().clean()
        if bool(self.url) == bool(self.page_id):
            raise ValidationError(
                {"url": _("Give an address or choose a page (one of the two).")}, code="target"
            )
        if not self.label and not self.page_id:
            raise ValidationError({"label": _("A link to an address needs a label.")})


class FooterLinkTranslation(Translation):
    item = models.ForeignKey(
        FooterLink, on_delete=models.CASCADE, related_name="translations", verbose_name=_("link")
    )
    label = models.CharField(_("label"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="pages_one_footer_link_translation_per_language"
            ),
        ]


# The site's menus ---------------------------------------------------------------------------

MENU_DEPTH = 3  # a menu, its entries, and the entries under an entry that heads a list


class MenuItemQuerySet(TranslatableQuerySet, MP_NodeQuerySet):
    def with_label_in(self, language):
        """Each item with `label_there`: its label's translation in `language` (None where it
        has none), read in the same query (English: its own label)."""
        if language == languages.SOURCE_LANGUAGE:
            return self.annotate(label_there=models.F("label"))
        rows = MenuItemTranslation.objects.filter(item=models.OuterRef("pk"), language=language)
        return self.annotate(label_there=models.Subquery(rows.values("label")[:1]))


class MenuItemManager(MP_NodeManager.from_queryset(MenuItemQuerySet)):
    """Treebeard's manager, with the items' QuerySet. Every move goes through `move()` (the
    admin's buttons, drag and drop and form, a shell)."""

    def get_queryset(self):
        return MenuItemQuerySet(self.model, using=self._db).order_by("path")

    def move(self, node, target, pos=None):
        """Treebeard's move, which updates rows without signals, retiring the rendered
        navigation once it commits, as every other write of an item does (pages.receivers)."""
        with transaction.atomic():
            super().move(node, target, pos)
            after_commit(retire_menus)


# The targets of a menu item, of which it has at most one (the model's constraint, and clean()).
MENU_OBJECT_TARGETS = ("page", "field_of_work", "operation", "structure", "state")
MENU_TEXT_TARGETS = ("route", "group")
MENU_TARGETS = (*MENU_OBJECT_TARGETS, *MENU_TEXT_TARGETS)


def target_q(name, is_set):
    """Q on menu items: whether their target `name` is set (`is_set`) or empty."""
    if name in MENU_TEXT_TARGETS:
        empty = models.Q(**{name: ""})
    else:
        empty = models.Q(**{f"{name}__isnull": True})
    return ~empty if is_set else empty


class MenuItem(TranslatableModel, Stamped, MP_Node):
    """An entry of the site navigation, in a tree: a menu at the top, its entries under it (an
    entry may head a list of its own). Its target is one of a page, an object with an address
    (a field of work, a field operation, a structure, a State), a named route (the newsroom),
    or an automatic group (core.menus) whose items the data provides; an item with none heads
    the items under it. See pages.menus for how it is shown in each language."""

    translated_fields = ("label",)
    name_fields = ("label",)
    steplen = STEPLEN
    OBJECT_TARGETS = MENU_OBJECT_TARGETS
    TEXT_TARGETS = MENU_TEXT_TARGETS
    TARGETS = MENU_TARGETS

    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the menu shows. Empty for a page or an object: its title or name, in each "
            "language (a group's label is never shown: its items are)."
        ),
    )
    page = models.ForeignKey(
        Page,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="menu_items",
        verbose_name=_("page"),
    )
    field_of_work = models.ForeignKey(
        "fields.FieldOfWork",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("field of work"),
    )
    operation = models.ForeignKey(
        "missions.FieldOperation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("field operation"),
    )
    structure = models.ForeignKey(
        "structures.Structure",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("structure or institution"),
        help_text=_("For a field operation, choose it under “field operation”."),
    )
    state = models.ForeignKey(
        "countries.ParticipatingState",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("participating State or Partner"),
    )
    route = models.CharField(
        _("part of the site"),
        max_length=100,
        blank=True,
        help_text=_("A page of the site that is not content: the newsroom, the search page…"),
    )
    group = models.CharField(
        _("automatic group"),
        max_length=50,
        blank=True,
        help_text=_(
            "A list the site's data provides (all fields of work, the field operations…): its "
            "items are shown in place of this one, as the data has them on the day."
        ),
    )
    fragment = models.CharField(
        _("anchor"),
        max_length=50,
        blank=True,
        help_text=_("A part of the target page to go to (its anchor, without “#”)."),
    )
    hidden = models.BooleanField(
        _("hidden"),
        default=False,
        help_text=_("Left out of the navigation, with the items under it."),
    )
    seed_key = models.SlugField(
        _("data key"),
        max_length=100,
        blank=True,
        editable=False,
        help_text=_("The name the site's default menus know this item by."),
    )

    objects = MenuItemManager()

    class Meta:
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=functools.reduce(
                    operator.or_,
                    [
                        models.Q(*(target_q(other, other == name) for other in MENU_TARGETS))
                        for name in (None, *MENU_TARGETS)
                    ],
                ),
                name="menu_item_at_most_one_target",
                violation_error_message=_("Choose one target at most."),
            ),
            models.UniqueConstraint(
                fields=["seed_key"],
                condition=~models.Q(seed_key=""),
                name="menu_item_unique_seed_key",
            ),
        ]

    def __str__(self):
        if self.label:
            return self.label
        target = self.target()
        if self.group:
            return str(target.name) if target else self.group
        return str(target) if target is not None else gettext("(no label)")

    def targets_set(self):
        """The names of the targets this item has."""
        return [
            name
            for name in self.TARGETS
            if (getattr(self, f"{name}_id") if name in self.OBJECT_TARGETS else getattr(self, name))
        ]

    def target(self):
        """What the item points to: the object, the route or group (core.menus), or None."""
        names = self.targets_set()
        if not names:
            return None
        name = names[0]
        if name == "route":
            return next((route for route in menus.routes() if route.name == self.route), None)
        if name == "group":
            return menus.group(self.group)
        return getattr(self, name)

    def clean(self):
        super().clean()
        errors = {}
        names = self.targets_set()
        if len(names) > 1:
            errors[names[1]] = _("Choose one target at most.")
        if self.route and self.route not in {route.name for route in menus.routes()}:
            errors["route"] = _("Choose a part of the site from the list.")
        if self.group and menus.group(self.group) is None:
            errors["group"] = _("Choose a group from the list.")
        if self.group and self.fragment:
            errors["fragment"] = _("A group has no anchor: its items are links of their own.")
        if self.structure_id and getattr(self.structure, "kind", None) == "field_operation":
            errors["structure"] = _("Choose a field operation under “field operation”.")
        if not self.label and (self.route or not names):
            errors["label"] = _("An item without a page, an object or a group needs a label.")
        if errors:
            raise ValidationError(errors)


class MenuItemTranslation(Translation):
    """A menu item's label in another language. An item with a label of its own and none in a
    language is left out of that language's menus, with the items under it (never English in
    a Russian menu)."""

    item = models.ForeignKey(
        MenuItem,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("menu item"),
    )
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="pages_one_menu_label_per_language"
            ),
        ]

    def __str__(self):
        return Translation.__str__(self)
