from datetime import date

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

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
from structures.models import Structure

from . import search
from .models import PressRelease

ISO_DATE = ["%Y-%m-%d"]
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


class NewsFilterForm(FollowsRenamesMixin, forms.Form):
    """The newsroom's filters, read from the query string. Every view of the news is a link.

    `field` and `source` may repeat (any of them matches); the others take one value.
    """

    FACETS = ["field", "source", "country", "type", "tag", "year", "from", "to", "q"]

    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )
    source = SlugMultipleChoiceField(
        Structure.objects.all(),
        label=_("Source"),
        error_messages={"invalid_choice": _("There is no source “%(value)s”.")},
    )
    country = SlugChoiceField(
        ParticipatingState.objects.all(),
        label=_("Country"),
        error_messages={
            "invalid_choice": _("There is no participating State or Partner by that name.")
        },
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *PressRelease.Type.choices],
        # Not Django's message, which repeats the value (binary, megabytes) to the visitor.
        error_messages={"invalid_choice": _("There is no type of release by that name.")},
    )
    tag = SlugChoiceField(
        Tag.objects.all(),
        label=_("Tag"),
        error_messages={"invalid_choice": _("There is no tag by that name.")},
    )
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    q = forms.CharField(
        label=_("Search the news"),
        required=False,
        max_length=200,
        validators=[reject_control_characters],
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The language of the releases filtered: their search documents, and the cache keys
        # of the numbers counted on them.
        self.language = language or languages.active()
        # "from" is a Python keyword, so these two are added by name.
        for name, label in (("from", _("From")), ("to", _("To"))):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=ISO_DATE,
                error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
            )
        # Only tags of public releases exist here: a tag that only drafts carry (a name chosen
        # for an embargoed announcement) gets the same answer as one nobody ever used.
        self.fields["tag"].queryset = PressRelease.objects.public_tags()
        # The chosen fields, sources and State with their names in the page's language, read
        # by the active filters and the description (in English: no query).
        for name in ("field", "source", "country"):
            queryset = self.fields[name].queryset
            self.fields[name].queryset = queryset.with_translations(self.language)
        self.order_fields(self.FACETS)

    def check_day(self, name):
        day = self.cleaned_data.get(name)
        if day and not FIRST_DAY <= day <= LAST_DAY:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
            )
        return day

    def clean_from(self):
        return self.check_day("from")

    def clean_to(self):
        return self.check_day("to")

    def clean(self):
        data = super().clean()
        first, last = data.get("from"), data.get("to")
        if first and last and first > last:
            raise forms.ValidationError(_("The “from” date must not be after the “to” date."))
        return data

    def filter(self, releases, *, exclude=None, rank=True):
        """Apply every filter but `exclude` (for facet counts) to `releases`, from
        `PressReleaseQuerySet.newsroom()` (the dates are those it gives them). Relevance first
        when searching."""
        data = self.cleaned_data
        active = {name: value for name, value in data.items() if value and name != exclude}
        if "field" in active:
            releases = releases.in_field(*active["field"])
        if "source" in active:
            releases = releases.from_source(*active["source"])
        if "country" in active:
            releases = releases.about_state(active["country"])
        if "type" in active:
            releases = releases.filter(type=active["type"])
        if "tag" in active:
            releases = releases.tagged(active["tag"])
        if "year" in active:
            releases = releases.in_year(active["year"])
        if "from" in active or "to" in active:
            releases = releases.between(active.get("from"), active.get("to"))
        if "q" in active:
            query = search.search if rank else search.matching
            releases = query(releases, active["q"], self.language)
        return releases

    def selection_key(self):
        """What this selection is, independent of parameter order (for caching its numbers)."""
        values = self.current_values()
        return (
            ("language", self.language),
            *(
                (name, tuple(sorted(value)) if isinstance(value, list) else value)
                for name, value in sorted(values.items())
            ),
        )

    def current_values(self):
        """The valid filters as query-string values, to fill the form in again; {} if invalid.

        Raw input is never echoed back: it may be junk (binary, megabytes).
        """
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "field": [field.slug for field in data["field"]],
            "source": [source.slug for source in data["source"]],
            "country": data["country"].slug if data["country"] else "",
            "tag": data["tag"].slug if data["tag"] else "",
            "type": data["type"],
            "year": data["year"] or "",
            "from": data["from"].isoformat() if data["from"] else "",
            "to": data["to"].isoformat() if data["to"] else "",
            "q": data["q"],
        }

    def query_string(self):
        """This selection as a query string ("" for none): the valid filters, repeated ones in
        the order given, and nothing else of the request (not the page, no raw input)."""
        query = QueryDict(mutable=True)
        for name, value in self.current_values().items():
            if name in ("field", "source"):  # every value was checked, so the request's order
                query.setlist(name, self.data.getlist(name))
            elif value:
                query[name] = str(value)
        return query.urlencode()

    @property
    def searching(self):
        return bool(self.is_valid() and self.cleaned_data["q"])


class StoryFilterForm(FollowsRenamesMixin, forms.Form):
    """The OSCE stories' one filter, the newsroom's `field` (it may repeat: any matches)."""

    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )

    def filter(self, releases):
        if self.cleaned_data["field"]:
            releases = releases.in_field(*self.cleaned_data["field"])
        return releases
