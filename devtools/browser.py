"""What the browser-driven tools share (screenshots, the browser tests, Lighthouse): how chromium
is started, and one page of each public type."""

from django.core.management.base import CommandError
from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from countries.models import ParticipatingState
from events.models import Event
from fields.models import FieldOfWork
from missions.models import Department, FieldOperation
from news.models import PressRelease
from pages.models import Page, PageSection
from people.models import Person
from projects.models import Project
from publications.models import Publication
from structures.models import Structure

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def page_addresses():
    """The address of one page of each public type, from the content in the database.

    It prefers the demo content's showcases (Elections, the Mission to Serbia and its
    Democratization Department, a release of the Mission with a photograph) and falls back on
    whatever exists.
    """
    field = FieldOfWork.objects.filter(slug="elections").first() or FieldOfWork.objects.first()
    operation = (
        FieldOperation.objects.filter(slug="mission-to-serbia").first()
        or FieldOperation.objects.first()
    )
    state = (
        ParticipatingState.objects.filter(slug="serbia").first()
        or ParticipatingState.objects.first()
    )
    structure = (
        Structure.objects.filter(slug="secretariat").first()
        or Structure.objects.filter(fieldoperation__isnull=True).first()
    )
    chairpersonship = Structure.objects.filter(kind=Structure.Kind.CHAIRPERSONSHIP).first()
    closed_operation = FieldOperation.objects.closed().first()
    departments = Department.objects.published().select_related("operation")
    department = departments.filter(operation=operation).first() or departments.first()
    releases = PressRelease.objects.published().order_by("-published_at")
    release = (
        releases.filter(sources=operation, photo__gt="").first()
        or releases.filter(photo__gt="").first()
        or releases.first()
    )
    # A person with a release that names them (the demo's Chairperson-in-Office in Belgrade).
    person = (
        Person.objects.filter(slug="sebastian-kurz", press_releases__isnull=False).first()
        or Person.objects.filter(press_releases__isnull=False).first()
        or Person.objects.first()
    )
    pages = editable_pages()
    missing = [
        name
        for name, obj in [
            ("field of work", field),
            ("field operation", operation),
            ("participating State", state),
            ("structure", structure),
            ("published press release", release),
            ("published department", department),
            ("person", person),
            *[(f"published page with {kind} sections", page) for kind, page in pages.items()],
        ]
        if obj is None
    ]
    if missing:
        raise CommandError(
            f"No {', '.join(missing)} in the database: run `manage.py load_reference_data` "
            "and `manage.py load_demo_content` first."
        )
    # Two fields of work with news between them, for a newsroom with filters applied.
    busiest = (
        FieldOfWork.objects.filter(press_releases__in=releases)
        .annotate(news=Count("press_releases"))
        .order_by("-news", "name")
        .values_list("slug", flat=True)[:2]
    )
    news = reverse("news:list")
    return {
        "home": reverse("pages:home"),
        "fields": reverse("fields:list"),
        "field": field.get_absolute_url(),
        "operations": reverse("missions:list"),
        "operation": operation.get_absolute_url(),
        "states": reverse("countries:list"),
        "state": state.get_absolute_url(),
        "structures": reverse("structures:list"),
        "structure": structure.get_absolute_url(),
        "chairpersonship": (chairpersonship or structure).get_absolute_url(),
        "closed-operation": (closed_operation or operation).get_absolute_url(),
        "department": department.get_absolute_url(),
        "newsroom": news,
        "newsroom-filtered": news + "?" + "&".join(f"field={slug}" for slug in busiest),
        "newsroom-search": news + "?q=election+observation",
        "newsroom-bad-filter": news + "?year=nineteen",
        "release": release.get_absolute_url(),
        "search": reverse("search:results") + "?q=elections",
        "not-found": "/no-such-page/",
        "leadership": reverse("people:leadership"),
        "person": person.get_absolute_url(),
        # The publications library (issue 14), and a publication's page where one is public.
        "library": reverse("publications:list"),
        "library-filtered": reverse("publications:list") + "?type=guide&field=elections",
        "library-bad-filter": reverse("publications:list") + "?type=nineteen",
        "publication": publication_address(),
        # The projects, a project's page (the demo's with a photograph, where public), and the
        # OSCE stories (issue 14).
        "projects": reverse("projects:list"),
        "project": project_address(),
        "stories": reverse("stories:list"),
        # Meetings and conferences (issue 14): the list, an event's page and a series' page.
        "events": reverse("events:list"),
        **event_addresses(),
        **{f"page-{kind}": page.get_absolute_url() for kind, page in pages.items()},
    }


