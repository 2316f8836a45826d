"""The demo projects (seed/data/projects.py): loaded by `load_demo_content`, once; a project
whose slug exists is left as the editors have it."""

from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from fields.models import FieldOfWork
from projects.models import Project
from seed.data.projects import PROJECTS
from seed.images import draw_photo
from structures.models import Structure


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def load_projects():
    """Add the demo projects that are missing; return how many were added."""
    existing = set(Project.objects.values_list("slug", flat=True))
    structures = Structure.objects.in_bulk(field_name="slug")
    fields = FieldOfWork.objects.in_bulk(field_name="slug")
    added = 0
    for entry in PROJECTS:
        if entry["slug"] in existing:
            continue
        sources = [structures[slug] for slug in entry["sources"] if slug in structures]
        if not sources:
            continue
        project = Project(
            slug=entry["slug"],
            title=entry["title"],
            summary=entry["summary"],
            body=paragraphs(entry["body"]),
            phase=entry["phase"],
            starts_on=date.fromisoformat(entry["starts_on"]),
            ends_on=date.fromisoformat(entry["ends_on"]) if entry["ends_on"] else None,
            other_funders="\n".join(entry["other_funders"]),
            budget=Decimal(entry["budget"]) if entry["budget"] else None,
            status=Project.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        if photo := entry["photo"]:
            name = f"{slugify(entry['slug'])[:60]}.jpg"
            project.photo.save(name, ContentFile(draw_photo(entry["slug"]), name=name), save=False)
            project.photo_caption = photo["caption"]
            project.photo_credit = photo["credit"]
            project.photo_alt = photo["alt"]
        project.save()
        project.sources.set(sources)
        project.fields_of_work.set([fields[slug] for slug in entry["fields"] if slug in fields])
        for language, texts in entry["translations"].items():
            texts = {**texts, "body": paragraphs(texts.get("body", []))}
            project.translations.create(language=language, **texts)
        added += 1
    return added


def demo_project_photographs():
    """The demo projects that have a photograph (their renditions are made after the load)."""
    slugs = [entry["slug"] for entry in PROJECTS if entry["photo"]]
    return Project.objects.filter(slug__in=slugs).exclude(photo="")
