from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import Tag, TaggedItem

from core import languages
from core.html import SanitizedHTMLField
from core.images import PhotoField
from core.media import ProtectedStorage
from core.models import CaptionedPhoto, Stamped
from core.ordered import OrderedManyToManyField
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from core.workflow import (
    Workflow,
    WorkflowQuerySet,
    expires_after_publication,
    public_now,
)
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import Department
from structures.models import Structure


class Place(TranslatableModel):
    """A dateline place, written as the OSCE writes it (e.g. 'Prishtinë/Priština').

    A place has no page of its own (it is a filter of the newsroom, by its English slug): only
    its name is translated (PlaceTranslation), for the pages that name it.
    """

    translated_fields = ("name",)

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    state = models.ForeignKey(
        "countries.ParticipatingState",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="places",
        verbose_name=_("State"),
    )

    objects = TranslatableQuerySet.as_manager()

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def dateline(self):
        return self.name.upper()


class PlaceTranslation(Translation):
    """A place's name in another language."""

    item = models.ForeignKey(
        Place, on_delete=models.CASCADE, related_name="translations", verbose_name=_("place")
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="news_place_one_translation_per_language"
            ),
        ]


class PressReleaseQuerySet(TranslatableQuerySet, WorkflowQuerySet):
    def published(self, language=None):
        """What the public may see (in `language`; None: in English): everything public goes
        through this.

        A release is public once a publisher has released it (status scheduled or published),
        its embargo time has passed and its expiry, if any, has not. The clock decides, so a
        scheduled release goes live on time with nobody acting.

        In another language, a release is public where it is public in English and its
        translation in that language is public by the same rule, on the translation's own
        status and times (`PressReleaseTranslation`): a Russian version can go live a day after
        the English one, or come off alone; taking the English release off takes every version
        off with it, and an English embargo holds in every language.

        The translation is joined (as `language_version`, one row at most: one translation per
        language) rather than looked up per release, so that a list in the language can be in
        the order of its publication times (`newsroom()`) from the translations' index.
        """
        now = timezone.now()
        releases = self.public_by_own_rule(now)
        if language is None or language == languages.SOURCE_LANGUAGE:
            return releases
        version = models.FilteredRelation(
            "translations", condition=models.Q(translations__language=language)
        )
        releases = releases.alias(language_version=version)
        return releases.filter(public_now(now, prefix="language_version__"))

    def in_language(self, language):
        """The releases that exist in `language`: those published in it."""
        return self.published(language)

    def visible_to(self, user):
        """The releases `user` may see and change in the admin: all of them, unless an
        editorial scope limits the user to the releases of some sources (e.g. their mission).
        """
        sources = EditorialScope.sources_of(user)
        if sources is None:
            return self
        return self.from_source(*sources)

    def in_field(self, *fields):
        """Releases in any of the given fields of work (each release once)."""
        links = PressRelease.fields_of_work.through.objects.filter(
            pressrelease=models.OuterRef("pk"), fieldofwork__in=fields
        )
        return self.filter(models.Exists(links))

    def from_source(self, *sources):
        """Releases issued by any of the given structures or field operations (each once)."""
        links = PressRelease.sources.through.objects.filter(
            pressrelease=models.OuterRef("pk"), structure__in=sources
        )
        return self.filter(models.Exists(links))

    def about_state(self, state):
        return self.filter(states=state)

    def concerning(self, subject):
        """The news of a page's subject: a field of work's releases, a structure's or field
        operation's own, the releases about a State, and a department's: its operation's in
        any of the department's fields of work (none when it has no field)."""
        match subject:
            case Department():
                return self.from_source(subject.operation).in_field(*subject.fields_of_work.all())
            case FieldOfWork():
                return self.in_field(subject)
            case Structure():  # field operations included
                return self.from_source(subject)
            case ParticipatingState():
                return self.about_state(subject)
        raise TypeError(f"No news concerns a {type(subject).__name__}.")

    def public_tags(self):
        """The tags that releases of this queryset's public part carry."""
        links = TaggedItem.objects.filter(
            content_type__app_label="news",
            content_type__model="pressrelease",
            object_id__in=self.published().values("pk"),
            tag=models.OuterRef("pk"),
        )
        return Tag.objects.filter(models.Exists(links))

    def tagged(self, tag):
        links = TaggedItem.objects.filter(
            content_type__app_label="news",
            content_type__model="pressrelease",
            object_id=models.OuterRef("pk"),
            tag=tag,
        )
        return self.filter(models.Exists(links))

    def newsroom(self, language=None):
        """What the lists of `language` (None: English) show, newest first: the releases public
        in it (`published(language)`), dated by when each appeared in it. The newsroom, its
        feeds, the search and every page's latest news start here.

        A release's date in a language is its translation's publication time there (a Russian
        version may follow the English by days), in English its own: `shown_published_at`,
        which `in_year()` and `between()` filter on, and which each release shown in that
        language carries too (`PressRelease.shown_published_at`). In English it is the indexed
        column itself, so the English lists' queries are what they were.
        """
        in_source = language is None or language == languages.SOURCE_LANGUAGE
        date = "published_at" if in_source else "language_version__published_at"
        releases = self.published(language).alias(shown_published_at=models.F(date))
        return releases.order_by("-shown_published_at", "-id")

    def in_year(self, year):
        """Dated in `year` in the language of `newsroom()`, in the site's time zone."""
        return self.filter(shown_published_at__year=year)

    def between(self, first_day=None, last_day=None):
        """Dated in the language of `newsroom()` from the start of `first_day` to the end of
        `last_day`, in the site's time zone."""
        releases = self
        if first_day:
            start = datetime.combine(first_day, time.min)
            releases = releases.filter(shown_published_at__gte=timezone.make_aware(start))
        if last_day:
            end = datetime.combine(last_day + timedelta(days=1), time.min)
            releases = releases.filter(shown_published_at__lt=timezone.make_aware(end))
        return releases

    def with_listing_relations(self, language=None):
        """`with_relations()`, without the wide columns a list does not show (the body and the
        search document); in `language`, with the releases' translations in it."""
        releases = self.defer("body", "search_vector", "search_rank_vector")
        return releases.with_relations(language).with_translations(language or "en")

    def with_relations(self, language=None):
        """Places, sources and fields of work in one query per relation, as plain lists:
        `listed_places`, `listed_sources`, `listed_fields`; in `language` (other than English),
        with the translations in it of those that have any (one query more each), for the page
        to name them in its language (`|in_page_language`).

        Prefetching into lists (`to_attr`) spares Django building a filtered queryset per release
        and relation, which cost more than the queries themselves on a page of 20.
        """
        return self.prefetch_related(
            models.Prefetch(
                "places",
                queryset=in_language_of_page(Place.objects.only("name", "slug"), language),
                to_attr="listed_places",
            ),
            models.Prefetch(
                "sources",
                queryset=in_language_of_page(
                    Structure.objects.only("name", "full_name", "slug", "kind"), language
                ),
                to_attr="listed_sources",
            ),
            # A field of work's row carries its whole page; a list needs its name.
            models.Prefetch(
                "fields_of_work",
                queryset=in_language_of_page(FieldOfWork.objects.only("name", "slug"), language),
                to_attr="listed_fields",
            ),
        )

    def with_tags(self):
        """Tags as `listed_tags` (tagged items with their tag), in one plain join.

        django-taggit's own prefetch of `tags` goes through its generic machinery per release;
        this reads the same rows through a GenericRelation into a list.
        """
        return self.prefetch_related(
            models.Prefetch(
                "tagged_items",
                queryset=TaggedItem.objects.select_related("tag").order_by("tag__name"),
                to_attr="listed_tags",
            )
        )


