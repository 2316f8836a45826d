"""Models shared by the site's domain apps: the captioned photograph and `Stamped` (abstract),
and the former slugs of renamed objects."""

from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import images
from .languages import SOURCE_LANGUAGE


class CaptionedPhoto(models.Model):
    """A photograph with the caption, credit and alt text the site shows beside it."""

    # The image whose renditions `make_renditions()` makes (the make_renditions command looks
    # for this on every model: a publication file's cover has renditions too).
    rendered_field = "photo"

    # Stored under a random name and without its metadata (see core.images). A model whose
    # photographs are not public at once declares its own with a ProtectedStorage (core.media).
    photo = images.PhotoField(
        _("photograph"),
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_alt = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Required with a photo."),
    )
    photo_caption = models.CharField(
        _("caption"),
        max_length=500,
        blank=True,
        help_text=_("Shown under the photo, e.g. 'Workshop participants, Belgrade, 2 May 2025'."),
    )
    photo_credit = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("Shown in brackets after the caption, e.g. 'OSCE/Name Surname'."),
    )

    # A page's own photograph is also its link preview (og:image), made beside its renditions.
    photo_is_link_preview = False

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._stored_photo = stored_photo_name(instance)
        return instance

    def clean(self):
        super().clean()
        errors = {}
        if self.photo and not self.photo._committed:  # a new upload, not yet stored
            try:
                images.validate_upload(self.photo.file)
            except ValidationError as error:
                errors["photo"] = error
        if self.photo and not self.photo_alt.strip():
            errors["photo_alt"] = _("Describe the photograph for screen readers.")
        if errors:
            raise ValidationError(errors)

    def make_renditions(self, *, fresh=False):
        """Make the renditions pages show of the photograph, unless they exist (core.images)."""
        images.make_renditions(self.photo, link_preview=self.photo_is_link_preview, fresh=fresh)

    @cached_property
    def photo_renditions(self):
        """The resized copies pages show in a <picture> (see core.images), or None."""
        return images.renditions(self.photo)

    @cached_property
    def photo_open_graph(self):
        """A JPEG copy about 1,200 pixels wide for link previews, or None."""
        return images.open_graph_image(self.photo)


def stored_photo_name(instance):
    """The photograph's file name as the instance holds it, without opening the file (a
    deferred photograph is missing from the instance's dict: None)."""
    value = instance.__dict__.get("photo")
    return getattr(value, "name", value) or None


def make_renditions_of_new_photo(sender, instance, raw, **kwargs):
    """post_save, for every CaptionedPhoto model (see CoreConfig.ready): a new photograph's
    renditions are made once the save commits, by whatever path it came, so that the editor who
    saved it waits for them and not the first visitor of its page."""
    name = stored_photo_name(instance)
    if raw or not name or name == getattr(instance, "_stored_photo", None):
        return
    instance._stored_photo = name
    make = partial(
        images.make_renditions, instance.photo, link_preview=instance.photo_is_link_preview
    )
    transaction.on_commit(make, robust=True)


class Stamped(models.Model):
    """When an object was created and last changed, and by whom (filled in by the admin's
    `core.admin.StampedAdminMixin` and by the services that change it)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last changed by"),
    )

    class Meta:
        abstract = True


class FormerSlug(models.Model):
    """A slug an object had before it was renamed, so that links and feed subscriptions made
    with it still find the object (core.redirects.remember_former_slugs records them; the
    query-string filters of core.forms follow them).

    A translation's former slug belongs to its language: the French and the German versions of
    two different items may each once have been called the same, and each address must still
    find its own item (the object is then the translation row, core.translations)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10, default=SOURCE_LANGUAGE)
    slug = models.SlugField(max_length=255, allow_unicode=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "language", "slug"], name="unique_former_slug"
            )
        ]

    def __str__(self):
        return self.slug
