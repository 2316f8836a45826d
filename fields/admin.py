from django.contrib import admin
from django.db.models import Count

from core.admin import GuardedVersionAdmin, HostileInputAdminMixin, SiteModelAdmin

from .models import FieldOfWork, ResourceLink


class ResourceLinkInline(HostileInputAdminMixin, admin.StackedInline):
    model = ResourceLink
    extra = 0
    fields = ["category", "title", "url", "description", "position"]


@admin.register(FieldOfWork)
class FieldOfWorkAdmin(GuardedVersionAdmin, SiteModelAdmin):
    list_display = ["name", "slug", "operation_count", "release_count"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["institutions", "operations"]
    inlines = [ResourceLinkInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary"]}),
        ("Our challenge", {"fields": ["challenge", "commitment", "commitment_source"]}),
        ("Our action", {"fields": ["action"]}),
        (
            "Our teams",
            {
                "fields": [
                    "teams_intro",
                    "institutions_text",
                    "institutions",
                    "operations_text",
                    "operations",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                operation_count=Count("operations", distinct=True),
                release_count=Count("press_releases", distinct=True),
            )
            # An aggregate drops Meta.ordering; the autocomplete pages this list and needs one.
            .order_by("name")
        )

    @admin.display(description="operations", ordering="operation_count")
    def operation_count(self, obj):
        return obj.operation_count

    @admin.display(description="press releases", ordering="release_count")
    def release_count(self, obj):
        return obj.release_count
