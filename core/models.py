"""Building blocks shared by the site's domain apps."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import images


class CaptionedPhoto(models.Model):
    """A photograph with the caption, credit and alt text the site shows beside it."""

    photo = models.ImageField(
        _("photograph"),
        upload_to="photos/%Y/%m/",
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

    class Meta:
        abstract = True

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

    @cached_property
    def photo_renditions(self):
        """The resized copies pages show in a <picture> (see core.images), or None."""
        return images.renditions(self.photo)

    @cached_property
    def photo_open_graph(self):
        """A JPEG copy about 1,200 pixels wide for link previews, or None."""
        return images.open_graph_image(self.photo)
