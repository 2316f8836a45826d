"""The library in the admin: publications with their translations and files inline, under the
workflow (core.workflow_admin) and with revisions (core.admin.GuardedVersionAdmin).

Mission staff (an editorial scope, core.scopes) see and change the publications their operation
issued, and add their own: a publication they save must keep one of their structures among its
issuers, and gains no issuer outside their scope (PublicationAdminForm).
"""

import reversion
from django.contrib import admin, messages
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.models import TaggedItem

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedBySourcesAdminMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
)
from core.workflow_admin import SourcesScopedWorkflowForm, VisibilityFilter, WorkflowAdminMixin

from . import services, tasks
from .forms import PublicationFileForm
from .models import Publication, PublicationFile, PublicationTranslation


class PublicationAdminForm(SourcesScopedWorkflowForm):
    class Meta:
        model = Publication
        fields = "__all__"


class PublicationTranslationInline(TranslationInline):
    model = PublicationTranslation
    fields = ["language", "title", "slug", "summary"]


class PublicationFileInline(HostileInputAdminMixin, admin.TabularInline):
    """One PDF per language. Choosing a new file for a language replaces it at the same
    address. What its processing read (publications.tasks) is shown beside it: the cover, and
    whether it is done."""

    model = PublicationFile
    form = PublicationFileForm
    extra = 0
    fields = ["language", "file", "cover_thumbnail", "details", "state", "address"]
    readonly_fields = ["cover_thumbnail", "details", "state", "address"]

    def get_queryset(self, request):
        # The files' texts are the search's, never shown here, and long.
        return super().get_queryset(request).defer("text", "search_vector")

    @admin.display(description=_("cover"))
    def cover_thumbnail(self, obj):
        renditions = obj.photo_renditions if obj.pk else None
        if renditions is None:
            return "–"
        thumbnail = renditions.thumbnail
        return format_html(
            '<img class="publication-cover" src="{}" width="{}" height="{}" alt="{}">',
            thumbnail.url,
            min(thumbnail.width, 120),
            round(thumbnail.height * min(thumbnail.width, 120) / thumbnail.width),
            _("Cover of the file"),
        )

    @admin.display(description=_("processing"))
    def state(self, obj):
        if not obj.pk:
            return "–"
        if obj.processing == PublicationFile.Processing.FAILED:
            return _("%(state)s: %(reason)s") % {
                "state": obj.get_processing_display(),
                "reason": obj.processing_error or _("no reason given"),
            }
        return obj.get_processing_display()

    @admin.display(description=_("size and pages"))
    def details(self, obj):
        if not obj.pk:
            return "–"
        return _("%(size)s, %(pages)d pages") % {
            "size": filesizeformat(obj.size),
            "pages": obj.page_count,
        }

    @admin.display(description=_("public address"))
    def address(self, obj):
        if not obj.pk:
            return "–"
        url = obj.get_absolute_url()
        return format_html('<a href="{}">{}</a>', url, url)


@admin.register(Publication)
class PublicationAdmin(
    StampedAdminMixin,
    WorkflowAdminMixin,
    ScopedBySourcesAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
):
    form = PublicationAdminForm
    list_display = ["title", "type", "published_on", "publication", "source_names"]
    list_filter = [VisibilityFilter, "type", "sources", "fields_of_work", "states"]
    search_fields = ["title", "summary", "slug"]
    autocomplete_name_fields = ["title"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    # Departments are few: a plain list (no autocomplete).
    autocomplete_fields = ["sources", "fields_of_work", "states"]
    inlines = [PublicationTranslationInline, PublicationFileInline]
    list_per_page = 50
    actions = ["publish", "unpublish", "archive", "process_again"]
    fieldsets = [
        (None, {"fields": ["type", "title", "slug", "opened_version"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (_("The document"), {"fields": ["published_on", "summary", "tags"]}),
        (
            _("Who and what"),
            {"fields": ["sources", "fields_of_work", "states", "departments"]},
        ),
        StampedAdminMixin.stamp_fieldset,
    ]

    @admin.action(
        description=_("Process the selected publications' files again (cover, pages, text)"),
        permissions=["change"],
    )
    def process_again(self, request, queryset):
        # The changelist's queryset: only the publications the user sees (core.scopes).
        count = tasks.process_again(PublicationFile.objects.filter(publication__in=queryset))
        self.message_user(
            request,
            ngettext("%d file will be processed again.", "%d files will be processed again.", count)
            % count,
            messages.SUCCESS,
        )

    # Actions: thin wrappers around publications.services (a revision per publication; only
    # those of the user's scope, with the publisher's permission, whatever is posted).

    def _report(self, request, changed, message):
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(
        description=_("Publish the selected publications (scheduled if dated ahead)"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        changed = services.publish(queryset, user=request.user)
        self._report(request, changed, _("Publications published: %(count)s."))

    @admin.action(
        description=_("Unpublish the selected publications (back to draft)"),
        permissions=["publish"],
    )
    def unpublish(self, request, queryset):
        changed = services.unpublish(queryset, user=request.user)
        self._report(request, changed, _("Publications set back to draft: %(count)s."))

    @admin.action(
        description=_("Archive the selected publications (off the site)"),
        permissions=["publish"],
    )
    def archive(self, request, queryset):
        changed = services.archive(queryset, user=request.user)
        self._report(request, changed, _("Publications archived: %(count)s."))

    @admin.display(description=_("issued by"))
    def source_names(self, obj):
        return ", ".join(source.name for source in obj.sources.all())

    def reversion_register(self, model, **options):
        # A version holds the publication's tags too (followed as its tagged items).
        if model is Publication:
            if not reversion.is_registered(TaggedItem):
                reversion.register(TaggedItem)
            options["follow"] = (*options.get("follow", ()), "tagged_items")
        if model is PublicationFile:
            # Not what processing read from the file (PublicationFile.DERIVED_FIELDS).
            options["exclude"] = PublicationFile.DERIVED_FIELDS
        super().reversion_register(model, **options)
