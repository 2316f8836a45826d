from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ReferenceFactsAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
    TranslationInline,
)

from .models import FieldOfWork, FieldOfWorkTranslation, ResourceLink


class ResourceLinkInline(ScopedUsersReadOnlyMixin, HostileInputAdminMixin, admin.StackedInline):
    """The field page lists its projects, publications and stories from the data; these are
    the editors' own links beside them, to resources the site does not hold."""

    model = ResourceLink
    extra = 0
    verbose_name = _("other link")
    verbose_name_plural = _("other links: resources elsewhere on the web")
    fields = ["category", "title", "url", "description", "position"]


class FieldOfWorkTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = FieldOfWorkTranslation


@admin.register(FieldOfWork)
class FieldOfWorkAdmin(
    ReferenceFactsAdminMixin, ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin
):
    """The fields of work. A field's name and address are reference data, an Administrator's;
    editors and publishers write its page (the texts, its institutions and operations, the
    related publications). Mission staff look but do not change: a field of work is every
    operation's, not their own operation's content.
    """

    list_display = ["name", "slug", "operation_count", "release_count"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["institutions", "operations"]
    inlines = [FieldOfWorkTranslationInline, ResourceLinkInline]
    reference_fields = ["name", "slug"]
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

    @admin.display(description=_("operations"), ordering="operation_count")
    def operation_count(self, obj):
        return obj.operation_count

    @admin.display(description=_("press releases"), ordering="release_count")
    def release_count(self, obj):
        return obj.release_count
