from django.db.models import Prefetch
from django.utils import timezone
from django.views.generic import DetailView, TemplateView

from core import languages
from core.translations import shown_in, shown_or_source
from core.views import TranslatedDetailMixin
from countries.models import ParticipatingStateTranslation
from news.models import PressRelease
from structures.models import StructureTranslation

from .models import Appointment, Person, PersonTranslation, Position, PositionTranslation

RELEASES_ON_A_PERSON_PAGE = 10


def translations_in(model, language):
    """A Prefetch of `model`'s translations in `language` (for a page to name it in it)."""
    return model.objects.filter(language=language)


def holders_of(positions, language):
    """`positions` (a QuerySet) with `holders`: their appointments of today with the person, and
    each named in `language` (title and name, or English where there is none in it)."""
    current = Appointment.objects.on().select_related("person")
    if language != languages.SOURCE_LANGUAGE:
        current = current.prefetch_related(
            Prefetch("person__translations", queryset=translations_in(PersonTranslation, language))
        )
        positions = positions.prefetch_related(
            Prefetch("translations", queryset=translations_in(PositionTranslation, language))
        )
    positions = positions.prefetch_related(
        Prefetch("appointments", queryset=current, to_attr="holders")
    )
    shown = []
    for position in positions:
        named = shown_or_source(position, language)
        named.holders = [named_appointment(each, language) for each in position.holders]
        shown.append(named)
    return shown


def named_appointment(appointment, language):
    appointment.person = shown_or_source(appointment.person, language)
    return appointment


class LeadershipView(TemplateView):
    """The leadership positions with whoever holds them today (none: vacant)."""

    template_name = "people/leadership.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["positions"] = holders_of(
            Position.objects.leadership().select_related("structure"), languages.active()
        )
        return context


class PersonDetailView(TranslatedDetailMixin, DetailView):
    """A person's page: their current and past positions, and the releases that name them."""

    model = Person
    template_name = "people/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        language = languages.active()
        people = Person.objects.select_related("nationality").with_translations()
        if language != languages.SOURCE_LANGUAGE:
            rows = translations_in(ParticipatingStateTranslation, language)
            people = people.prefetch_related(Prefetch("nationality__translations", queryset=rows))
        return people

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        person = self.object
        appointments = Appointment.objects.filter(person=person.pk).select_related(
            "position__structure"
        )
        if language != languages.SOURCE_LANGUAGE:
            appointments = appointments.prefetch_related(
                Prefetch(
                    "position__translations",
                    queryset=translations_in(PositionTranslation, language),
                ),
                Prefetch(
                    "position__structure__translations",
                    queryset=translations_in(StructureTranslation, language),
                ),
            )
        today = timezone.localdate()
        current, past = [], []
        for appointment in appointments:
            appointment.position = shown_or_source(appointment.position, language)
            appointment.structure = shown_or_source(appointment.position.structure, language)
            (current if appointment.is_current(today) else past).append(appointment)
        context["current_appointments"] = current
        context["past_appointments"] = past
        releases = (
            PressRelease.objects.newsroom(language)
            .filter(related_people=person.pk)
            .with_listing_relations(language)
        )
        context["releases"] = shown_in(releases[:RELEASES_ON_A_PERSON_PAGE], language)
        return context
