from django.contrib import admin

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
)

from .models import Chairpersonship, ParticipatingState


@admin.register(ParticipatingState)
class ParticipatingStateAdmin(ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin):
    """Reference data: only Administrators change it (editors may look, staff/roles.py)."""

    list_display = ["name", "code", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "sort_name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "sort_name", "code", "kind", "description"]


@admin.register(Chairpersonship)
class ChairpersonshipAdmin(ScopedUsersReadOnlyMixin, HostileInputAdminMixin, admin.ModelAdmin):
    """Reference data: only Administrators change it (editors may look, staff/roles.py)."""

    list_display = ["year", "state", "chairperson"]
    list_select_related = ["state"]
    search_fields = ["state__name", "chairperson"]
    autocomplete_fields = ["state"]
