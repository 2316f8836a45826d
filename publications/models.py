"""The publications library: factsheets, reports, studies, guides and official documents, each
with a PDF per language.

A publication is translatable (core.translations: its title, address and summary) and under
the editorial workflow (core.workflow). It is public in English while its workflow says so, and
in another language while it is public and has a translation there: no fallback.

Its files (PublicationFile) are one per language, so that a Russian reader may download the
English PDF where no Russian one exists. They are kept outside the public media
(core.media.ProtectedStorage): each file's only way out is its stable address,
`/publications/<slug>/<language>.pdf`, whose view answers 404 unless the publication is public.
Replacing a language's file keeps that address: it names the publication and the language,
never the stored file.

Each file is processed in the background once its save commits, whichever way it was saved
(publications.tasks): its page count, a cover made of its first page (with renditions, like a
photograph, in a protected storage too: a draft's cover is not public either) and its text,
which the library's and the site's searches read (publications.search). Until then, and if it
fails, the publication shows without a cover.
"""

import posixpath
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItem

from core import images, languages
from core.images import PhotoField
from core.media import ProtectedStorage
from core.models import Stamped
from core.scopes import scope_of
from core.translations import TranslatableModel, TranslatableQuerySet, Translation
from core.workflow import Workflow, WorkflowQuerySet, expires_after_publication, public_now


class PublicationQuerySet(TranslatableQuerySet, WorkflowQuerySet):
    def published(self, language=None):
        """What the public may see (in `language`; None: in English): everything public goes
        through this. In another language, the publications public in English with a
        translation there."""
        publications = self.public_by_own_rule()
        if language is None or language == languages.SOURCE_LANGUAGE:
            return publications
        return publications.in_language(language)

    def visible_to(self, user):
        """The publications `user` may see and change in the admin: all of them, unless an
        editorial scope limits the user to some structures: then those they issued."""
        sources = scope_of(user)
        if sources is None:
            return self
        return self.from_source(*sources)

    def from_source(self, *sources):
        links = Publication.sources.through.objects.filter(
            publication=models.OuterRef("pk"), structure__in=sources
        )
        return self.filter(models.Exists(links))

    def in_field(self, *fields):
        links = Publication.fields_of_work.through.objects.filter(
            publication=models.OuterRef("pk"), fieldofwork__in=fields
        )
        return self.filter(models.Exists(links))

    def in_state(self, state):
        links = Publication.states.through.objects.filter(
            publication=models.OuterRef("pk"), participatingstate=state
        )
        return self.filter(models.Exists(links))

    def with_file_in(self, language):
        files = PublicationFile.objects.filter(publication=models.OuterRef("pk"), language=language)
        return self.filter(models.Exists(files))


class Publication(TranslatableModel, Workflow, Stamped):
    translated_fields = ("title", "slug", "summary")
    name_fields = ("title",)

    class Type(models.TextChoices):
        FACTSHEET = "factsheet", _("Factsheet")
        REPORT = "report", _("Report")
        STUDY = "study", _("Study")
        GUIDE = "guide", _("Manual or guide")
        OFFICIAL_DOCUMENT = "official_document", _("Official document or decision")
        BROCHURE = "brochure", _("Brochure")

    type = models.CharField(
        _("type"), max_length=20, choices=Type, default=Type.REPORT, db_index=True
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The publication's address, and its files': /publications/<slug>/."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("What the publication is about, in a few sentences, for the library."),
    )
    published_on = models.DateField(
        _("date of publication"),
        default=timezone.localdate,
        help_text=_("The date the document bears. The library lists the newest first."),
    )
    sources = models.ManyToManyField(
        "structures.Structure",
        related_name="publications",
        verbose_name=_("issued by"),
        help_text=_("The structures or field operations that issued it."),
    )
    fields_of_work = models.ManyToManyField(
        "fields.FieldOfWork",
        blank=True,
        related_name="publications",
        verbose_name=_("fields of work"),
    )
    states = models.ManyToManyField(
        "countries.ParticipatingState",
        blank=True,
        related_name="publications",
        verbose_name=_("related States"),
    )
    departments = models.ManyToManyField(
        "missions.Department",
        blank=True,
        related_name="publications",
        verbose_name=_("departments"),
        help_text=_("A factsheet named here is listed on the department's page."),
    )
    tags = TaggableManager(_("tags"), blank=True)
    tagged_items = GenericRelation(TaggedItem, related_query_name="publication")

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["-published_on", "-id"]
        indexes = [
            models.Index(fields=["-published_on", "-id"], name="publication_newest_idx"),
        ]
        constraints = [
            expires_after_publication("publication_expires_after_publication"),
        ]
        permissions = [
            (
                "publish_publication",
                _("Can publish, schedule, unpublish and archive publications"),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.reverse_in_language("publications:detail", kwargs={"slug": self.url_slug})

    def is_public_in_source(self):
        return self.is_published

    @property
    def cover_file(self):
        """The file whose cover the publication shows: the English one's, else the first
        file's that has one; None before any is processed (read from `files.all()`, which the
        pages prefetch)."""
        covered = [file for file in self.files.all() if file.cover]
        english = [file for file in covered if file.language == languages.SOURCE_LANGUAGE]
        return (english or covered or [None])[0]


class PublicationTranslation(Translation):
    """A publication's title, address and summary in another language: public while the
    publication is."""

    item = models.ForeignKey(
        Publication,
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("publication"),
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

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "language"], name="publications_one_translation_per_language"
            ),
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=~models.Q(slug=""),
                name="publications_translated_slug_unique",
            ),
        ]

    def is_public(self):
        return self.item.is_published

    @classmethod
    def public_rows(cls):
        return cls._default_manager.filter(public_now(prefix="item__"))


