from django.contrib import admin

from core.admin import GuardedVersionAdmin, HostileInputAdminMixin, SiteModelAdmin

from .models import FieldOperation, GalleryPhoto, WorkSection


class WorkSectionInline(HostileInputAdminMixin, admin.StackedInline):
    model = WorkSection
    extra = 0
    autocomplete_fields = ["fields_of_work"]
    fields = [
        "position",
        "title",
        "strapline",
        "text",
        "photo",
        "photo_alt",
        "photo_caption",
        "photo_credit",
        "fields_of_work",
    ]


class GalleryPhotoInline(HostileInputAdminMixin, admin.StackedInline):
    model = GalleryPhoto
    extra = 0
    fields = ["position", "photo", "photo_alt", "photo_caption", "photo_credit"]


@admin.register(FieldOperation)
class FieldOperationAdmin(GuardedVersionAdmin, SiteModelAdmin):
    list_display = [
        "name",
        "operation_type",
        "host_country",
        "headquarters",
        "established",
        "status",
    ]
    list_filter = ["status", "operation_type"]
    list_select_related = ["host_country"]
    search_fields = ["name", "full_name", "headquarters", "host_country__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["host_country"]
    date_hierarchy = "established"
    inlines = [WorkSectionInline, GalleryPhotoInline]
    fieldsets = [
        (None, {"fields": ["name", "full_name", "slug", "operation_type", "position"]}),
        (
            "Facts",
            {
                "fields": [
                    "host_country",
                    "headquarters",
                    ("established", "established_year_only"),
                    "status",
                    ("closed", "closed_year_only"),
                ]
            },
        ),
        ("Presentation", {"fields": ["tagline", "description", "our_work_intro"]}),
    ]
