"""The demo library: a few publications whose PDFs are made here, with fpdf2 (short documents
that say what they are: demo files, not the OSCE's own). Loaded by `load_demo_content`, once:
a publication whose slug exists is left as the editors have it.

The texts are written for the demo from what the Mission's pages say of its work; no date is
claimed for any of them (each is dated the day it is loaded).
"""

from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF

from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import Department
from publications.models import Publication, PublicationFile
from structures.models import Structure

PUBLICATIONS = [
    {
        "slug": "mission-to-serbia-democratization-department-factsheet",
        "type": Publication.Type.FACTSHEET,
        "title": "Democratization Department of the OSCE Mission to Serbia",
        "summary": (
            "A two-page overview of what the Mission's Democratization Department does: "
            "support for democratic governance, human rights and equal opportunities, working "
            "with both State institutions and civil society."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["democratization", "human-rights"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "The Democratization Department of the OSCE Mission to Serbia helps democratic "
            "practice take firmer root across the country.",
            "It works with national and local institutions and with civil society "
            "organizations, on governance, human rights and equal treatment.",
        ],
        "translations": {
            "ru": {
                "title": "Департамент демократизации Миссии ОБСЕ в Сербии",
                "summary": (
                    "Краткий обзор работы Департамента демократизации Миссии: поддержка "
                    "демократического управления, прав человека и равных возможностей."
                ),
            },
        },
    },
    {
        "slug": "mission-to-serbia-roma-inclusion-factsheet",
        "type": Publication.Type.FACTSHEET,
        "title": "Roma inclusion: the Mission to Serbia's support",
        "summary": (
            "How the Mission supports the integration and empowerment of Roma in Serbia: "
            "technical help to State institutions with monitoring and reporting, Roma "
            "participation in planning, good local practice, and access to public services."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["roma-and-sinti"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "The Mission supports the integration and empowerment of Roma in Serbia.",
            "It helps State institutions monitor, co-ordinate and report on Roma inclusion, "
            "and it helps Roma take part in planning the programmes that concern them.",
            "Good practice found in one municipality is shared with others, and the Roma "
            "community is helped to reach the public services it is entitled to.",
        ],
        "translations": {},
    },
    {
        "slug": "mission-to-serbia-access-to-justice-factsheet",
        "type": Publication.Type.FACTSHEET,
        "title": "Access to justice for victims of serious crime",
        "summary": (
            "The Mission's work for victims of serious crimes, trafficking in human beings "
            "among them, and for children who are victims, to reach justice and support."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["combating-trafficking-in-human-beings", "rule-of-law"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "The Mission has worked against trafficking in human beings in Serbia with "
            "governmental bodies and civil society organizations.",
            "Its work now turns on access to justice for the victims of serious crimes, "
            "trafficking and crimes against children among them.",
        ],
        "translations": {},
    },
    {
        "slug": "guide-to-the-osce-publications-library",
        "type": Publication.Type.GUIDE,
        "title": "A short guide to this publications library",
        "summary": (
            "A demo guide: what the library holds, how its filters work, and how each "
            "publication's file in a language keeps its address when it is replaced."
        ),
        "sources": ["secretariat"],
        "fields": [],
        "states": [],
        "department": None,
        "pages": [
            "This guide is a demonstration file of the site's publications library.",
            "Each publication has one file per language, at an address that names the "
            "publication and the language and stays the same when the file is replaced.",
            "The library can be filtered by type, field of work, issuer, country, year and "
            "the language of the files.",
        ],
        "translations": {
            "fr": {
                "title": "Petit guide de la bibliothèque des publications",
                "summary": (
                    "Un guide de démonstration : ce que contient la bibliothèque, comment ses "
                    "filtres fonctionnent et pourquoi l'adresse d'un fichier ne change pas."
                ),
            },
        },
    },
]


def make_pdf(title, pages):
    """A small PDF: the title, then one paragraph a page (Latin letters only: fpdf2's core
    fonts)."""
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_creator("OSCE site demo content")
    for number, text in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        if number == 1:
            pdf.multi_cell(0, 9, title)
            pdf.ln(4)
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 7, text)
        pdf.ln(6)
        pdf.set_font("Helvetica", "I", 9)
        pdf.multi_cell(0, 5, "Demonstration file generated for the OSCE site's demo content.")
    return bytes(pdf.output())


def load_publications():
    """Add the demo publications that are missing; return how many were added."""
    existing = set(Publication.objects.values_list("slug", flat=True))
    structures = Structure.objects.in_bulk(field_name="slug")
    fields = FieldOfWork.objects.in_bulk(field_name="slug")
    states = ParticipatingState.objects.in_bulk(field_name="code")
    department = Department.objects.filter(
        operation__slug="mission-to-serbia", slug="democratization"
    ).first()
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
            status=Publication.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        publication.sources.set(sources)
        publication.fields_of_work.set([fields[s] for s in entry["fields"] if s in fields])
        publication.states.set([states[c] for c in entry["states"] if c in states])
        if entry["department"] and department is not None:
            publication.departments.add(department)
        for language, texts in entry["translations"].items():
            publication.translations.create(language=language, **texts)
        content = make_pdf(entry["title"], entry["pages"])
        file = PublicationFile(
            publication=publication,
            language="en",
            size=len(content),
            page_count=len(entry["pages"]),
            original_name=f"{entry['slug']}.pdf",
        )
        file.file.save(f"{entry['slug']}.pdf", ContentFile(content), save=False)
        file.save()
        added += 1
    return added
