"""The events list's filters, read from the query string (the newsroom's grammar: every view of
the list is a link, a bad value a 400), shared by the list and its calendar feed."""

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
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

    def current_values(self):
        """The valid filters, to fill the form in again (a <select> shows one: the first of a
        repeated filter); {} if invalid. Raw input is never echoed back: it may be junk."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "series": data["series"][0].slug if data["series"] else "",
            "field": data["field"][0].slug if data["field"] else "",
            "country": data["country"].slug if data["country"] else "",
            "year": data["year"] or "",
            "q": data["q"],
        }

    def query_string(self):
        """This selection as a query string ("" for none), of the valid filters only (a
        repeated one with all its values), for the calendar feed's link."""
        query = QueryDict(mutable=True)
        if not self.is_valid():
            return ""
        data = self.cleaned_data
        for name in ("series", "field"):
            query.setlist(name, [item.slug for item in data[name]])
        for name, value in self.current_values().items():
            if name not in ("series", "field") and value:
                query[name] = str(value)
        return query.urlencode()

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)