def in_language_of_page(queryset, language):
    """`queryset` of names a page shows beside its content, with their translations in
    `language` where their model has any (core.translations)."""
    model = queryset.model
    if not language or language == languages.SOURCE_LANGUAGE:
        return queryset
    if not issubclass(model, TranslatableModel):
        return queryset
    rows = model.translations.rel.related_model._default_manager.filter(language=language)
    return queryset.prefetch_related(models.Prefetch("translations", queryset=rows))


class PressRelease(TranslatableModel, Workflow, Stamped, CaptionedPhoto):
    translated_fields = ("title", "slug", "summary", "body", "photo_caption", "photo_alt")

    class Type(models.TextChoices):
        PRESS_RELEASE = "press_release", _("Press release")
        NEWS_ITEM = "news_item", _("News item")
        PRESS_STATEMENT = "press_statement", _("Press statement")
        FEATURE = "feature", _("Feature story")
        SPEECH = "speech", _("Speech")
        MEDIA_ADVISORY = "media_advisory", _("Media advisory")

    type = models.CharField(
        _("type"), max_length=20, choices=Type, default=Type.PRESS_RELEASE, db_index=True
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The release's address. Changing it redirects the old address."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Workflow.Status,
        default=Workflow.Status.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(
        _("publication date and time"),
        default=timezone.now,
        help_text=_(
            "Vienna time. Shown as the release's date. A future time is an embargo: the release "
            "stays hidden until then and goes live by itself."
        ),
    )
    expires_at = models.DateTimeField(
        _("expiry"),
        null=True,
        blank=True,
        help_text=_("Vienna time. Optional: the release leaves the site at this time."),
    )
    places = OrderedManyToManyField(
        Place,
        through="ReleasePlace",
        related_name="press_releases",
        verbose_name=_("places (dateline)"),
        help_text=_(
            "In the order of the dateline: the first place is the one the text starts with. "
            "To move a place to the end, remove it and choose it again."
        ),
    )
    sources = models.ManyToManyField(
        "structures.Structure",
        related_name="press_releases",
        verbose_name=_("sources"),
        help_text=_("Who issued the release: the Chairpersonship, an institution, an operation."),
    )
    fields_of_work = OrderedManyToManyField(
        "fields.FieldOfWork",
        through="ReleaseFieldOfWork",
        related_name="press_releases",
        verbose_name=_("fields of work"),
        help_text=_(
            "In the order the release lists them, the main one first. To move one to the end, "
            "remove it and choose it again."
        ),
    )
    states = models.ManyToManyField(
        "countries.ParticipatingState",
        blank=True,
        related_name="press_releases",
        verbose_name=_("related States"),
    )
    related_people = models.ManyToManyField(
        "people.Person",
        blank=True,
        related_name="press_releases",
        verbose_name=_("related people"),
        help_text=_(
            "The people the release names, whose pages list it. A release of the "
            "Chairpersonship names its Chairperson-in-Office of the day by itself."
        ),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists and search results.")
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    tags = TaggableManager(_("tags"), blank=True)
    tagged_items = GenericRelation(TaggedItem, related_query_name="press_release")
    # PostgreSQL full-text document (title A, summary and places/tags B, body C), kept up to date
    # by news.search.refresh_search_index(); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    # The same without the body, for ranking (see news.search).
    search_rank_vector = SearchVectorField(null=True, editable=False)
    # Not in the public media: the photograph and its renditions are served by
    # news.views.release_media, only while the release is public (see core.media).
    photo = PhotoField(
        _("photograph"),
        blank=True,
        db_index=True,  # that view finds the release by its photograph's name
        storage=ProtectedStorage("news:media"),
        width_field="photo_width",
        height_field="photo_height",
    )

    objects = PressReleaseQuerySet.as_manager()

    photo_is_link_preview = True

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="release_newest_idx"),
            # The public set, newest first, with what facets count: published() lists, counts
            # and groups from this index alone (PostgreSQL; SQLite ignores `include`).
            models.Index(
                fields=["-published_at", "-id"],
                include=["type", "expires_at"],
                condition=models.Q(status__in=["scheduled", "published"]),
                name="release_released_idx",
            ),
        ]
        constraints = [
            expires_after_publication("release_expires_after_publication"),
        ]
        permissions = [
            ("publish_pressrelease", _("Can publish, schedule, unpublish and archive releases")),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.reverse_in_language("news:detail", kwargs={"slug": self.url_slug})

    def is_public_in_source(self):
        return self.is_published

    @property
    def shown_published_at(self):
        """The release's date in the language it shows: when its translation was published
        there (a Russian version may follow the English by days), in English its own
        publication time. Lists in that language are in this order (`objects.newsroom()`)."""
        row = getattr(self, "shown_translation", None)
        return self.published_at if row is None else row.published_at


def translation_workflow_field(name):
    field = PressRelease._meta.get_field(name)
    return field.clone()


class PressReleaseTranslationQuerySet(WorkflowQuerySet):
    """`public_by_own_rule()`: translations public by their own status and times (the
    release's rule on the translation's row), whatever the English release's."""

    def published(self):
        """Translations the public may see: public by their own rule, of releases public in
        English (`PressReleaseQuerySet.published(language)` is the same rule)."""
        now = timezone.now()
        return self.public_by_own_rule(now).filter(public_now(now, prefix="item__"))


class PressReleaseTranslation(Workflow, Translation):
    """A press release in another language, with a workflow of its own: its status, publication
    time and expiry say when this version is public (and only while the English one is)."""

    item = models.ForeignKey(
        PressRelease,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("press release"),
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "Leave empty to keep the English address under the language's prefix. Changing it "
            "redirects the old address."
        ),
    )
    status = translation_workflow_field("status")
    published_at = translation_workflow_field("published_at")
    expires_at = translation_workflow_field("expires_at")
    summary = models.TextField(_("summary"), blank=True)
    body = SanitizedHTMLField(_("body"), blank=True)
    photo_caption = models.CharField(_("caption"), max_length=500, blank=True)
    photo_alt = models.CharField(_("alt text"), max_length=250, blank=True)
    # The translation's PostgreSQL full-text documents, in its language's configuration
    # (news.search); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    search_rank_vector = SearchVectorField(null=True, editable=False)

    objects = PressReleaseTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        indexes = [
            # A language's public versions, newest first: the lists of the language read their
            # order (PressReleaseQuerySet.newsroom) and its years from this index.
            models.Index(
                fields=["language", "-published_at", "-item"],
                include=["expires_at"],
                condition=models.Q(status__in=["scheduled", "published"]),
                name="release_translation_newest_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="news_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="news_translated_slug_unique",
            ),
            expires_after_publication("release_translation_expires_after_publication"),
        ]

    def __str__(self):
        return Translation.__str__(self)

    def clean(self):
        super().clean()
        if self.item_id and self.item.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photograph for screen readers.")})

    def is_public(self):
        """Public now: by its own workflow, and the English release too (the rule of
        `PressReleaseTranslation.objects.published()`)."""
        return self.is_published and self.item.is_published

    @classmethod
    def public_rows(cls):
        return cls.objects.published()


