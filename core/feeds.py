"""What the feeds of a filtered list share (the newsroom's, the library's): the filters a
feed's form applies, described as a reader would say them, for the feed's title."""

from datetime import date

from django import forms
from django.db.models import QuerySet


def describe_value(field, value):
    """A filter value as a reader would say it: names, choice labels, ISO dates."""
    if isinstance(value, list | tuple | QuerySet):
        return ", ".join(describe_value(field, item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        return str(dict(field.choices).get(value, value))
    if isinstance(field, forms.CharField):
        return f"“{value}”"
    return str(value)


def active_filters(form):
    """[(label, description)] of the filters a valid form applies, in the form's order."""
    filters = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if value is None or value == "":
            continue
        description = describe_value(field, value)
        if description:  # an empty multiple choice describes as ""
            filters.append((field.label, description))
    return filters
