from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _


class SlugMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Choose objects by slug from a query string, rejecting junk before it reaches the database.

    Over-long, binary or otherwise malformed values are a form error, not a database error.
    """

    max_value_length = 200

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("required", False)
        super().__init__(queryset, **kwargs)

    def _check_values(self, value):
        for slug in value:
            if not isinstance(slug, str) or len(slug) > self.max_value_length:
                raise forms.ValidationError(_("That is not a valid filter value."), code="invalid")
            try:
                validate_slug(slug)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("“%(value)s” is not a valid filter value."),
                    code="invalid",
                    params={"value": slug[:50]},
                ) from None
        return super()._check_values(value)
