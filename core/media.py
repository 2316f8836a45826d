"""Uploaded files that only a view may hand out: kept outside MEDIA_ROOT, served by Django.

MEDIA_ROOT is public: the web server (in development `django.conf.urls.static`, for Lighthouse
and the screenshots WhiteNoise) serves whatever is in it to anyone who has the address. That
suits the photographs of field operations, which are public the moment they are saved. It does
not suit a press release's photograph: while the release is a draft, in review, under embargo,
archived or expired, neither its photograph nor any resized copy of it may reach the public,
even from someone who knows the address (an editor's preview shows it; a release that was
public is unpublished).

So such files live in a `ProtectedStorage`: a folder of its own, PROTECTED_MEDIA_ROOT, which no
web server serves, whose URLs name a view (`url_name`) instead. The view decides, from the
database, whether the file may be had, and answers with `serve()`: the file with its type, a
short public cache lifetime when it is public, `private, no-store` for a preview; 404 for
anything else. Renditions (core.images) are stored in the same storage, named after the whole
name of their original (`rendition_name()`), so that the view reads from a rendition's name
which original it belongs to (`original_name()`) and applies the original's rule, in one query
on an indexed column.
"""

import posixpath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.views.static import was_modified_since

# What the view hands out: photographs, as the type their extension says, and nothing else.
CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


@deconstructible(path="core.media.ProtectedStorage")
class ProtectedStorage(FileSystemStorage):
    """Files under PROTECTED_MEDIA_ROOT, whose URLs are those of the view named `url_name`
    (which takes the file's name as `name`)."""

    def __init__(self, url_name):
        self.url_name = url_name
        super().__init__()

    @cached_property
    def base_location(self):
        return self._location or settings.PROTECTED_MEDIA_ROOT

    def url(self, name):
        # One address per file whatever the page's language: the view may sit under the
        # language prefixes, but a photograph is the same in every language.
        with translation.override(settings.LANGUAGE_CODE):
            return reverse(self.url_name, kwargs={"name": name})

    def rendition_name(self, original, generated):
        """The name of a rendition of `original` that imagekit would call `generated`
        (CACHE/images/<original without its extension>/<hash>.<ext>), with the original's
        whole name as its folder: CACHE/images/<original>/<hash>.<ext>."""
        return posixpath.join(
            settings.IMAGEKIT_CACHEFILE_DIR, original, posixpath.basename(generated)
        )

    def original_name(self, name):
        """The original that the file `name` is, or is a rendition of; None for a name this
        storage never gives out (absolute, with `..` or `.` parts, backslashes, doubled
        slashes)."""
        if not is_plain_name(name):
            return None
        renditions = settings.IMAGEKIT_CACHEFILE_DIR + "/"
        if name.startswith(renditions):
            return posixpath.dirname(name.removeprefix(renditions)) or None
        return name


def is_plain_name(name):
    """Whether `name` is a relative path that means what it says (no way out of a folder)."""
    return (
        bool(name)
        and "\\" not in name
        and "\x00" not in name
        and not name.startswith("/")
        and posixpath.normpath(name) == name
        and ".." not in name.split("/")
    )


def serve(request, storage, name, *, public):
    """A response with the file `name` of `storage`, to be kept by any cache for
    PROTECTED_MEDIA_CACHE_SECONDS when `public`, by none otherwise; 404 when there is no such
    photograph."""
    content_type = CONTENT_TYPES.get(posixpath.splitext(name)[1].lower())
    if content_type is None:
        raise Http404
    try:
        modified = storage.get_modified_time(name).timestamp()
        if public and not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
            response = HttpResponseNotModified()
        else:
            response = FileResponse(storage.open(name), content_type=content_type)
    except (OSError, SuspiciousFileOperation):  # missing, a folder, or outside the storage
        raise Http404 from None
    response["Last-Modified"] = http_date(modified)
    if public:
        patch_cache_control(response, public=True, max_age=settings.PROTECTED_MEDIA_CACHE_SECONDS)
    else:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex"
    return response


def serve_protected(request, name, *, field, public, staff=None):
    """The view of a ProtectedStorage: the file `name` (an original or a rendition of it) of
    the image field `field` of `public`'s model, answered by `serve()`.

    `public` are the rows the public sees, `staff` (None for everyone else) those this
    request's user may preview whatever their status. A file of a public row is served to
    anyone, cached; of a row only `staff` holds, to that user only, never cached (an editor's
    preview, the admin's "Currently:" link); anything else is a 404. Visitors cost one query,
    on the field's indexed column."""
    storage = public.model._meta.get_field(field).storage
    original = storage.original_name(name)
    if original is None:
        raise Http404
    if public.filter(**{field: original}).exists():
        return serve(request, storage, name, public=True)
    if staff is not None and staff.filter(**{field: original}).exists():
        return serve(request, storage, name, public=False)
    raise Http404
