"""The events list's filters, read from the query string (the newsroom's grammar: every view of
the list is a link, a bad value a 400), shared by the list and its calendar feed."""

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core import languages
from core.forms import (
    FollowsRenamesMixin,
    SlugChoiceField,
    SlugMultipleChoiceField,
    reject_control_characters,
)
from core.workflow import FIRST_YEAR, LAST_YEAR
from countries.models import ParticipatingState
from fields.models import FieldOfWork

from .models import EventSeries, EventTranslation


class EventFilterForm(FollowsRenamesMixin, forms.Form):
    series = SlugMultipleChoiceField(
        EventSeries.objects.all(),
        label=_("Series"),
        error_messages={"invalid_choice": _("There is no series of meetings “%(value)s”.")},
    )
    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )
    country = SlugChoiceField(
        ParticipatingState.objects.all(),
        label=_("Country"),
        error_messages={
            "invalid_choice": _("There is no participating State or Partner by that name.")
        },
    )
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    q = forms.CharField(
        label=_("Search the meetings"),
        required=False,
        max_length=200,
        validators=[reject_control_characters],
    )

    def filter(self, events):
        """`events` with the filters applied (the form must be valid)."""
        data = self.cleaned_data
        if data["series"]:
            events = events.filter(series__in=data["series"])
        if data["field"]:
            events = events.in_field(*data["field"])
        if data["country"]:
            events = events.in_state(data["country"])
        if data["year"]:
            events = events.in_year(data["year"])
        if query := data["q"].strip():
            language = languages.active()
            for word in query.split()[:10]:
                found = Q(venue__icontains=word) | Q(place__name__icontains=word)
                if language == languages.SOURCE_LANGUAGE:
                    found |= Q(title__icontains=word) | Q(summary__icontains=word)
                else:  # the texts the page shows: the translation's
                    rows = EventTranslation.objects.filter(
                        Q(title__icontains=word) | Q(summary__icontains=word),
                        item=OuterRef("pk"),
                        language=language,
                    )
                    found |= Exists(rows)
                events = events.filter(found)
        return events

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)
