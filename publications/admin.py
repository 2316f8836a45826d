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
from taggit.models import TaggedItem

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedObjectsAdminMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
    scoped_ids,
)
from core.scopes import scope_of
from core.workflow_admin import VisibilityFilter, WorkflowAdminMixin, WorkflowForm

from . import services
from .forms import PublicationFileForm
from .models import Publication, PublicationFile, PublicationTranslation


class PublicationAdminForm(WorkflowForm):
    class Meta:
        model = Publication
        fields = "__all__"

    def check_scope(self, data):
        if self.user is None or "sources" not in data:
            return
        ids = scoped_ids_of(self.user)
        if ids is None:
            return
        posted = {source.pk for source in data["sources"]}
        had = set(self.instance.sources.values_list("pk", flat=True)) if self.instance.pk else set()
        if not posted & ids:
            self.add_error(
                "sources",
                _("Keep one of the structures of your editorial scope among the issuers."),
            )
        elif (posted - had) - ids:
            self.add_error("sources", _("You may add only the structures of your editorial scope."))


def scoped_ids_of(user):
    """The ids of the structures `user`'s editorial scope limits them to, or None."""
    sources = scope_of(user)
    return None if sources is None else {source.pk for source in sources}


class PublicationTranslationInline(TranslationInline):
    model = PublicationTranslation
    fields = ["language", "title", "slug", "summary"]


class PublicationFileInline(HostileInputAdminMixin, admin.TabularInline):
    """One PDF per language. Choosing a new file for a language replaces it at the same
    address."""

    model = PublicationFile
    form = PublicationFileForm
    extra = 0
    fields = ["language", "file", "details", "address"]
    readonly_fields = ["details", "address"]

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
    ScopedObjectsAdminMixin,
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
    actions = ["publish", "unpublish", "archive"]
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

    def get_queryset(self, request):
        queryset = super(ScopedObjectsAdminMixin, self).get_queryset(request)
        return queryset.visible_to(request.user).prefetch_related("sources")

    def in_users_scope(self, request, obj):  # ScopedObjectsAdminMixin
        ids = scoped_ids(request)
        if obj is None or ids is None:
            return True
        return any(source.pk in ids for source in obj.sources.all())

    def has_add_permission(self, request):
        # Mission staff add their own operation's (PublicationAdminForm checks the issuers).
        return super(ScopedObjectsAdminMixin, self).has_add_permission(request)

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
        super().reversion_register(model, **options)
