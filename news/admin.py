from django.contrib import admin, messages
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion_compare.admin import CompareVersionAdmin

from osce_site import cache
from osce_site.admin import SiteModelAdmin, StampedAdminMixin
from structures.models import Structure

from .forms_admin import PressReleaseAdminForm
from .models import Place, PressRelease
from .search import refresh_search_index


class VisibilityFilter(admin.SimpleListFilter):
    """Draft, scheduled (published but dated in the future) or live on the site."""

    title = _("visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("scheduled", _("Scheduled")),
            ("live", _("Published")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = PressRelease.Status.PUBLISHED
        match self.value():
            case "draft":
                return queryset.filter(status=PressRelease.Status.DRAFT)
            case "scheduled":
                return queryset.filter(status=published, published_at__gt=now)
            case "live":
                return queryset.filter(status=published, published_at__lte=now)
        return queryset


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = PressRelease.objects.dates("published_at", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published_at__year=int(self.value()))
        return queryset


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "state"]
    list_select_related = ["state"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["state"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            refresh_search_index(obj.press_releases.values_list("pk", flat=True))
            cache.content_changed(cache.NEWS)


@admin.register(PressRelease)
class PressReleaseAdmin(StampedAdminMixin, CompareVersionAdmin, SiteModelAdmin):
    form = PressReleaseAdminForm
    list_display = ["title", "published_at", "visibility", "source_names", "field_names"]
    list_filter = [VisibilityFilter, "fields_of_work", "sources", YearFilter]
    search_fields = ["title", "summary", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["places", "sources", "fields_of_work", "states"]
    actions = ["publish", "unpublish"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "published_at", "opened_version"]}),
        (_("Where and who"), {"fields": ["places", "sources", "fields_of_work", "states"]}),
        (_("Text"), {"fields": ["summary", "body", "tags"]}),
        (
            _("Photograph"),
            {"fields": ["photo", "photo_alt", "photo_caption", "photo_credit"]},
        ),
        StampedAdminMixin.stamp_fieldset,
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("sources", queryset=Structure.objects.only("name", "full_name")),
                "fields_of_work",
            )
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Places and tags are part of the search document: rebuild it once they are saved.
        refresh_search_index([form.instance.pk])
        cache.content_changed(cache.NEWS)

    @admin.display(description=_("status"), ordering="status")
    def visibility(self, obj):
        if obj.is_scheduled:
            return _("Scheduled")
        return obj.get_status_display()

    @admin.display(description=_("sources"))
    def source_names(self, obj):
        return ", ".join(source.name for source in obj.sources.all())

    @admin.display(description=_("fields of work"))
    def field_names(self, obj):
        return ", ".join(field.name for field in obj.fields_of_work.all())

    @admin.action(description=_("Publish the selected press releases"))
    def publish(self, request, queryset):
        count = queryset.publish()
        cache.content_changed(cache.NEWS)
        self.message_user(
            request,
            ngettext("%d press release published.", "%d press releases published.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected press releases (back to draft)"))
    def unpublish(self, request, queryset):
        count = queryset.unpublish()
        cache.content_changed(cache.NEWS)
        self.message_user(
            request,
            ngettext(
                "%d press release set back to draft.", "%d press releases set back to draft.", count
            )
            % count,
            messages.SUCCESS,
        )