def file_languages():
    """The languages a file may be in: the site's (a callable: no migration for a new one)."""
    return list(settings.LANGUAGES)


@deconstructible(path="publications.models.FileStorage")
class FileStorage(FileSystemStorage):
    """The PDFs, under PROTECTED_MEDIA_ROOT (no web server serves it, core.media). A stored
    file has no address of its own: its publication's file view is its only way out."""

    @cached_property
    def base_location(self):
        return self._location or settings.PROTECTED_MEDIA_ROOT

    def url(self, name):
        return ""


def file_name(instance, filename):
    """Where a file is stored: under its publication's id, with a fresh suffix (the storage's)
    when a replaced file's name is taken. The stored name is never a public address."""
    return posixpath.join("publications", str(instance.publication_id), f"{instance.language}.pdf")


def cover_name(instance, filename):
    """Where a file's cover is stored: under a random name, as a photograph is (core.images),
    in a folder of its own beside the releases' photographs."""
    return posixpath.join(
        "publication-covers", posixpath.basename(images.photo_name(instance, filename))
    )


class PublicationFile(models.Model):
    """A publication's PDF in one language (publications.validation checks each upload), with
    what its processing (publications.tasks) read from it."""

    class Processing(models.TextChoices):
        PENDING = "pending", _("Waiting to be processed")
        DONE = "done", _("Processed")
        FAILED = "failed", _("Processing failed")

    publication = models.ForeignKey(
        Publication,
        on_delete=models.CASCADE,
        related_name="files",
        verbose_name=_("publication"),
    )
    language = models.CharField(_("language"), max_length=10, choices=file_languages)
    file = models.FileField(
        _("PDF file"),
        upload_to=file_name,
        storage=FileStorage(),
        max_length=255,
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), default=0, editable=False)
    original_name = models.CharField(_("original file name"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    processing = models.CharField(
        _("processing"),
        max_length=10,
        choices=Processing,
        default=Processing.PENDING,
        editable=False,
    )
    processing_error = models.CharField(
        _("why processing failed"), max_length=500, blank=True, editable=False
    )
    # The stored file the cover, page count and text were read from (the file's name then).
    processed_name = models.CharField(max_length=255, blank=True, editable=False)
    cover = PhotoField(
        _("cover"),
        blank=True,
        editable=False,
        db_index=True,  # publications.views.cover finds the file by its cover's name
        storage=ProtectedStorage("publications:cover"),
        upload_to=cover_name,
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # The file's text, at most publications.search.TEXT_CHARACTERS of it, and on PostgreSQL its
    # document in the file's language's configuration (core.search); unused on SQLite.
    text = models.TextField(_("text"), blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["publication", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"],
                name="publications_one_file_per_language",
                violation_error_message=_("The publication has a file in this language already."),
            ),
        ]

    def __str__(self):
        return f"{self.publication} ({self.get_language_display()})"

    # What processing read from the stored file (publications.tasks): not in the file's
    # versions (publications.admin), which would hold the whole text again each time and, on a
    # revert, bring back a cover deleted since; a revert keeps them or has them read afresh
    # (keep_derived_on_revert).
    DERIVED_FIELDS = (
        "text",
        "search_vector",
        "cover",
        "cover_width",
        "cover_height",
        "processing",
        "processing_error",
        "processed_name",
    )

    def save(self, *args, **kwargs):
        """A replaced file's old copy goes once the new one is saved (its address stays), and
        what was read from it (cover, text, search document) with it, in the same save: the
        page never shows, nor the search finds, the old file's until the new one is processed.
        A new or replaced file is processed once the save commits (publications.tasks)."""
        old = old_cover = None
        if self.pk:
            old, old_cover = (
                PublicationFile.objects.filter(pk=self.pk).values_list("file", "cover").first()
            ) or (None, None)
        new_file = bool(self.file) and old != self.file.name
        if new_file:
            self.processing, self.processing_error = self.Processing.PENDING, ""
            if old:
                self.clear_derived()
        super().save(*args, **kwargs)
        if old and old != self.file.name:
            storage = self.file.storage
            transaction.on_commit(lambda: storage.delete(old))
            if old_cover:
                self.delete_cover_on_commit(old_cover)
        if new_file:
            self.enqueue_processing()

    def get_absolute_url(self):
        """The file's stable address: the publication's English slug and the language."""
        with translation.override(languages.SOURCE_LANGUAGE):
            return reverse(
                "publications:file",
                kwargs={"slug": self.publication.slug, "language": self.language},
            )

    def clean(self):
        super().clean()
        if not self.file:
            raise ValidationError({"file": _("Choose a PDF file.")})

    def clear_derived(self):
        """Forget what was read from the stored file (its processing is to come)."""
        self.cover = ""
        self.cover_width = self.cover_height = None
        self.text, self.search_vector, self.processed_name = "", None, ""
        self.processing, self.processing_error = self.Processing.PENDING, ""

    def delete_cover_on_commit(self, name):
        """Delete the cover `name` and its renditions once the current transaction commits."""
        from .tasks import delete_cover  # the tasks read this module

        storage = self._meta.get_field("cover").storage
        transaction.on_commit(partial(delete_cover, storage, name), robust=True)

    @property
    def local_language_name(self):
        return languages.local_name(self.language)

    def enqueue_processing(self):
        """Have the file processed once the current transaction commits (at once outside
        one). A queue that cannot take it is logged, not raised: the save stands, and
        `process_publication_files` queues it again."""
        from .tasks import enqueue  # the tasks read this module

        transaction.on_commit(partial(enqueue, self.pk, self.file.name), robust=True)

    # What the photograph includes (includes/photo.html, includes/thumbnail.html) show of a
    # cover: its renditions; no alt text (the publication's title is beside it), no caption.
    photo_alt = photo_caption = photo_credit = ""
    # The image the make_renditions command remakes the renditions of (core.models).
    rendered_field = "cover"

    def make_renditions(self, *, fresh=False):
        """Make the cover's renditions, unless they exist (core.images)."""
        images.make_renditions(self.cover, fresh=fresh)

    @cached_property
    def photo_renditions(self):
        """The cover's resized copies (core.images), or None (not processed yet, or failed)."""
        return images.renditions(self.cover)


def keep_derived_on_revert(sender, instance, raw, **kwargs):
    """A file saved raw from a version (a revert or a recover: reversion saves the version's
    row as it is, without the DERIVED_FIELDS, which its versions do not hold): the stored file
    is the current one, so what was read from it stays (its document rebuilt if the language
    changed); another file, or a file recovered, is processed afresh, and the cover read from
    the file it replaces goes once that commits. A raw save with what was read (a fixture) is
    left as it is."""
    if not raw or instance.processed_name or not instance.file:
        return
    current = PublicationFile.objects.filter(pk=instance.pk).first()
    if current is not None and current.file.name == instance.file.name and current.processed_name:
        # Into the row's dictionary: setting the cover through its descriptor would read its
        # image for its size.
        for name in PublicationFile.DERIVED_FIELDS:
            value = getattr(current, name)
            vars(instance)[name] = value.name if name == "cover" else value
        if current.language != instance.language:
            from . import search  # search reads this module

            transaction.on_commit(partial(search.refresh_file_document, instance.pk))
        return
    instance.clear_derived()
    if current is not None and current.cover.name:
        instance.delete_cover_on_commit(current.cover.name)
    instance.enqueue_processing()
