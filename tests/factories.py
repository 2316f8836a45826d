"""Small factory functions for test data, with the state variants the tests need."""

import itertools
from datetime import timedelta

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django.utils.text import slugify
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from countries.models import Chairpersonship, ParticipatingState
from events.models import Event, EventSeries
from fields.models import FieldOfWork
from missions.models import Department, FieldOperation, WorkSection
from news.models import EditorialScope, Place, PressRelease
from pages.models import Page, PageSection, PageSectionTranslation, PageTranslation
from people.models import Appointment, Person, Position
from structures.models import Structure

_sequence = itertools.count(1)


def _next():
    return next(_sequence)


def free_state_code(number):
    """A two-letter code no State in the database has (the counter wraps after 676 codes, and a
    test may have taken one, e.g. Serbia's RS)."""
    taken = set(ParticipatingState.objects.values_list("code", flat=True))
    for offset in range(26 * 26):
        candidate = (number + offset) % (26 * 26)
        code = f"{chr(65 + candidate // 26)}{chr(65 + candidate % 26)}"
        if code not in taken:
            return code
    raise ValueError("every two-letter code is taken")


def make_state(name=None, *, kind=ParticipatingState.Kind.PARTICIPATING, code=None, **extra):
    number = _next()
    name = name or f"State {number}"
    code = code or free_state_code(number)
    return ParticipatingState.objects.create(
        name=name, slug=extra.pop("slug", slugify(name)), code=code, kind=kind, **extra
    )


def make_chairpersonship(state, year):
    return Chairpersonship.objects.create(state=state, year=year)


def make_field(name=None, **extra):
    name = name or f"Field {_next()}"
    return FieldOfWork.objects.create(name=name, slug=extra.pop("slug", slugify(name)), **extra)


def make_structure(name=None, *, kind=Structure.Kind.INSTITUTION, **extra):
    name = name or f"Institution {_next()}"
    return Structure.objects.create(
        name=name, slug=extra.pop("slug", slugify(name)), kind=kind, **extra
    )


def make_operation(name=None, **extra):
    name = name or f"Mission {_next()}"
    extra.setdefault("operation_type", FieldOperation.OperationType.MISSION)
    return FieldOperation.objects.create(name=name, slug=extra.pop("slug", slugify(name)), **extra)


def make_section(operation, title=None, *, fields=(), **extra):
    section = WorkSection.objects.create(
        operation=operation, title=title or f"Section {_next()}", **extra
    )
    section.fields_of_work.set(fields)
    return section


def make_department(operation, title=None, *, fields=(), is_published=True, **extra):
    """A published department of `operation`, unless told otherwise."""
    title = title or f"Department {_next()}"
    department = Department.objects.create(
        operation=operation,
        title=title,
        slug=extra.pop("slug", slugify(title)),
        is_published=is_published,
        **extra,
    )
    department.fields_of_work.set(fields)
    return department


def make_place(name=None, **extra):
    name = name or f"Place {_next()}"
    return Place.objects.create(name=name, slug=extra.pop("slug", slugify(name)), **extra)


def make_release(
    title=None,
    *,
    status=PressRelease.Status.PUBLISHED,
    published_at=None,
    fields=(),
    sources=(),
    places=(),
    states=(),
    tags=(),
    **extra,
):
    """A published release dated an hour ago, unless told otherwise."""
    number = _next()
    title = title or f"Press release {number}"
    release = PressRelease.objects.create(
        title=title,
        slug=extra.pop("slug", f"{slugify(title)}-{number}"),
        status=status,
        published_at=published_at or timezone.now() - timedelta(hours=1),
        **extra,
    )
    release.fields_of_work.set(fields)
    release.sources.set(sources)
    release.places.set(places)
    release.states.set(states)
    if tags:
        release.tags.set(list(tags))
    return release


def make_draft(title=None, **extra):
    return make_release(title, status=PressRelease.Status.DRAFT, **extra)


