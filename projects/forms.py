from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

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

from .models import Project


class ProjectFilterForm(FollowsRenamesMixin, forms.Form):
    """The projects' filters, read from the query string (the newsroom's grammar): every view
    of the list is a link."""

    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )
    source = SlugMultipleChoiceField(
        Structure.objects.all(),
        label=_("Run by"),
        error_messages={"invalid_choice": _("There is no source “%(value)s”.")},
    )
    country = SlugChoiceField(
        ParticipatingState.objects.all(),
        label=_("Funded by"),
        error_messages={
            "invalid_choice": _("There is no participating State or Partner by that name.")
        },
    )
    status = forms.ChoiceField(
        label=_("Project status"),
        required=False,
        choices=[("", _("Any status")), *Project.Phase.choices],
        error_messages={"invalid_choice": _("There is no project status by that name.")},
    )
    year = forms.IntegerField(
        label=_("Under way in"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    q = forms.CharField(
        label=_("Search the projects"),
        required=False,
        max_length=200,
        validators=[reject_control_characters],
    )

    def filter(self, projects):
        """`projects` with the filters applied (the form must be valid)."""
        data = self.cleaned_data
        if data["field"]:
            projects = projects.in_field(*data["field"])
        if data["source"]:
            projects = projects.from_source(*data["source"])
        if data["country"]:
            projects = projects.funded_by(data["country"])
        if data["status"]:
            projects = projects.filter(phase=data["status"])
        if data["year"]:
            projects = projects.in_year(data["year"])
        if query := data["q"].strip():
            for word in query.split()[:10]:
                projects = projects.filter(Q(title__icontains=word) | Q(summary__icontains=word))
        return projects

    def current_values(self):
        """The valid filters, to fill the form in again (a <select> shows one: the first of a
        repeated filter); {} if invalid. Raw input is never echoed back: it may be junk."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "field": data["field"][0].slug if data["field"] else "",
            "source": data["source"][0].slug if data["source"] else "",
            "country": data["country"].slug if data["country"] else "",
            "status": data["status"],
            "year": data["year"] or "",
            "q": data["q"],
        }

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)