def event_addresses():
    """An event's page (the demo's Permanent Council plenary, with its documents, where it is
    there) and its series' page; the list where no event is public."""
    events = Event.objects.published().select_related("series")
    event = (
        events.filter(slug="permanent-council-plenary-2026-11-26").first()
        or events.order_by("-start").first()
    )
    if event is None:
        return {"event": reverse("events:list"), "event-series": reverse("events:list")}
    return {"event": event.get_absolute_url(), "event-series": event.series.get_absolute_url()}


def publication_address():
    publication = Publication.objects.published().order_by("-published_on", "-id").first()
    return publication.get_absolute_url() if publication else reverse("publications:list")


def project_address():
    projects = Project.objects.published().order_by("-starts_on", "-id")
    project = projects.exclude(photo="").first() or projects.first()
    return project.get_absolute_url() if project else reverse("projects:list")


# An editable page of each kind of body: its sections' kinds (the demo content's About us has
# rich text, a call-out, a list of links and the pages under it; Our history breadcrumbs and a
# quotation; Institutions structures; Organizational structure the overview).
PAGE_KINDS = {
    "text": [PageSection.Kind.TEXT, PageSection.Kind.CALLOUT, PageSection.Kind.LINKS],
    "quotation": [PageSection.Kind.QUOTATION],
    "structures": [PageSection.Kind.STRUCTURES],
    "overview": [PageSection.Kind.OVERVIEW],
}


def editable_pages(language=None):
    """{kind: a published page whose sections include every kind of PAGE_KINDS[kind] (in
    `language`, with its texts in it), the deepest first}, None where none has."""
    pages = Page.objects.published(language).order_by("-depth", "path")
    if language:
        pages = pages.with_translations(language)
    found = {}
    for name, kinds in PAGE_KINDS.items():
        having = pages
        for kind in kinds:
            having = having.filter(pk__in=PageSection.objects.filter(kind=kind).values("page"))
        page = having.first()
        found[name] = page.in_language(language) if page and language else page
    return found


def russian_page_addresses():
    """The address of each public page type in Russian, from the demo content's translations,
    and of a release that is not in Russian (its 404 that links to the languages it has)."""
    with translation.override("ru"):
        releases = PressRelease.objects.published("ru").with_translations("ru")
        release = releases.order_by("-published_at").first()
        english_only = PressRelease.objects.published().exclude(
            pk__in=PressRelease.objects.published("ru").values("pk")
        )
        untranslated = english_only.order_by("-published_at").first()
        field = FieldOfWork.objects.in_language("ru").with_translations("ru").first()
        operation = FieldOperation.objects.in_language("ru").with_translations("ru").first()
        state = ParticipatingState.objects.in_language("ru").with_translations("ru").first()
        page = editable_pages("ru")["quotation"]
        if None in (release, untranslated, field, operation, state, page):
            raise CommandError("No Russian demo content: run `manage.py load_demo_content`.")
        return {
            "ru-home": reverse("pages:home"),
            "ru-newsroom": reverse("news:list"),
            "ru-field": field.in_language("ru").get_absolute_url(),
            "ru-operation": operation.in_language("ru").get_absolute_url(),
            "ru-state": state.in_language("ru").get_absolute_url(),
            "ru-release": release.in_language("ru").get_absolute_url(),
            "release-also-in-russian": release.get_absolute_url(),
            "ru-not-in-russian": reverse("news:detail", kwargs={"slug": untranslated.slug}),
            "ru-page": page.get_absolute_url(),
            "ru-library": reverse("publications:list"),
            "ru-leadership": reverse("people:leadership"),
        }
