"""People, positions and appointments in the admin.

Editors manage them (staff/roles.py). Mission staff (an editorial scope, core.scopes) find only
the positions of their own operation and the appointments to them, and add only those: the
forms offer them no other structure or position, and every other one is a 404 to them,
whatever URL they post to (core.admin.ScopedObjectsAdminMixin). People belong to no operation:
mission staff may look them up (an appointment's autocomplete needs them) but not change them.

One position has one holder at a time: each appointment's form says so from its `clean()`, and
a list of appointments on one page (a person's, a position's) is checked against itself too,
since two new rows can clash with each other before either is in the database.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedObjectsAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
    TranslationInline,
    scoped_ids,
)
from structures.models import Structure

from .models import (
    Appointment,
    Person,
    PersonTranslation,
    Position,
    PositionTranslation,
    overlap_error,
)


def spans_overlap(first, second):
    """Whether two (start, end) spans share a day (an end of None: still running)."""
    (start_a, end_a), (start_b, end_b) = first, second
    return (end_b is None or start_a <= end_b) and (end_a is None or start_b <= end_a)


class AppointmentFormSet(forms.BaseInlineFormSet):
    """The appointments of one page: no two of them to one position on the same day."""

    def clean(self):
        super().clean()
        seen = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            # On a position's page, "position" is that position (saved or not) on every row.
            position, start, end = data.get("position"), data.get("start"), data.get("end")
            if position is None or start is None:
                continue
            for other_position, other_span, other_form in seen:
                if other_position == position and spans_overlap((start, end), other_span):
                    raise ValidationError(overlap_error(other_form.instance))
            seen.append((position, (start, end), form))


class AppointmentInline(HostileInputAdminMixin, admin.TabularInline):
    model = Appointment
    formset = AppointmentFormSet
    extra = 0
    fields = ["person", "position", "start", "end", "acting"]
    autocomplete_fields = ["person", "position"]


class PersonAppointmentInline(ScopedUsersReadOnlyMixin, AppointmentInline):
    fields = ["position", "start", "end", "acting"]
    autocomplete_fields = ["position"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("position")


class PositionAppointmentInline(AppointmentInline):
    fields = ["person", "start", "end", "acting"]
    autocomplete_fields = ["person"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class PersonTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = PersonTranslation


class PositionTranslationInline(TranslationInline):
    model = PositionTranslation


@admin.register(Person)
class PersonAdmin(ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin):
    list_display = ["name", "nationality", "slug", "updated_at"]
    list_filter = [
        ("nationality", admin.RelatedOnlyFieldListFilter),
        "appointments__position__kind",
    ]
    list_select_related = ["nationality"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["nationality"]
    inlines = [PersonTranslationInline, PersonAppointmentInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "nationality", "biography"]}),
        (_("Portrait"), {"fields": ["photo", "photo_alt", "photo_caption", "photo_credit"]}),
    ]


class ScopedStructureMixin:
    """Mission staff add and change only what belongs to their own operations: the choices of
    `scoped_relation` are limited to theirs (a direct post of another is an invalid choice)."""

    scoped_relation = None

    def has_add_permission(self, request):
        # Unlike most of an operation's content, added by mission staff too (see the module).
        return super(ScopedObjectsAdminMixin, self).has_add_permission(request)

    def scoped_choices(self, ids):
        raise NotImplementedError

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        ids = scoped_ids(request)
        if db_field.name == self.scoped_relation and ids is not None:
            kwargs["queryset"] = self.scoped_choices(ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Position)
class PositionAdmin(
    ScopedStructureMixin, ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin
):
    scope_field = "structure_id"
    scoped_relation = "structure"
    view_on_site = False  # shown on the Leadership page and its holders' pages
    list_display = ["title", "kind", "structure", "leadership", "position"]
    list_filter = ["kind", "leadership", ("structure", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["structure"]
    search_fields = ["title", "slug", "structure__name"]
    autocomplete_name_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["structure"]
    inlines = [PositionTranslationInline, PositionAppointmentInline]
    fields = ["title", "slug", "kind", "structure", "leadership", "position"]

    def scoped_choices(self, ids):
        return Structure.objects.filter(pk__in=ids)

    # What mission staff may not set, here and in a revert: the kind and the Leadership list are
    # the whole site's (a kind names the Chairperson-in-Office or the Secretary General wherever
    # they are shown), and a position stays with its operation.
    SITE_WIDE_FIELDS = ["kind", "leadership", "position"]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if scoped_ids(request) is not None:
            readonly += self.SITE_WIDE_FIELDS + (["structure"] if obj is not None else [])
        return readonly

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        protected = super().revert_protected_fields(request, obj)
        if scoped_ids(request) is None:
            return protected
        return [*protected, *self.SITE_WIDE_FIELDS, "structure"]


@admin.register(Appointment)
class AppointmentAdmin(
    ScopedStructureMixin, ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin
):
    scope_field = "position__structure_id"
    scoped_relation = "position"
    list_display = ["person", "position", "start", "end", "acting"]
    list_filter = [
        "acting",
        "position__kind",
        ("position__structure", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["person", "position"]
    search_fields = ["person__name", "position__title"]
    date_hierarchy = "start"
    autocomplete_fields = ["person", "position"]
    fields = ["person", "position", "start", "end", "acting"]

    def view_on_site(self, obj):
        return obj.person.get_absolute_url()

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        # Mission staff's revert leaves an appointment with its position (of their operation).
        protected = super().revert_protected_fields(request, obj)
        return [*protected, "position"] if scoped_ids(request) is not None else protected

    def scoped_choices(self, ids):
        return Position.objects.filter(structure__in=ids)
