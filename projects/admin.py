"""Projects in the admin: their translations inline, under the workflow (core.workflow_admin),
with revisions (core.admin.GuardedVersionAdmin) and bulk status changes (projects.services).

Mission staff (an editorial scope, core.scopes) see and change the projects their operation
runs, and add their own: a project they save must keep one of their structures among those that
run it, and gains none outside their scope (core.workflow_admin.SourcesScopedWorkflowForm).
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    ScopedBySourcesAdminMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
)
from core.workflow_admin import SourcesScopedWorkflowForm, VisibilityFilter, WorkflowAdminMixin

from . import services
from .models import Project, ProjectTranslation


class ProjectAdminForm(SourcesScopedWorkflowForm):
    keep_one_message = _(
        "Keep one of the structures of your editorial scope among those that run the project."
    )

    class Meta:
        model = Project
        fields = "__all__"


class ProjectTranslationInline(TranslationInline):
    model = ProjectTranslation
    fields = ["language", "title", "slug", "summary", "body", "photo_caption", "photo_alt"]


@admin.register(Project)
class ProjectAdmin(
    StampedAdminMixin,
    WorkflowAdminMixin,
    ScopedBySourcesAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
):
    form = ProjectAdminForm
    list_display = ["title", "phase", "starts_on", "ends_on", "publication", "source_names"]
    list_filter = [VisibilityFilter, "phase", "sources", "fields_of_work", "funding_states"]
    search_fields = ["title", "summary", "slug", "other_funders"]
    autocomplete_name_fields = ["title"]
    date_hierarchy = "starts_on"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["sources", "fields_of_work", "funding_states"]
    inlines = [ProjectTranslationInline]
    list_per_page = 50
    actions = ["submit_for_review", "publish", "unpublish", "archive"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "opened_version"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (_("The project"), {"fields": ["phase", "starts_on", "ends_on", "summary", "body"]}),
        (
            _("Who and what"),
            {"fields": ["sources", "fields_of_work", "funding_states", "other_funders"]},
        ),
        (_("Budget"), {"fields": ["budget", "budget_currency"]}),
        (
            _("Photograph"),
            {"fields": ["photo", "photo_alt", "photo_caption", "photo_credit"]},
        ),
        StampedAdminMixin.stamp_fieldset,
    ]

    @admin.display(description=_("run by"))
    def source_names(self, obj):
        return ", ".join(source.name for source in obj.sources.all())

    # Actions (one revision per project, projects.services) -----------------------------------

    def _change(self, request, queryset, status, comment, message, only_from=()):
        changed = services.change_statuses(
            queryset, status, user=request.user, comment=comment, only_from=only_from
        )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Submit the selected projects for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._change(
            request,
            queryset,
            Project.Status.IN_REVIEW,
            _("Submitted for review."),
            _("Projects submitted for review: %(count)s."),
            only_from=services.DRAFTS,
        )

    @admin.action(
        description=_("Publish the selected projects (scheduled if dated ahead)"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        self._change(
            request,
            queryset,
            services.RELEASED_BY_THE_CLOCK,
            _("Published."),
            _("Projects published: %(count)s."),
        )

    @admin.action(
        description=_("Unpublish the selected projects (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        self._change(
            request,
            queryset,
            Project.Status.DRAFT,
            _("Set back to draft."),
            _("Projects set back to draft: %(count)s."),
        )

    @admin.action(
        description=_("Archive the selected projects (off the site)"), permissions=["publish"]
    )
    def archive(self, request, queryset):
        self._change(
            request,
            queryset,
            Project.Status.ARCHIVED,
            _("Archived."),
            _("Projects archived: %(count)s."),
        )
