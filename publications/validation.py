"""What an uploaded publication file must be: a PDF that pypdf reads, of at most
PUBLICATION_MAX_FILE_BYTES and PUBLICATION_MAX_PAGES, neither encrypted nor carrying scripts or
embedded files (which a reader's PDF viewer could run or open). Each refusal says why, as a
form error: a file pypdf chokes on is "not a readable PDF", never a server error.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

logger = logging.getLogger(__name__)

SCRIPT_KEYS = {"/JS", "/JavaScript"}
# How many of the document's objects the search for scripts reads at most: a file with more is
# refused rather than published unchecked.
MAX_OBJECTS = 200_000


class PdfInfo:
    def __init__(self, size, page_count):
        self.size = size
        self.page_count = page_count


def check_pdf(upload):
    """Check the uploaded file `upload`; return its PdfInfo, or raise ValidationError."""
    size = upload.size
    if size > settings.PUBLICATION_MAX_FILE_BYTES:
        raise ValidationError(
            _("The file is %(size)s; a publication's file may be at most %(limit)s.")
            % {
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.PUBLICATION_MAX_FILE_BYTES),
            },
            code="too_large",
        )
    upload.seek(0)
    if upload.read(5) != b"%PDF-":
        raise ValidationError(_("The file is not a PDF."), code="not_pdf")
    upload.seek(0)
    try:
        reader = PdfReader(upload, strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _("The PDF is encrypted or password-protected: upload an unprotected copy."),
                code="encrypted",
            )
        root = reader.trailer["/Root"].get_object()
        page_count = len(reader.pages)
        problem = hostile_content(root)
    except ValidationError:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged file; all mean the same
        logger.info("Unreadable PDF upload: %r", error)
        raise ValidationError(_("The file is not a readable PDF."), code="unreadable") from None
    finally:
        upload.seek(0)
    if problem == "script":
        raise ValidationError(
            _("The PDF contains JavaScript, which the site does not publish: remove it first."),
            code="javascript",
        )
    if problem == "embedded":
        raise ValidationError(
            _("The PDF carries embedded files, which the site does not publish: remove them."),
            code="embedded_file",
        )
    if problem == "complex":
        raise ValidationError(
            _("The PDF is too complex to be checked for scripts: save a simpler copy."),
            code="too_complex",
        )
    if page_count < 1:
        raise ValidationError(_("The PDF has no pages."), code="no_pages")
    if page_count > settings.PUBLICATION_MAX_PAGES:
        raise ValidationError(
            _("The PDF has %(count)d pages; a publication's file may have at most %(limit)d.")
            % {"count": page_count, "limit": settings.PUBLICATION_MAX_PAGES},
            code="too_many_pages",
        )
    return PdfInfo(size=size, page_count=page_count)


def hostile_content(root):
    """ "script" where the document holds JavaScript (a /JS or /JavaScript entry anywhere: the
    names tree, an OpenAction, a page's or an annotation's action), "embedded" where it holds
    embedded files, "complex" where it has too many objects to tell, else None. Walks the
    objects reachable from the catalogue, each once."""
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/EmbeddedFiles" in names:
            return "embedded"
    seen, stack, visited = set(), [root], 0
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                continue
            seen.add(key)
            node = node.get_object()
        visited += 1
        if visited > MAX_OBJECTS:
            return "complex"
        if isinstance(node, DictionaryObject):
            keys = set(node.keys())
            if keys & SCRIPT_KEYS or node.get("/S") == "/JavaScript":
                return "script"
            if node.get("/Type") in ("/EmbeddedFile", "/Filespec") or "/EF" in keys:
                return "embedded"
            if node.get("/Subtype") == "/FileAttachment":
                return "embedded"
            stack.extend(value for name, value in node.items() if name != "/Parent")
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return None
