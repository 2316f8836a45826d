"""Photographs: what an upload must be, how it is stored, and the resized copies (renditions)
public pages serve.

An upload is refused with a clear message unless Pillow can read it whole, it is a JPEG, PNG,
WebP or GIF, and it stays within PHOTO_MAX_UPLOAD_BYTES and PHOTO_MAX_PIXELS (a decompression
bomb is one more picture with too many pixels).

Every photograph field is a `PhotoField`. Its uploads are stored under a random name
(`photos/<32 hex digits>.<ext>`: nothing of the upload's own name nor of the date, and nothing
to guess from) and without their metadata: `without_metadata()` drops GPS positions, camera
serial numbers, XMP, IPTC, comments and embedded thumbnails by rewriting the file's container
(JPEG segments, PNG chunks, WebP chunks, GIF blocks), so the picture itself is never decoded nor
encoded again and loses nothing. Only the EXIF orientation is written back, so that the picture
still stands upright; colour profiles stay. That happens in `PhotoFieldFile.save()`, which every
write path goes through (an admin form, `photo.save()`, a file assigned before `obj.save()`).
Files stored before this keep their names.

Pages never show the upload itself: django-imagekit makes WebP and JPEG (PNG when the photograph
is transparent) renditions at a few widths, upright, without the upload's metadata, and stores
them beside their original, in its storage, under CACHE/images/ (a press release's in a
core.media.ProtectedStorage, whose URLs are those of a view that checks the release). They are
made before any visitor asks (`make_renditions()`): once a new photograph's save commits
(core.models), and by the data commands for the photographs they load. A page that finds one
missing all the same makes it then, and its visitor waits: 1 to 3 s for the Mission to Serbia's
page (nine photographs, 54 renditions) on a developer's machine, against 0.3 s. What a
photograph's renditions are is kept in the cache under the file's name (an upload never changes
under its name), so a page asks the database nothing per photograph and, once warm, reads no
image file either.
"""

import hashlib
import io
import logging
import secrets
import struct
import zlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from imagekit import ImageSpec
from imagekit.cachefiles import ImageCacheFile
from imagekit.cachefiles.backends import CacheFileState
from PIL import ExifTags, Image, ImageOps

from .media import ProtectedStorage

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
        raise unreadable_image() from error
    finally:
        file.seek(0)


def unreadable_image():
    return ValidationError(
        _(
            "This file is not a photograph the site can read, or it is damaged. Upload a "
            "JPEG, PNG, WebP or GIF image."
        ),
        # Not "invalid_image": a model form would show its own field's message instead.
        code="unreadable_image",
    )


def _check_format(image):
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("This is a %(format)s file. Upload the photograph as JPEG, PNG, WebP or GIF."),
            code="invalid_image_format",
            params={"format": image.format},
        )


def _check_image(image):
    _check_format(image)
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


# Stored originals

PHOTO_FOLDER = "photos"
# The extension a stored original gets, from what the file is (not from what it was called).
EXTENSIONS = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}


def photo_name(instance, filename):
    """`upload_to` of every photograph: photos/<32 random hex digits><extension>. Neither the
    upload's name nor the date (both can say what a picture shows, or when), and 128 random bits
    that nobody can guess."""
    return f"{PHOTO_FOLDER}/{secrets.token_hex(16)}{PurePosixPath(filename).suffix.lower()}"


def without_metadata(content):
    """`content` (a photograph's file) as the site stores it: a ContentFile of the same picture
    without its metadata, named `photo.<extension of its format>`.

    Raises ValidationError when it is not a photograph the site accepts (see validate_upload).
    """
    if hasattr(content, "seek"):
        content.seek(0)
    data = content.read()
    try:
        with Image.open(io.BytesIO(data)) as image:
            _check_format(image)
            kind, size = image.format, image.size
            orientation = _orientation(image)
        cleaned = _STRIPPERS[kind](data, orientation)
        with Image.open(io.BytesIO(cleaned)) as image:
            if image.size != size or EXTENSIONS[image.format] != EXTENSIONS[kind]:
                raise ValueError("the picture changed")
    except ValidationError:
        raise
    except Exception as error:  # a damaged or hostile file: Pillow or the rewriting gave up
        raise unreadable_image() from error
    return ContentFile(cleaned, name=f"photo{EXTENSIONS[kind]}")


def _orientation(image):
    try:
        orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # a damaged EXIF block: the picture as it is stored
        return 1
    return orientation if orientation in range(1, 9) else 1


def _orientation_exif(orientation):
    """A TIFF-structured EXIF block holding only `orientation`, or b"" for none needed."""
    if orientation == 1:
        return b""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    return exif.tobytes().removeprefix(b"Exif\x00\x00")


# JPEG: application segments kept (by marker and signature): JFIF, the colour profile, and
# Adobe's colour transform. Every other APPn (EXIF, XMP, IPTC, MPF, maker notes, JFXX
# thumbnails) and every comment goes; so does whatever follows the first image (a camera's
# second picture, vendors' trailers). The compressed picture is copied byte for byte.
JPEG_KEPT_SEGMENTS = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}


