from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
    TranslationInline,
)

from .models import Chairpersonship, ParticipatingState, ParticipatingStateTranslation


class ParticipatingStateTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = ParticipatingStateTranslation


@admin.register(ParticipatingState)
class ParticipatingStateAdmin(ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin):
    """Reference data: only Administrators change it, its names in other languages too
    (editors may look, staff/roles.py)."""

    list_display = ["name", "code", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "sort_name"]
    autocomplete_name_fields = ["name", "sort_name"]  # "Netherlands", "Turkiye" rank as names
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "sort_name", "other_names", "code", "kind", "description"]
    inlines = [ParticipatingStateTranslationInline]


@admin.register(Chairpersonship)
class ChairpersonshipAdmin(ScopedUsersReadOnlyMixin, HostileInputAdminMixin, admin.ModelAdmin):
    """Reference data: only Administrators change it (editors may look, staff/roles.py)."""

    list_display = ["year", "chairing_state", "chairperson"]
    list_select_related = ["state"]
    search_fields = ["state__name", "former_state", "chairperson"]
    autocomplete_fields = ["state"]
    fields = ["year", "state", "former_state", "chairperson"]

    @admin.display(description=_("chairing State"), ordering="state__name")
    def chairing_state(self, chair):
        return chair.state_name
