from django import forms
from django.utils.translation import gettext_lazy as _

from fields.models import FieldOfWork
from osce_site.forms import SlugMultipleChoiceField


class NewsFilterForm(forms.Form):
    """The newsroom's filters, read from the query string."""

    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={
            "invalid_choice": _("There is no field of work “%(value)s”."),
        },
    )

    def filter(self, releases):
        fields = self.cleaned_data.get("field")
        if fields:
            releases = releases.in_field(*fields)
        return releases
