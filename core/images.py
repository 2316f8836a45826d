"""Photographs: what an upload must be, and the resized copies (renditions) public pages serve.

An upload is refused with a clear message unless Pillow can read it whole, it is a JPEG, PNG,
WebP or GIF, and it stays within PHOTO_MAX_UPLOAD_BYTES and PHOTO_MAX_PIXELS (a decompression
bomb is one more picture with too many pixels).

Pages never show the upload itself: django-imagekit makes WebP and JPEG (PNG when the photograph
is transparent) renditions at a few widths, upright, without the upload's metadata, on first use,
and stores them beside the media under CACHE/images/. What a photograph's renditions are is kept
in the cache under the file's name (an upload never changes under its name), so a page asks the
database nothing per photograph and, once warm, reads no image file either.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from imagekit import ImageSpec
from imagekit.cachefiles import ImageCacheFile
from imagekit.cachefiles.backends import CacheFileState
from PIL import ExifTags, Image, ImageOps

logger = logging.getLogger(__name__)

ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "GIF"}  # MPO: a camera's JPEG with a preview
RENDITION_WIDTHS = (480, 960, 1600)
OPEN_GRAPH_WIDTH = 1200  # what social networks show large; they prefer JPEG
ENCODER_OPTIONS = {
    "WEBP": {"quality": 80, "method": 4},
    "JPEG": {"quality": 82, "progressive": True},
    "PNG": {},
}
# How long a photograph whose renditions could not be made waits before the next attempt.
RETRY_SECONDS = 300


# Uploads


def validate_upload(file):
    """Refuse `file` (an upload) unless it is a photograph the site can show; else return None."""
    limit = settings.PHOTO_MAX_UPLOAD_BYTES
    if file.size > limit:
        raise ValidationError(
            _(
                "This file is %(size)s; a photograph may be at most %(limit)s. Export a smaller "
                "version (about 3,000 pixels wide is plenty) and upload that."
            ),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    file.seek(0)
    try:
        with Image.open(file) as image:
            _check_image(image)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        # Pillow warns above its MAX_IMAGE_PIXELS (89 megapixels; an error in the tests) and
        # refuses to open twice that: both far above PHOTO_MAX_PIXELS.
        raise too_many_pixels() from None
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds on damaged or hostile files
        raise ValidationError(
            _(
                "This file is not a photograph the site can read, or it is damaged. Upload a "
                "JPEG, PNG, WebP or GIF image."
            ),
            # Not "invalid_image": a model form would show its own field's message instead.
            code="unreadable_image",
        ) from error
    finally:
        file.seek(0)


def _check_image(image):
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("This is a %(format)s file. Upload the photograph as JPEG, PNG, WebP or GIF."),
            code="invalid_image_format",
            params={"format": image.format},
        )
    width, height = image.size
    if width * height > settings.PHOTO_MAX_PIXELS:
        raise too_many_pixels(width, height)
    # Decode it all, so that a truncated or damaged file is refused now rather than failing
    # when a page needs its renditions. A JPEG is decoded at an eighth of its size: enough to
    # read every byte, at little cost.
    image.draft(None, (max(1, width // 8), max(1, height // 8)))
    image.load()


def too_many_pixels(width=None, height=None):
    limit = settings.PHOTO_MAX_PIXELS / 1_000_000
    if width is None:
        message = _(
            "This image has far more than %(limit)g megapixels: it cannot be opened safely. "
            "Export a smaller version (about 3,000 pixels wide is plenty) and upload that."
        )
    else:
        message = _(
            "This image is %(width)s × %(height)s pixels, more than the %(limit)g megapixels a "
            "photograph may have. Export a smaller version (about 3,000 pixels wide is plenty) "
            "and upload that."
        )
    return ValidationError(
        message,
        code="too_many_pixels",
        params={"width": width, "height": height, "limit": limit},
    )


# Renditions


def is_turned(image):
    """Whether `image` is to be shown turned a quarter, as its EXIF orientation (cameras) says."""
    return image.getexif().get(ExifTags.Base.Orientation, 1) in {5, 6, 7, 8}


def upright_size(image):
    """The size of `image` as it is shown: turned as its EXIF orientation says."""
    width, height = image.size
    return (height, width) if is_turned(image) else (width, height)


def fitted_size(width, height, max_width):
    """`width` by `height` scaled down (never up) to at most `max_width` wide."""
    if width <= max_width:
        return width, height
    return max_width, max(1, round(height * max_width / width))


class FitWidth:
    """A pilkit processor: the photograph upright, then scaled down to at most `width` wide."""

    def __init__(self, width):
        self.width = width

    def process(self, image):
        size = upright_size(image)
        target = fitted_size(*size, self.width)
        if target != size:
            # JPEG: decode straight at a reduced scale that is still at least twice the target.
            stored = target[::-1] if is_turned(image) else target
            image.draft(None, (2 * stored[0], 2 * stored[1]))
        image = ImageOps.exif_transpose(image)
        if image.mode not in {"RGB", "RGBA", "L"}:
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        if image.size != target:
            image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
        return image


class RenditionSpec(ImageSpec):
    """One rendition of a photograph: a width and a format (imagekit names and stores it)."""

    def __init__(self, source, width, format):
        self.processors = [FitWidth(width)]
        self.format = format
        self.options = ENCODER_OPTIONS[format]
        super().__init__(source=source)


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    height: int

    @property
    def url(self):
        return default_storage.url(self.name)


@dataclass(frozen=True)
class PhotoRenditions:
    """What a <picture> needs: WebP and fallback renditions, smallest first."""

    webp: tuple[Rendition, ...]
    fallback: tuple[Rendition, ...]

    @property
    def webp_srcset(self):
        return srcset(self.webp)

    @property
    def fallback_srcset(self):
        return srcset(self.fallback)

    @property
    def src(self):
        """For browsers without srcset: the widest fallback up to 960 pixels."""
        fitting = [rendition for rendition in self.fallback if rendition.width <= 960]
        return (fitting or self.fallback)[-1].url

    @property
    def width(self):
        return self.fallback[-1].width

    @property
    def height(self):
        return self.fallback[-1].height


def srcset(renditions):
    return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions)


def renditions(photo):
    """The PhotoRenditions of `photo` (an ImageField's file), or None when none can be made."""
    made = _remembered(photo, ("picture", RENDITION_WIDTHS), _make_renditions)
    if not made:
        return None
    return PhotoRenditions(
        webp=tuple(Rendition(*r) for r in made["WEBP"]),
        fallback=tuple(Rendition(*r) for r in made["fallback"]),
    )


def open_graph_image(photo):
    """A JPEG rendition of `photo` about 1,200 pixels wide, or None when it cannot be made."""
    made = _remembered(photo, ("open-graph", OPEN_GRAPH_WIDTH), _make_open_graph_image)
    return Rendition(*made) if made else None


def _remembered(photo, kind, make):
    if not photo:
        return None
    selection = (photo.name, kind, ENCODER_OPTIONS)
    key = "photo:" + hashlib.sha256(repr(selection).encode()).hexdigest()[:32]
    made = cache.get(key)
    if made is None:
        try:
            made = make(photo)
        except Exception:  # a missing or unreadable original must not take the page down
            logger.warning("No renditions could be made of %s", photo.name, exc_info=True)
            cache.set(key, (), RETRY_SECONDS)
            return None
        cache.set(key, made, settings.IMAGEKIT_CACHE_TIMEOUT)
    return made


def _make_renditions(photo):
    with photo.open("rb"), Image.open(photo) as image:
        size = upright_size(image)
        fallback_format = "PNG" if image.has_transparency_data else "JPEG"
    widths = sorted({min(width, size[0]) for width in RENDITION_WIDTHS})
    return {
        "WEBP": [_make(photo, size, width, "WEBP") for width in widths],
        "fallback": [_make(photo, size, width, fallback_format) for width in widths],
    }


def _make_open_graph_image(photo):
    with photo.open("rb"), Image.open(photo) as image:
        size = upright_size(image)
    return _make(photo, size, OPEN_GRAPH_WIDTH, "JPEG")


def _make(photo, size, width, format):
    """Make (unless it exists) one rendition; return its name and size."""
    file = ImageCacheFile(RenditionSpec(photo, width, format))
    try:
        file.generate()
    except Exception:
        # imagekit would otherwise remember the attempt as still "generating" and never retry.
        file.cachefile_backend.set_state(file, CacheFileState.DOES_NOT_EXIST)
        raise
    return (file.name, *fitted_size(*size, width))
