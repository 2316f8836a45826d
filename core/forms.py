import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

MAX_SLUG_LENGTH = 200
# What XML 1.0 cannot carry (a feed title built from a search would not render), a browser shows
# as a box and no one types: the C0 controls but tab and line breaks, DEL, and the noncharacters.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def reject_control_characters(value):
    """Refuse text with control characters (NUL included) before it reaches a query or a feed."""
    if CONTROL_CHARACTERS.search(value):
        raise forms.ValidationError(
            _("Control characters are not allowed here."), code="control_characters"
        )


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

    def current_slugs(self, values):
        """{former slug: the slug now} for those of `values` that are former slugs of choices
        (core.models.FormerSlug), in one query. An object that is not among the choices is left
        out (a tag only drafts carry is not one: no redirect may say what it is called now)."""
        from django.contrib.contenttypes.models import ContentType

        from .languages import SOURCE_LANGUAGE
        from .models import FormerSlug

        slugs = []
        for value in values:
            try:
                check_slug(value)  # a NUL, say, is no slug and cannot reach PostgreSQL
            except ValidationError:
                continue
            slugs.append(value)
        if not slugs:
            return {}
        owner = self.queryset.model._meta.get_field("slug").model
        former = FormerSlug.objects.filter(
            content_type=ContentType.objects.get_for_model(owner),
            language=SOURCE_LANGUAGE,  # the filters take English slugs in every language
            slug__in=slugs,
        )
        now = dict(
            self.queryset.filter(pk__in=former.values("object_id")).values_list("pk", "slug")
        )
        return {
            old: now[object_id]
            for old, object_id in former.values_list("slug", "object_id")
            if object_id in now
        }


class FollowsRenamesMixin:
    """For a form of query-string filters: `renamed_query()` is the query string with every
    former slug among the values replaced by the object's slug now, so that a shared link or a
    feed subscription made before a rename is sent on (301) instead of failing (400)."""

    def renamed_query(self):
        """The query string with current slugs, or None when no value was a former slug."""
        data, renamed = self.data.copy(), False
        for name, field in self.fields.items():
            if name not in self.errors or not isinstance(field, SlugLookupMixin):
                continue
            values = data.getlist(name)
            renames = field.current_slugs(values)
            current = [renames.get(value, value) for value in values]
            if current != values:
                data.setlist(name, current)
                renamed = True
        return data.urlencode() if renamed else None


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


def is_possible_key(model_field, value):
    """Whether `value` can be a value of `model_field` in the database: of its type and in the
    range of its column (a form may post anything as an id)."""
    try:
        model_field.clean(value, None)
    except ValidationError:
        return False
    return True


class KeyCheckedMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, checking first that every posted value could be a key: among others, a number
    too big for SQLite's integers makes Django's own lookup of them overflow."""

    def _check_values(self, value):
        key = self.queryset.model._meta
        key = key.get_field(self.to_field_name) if self.to_field_name else key.pk
        for each in value:
            if not is_possible_key(key, each):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(each)[:50]},
                )
        return super()._check_values(value)
