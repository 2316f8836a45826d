"""The demo library: a dozen publications (seed/data/publications.py) whose PDFs are made
here, with fpdf2 (short documents that say what they are: demo files, not the OSCE's own), some
with a file in a second language. Loaded by `load_demo_content`, once: a publication whose slug
exists is left as the editors have it.

The Mission to Serbia's factsheets are written for the demo from what its pages say of its
work and are dated the day they are loaded; the others are generic demo documents with made-up
dates (the data file says so).
"""

import logging
from datetime import date
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF

from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import Department
from publications.models import Publication, PublicationFile
from seed.data.publications import PUBLICATIONS
from structures.models import Structure

logger = logging.getLogger(__name__)
# fpdf2 subsets the TrueType font with fontTools, which reports every table it prunes.
logging.getLogger("fontTools").setLevel(logging.WARNING)


# A Unicode TrueType font, for the PDFs in Russian (fpdf2's core fonts are Latin-1 only):
# DejaVu, where the system has it (Debian's fonts-dejavu-core).
UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
UNICODE_FONT_BOLD = UNICODE_FONT.with_name("DejaVuSans-Bold.ttf")
UNICODE_FONT_OBLIQUE = UNICODE_FONT.with_name("DejaVuSans-Oblique.ttf")

FOOTER = {
    "en": "Demonstration file generated for the OSCE site's demo content.",
    "fr": "Fichier de démonstration créé pour le contenu de démonstration du site de l'OSCE.",
    "ru": "Демонстрационный файл, созданный для демонстрационного содержимого сайта ОБСЕ.",
}


def has_unicode_font():
    return all(path.exists() for path in (UNICODE_FONT, UNICODE_FONT_BOLD, UNICODE_FONT_OBLIQUE))


def needs_unicode_font(texts):
    try:
        "".join(texts).encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def make_pdf(title, pages, language="en"):
    """A small PDF: the title, then one paragraph a page, and on each page a line saying that it
    is a demo file. In fpdf2's core font (Helvetica) where its texts are Latin-1, else in DejaVu
    (the caller checks `has_unicode_font()`)."""
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("OSCE site demo content")
    footer = FOOTER.get(language, FOOTER["en"])
    family = "Helvetica"
    if needs_unicode_font([title, *pages, footer]):
        family = "DejaVu"
        pdf.add_font(family, "", UNICODE_FONT)
        pdf.add_font(family, "B", UNICODE_FONT_BOLD)
        pdf.add_font(family, "I", UNICODE_FONT_OBLIQUE)
    for number, text in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font(family, "B", 16)
        if number == 1:
            pdf.multi_cell(0, 9, title)
            pdf.ln(4)
        pdf.set_font(family, size=12)
        pdf.multi_cell(0, 7, text)
        pdf.ln(6)
        pdf.set_font(family, "I", 9)
        pdf.multi_cell(0, 5, footer)
    return bytes(pdf.output())


def add_file(publication, language, title, pages):
    """The publication's PDF in `language`, made from `pages`."""
    content = make_pdf(title, pages, language)
    file = PublicationFile(
        publication=publication,
        language=language,
        size=len(content),
        page_count=len(pages),
        original_name=f"{publication.slug}-{language}.pdf",
    )
    file.file.save(f"{language}.pdf", ContentFile(content), save=False)
    file.save()


def load_publications():
    """Add the demo publications that are missing, with their translations and files; return
    how many were added. A publication whose slug exists is left as it is (an editor may have
    changed it, or deleted a file on purpose)."""
    existing = set(Publication.objects.values_list("slug", flat=True))
    structures = Structure.objects.in_bulk(field_name="slug")
    fields = FieldOfWork.objects.in_bulk(field_name="slug")
    states = ParticipatingState.objects.in_bulk(field_name="code")
    department = Department.objects.filter(
        operation__slug="mission-to-serbia", slug="democratization"
    ).first()
    unicode_font = has_unicode_font()
    added = 0
    for entry in PUBLICATIONS:
        if entry["slug"] in existing:
            continue
        sources = [structures[slug] for slug in entry["sources"] if slug in structures]
        if not sources:
            continue
        publication = Publication.objects.create(
            slug=entry["slug"],
            type=entry["type"],
            title=entry["title"],
            summary=entry["summary"],
            published_on=(
                date.fromisoformat(entry["published_on"])
                if "published_on" in entry
                else timezone.localdate()
            ),
            status=Publication.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        publication.sources.set(sources)
        publication.fields_of_work.set([fields[s] for s in entry["fields"] if s in fields])
        publication.states.set([states[c] for c in entry["states"] if c in states])
        if entry["department"] and department is not None:
            publication.departments.add(department)
        translations = entry["translations"]
        for language, texts in translations.items():
            publication.translations.create(language=language, **texts)
        add_file(publication, "en", entry["title"], entry["pages"])
        for language, pages in entry.get("files", {}).items():
            title = translations.get(language, {}).get("title", entry["title"])
            if needs_unicode_font([title, *pages]) and not unicode_font:
                logger.warning(
                    "No Unicode font at %s: the demo publication %s has no %s PDF. Install "
                    "fonts-dejavu-core and load the demo content into a fresh database.",
                    UNICODE_FONT,
                    entry["slug"],
                    language,
                )
                continue
            add_file(publication, language, title, pages)
        added += 1
    return added
