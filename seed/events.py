"""The series of meetings and conferences (reference data, `load_series`, run by
load_reference_data) and the demo events with their documents (`load_events`, run by
load_demo_content), from seed/data/events.py.

Both are idempotent and respect editors: a series is found by its slug or by a former slug (an
editor's rename: core.models.FormerSlug), and one that exists is left as it is, its names in
other languages too where it has a row there; an event or a document whose slug exists is left
as the editors have it.
"""

from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from core import languages
from core.models import FormerSlug
from core.search import fold
from countries.models import ParticipatingState
from events.models import Event, EventSeries, whole_days
from fields.models import FieldOfWork
from news.models import Place, PressRelease
from publications.models import Publication, PublicationFile
from seed.data import events as data
from seed.publications import make_pdf
from structures.models import Structure


def load_series():
    """Add the series that are missing, and their names in the site's other languages where
    they have none; return how many series were added."""
    current = EventSeries.objects.in_bulk(field_name="slug")
    renamed = dict(
        FormerSlug.objects.filter(
            content_type=ContentType.objects.get_for_model(EventSeries),
            language=languages.SOURCE_LANGUAGE,
        ).values_list("slug", "object_id")
    )
    by_id = {series.pk: series for series in current.values()}
    added = 0
    for position, entry in enumerate(data.SERIES, start=1):
        series = current.get(entry["slug"]) or by_id.get(renamed.get(entry["slug"]))
        if series is None:
            series = EventSeries.objects.create(
                slug=entry["slug"],
                name=entry["name"],
                description=entry["description"],
                position=position * 10,
            )
            added += 1
        have = set(series.translations.values_list("language", flat=True))
        for language, name in entry["names"].items():
            if language in languages.codes() and language not in have:
                series.translations.create(language=language, name=name)
    return added


def load_places():
    """The demo events' cities, found by name: one that exists keeps its address. A new one's
    slug is its name without accents (core.search.fold: "Łódź" → "lodz")."""
    states = ParticipatingState.objects.in_bulk(field_name="code")
    places = {}
    for name, code in data.PLACES:
        places[name], _ = Place.objects.get_or_create(
            name=name,
            defaults={"slug": slugify(fold(name)) or slugify(code), "state": states.get(code)},
        )
    return places


def load_documents():
    """The demo events' documents (official documents of the library, each with a PDF)."""
    existing = set(Publication.objects.values_list("slug", flat=True))
    structures = Structure.objects.in_bulk(field_name="slug")
    for entry in data.DOCUMENTS:
        sources = [structures[slug] for slug in entry["sources"] if slug in structures]
        if entry["slug"] in existing or not sources:
            continue
        publication = Publication.objects.create(
            slug=entry["slug"],
            type=Publication.Type.OFFICIAL_DOCUMENT,
            title=entry["title"],
            summary=entry["summary"],
            status=Publication.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        publication.sources.set(sources)
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


def times_of(entry, zone):
    if "days" in entry:
        first, last = (date.fromisoformat(day) for day in entry["days"])
        return whole_days(first, last, zone)
    return tuple(
        timezone.make_aware(datetime.fromisoformat(value), zone) for value in entry["times"]
    )


def load_events():
    """Add the demo events that are missing (after the series, the releases and the library);
    return how many were added."""
    load_series()
    places = load_places()
    load_documents()
    existing = set(Event.objects.values_list("slug", flat=True))
    series = EventSeries.objects.in_bulk(field_name="slug")
    structures = Structure.objects.in_bulk(field_name="slug")
    fields = FieldOfWork.objects.in_bulk(field_name="slug")
    states = ParticipatingState.objects.in_bulk(field_name="code")
    added = 0
    for entry in data.EVENTS:
        organisers = [structures[slug] for slug in entry["organisers"] if slug in structures]
        if entry["slug"] in existing or entry["series"] not in series or not organisers:
            continue
        event = Event(
            slug=entry["slug"],
            series=series[entry["series"]],
            title=entry["title"],
            time_zone=entry["time_zone"],
            all_day="days" in entry,
            event_status=entry.get("event_status", Event.EventStatus.SCHEDULED),
            venue=entry["venue"],
            place=places.get(entry["place"]),
            summary=entry["summary"],
            body="".join(f"<p>{escape(text)}</p>" for text in entry["body"]),
            livestream_url=entry.get("livestream_url", ""),
            status=Event.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        event.start, event.end = times_of(entry, event.zone)
        event.full_clean()
        event.save()
        event.organisers.set(organisers)
        event.fields_of_work.set([fields[slug] for slug in entry["fields"] if slug in fields])
        event.states.set([states[code] for code in entry["states"] if code in states])
        event.documents.set(Publication.objects.filter(slug__in=entry["documents"]))
        event.related_news.set(PressRelease.objects.filter(slug__in=entry["news"]))
        added += 1
    return added