def make_scheduled(title=None, **extra):
    """Released under embargo until tomorrow: hidden until then."""
    return make_release(
        title,
        status=PressRelease.Status.SCHEDULED,
        published_at=extra.pop("published_at", timezone.now() + timedelta(days=1)),
        **extra,
    )


def make_page(title=None, *, parent=None, status=Page.Status.PUBLISHED, **extra):
    """A page published an hour ago (at the top, or the last under `parent`), unless told
    otherwise."""
    title = title or f"Page {_next()}"
    page = Page(
        title=title,
        slug=extra.pop("slug", slugify(title)),
        status=status,
        published_at=extra.pop("published_at", timezone.now() - timedelta(hours=1)),
        **extra,
    )
    if parent is None:
        return Page.objects.add_root(instance=page)
    parent.refresh_from_db()  # treebeard reads the parent's place in the tree as stored
    return Page.objects.add_child(parent, instance=page)


def translate_page(page, language="ru", *, status=Page.Status.PUBLISHED, **texts):
    """`page`'s translation into `language`, published an hour ago unless told otherwise."""
    texts.setdefault("title", f"{page.title} ({language})")
    return PageTranslation.objects.create(
        item=page,
        language=language,
        status=status,
        published_at=texts.pop("published_at", timezone.now() - timedelta(hours=1)),
        **texts,
    )


def make_page_section(page, kind=PageSection.Kind.TEXT, *, translations=None, **extra):
    """A section of `page` (rich text unless told otherwise), last of its sections, with
    `translations` ({language: {field: text}})."""
    if kind in (PageSection.Kind.TEXT, PageSection.Kind.CALLOUT):
        extra.setdefault("text", f"<p>Section {_next()}.</p>")
    extra.setdefault("position", page.sections.count())
    section = PageSection.objects.create(page=page, kind=kind, **extra)
    for language, texts in (translations or {}).items():
        PageSectionTranslation.objects.create(item=section, language=language, **texts)
    return section


def make_person(name=None, **extra):
    name = name or f"Person {_next()}"
    return Person.objects.create(name=name, slug=extra.pop("slug", slugify(name)), **extra)


def make_position(structure, title=None, *, kind=Position.Kind.OTHER, **extra):
    title = title or f"Position {_next()}"
    return Position.objects.create(
        title=title, slug=extra.pop("slug", slugify(title)), kind=kind, structure=structure, **extra
    )


def appoint(person, position, start, end=None, **extra):
    return Appointment.objects.create(
        person=person, position=position, start=start, end=end, **extra
    )


def staff_client(user_model, username, *groups, sources=None):
    """A logged-in test client of a staff member in `groups`, limited to `sources` if given."""
    user = user_model.objects.create_user(username, password="pw", is_staff=True)
    user.groups.set(Group.objects.filter(name__in=groups))
    if sources is not None:
        scope = EditorialScope.objects.create(user=user)
        scope.sources.set(sources)
    client = Client()
    log_in_verified(client, user)
    return client


def log_in_verified(client, user):
    """Log `client` in as `user` with the second factor passed, as staff.views.verify leaves a
    session: `force_login` alone is half a login, which the admin refuses (staff.middleware)."""
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="tests", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    client.user = user


def make_series(name=None, **extra):
    name = name or f"Series {_next()}"
    return EventSeries.objects.create(name=name, slug=extra.pop("slug", slugify(name)), **extra)


def make_event(title=None, *, series=None, start=None, hours=3, organisers=(), **extra):
    """A published event in Vienna starting `start` (default: in a week), `hours` long."""
    number = _next()
    title = title or f"Meeting {number}"
    start = start or timezone.now() + timedelta(days=7)
    event = Event.objects.create(
        title=title,
        slug=extra.pop("slug", f"{slugify(title)}-{number}"),
        series=series or make_series(),
        start=start,
        end=extra.pop("end", start + timedelta(hours=hours)),
        status=extra.pop("status", Event.Status.PUBLISHED),
        published_at=extra.pop("published_at", timezone.now() - timedelta(hours=1)),
        **extra,
    )
    event.organisers.set(organisers)
    return event