def _jpeg_without_metadata(data, orientation):
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    kept = [b"\xff\xd8"]
    position = 2
    while position + 1 < len(data):
        if data[position] != 0xFF or data[position + 1] == 0xFF:
            position += 1  # a stray byte or a fill byte before a marker (decoders skip them)
            continue
        marker = data[position + 1]
        if marker == 0xD9:  # the end of the first image
            kept.append(b"\xff\xd9")
            break
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            kept.append(data[position : position + 2])
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        end = position + 2 + length
        if length < 2 or end > len(data):
            raise ValueError("a truncated segment")
        segment = data[position:end]
        signature = JPEG_KEPT_SEGMENTS.get(marker)
        is_metadata = marker == 0xFE or 0xE0 <= marker <= 0xEF
        if not is_metadata or (signature and segment[4:].startswith(signature)):
            kept.append(segment)
        position = end
        if marker == 0xDA:  # start of scan: the compressed data runs to the next marker
            scan_end = _jpeg_scan_end(data, position)
            kept.append(data[position:scan_end])
            position = scan_end
    exif = _orientation_exif(orientation)
    if exif:
        payload = b"Exif\x00\x00" + exif
        app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
        # After JFIF's APP0 when there is one (JFIF wants to be first), else first.
        at = 2 if len(kept) > 1 and kept[1].startswith(b"\xff\xe0") else 1
        kept.insert(at, app1)
    return b"".join(kept)


def _jpeg_scan_end(data, position):
    """Where the entropy-coded data starting at `position` ends: at the next marker that is not
    a stuffed 0xFF00 or a restart marker."""
    while True:
        position = data.find(b"\xff", position)
        if position < 0 or position + 1 >= len(data):
            return len(data)
        following = data[position + 1]
        if following == 0xFF:
            position += 1
        elif following == 0x00 or 0xD0 <= following <= 0xD7:
            position += 2
        else:
            return position


# PNG: the chunks that draw the picture (pixels, palette, transparency, colour, pixel density,
# animation); text chunks (comments, XMP), eXIf, tIME and any private chunk go.
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEPT_CHUNKS = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
    b"cICP", b"mDCV", b"cLLI", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
}  # fmt: skip


def _png_chunk(kind, payload):
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _png_without_metadata(data, orientation):
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    kept = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            raise ValueError("a truncated chunk")
        if kind in PNG_KEPT_CHUNKS:
            kept.append(data[position:end])
        if kind == b"IHDR" and (exif := _orientation_exif(orientation)):
            kept.append(_png_chunk(b"eXIf", exif))
        position = end
        if kind == b"IEND":
            break
    return b"".join(kept)


# WebP: the picture, its alpha, animation and colour profile; EXIF, XMP and unknown chunks go.
WEBP_KEPT_CHUNKS = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
WEBP_EXIF_FLAG, WEBP_XMP_FLAG = 0x08, 0x04


def _webp_without_metadata(data, orientation):
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not a WebP")
    chunks = []
    position = 12
    while position + 8 <= len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack("<I", data[position + 4 : position + 8])
        end = position + 8 + length + (length & 1)
        if position + 8 + length > len(data):
            raise ValueError("a truncated chunk")
        if kind in WEBP_KEPT_CHUNKS:
            chunks.append([kind, data[position + 8 : position + 8 + length]])
        position = end
    exif = _orientation_exif(orientation)
    for chunk in chunks:
        if chunk[0] == b"VP8X":  # the extended format's flags say which chunks follow
            flags = chunk[1][0] & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG)
            if exif:
                flags |= WEBP_EXIF_FLAG
            chunk[1] = bytes([flags]) + chunk[1][1:]
            if exif:
                chunks.append([b"EXIF", exif])  # EXIF comes after the picture
            break
    body = b"".join(
        kind + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)
        for kind, payload in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


# GIF: graphic control, plain text and looping extensions stay; comments and other application
# extensions (XMP among them) go.
GIF_KEPT_APPLICATIONS = {b"NETSCAPE2.0", b"ANIMEXTS1.0"}


def _gif_sub_blocks_end(data, position):
    while True:
        size = data[position]
        position += 1 + size
        if size == 0:
            return position


def _gif_without_metadata(data, orientation):
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        raise ValueError("not a GIF")
    flags = data[10]
    position = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    kept = [data[:position]]
    while position < len(data):
        introducer = data[position]
        if introducer == 0x3B:  # trailer
            kept.append(b"\x3b")
            break
        if introducer == 0x2C:  # an image: descriptor, local colour table, compressed data
            flags = data[position + 9]
            start = position
            position += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1
            position = _gif_sub_blocks_end(data, position)
            kept.append(data[start:position])
        elif introducer == 0x21:  # an extension
            label, start = data[position + 1], position
            position = _gif_sub_blocks_end(data, position + 2)
            block = data[start:position]
            if label in (0xF9, 0x01) or (label == 0xFF and block[3:14] in GIF_KEPT_APPLICATIONS):
                kept.append(block)
        else:
            raise ValueError("an unknown GIF block")
    return b"".join(kept)


