from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import (
    GuardedVersionAdmin,
    ProtectedDeletionMixin,
    SiteModelAdmin,
    StampedAdminMixin,
)
from structures.models import Structure

from . import services
from .calendar import CALENDAR_SPAN, CalendarForm, calendar_days, embargoed_after
from .forms_admin import PressReleaseAdminForm
from .models import EditorialScope, Place, PressRelease


class VisibilityFilter(admin.SimpleListFilter):
    """Where releases stand in the workflow, and whether the clock has made them public."""

    title = _("status")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("in_review", _("In review")),
            ("embargoed", _("Embargoed")),
            ("live", _("Live")),
            ("expired", _("Expired")),
            ("archived", _("Archived")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        released = queryset.filter(status__in=PressRelease.RELEASED)
        match self.value():
            case "draft" | "in_review" | "archived" as status:
                return queryset.filter(status=status)
            case "embargoed":
                return released.filter(published_at__gt=now)
            case "live":
                return queryset.published()
            case "expired":
                return released.filter(expires_at__lte=now)
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
class PlaceAdmin(ProtectedDeletionMixin, admin.ModelAdmin):
    list_display = ["name", "state"]
    list_select_related = ["state"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["state"]


@admin.register(PressRelease)
class PressReleaseAdmin(StampedAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """Press releases, for three roles (see staff/roles.py): editors write and submit for
    review; publishers also publish, schedule, unpublish and archive; an editorial scope limits
    mission staff to their own operation's releases, in every view of this admin."""

    form = PressReleaseAdminForm
    change_list_template = "admin/news/pressrelease/change_list.html"
    list_display = ["title", "published_at", "visibility", "source_names", "field_names"]
    list_filter = [VisibilityFilter, "fields_of_work", "sources", YearFilter]
    search_fields = ["title", "summary", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["places", "sources", "fields_of_work", "states"]
    actions = ["submit_for_review", "publish", "unpublish", "archive"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "slug", "opened_version"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (_("Where and who"), {"fields": ["places", "sources", "fields_of_work", "states"]}),
        (_("Text"), {"fields": ["summary", "body", "tags"]}),
        (
            _("Photograph"),
            {"fields": ["photo", "photo_alt", "photo_caption", "photo_credit"]},
        ),
        StampedAdminMixin.stamp_fieldset,
    ]
    # What only a publisher may change once a release is released or archived.
    publication_fields = ["status", "published_at", "expires_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .visible_to(request.user)
            .prefetch_related(
                Prefetch("sources", queryset=Structure.objects.only("name", "full_name")),
                "fields_of_work",
            )
        )

    def has_publish_permission(self, request):
        return request.user.has_perm("news.publish_pressrelease")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(status.value, status.label) for status in PressRelease.UNRELEASED]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        released = obj and obj.status not in PressRelease.UNRELEASED
        if released and not self.has_publish_permission(request):
            readonly = [*readonly, *self.publication_fields]
        elif getattr(request, "recovering", False):
            readonly = [*readonly, "status"]  # a recovered release is a draft (see recovered())
        return readonly

    def get_urls(self):
        calendar = self.admin_site.admin_view(self.calendar_view)
        return [
            path("calendar/", calendar, name="news_pressrelease_calendar"),
            *super().get_urls(),
        ]

    def calendar_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        form = CalendarForm(request.GET)
        first_day = form.first_day()
        releases = PressRelease.objects.visible_to(request.user)
        days = calendar_days(releases, first_day)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Editorial calendar"),
            "form": form,
            "days": days,
            "further_ahead": embargoed_after(releases, first_day),
            "first_day": first_day,
            "previous_start": first_day - CALENDAR_SPAN,
            "next_start": first_day + CALENDAR_SPAN,
            "today": timezone.localdate(),
        }
        return TemplateResponse(request, "admin/news/pressrelease/calendar.html", context)

    # Revisions (core.admin.GuardedVersionAdmin checks the object, its version and the scope).

    def revert_protected_fields(self, request, obj):
        """An editor's revert keeps the publication as it is; a scoped user's, the sources."""
        protected = []
        if not self.has_publish_permission(request):
            protected += self.publication_fields
        if EditorialScope.sources_of(request.user) is not None:
            protected.append("sources")
        return protected

    def recovered(self, request, obj):
        """A recovered release comes back as a draft, whatever it was when it was deleted."""
        PressRelease.objects.filter(pk=obj.pk).update(status=PressRelease.Status.DRAFT)

    def may_recover(self, request):
        # Mission staff recover nothing: a deleted release's sources are no longer checked.
        scoped = EditorialScope.sources_of(request.user) is not None
        return super().may_recover(request) and not scoped

    @admin.display(description=_("status"), ordering="status")
    def visibility(self, obj):
        if obj.is_embargoed:
            until = timezone.localtime(obj.published_at)
            return _("Embargoed until %(time)s") % {"time": until.strftime("%d.%m.%Y %H:%M")}
        return obj.state_label

    @admin.display(description=_("sources"))
    def source_names(self, obj):
        return ", ".join(source.name for source in obj.sources.all())

    @admin.display(description=_("fields of work"))
    def field_names(self, obj):
        return ", ".join(field.name for field in obj.fields_of_work.all())

    def _report(self, request, count, singular, plural, queryset=None):
        self.message_user(request, ngettext(singular, plural, count) % count, messages.SUCCESS)
        if queryset is None:
            return
        refused = sum(
            not services.may_change_publication(request.user, release)
            for release in queryset.prefetch_related("sources")
        )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%d press release was left as it is: it has sources outside your editorial "
                    "scope, so someone whose scope covers them must do this.",
                    "%d press releases were left as they are: they have sources outside your "
                    "editorial scope, so someone whose scope covers them must do this.",
                    refused,
                )
                % refused,
                messages.WARNING,
            )

    @admin.action(
        description=_("Submit the selected press releases for review"), permissions=["change"]
    )
    def submit_for_review(self, request, queryset):
        count = services.submit_for_review(
            queryset.filter(status=PressRelease.Status.DRAFT), user=request.user
        )
        self._report(
            request,
            count,
            "%d press release submitted for review.",
            "%d press releases submitted for review.",
        )

    @admin.action(
        description=_("Publish the selected press releases (scheduled if dated ahead)"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        count = services.publish(queryset, user=request.user)
        self._report(
            request,
            count,
            "%d press release published.",
            "%d press releases published.",
            queryset,
        )

    @admin.action(
        description=_("Unpublish the selected press releases (back to draft)"),
        permissions=["publish"],
    )
    def unpublish(self, request, queryset):
        count = services.unpublish(queryset, user=request.user)
        self._report(
            request,
            count,
            "%d press release set back to draft.",
            "%d press releases set back to draft.",
        )

    @admin.action(
        description=_("Archive the selected press releases (off the site)"),
        permissions=["publish"],
    )
    def archive(self, request, queryset):
        count = services.archive(queryset, user=request.user)
        self._report(
            request, count, "%d press release archived.", "%d press releases archived.", queryset
        )


class EditorialScopeInline(admin.StackedInline):
    model = EditorialScope
    can_delete = True
    autocomplete_fields = ["sources"]
    verbose_name_plural = _("Editorial scope (leave empty for all releases)")


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Django's user admin, with the editorial scope that limits mission staff."""

    inlines = [*BaseUserAdmin.inlines, EditorialScopeInline]