class ReleasePlace(models.Model):
    """A place of a release's dateline, at its position among the release's places."""

    pressrelease = models.ForeignKey(
        PressRelease,
        on_delete=models.CASCADE,
        related_name="place_links",
        verbose_name=_("press release"),
    )
    place = models.ForeignKey(
        Place, on_delete=models.CASCADE, related_name="release_links", verbose_name=_("place")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("place of a release")
        verbose_name_plural = _("places of releases")
        constraints = [
            models.UniqueConstraint(fields=["pressrelease", "place"], name="release_place_once")
        ]

    def __str__(self):
        return f"{self.pressrelease}: {self.place}"


class ReleaseFieldOfWork(models.Model):
    """A field of work of a release, at its position among the release's fields."""

    pressrelease = models.ForeignKey(
        PressRelease,
        on_delete=models.CASCADE,
        related_name="field_links",
        verbose_name=_("press release"),
    )
    fieldofwork = models.ForeignKey(
        "fields.FieldOfWork",
        on_delete=models.CASCADE,
        related_name="release_links",
        verbose_name=_("field of work"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("field of work of a release")
        verbose_name_plural = _("fields of work of releases")
        constraints = [
            models.UniqueConstraint(
                fields=["pressrelease", "fieldofwork"], name="release_field_of_work_once"
            )
        ]

    def __str__(self):
        return f"{self.pressrelease}: {self.fieldofwork}"


class EditorialScope(models.Model):
    """Limits a staff member to the releases of some sources, typically their own field
    operation: they neither see nor change other sources' releases in the admin."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="editorial_scope",
        verbose_name=_("user"),
    )
    sources = models.ManyToManyField(
        "structures.Structure",
        related_name="+",
        verbose_name=_("limited to the releases of"),
        help_text=_("The user sees and edits only releases issued by one of these sources."),
    )

    class Meta:
        verbose_name = _("editorial scope")
        verbose_name_plural = _("editorial scopes")

    def __str__(self):
        return str(self.user)

    @classmethod
    def sources_of(cls, user):
        """The sources `user` is limited to, or None when unlimited (cached on the user)."""
        if not hasattr(user, "_editorial_sources"):
            scope = None
            if user.is_authenticated and not user.is_superuser:
                scope = cls.objects.filter(user=user).prefetch_related("sources").first()
            user._editorial_sources = list(scope.sources.all()) if scope else None
        return user._editorial_sources

    @classmethod
    def outside(cls, user, sources):
        """Those of `sources` that `user`'s scope does not cover (none when unlimited).

        Releasing, scheduling, unpublishing or archiving a release speaks for every one of its
        sources: mission staff may do it only when all of them are theirs. A joint release with
        the Chairpersonship needs someone whose scope covers the Chairpersonship too.
        """
        own = cls.sources_of(user)
        if own is None:
            return []
        own_ids = {source.pk for source in own}
        return [source for source in sources if source.pk not in own_ids]


class BulkChangeQuerySet(models.QuerySet):
    def pending(self):
        """Queued, or started and not finished (a crash or a kill leaves it running)."""
        return self.filter(status__in=BulkChange.PENDING)

    def visible_to(self, user):
        """Everyone's bulk changes for those who may view them all (Administrators), else the
        user's own."""
        if user.has_perm("news.view_bulkchange"):
            return self
        return self.filter(requested_by=user)


class BulkChange(models.Model):
    """A workflow action on more press releases than a request should change
    (`NEWS_BULK_INLINE_LIMIT`), queued by the admin and carried out by `manage.py go_live` in
    batches (news.services.run_bulk_changes): `processed` releases of `release_ids` are done,
    and the counts say what became of them."""

    class Action(models.TextChoices):
        SUBMIT_FOR_REVIEW = "submit_for_review", _("Submit for review")
        PUBLISH = "publish", _("Publish")
        UNPUBLISH = "unpublish", _("Unpublish")
        ARCHIVE = "archive", _("Archive")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    PENDING = [Status.QUEUED, Status.RUNNING]

    action = models.CharField(_("action"), max_length=20, choices=Action)
    release_ids = models.JSONField(_("press releases"), default=list, editable=False)
    total = models.PositiveIntegerField(_("press releases selected"), default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.QUEUED, db_index=True
    )
    processed = models.PositiveIntegerField(_("processed so far"), default=0)
    changed = models.PositiveIntegerField(_("changed"), default=0)
    unchanged = models.PositiveIntegerField(
        _("left as they were"),
        default=0,
        help_text=_("Already so, not a draft (to submit), or deleted in the meantime."),
    )
    not_permitted = models.PositiveIntegerField(
        _("not permitted"),
        default=0,
        help_text=_(
            "Outside the requester's editorial scope or permissions when it was carried out."
        ),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    failures = models.PositiveSmallIntegerField(
        _("failed attempts in a row"),
        default=0,
        help_text=_("A failed batch changes nothing and is tried again on the next run."),
    )
    error = models.TextField(_("last error"), blank=True)

    objects = BulkChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("bulk change")
        verbose_name_plural = _("bulk changes")
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["-requested_at", "-id"], name="bulkchange_newest_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(processed__lte=models.F("total")),
                name="bulkchange_processed_within_total",
            ),
        ]

    def __str__(self):
        return _("%(action)s %(count)s press releases (%(status)s)") % {
            "action": self.get_action_display(),
            "count": self.total,
            "status": self.get_status_display().lower(),
        }

    @property
    def is_pending(self):
        """The same rule as `BulkChange.objects.pending()`."""
        return self.status in self.PENDING
