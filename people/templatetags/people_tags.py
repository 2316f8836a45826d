"""What the pages of other apps show of people: the Chairperson-in-Office wherever the
Chairpersonship is shown, an operation's Head of Mission, a release's people. The apps below
people reach them only through this library (`{% load people_tags %}`) and relation names.

Each names its people (and positions) in the page's language where they have a name in it, else
in English, which the templates mark with `lang` (core.translations.shown_or_source).
"""

import datetime

from django import template
from django.db.models import Prefetch
from django.utils import timezone

from core import languages
from core.translations import shown_or_source
from structures.models import Structure

from ..models import Appointment, PersonTranslation, Position

register = template.Library()


def with_people_named(appointments, language):
    """`appointments` (a QuerySet) with their person, named in `language`, as a list."""
    appointments = appointments.select_related("person")
    if language != languages.SOURCE_LANGUAGE:
        rows = PersonTranslation.objects.filter(language=language)
        appointments = appointments.prefetch_related(
            Prefetch("person__translations", queryset=rows)
        )
    appointments = list(appointments)
    for appointment in appointments:
        appointment.person = shown_or_source(appointment.person, language)
    return appointments


@register.simple_tag
def current_chairperson_in_office():
    """`{% current_chairperson_in_office as chair %}`: today's Chairperson-in-Office (an
    appointment, with its person), or None where the data names nobody."""
    today = Appointment.objects.chairs_in_office().on()
    return next(iter(with_people_named(today, languages.active())), None)


@register.simple_tag
def give_chairpersons_in_office(*chair_lists):
    """`{% give_chairpersons_in_office past current coming %}`: gives each Chairpersonship of
    the lists `chairs_in_office`, the appointments of its year in order (one query for all);
    renders nothing."""
    chairs = [chair for chairs in chair_lists for chair in chairs]
    if not chairs:
        return ""
    years = [chair.year for chair in chairs]
    first, last = datetime.date(min(years), 1, 1), datetime.date(max(years), 12, 31)
    appointments = Appointment.objects.chairs_in_office().overlapping(first, last)
    appointments = with_people_named(appointments.order_by("start"), languages.active())
    for chair in chairs:
        chair.chairs_in_office = [
            each
            for each in appointments
            if each.start.year <= chair.year and (each.end is None or each.end.year >= chair.year)
        ]
    return ""


@register.inclusion_tag("people/head_of_mission.html")
def head_of_mission(operation):
    """The operation's Head of Mission today (an `<div>` of the facts' list), "vacant" where
    its position has no holder, nothing where the data has no such position."""
    position = (
        Position.objects.filter(structure=operation.pk, kind=Position.Kind.HEAD_OF_MISSION)
        .order_by("position", "pk")
        .first()
    )
    if position is None:
        return {"position": None}
    holders = with_people_named(position.appointments.on(), languages.active())
    return {"position": position, "holder": next(iter(holders), None)}


@register.inclusion_tag("people/release_people.html")
def release_people(release):
    """The people a release names (its `related_people`, prefetched as the release's view
    does) and, for a release of the Chairpersonship, its Chairperson-in-Office on the day it
    was published, even long after their term ended."""
    language = languages.active()
    named = [shown_or_source(person, language) for person in release.related_people.all()]
    chair = None
    if any(source.kind == Structure.Kind.CHAIRPERSONSHIP for source in release.listed_sources):
        day = timezone.localdate(release.published_at)
        on_the_day = Appointment.objects.chairs_in_office().on(day)
        chair = next(iter(with_people_named(on_the_day, language)), None)
        if chair is not None:
            named = [person for person in named if person.pk != chair.person.pk]
    return {"chair": chair, "people": named}
