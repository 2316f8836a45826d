from django.contrib import admin

from core.admin import GuardedVersionAdmin, HostileInputAdminMixin, SiteModelAdmin

from .models import Chairpersonship, ParticipatingState


@admin.register(ParticipatingState)
class ParticipatingStateAdmin(GuardedVersionAdmin, SiteModelAdmin):
    list_display = ["name", "code", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "sort_name"]
    autocomplete_name_fields = ["name", "sort_name"]  # "Netherlands", "Turkiye" rank as names
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "sort_name", "code", "kind", "description"]


@admin.register(Chairpersonship)
class ChairpersonshipAdmin(HostileInputAdminMixin, admin.ModelAdmin):
    list_display = ["year", "state", "chairperson"]
    list_select_related = ["state"]
    search_fields = ["state__name", "chairperson"]
    autocomplete_fields = ["state"]
