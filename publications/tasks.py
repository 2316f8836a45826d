"""A publication file's processing, in the background (django.tasks; `manage.py db_worker` runs
the queue, `make run` starts it): once a new or replaced file's save commits (PublicationFile
.save, whichever way it comes: the admin, the demo loader, the shell), `process_file` reads the
stored PDF with pypdfium2 and records its page count, a cover rendered from its first page
(stored like a photograph, with its renditions: core.images) and its text (the search's:
publications.search).

It may run late, twice, or after the file changed: it reads the row again, does nothing when
the file it was queued for is no longer the file's (the replacement has its own task) or was
processed already, and checks that again before it writes. A PDF it cannot read marks the file
failed, with the reason for the admin, and raises nothing (a worker does not retry it).
"""

import io
import logging
import posixpath

import pypdfium2
from django.core.files.base import ContentFile
from django.db import transaction
from django.tasks import task

from core import images

from . import search
from .models import PublicationFile

logger = logging.getLogger(__name__)

# The cover as rendered from page 1: this wide (its renditions are at most this), and at most
# MAX_COVER_RATIO times as high as wide (a strip of a page is cut, not rendered huge).
COVER_WIDTH = 1200
MAX_COVER_RATIO = 4


def enqueue(file_id, name):
    """Queue the processing of file `file_id` whose stored file is `name`."""
    process_file.enqueue(file_id, name)


@task()
def process_file(file_id, name=None):
    """Process the file `file_id` if its stored file is still `name` (None: whatever it is);
    return what was done ("done", "failed", or why nothing was)."""
    row = PublicationFile.objects.filter(pk=file_id).first()
    if row is None or not row.file:
        return "gone"
    name = name or row.file.name
    if row.file.name != name:
        return "replaced"
    if row.processing == PublicationFile.Processing.DONE and row.processed_name == name:
        return "already done"
    try:
        with row.file.storage.open(name, "rb") as handle:
            page_count, cover, text = read_pdf(handle.read())
    except Exception as error:  # a damaged or hostile PDF: pypdfium2 and Pillow raise many kinds
        logger.warning("Publication file %s (%s) not processed", file_id, name, exc_info=True)
        mark_failed(row, name, error)
        return "failed"
    return store(row, name, page_count, cover, text)


def read_pdf(data):
    """(page count, cover as JPEG bytes, text) of the PDF `data`."""
    document = pypdfium2.PdfDocument(data)
    try:
        page_count = len(document)
        if not page_count:
            raise ValueError("the PDF has no page")
        cover = render_cover(document[0])
        text = extract_text(document)
    finally:
        document.close()
    return page_count, cover, text


def render_cover(page):
    """Page 1 as a JPEG COVER_WIDTH pixels wide: the whole page, or its top when it is more
    than MAX_COVER_RATIO times as high as wide (cut before rendering: no huge bitmap)."""
    try:
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            raise ValueError("page 1 has no size")
        cut = max(0, height - width * MAX_COVER_RATIO)
        bitmap = page.render(scale=COVER_WIDTH / width, crop=(0, cut, 0, 0))
        image = bitmap.to_pil().convert("RGB")
    finally:
        page.close()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def extract_text(document):
    """The document's text, page after page, up to publications.search.TEXT_CHARACTERS."""
    parts, length = [], 0
    for index in range(len(document)):
        page = document[index]
        try:
            text_page = page.get_textpage()
            try:
                text = text_page.get_text_bounded()
            finally:
                text_page.close()
        finally:
            page.close()
        text = " ".join(text.replace("\x00", " ").split())
        parts.append(text)
        length += len(text) + 1
        if length >= search.TEXT_CHARACTERS:
            break
    return "\n".join(parts)[: search.TEXT_CHARACTERS]


def store(row, name, page_count, cover, text):
    """Save what was read, unless the file changed meanwhile; the old cover goes once this
    commits, and the new one's renditions are made."""
    row.cover.save("cover.jpg", ContentFile(cover), save=False)
    new_cover = row.cover.name
    with transaction.atomic():
        current = PublicationFile.objects.select_for_update().filter(pk=row.pk, file=name).first()
        if current is None:  # replaced or deleted while it was read
            transaction.on_commit(lambda: delete_cover(row.cover.storage, new_cover))
            return "replaced"
        PublicationFile.objects.filter(pk=row.pk).update(
            page_count=page_count,
            text=text,
            cover=new_cover,
            cover_width=row.cover_width,
            cover_height=row.cover_height,
            processing=PublicationFile.Processing.DONE,
            processing_error="",
            processed_name=name,
        )
        search.refresh_file_document(row.pk)
        storage = row.cover.storage
        if current.cover.name and current.cover.name != new_cover:
            stale = current.cover.name
            transaction.on_commit(lambda: delete_cover(storage, stale))
        transaction.on_commit(lambda: images.make_renditions(row.cover), robust=True)
    return "done"


def mark_failed(row, name, error):
    """The file `name` of `row` could not be read: failed, with the reason, and no cover (an
    older file's would show what the file no longer is)."""
    reason = str(error) or type(error).__name__
    with transaction.atomic():
        current = PublicationFile.objects.select_for_update().filter(pk=row.pk, file=name).first()
        if current is None:
            return
        PublicationFile.objects.filter(pk=row.pk).update(
            processing=PublicationFile.Processing.FAILED,
            processing_error=reason[:500],
            processed_name=name,
            cover="",
            cover_width=None,
            cover_height=None,
            text="",
            search_vector=None,
        )
        if current.cover.name:
            storage, stale = current.cover.storage, current.cover.name
            transaction.on_commit(lambda: delete_cover(storage, stale))


def delete_cover(storage, name):
    """Delete the cover `name` and its renditions (core.media: under its whole name)."""
    folder = storage.rendition_name(name, "x")
    folder = posixpath.dirname(folder)
    try:
        _folders, files = storage.listdir(folder)
    except OSError:
        files = []
    for file in files:
        storage.delete(posixpath.join(folder, file))
    storage.delete(name)


def process_again(files):
    """Queue the processing of `files` (a queryset of PublicationFile) again, as new: what
    was read from them is read afresh. Return how many were queued."""
    queued = 0
    for file_id, name in files.exclude(file="").values_list("pk", "file"):
        # Pending again: the task's "processed already" check no longer holds.
        PublicationFile.objects.filter(pk=file_id).update(
            processing=PublicationFile.Processing.PENDING, processing_error=""
        )
        transaction.on_commit(lambda file_id=file_id, name=name: enqueue(file_id, name))
        queued += 1
    return queued