_STRIPPERS = {
    "JPEG": _jpeg_without_metadata,
    "MPO": _jpeg_without_metadata,  # a camera's JPEG with a second picture: the first is kept
    "PNG": _png_without_metadata,
    "WEBP": _webp_without_metadata,
    "GIF": _gif_without_metadata,
}


class PhotoFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        """Store `content` without its metadata, under a name from `upload_to` (random)."""
        content = without_metadata(content)
        super().save(content.name, content, save)


class PhotoField(models.ImageField):
    """An ImageField for photographs: stored under a random name (`photo_name`) and without
    their metadata (`without_metadata`), whichever way the file comes."""

    attr_class = PhotoFieldFile

    def __init__(self, *args, upload_to=photo_name, **kwargs):
        super().__init__(*args, upload_to=upload_to, **kwargs)


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
    # Where it is stored: its original's storage (public media, or a ProtectedStorage).
    storage: Storage = field(default=default_storage, compare=False, repr=False)

    @property
    def url(self):
        return self.storage.url(self.name)


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
    def thumbnail(self):
        """The one small copy a list shows beside a title: the narrowest fallback."""
        return self.fallback[0]

    @property
    def width(self):
        return self.fallback[-1].width

    @property
    def height(self):
        return self.fallback[-1].height


def srcset(renditions):
    return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions)


def make_renditions(photo, *, link_preview=False, fresh=False):
    """Make every rendition pages show of `photo` that is not made yet: those of its <picture>,
    and with `link_preview` (a page's own photograph) its link preview. A photograph that cannot
    be read is logged, not raised (see `renditions()`). `fresh`: look at the files, not at what
    the cache remembers of them (a restored or emptied media folder)."""
    renditions(photo, fresh=fresh)
    if link_preview:
        open_graph_image(photo, fresh=fresh)


def renditions(photo, *, fresh=False):
    """The PhotoRenditions of `photo` (an ImageField's file), or None when none can be made."""
    make = partial(_make_renditions, fresh=fresh)
    made = _remembered(photo, ("picture", RENDITION_WIDTHS), make, fresh=fresh)
    if not made:
        return None
    storage = photo.storage
    return PhotoRenditions(
        webp=tuple(Rendition(*r, storage=storage) for r in made["WEBP"]),
        fallback=tuple(Rendition(*r, storage=storage) for r in made["fallback"]),
    )


def open_graph_image(photo, *, fresh=False):
    """A JPEG rendition of `photo` about 1,200 pixels wide, or None when it cannot be made."""
    make = partial(_make_open_graph_image, fresh=fresh)
    made = _remembered(photo, ("open-graph", OPEN_GRAPH_WIDTH), make, fresh=fresh)
    return Rendition(*made, storage=photo.storage) if made else None


def _remembered(photo, kind, make, *, fresh=False):
    if not photo:
        return None
    # The storage's kind too: a photograph moved into a ProtectedStorage has renditions there.
    selection = (type(photo.storage).__name__, photo.name, kind, ENCODER_OPTIONS)
    key = "photo:" + hashlib.sha256(repr(selection).encode()).hexdigest()[:32]
    made = None if fresh else cache.get(key)
    if made is None:
        try:
            made = make(photo)
        except Exception:  # a missing or unreadable original must not take the page down
            logger.warning("No renditions could be made of %s", photo.name, exc_info=True)
            cache.set(key, (), RETRY_SECONDS)
            return None
        cache.set(key, made, settings.IMAGEKIT_CACHE_TIMEOUT)
    return made


def _make_renditions(photo, *, fresh=False):
    with photo.open("rb"), Image.open(photo) as image:
        size = upright_size(image)
        fallback_format = "PNG" if image.has_transparency_data else "JPEG"
    widths = sorted({min(width, size[0]) for width in RENDITION_WIDTHS})
    return {
        "WEBP": [_make(photo, size, width, "WEBP", fresh=fresh) for width in widths],
        "fallback": [_make(photo, size, width, fallback_format, fresh=fresh) for width in widths],
    }


def _make_open_graph_image(photo, *, fresh=False):
    with photo.open("rb"), Image.open(photo) as image:
        size = upright_size(image)
    return _make(photo, size, OPEN_GRAPH_WIDTH, "JPEG", fresh=fresh)


def _make(photo, size, width, format, *, fresh=False):
    """Make (unless it exists) one rendition, beside its original; return its name and size.
    `fresh`: whether it exists is asked of the storage, not of imagekit's remembered state."""
    spec = RenditionSpec(photo, width, format)
    name = spec.cachefile_name  # imagekit's: CACHE/images/<original without extension>/<hash>
    if isinstance(photo.storage, ProtectedStorage):
        name = photo.storage.rendition_name(photo.name, name)
    file = ImageCacheFile(spec, name=name, storage=photo.storage)
    try:
        file.generate(force=fresh and not photo.storage.exists(file.name))
    except Exception:
        # imagekit would otherwise remember the attempt as still "generating" and never retry.
        file.cachefile_backend.set_state(file, CacheFileState.DOES_NOT_EXIST)
        raise
    return (file.name, *fitted_size(*size, width))
