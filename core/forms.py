from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

MAX_SLUG_LENGTH = 200


def check_slug(value):
    """Reject over-long, binary or otherwise malformed slugs before they reach the database."""
    if not isinstance(value, str) or len(value) > MAX_SLUG_LENGTH:
        raise forms.ValidationError(_("That is not a valid filter value."), code="invalid")
    try:
        validate_slug(value)
    except forms.ValidationError:
        raise forms.ValidationError(
            _("“%(value)s” is not a valid filter value."),
            code="invalid",
            params={"value": "".join(char for char in value[:50] if char.isprintable())},
        ) from None


class SlugLookupMixin:
    """Choose by slug, optionally: the defaults of a filter read from a query string."""

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("required", False)
        super().__init__(queryset, **kwargs)


class SlugChoiceField(SlugLookupMixin, forms.ModelChoiceField):
    """Choose one object by slug from a query string."""

    def to_python(self, value):
        if value not in self.empty_values:
            check_slug(value)
        return super().to_python(value)


class SlugMultipleChoiceField(SlugLookupMixin, forms.ModelMultipleChoiceField):
    """Choose objects by slug from a query string (the parameter may repeat)."""

    def _check_values(self, value):
        for slug in value:
            check_slug(slug)
        return super()._check_values(value)
