"""Post admin change forms the way a browser would: start from what the form shows."""

from django import forms
from django.urls import reverse
from taggit.forms import TagWidget
from taggit.utils import edit_string_for_tags

# The management form of a release page's translations inline, with no translation (what a
# browser posts with a hand-written release form).
NO_TRANSLATIONS = {
    "translations-TOTAL_FORMS": "0",
    "translations-INITIAL_FORMS": "0",
    "translations-MIN_NUM_FORMS": "0",
    "translations-MAX_NUM_FORMS": "1000",
}


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def change_form_data(client, obj, **overrides):
    """The data the admin change form of `obj` would post unchanged, then `overrides`."""
    return form_page_data(client, change_url(obj), **overrides)


def posted(value):
    """Whether a browser posts this value of a form shown as it is: not an empty or unchecked
    field, but 0 (`0 == False`, so `in (None, False)` would drop it)."""
    return value is not None and value is not False and value != ""


def form_page_data(client, url, **overrides):
    """What the admin form at `url` (change, revision, recover) posts as shown, then `overrides`."""
    response = client.get(url)
    assert response.status_code == 200
    data = {}
    for bound in response.context["adminform"].form:
        data.update(shown_value(bound))
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({field.html_name: field.value() for field in management})
        for form in inline.formset.initial_forms:
            for bound in form:
                data.update(shown_value(bound))
    data["_save"] = "Save"
    data.update(overrides)
    return data


def shown_value(bound):
    """{name: value} a browser posts for the form field `bound` as it is shown."""
    data = {}
    field, widget = bound.field, bound.field.widget
    if isinstance(field, forms.FileField):
        return data  # a browser posts nothing for a file input left as it is
    value = field.prepare_value(bound.value())  # model instances become their ids
    if isinstance(widget, TagWidget) and not isinstance(value, str):
        tags = value.all() if hasattr(value, "all") else value or []
        value = edit_string_for_tags(list(tags))  # the tags as the text box shows them
    if isinstance(widget, forms.MultiWidget):
        parts = widget.decompress(value)
        data.update({f"{bound.html_name}_{i}": part or "" for i, part in enumerate(parts)})
    elif posted(value) or value == "":
        data[bound.html_name] = value
    return data
