import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from reversion.errors import RevertError
from reversion.models import Version
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag, TaggedItem

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ProtectedDeletionMixin,
    RankedAutocompleteMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
    version_number,
)
from core.workflow_admin import VisibilityFilter, WorkflowAdminMixin, WorkflowTranslationInline
from structures.models import Structure

from . import services
from .calendar import CALENDAR_SPAN, CalendarForm, calendar_days, embargoed_after
from .forms_admin import (
    PressReleaseAdminForm,
    PressReleaseTranslationAdminForm,
    PressReleaseTranslationFormSet,
)
from .models import (
    BulkChange,
    EditorialScope,
    Place,
    PlaceTranslation,
    PressRelease,
    PressReleaseTranslation,
)


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = PressRelease.objects.dates("published_at", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        year = self.value()
        # A year of the calendar in ASCII digits ("²" and "٢٠٢٤" pass isdigit()); else no filter.
        if year and year.isascii() and year.isdigit() and 1 <= int(year) <= 9999:
            return queryset.filter(published_at__year=int(year))
        return queryset


class PlaceTranslationInline(TranslationInline):
    """A place's name in other languages: whoever may change the place may change them."""

    model = PlaceTranslation

    def may_change_place(self, request, obj):
        place_admin = self.admin_site.get_model_admin(Place)
        return obj is None or place_admin.has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self.may_change_place(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.may_change_place(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.may_change_place(request, obj)


@admin.register(Place)
class PlaceAdmin(
    RankedAutocompleteMixin, HostileInputAdminMixin, ProtectedDeletionMixin, admin.ModelAdmin
):
    list_display = ["name", "state"]
    list_select_related = ["state"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["state"]
    inlines = [PlaceTranslationInline]

    def has_change_permission(self, request, obj=None):
        """Places are shared by every source's releases: mission staff add the places they
        need and change only those that no release outside their scope is dated at."""
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or EditorialScope.sources_of(request.user) is None:
            return True
        others = obj.press_releases.exclude(pk__in=PressRelease.objects.visible_to(request.user))
        return not others.exists()


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(RankedAutocompleteMixin, HostileInputAdminMixin, TaggitTagAdmin):
    """django-taggit's tag admin, whose autocomplete ranks names and refuses hostile input as
    every other admin's does. A release's tags are typed as text, not chosen in an autocomplete
    box, but the admin's autocomplete answers for anything that points to a tag (taggit's tagged
    items).

    Without taggit's "merge tags" action and page: it re-points every release's tags, of every
    source and status, with no check but being staff, no revision and none of what a change of
    tags sets off (search documents, counts). Editors retag releases on the releases.
    """

    actions = None

    def get_urls(self):
        return admin.ModelAdmin.get_urls(self)  # taggit's adds merge-tags/


class PressReleaseTranslationInline(WorkflowTranslationInline):
    """A release's versions in other languages, each with its own workflow and its own history.
    The release's editorial scope covers them (they are edited on its page only); only
    publishers release, unpublish or delete one, and mission staff only for releases whose
    sources are all theirs (PressReleaseTranslationAdminForm and its formset)."""

    model = PressReleaseTranslation
    form = PressReleaseTranslationAdminForm
    formset = PressReleaseTranslationFormSet
    readonly_fields = ["history"]

    def get_formset(self, request, obj=None, **kwargs):
        # The scope rule needs the user (PressReleaseTranslationAdminForm and its formset).
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        formset.form = type(formset.form.__name__, (formset.form,), {"user": request.user})
        return formset

    @admin.display(description=_("History"))
    def history(self, obj):
        if obj.pk is None:
            return None
        url = reverse(
            "admin:news_pressrelease_translation_history", args=[obj.item_id, obj.language]
        )
        return format_html('<a href="{}">{}</a>', url, _("Earlier versions"))


def restorable_values(version):
    """What a revert of a translation to `version` restores: the values of its form's fields,
    or None where the version cannot be read (a field since gone)."""
    try:
        values = version.field_dict
    except RevertError:
        return None
    return {name: values.get(name) for name in PressReleaseTranslationAdminForm._meta.fields}


@admin.register(PressRelease)
class PressReleaseAdmin(StampedAdminMixin, WorkflowAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """Press releases, for three roles (see staff/roles.py): editors write and submit for
    review; publishers also publish, schedule, unpublish and archive; an editorial scope limits
    mission staff to their own operation's releases, in every view of this admin."""

    form = PressReleaseAdminForm
    change_list_template = "admin/news/pressrelease/change_list.html"
    list_display = ["title", "publication", "source_names", "field_names"]
    list_filter = [VisibilityFilter, "type", "fields_of_work", "sources", YearFilter]
    search_fields = ["title", "summary", "slug"]
    autocomplete_name_fields = ["title"]  # the home page's lead story and highlights choose one
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["places", "sources", "fields_of_work", "states", "related_people"]
    actions = ["submit_for_review", "publish", "unpublish", "archive"]
    inlines = [PressReleaseTranslationInline]
    # Each translation is reverted on its own (translation_revision_view), not with English.
    reverted_apart = [PressReleaseTranslation]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["type", "title", "slug", "opened_version"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (
            _("Where and who"),
            {"fields": ["places", "sources", "fields_of_work", "states", "related_people"]},
        ),
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
            .visible_to(request.user)
            .prefetch_related(
                Prefetch("sources", queryset=Structure.objects.only("name", "full_name")),
                "fields_of_work",
            )
        )

    def get_urls(self):
        calendar = self.admin_site.admin_view(self.calendar_view)
        translation_history = self.admin_site.admin_view(self.translation_history_view)
        translation_revision = self.admin_site.admin_view(self.translation_revision_view)
        translation = "<path:object_id>/translations/<str:language>/history/"
        return [
            path("calendar/", calendar, name="news_pressrelease_calendar"),
            path(
                translation,
                translation_history,
                name="news_pressrelease_translation_history",
            ),
            path(
                f"{translation}<str:version_id>/",
                translation_revision,
                name="news_pressrelease_translation_revision",
            ),
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

    def reversion_register(self, model, **options):
        # A version holds the release's tags too (taggit's manager is not serialised with it):
        # its tagged items are followed, so a revert restores them.
        if model is PressRelease:
            if not reversion.is_registered(TaggedItem):
                reversion.register(TaggedItem)
            options["follow"] = (*options.get("follow", ()), "tagged_items")
        super().reversion_register(model, **options)

    def revert_protected_fields(self, request, obj):
        """An editor's revert keeps the publication as it is (WorkflowAdminMixin); a scoped
        user's, the sources."""
        protected = super().revert_protected_fields(request, obj)
        if EditorialScope.sources_of(request.user) is not None:
            protected.append("sources")
        return protected

    # A translation's own history. Reverting the release restores English and leaves every
    # translation as it is (`reverted_apart`): a translator's later work is not undone, nor a
    # translation added since deleted, nor a language's status changed by someone who meant to
    # mend the English text. Each translation is reverted here instead, on its own, through
    # its form on the release's page, so that a revert is a change like any other.

    def _translation(self, request, object_id, language, *, change):
        """The release's translation in `language` and the translations inline as the user gets
        it: the release through this admin's scope and permissions (a 404 outside the scope),
        the translation through the inline's permissions (a 403 without them)."""
        release = self._guarded_object(request, object_id, change=change)
        inline = next(
            (
                each
                for each in self.get_inline_instances(request, release)
                if isinstance(each, PressReleaseTranslationInline)
            ),
            None,
        )
        allowed = inline is not None and (
            inline.has_change_permission(request, release)
            if change
            else inline.has_view_or_change_permission(request, release)
        )
        if not allowed:
            raise PermissionDenied
        translation = release.translations.filter(language=language).first()
        if translation is None:
            raise Http404(_("No such object is open to you."))
        return release, inline, translation

    def translation_history_view(self, request, object_id, language):
        """The translation's versions, each a link to restore it. A version of the release holds
        its translations as they were (so that a recovered release comes back with them):
        those that repeat the version before, unchanged, are left out."""
        release, _inline, translation = self._translation(
            request, object_id, language, change=False
        )
        versions = Version.objects.get_for_object(translation).select_related("revision__user")
        distinct, previous = [], None
        for version in versions.order_by("pk"):
            texts = restorable_values(version)
            if texts != previous:
                distinct.append(version)
            previous = texts
        if self.history_latest_first:
            distinct.reverse()
        action_list = [
            {
                "revision": version.revision,
                "url": reverse(
                    "admin:news_pressrelease_translation_revision",
                    args=[release.pk, language, version.pk],
                ),
            }
            for version in distinct
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "release": release,
            "title": _("History: %(translation)s") % {"translation": translation},
            "action_list": action_list,
        }
        return TemplateResponse(
            request, "admin/news/pressrelease/translation_history.html", context
        )

    def translation_publication_kept(self, request, release):
        """Whether a revert of one of `release`'s translations keeps its status and times as they
        are: for those who may not change them (editors; mission staff, where the release has a
        source outside their scope)."""
        outside = EditorialScope.outside(request.user, release.sources.all())
        return not self.has_publish_permission(request) or bool(outside)

    def translation_revision_view(self, request, object_id, language, version_id):
        """The translation's form on the release's page, as the user gets it there (its
        workflow and scope rules), filled in with one of its versions: saving it restores that
        version's texts, and the English texts they translated (so that the translation board
        says whether it is outdated). Its status and times come back too for those who may
        change them; for anyone else they stay as they are. English and the other languages are
        not touched."""
        release, inline, translation = self._translation(request, object_id, language, change=True)
        number = version_number(version_id)
        versions = Version.objects.get_for_object(translation)
        version = None if number is None else versions.filter(pk=number).first()
        if version is None:
            raise Http404(_("This object has no such version."))
        history_url = reverse(
            "admin:news_pressrelease_translation_history", args=[release.pk, language]
        )
        try:
            earlier = version.field_dict
        except RevertError as error:
            messages.error(request, str(error))
            return redirect(history_url)
        form_class = inline.get_formset(request, release).form
        saved_on = formats.localize(timezone.template_localtime(version.revision.date_created))
        if request.method == "POST":
            form = form_class(request.POST, instance=translation)
            if form.is_valid():
                with transaction.atomic(), reversion.create_revision():
                    restored = form.save(commit=False)
                    restored.source_texts = earlier.get("source_texts") or restored.source_texts
                    restored.save(remember_source=False)
                    reversion.set_user(request.user)
                    reversion.set_comment(
                        gettext("Reverted to previous version, saved on %(datetime)s")
                        % {"datetime": saved_on}
                    )
                    reversion.add_to_revision(release)
                messages.success(request, _("The translation is saved."))
                return redirect(reverse("admin:news_pressrelease_change", args=[release.pk]))
        else:
            form = form_class(instance=translation)
            kept = self.translation_publication_kept(request, release)
            for name, field in form.fields.items():
                if field.disabled or (kept and name in form.publication_fields):
                    continue
                if name in earlier:
                    form.initial[name] = earlier[name]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "release": release,
            "history_url": history_url,
            "title": _("Revert %(translation)s") % {"translation": translation},
            "saved_on": saved_on,
            "language": language,
            "form": form,
        }
        return TemplateResponse(
            request, "admin/news/pressrelease/translation_revision.html", context
        )

    def may_recover(self, request):
        # Mission staff recover nothing: a deleted release's sources are no longer checked.
        scoped = EditorialScope.sources_of(request.user) is not None
        return super().may_recover(request) and not scoped

    @admin.display(description=_("sources"))
    def source_names(self, obj):
        return ", ".join(source.name for source in obj.sources.all())

    @admin.display(description=_("fields of work"))
    def field_names(self, obj):
        return ", ".join(field.name for field in obj.fields_of_work.all())

    def _carry_out(self, request, queryset, action, message):
        """Carry out `action` (BulkChange.Action) on the selection now when it is small; queue
        it for `go_live` when it is more than NEWS_BULK_INLINE_LIMIT releases."""
        if queryset.count() > settings.NEWS_BULK_INLINE_LIMIT:
            bulk_change = services.queue_bulk_change(action, queryset, user=request.user)
            self._report_queued(request, bulk_change)
        else:
            counts = services.change(action, queryset, user=request.user)
            self._report(request, counts, message)

    def _report(self, request, counts, message):
        """What the action did: how many changed, and how many were left as they are because
        of the user's editorial scope (as the service counted them, releases already so aside)."""
        changed, refused = counts
        self.message_user(request, message % changed, messages.SUCCESS)
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

    def _report_queued(self, request, bulk_change):
        count = bulk_change.total
        message = ngettext(
            "%(count)s press release is queued to be %(done)s: a selection of more than "
            "%(limit)s is changed in the background, in batches, with a revision per release, "
            "usually within a few minutes. Any you may not change then are left as they are "
            "and counted.",
            "%(count)s press releases are queued to be %(done)s: a selection of more than "
            "%(limit)s is changed in the background, in batches, with a revision per release, "
            "usually within a few minutes. Any you may not change then are left as they are "
            "and counted.",
            count,
        ) % {
            "count": number_format(count, force_grouping=True),
            "done": services.ACTIONS[bulk_change.action].done,
            "limit": number_format(settings.NEWS_BULK_INLINE_LIMIT, force_grouping=True),
        }
        follow = format_html(
            '{} <a href="{}">{}</a>',
            message,
            reverse("admin:news_bulkchange_changelist"),
            _("Follow it under Bulk changes."),
        )
        self.message_user(request, follow, messages.INFO)

    @admin.action(
        description=_("Submit the selected press releases for review"), permissions=["change"]
    )
    def submit_for_review(self, request, queryset):
        self._carry_out(
            request,
            queryset,
            BulkChange.Action.SUBMIT_FOR_REVIEW,
            ngettext_lazy(
                "%d press release submitted for review.",
                "%d press releases submitted for review.",
            ),
        )

    @admin.action(
        description=_("Publish the selected press releases (scheduled if dated ahead)"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        self._carry_out(
            request,
            queryset,
            BulkChange.Action.PUBLISH,
            ngettext_lazy(
                "%d press release published.",
                "%d press releases published.",
            ),
        )

    @admin.action(
        description=_("Unpublish the selected press releases (back to draft)"),
        permissions=["publish"],
    )
    def unpublish(self, request, queryset):
        self._carry_out(
            request,
            queryset,
            BulkChange.Action.UNPUBLISH,
            ngettext_lazy(
                "%d press release set back to draft.",
                "%d press releases set back to draft.",
            ),
        )

    @admin.action(
        description=_("Archive the selected press releases (off the site)"),
        permissions=["publish"],
    )
    def archive(self, request, queryset):
        self._carry_out(
            request,
            queryset,
            BulkChange.Action.ARCHIVE,
            ngettext_lazy(
                "%d press release archived.",
                "%d press releases archived.",
            ),
        )


@admin.register(BulkChange)
class BulkChangeAdmin(HostileInputAdminMixin, admin.ModelAdmin):
    """Queued bulk changes of press releases, read-only: staff who change releases see their
    own, those who may view them all (Administrators) everyone's. Only the press releases'
    actions make them and only `go_live` changes them (news.services), so nobody adds, changes
    or deletes one here."""

    list_display = [
        "requested_at",
        "action",
        "total",
        "progress",
        "changed",
        "unchanged",
        "not_permitted",
        "requested_by",
        "finished_at",
    ]
    list_filter = ["status", "action"]
    list_select_related = ["requested_by"]
    search_fields = ["requested_by__username"]
    date_hierarchy = "requested_at"
    fields = [
        "action",
        "total",
        "progress",
        "changed",
        "unchanged",
        "not_permitted",
        "requested_by",
        "requested_at",
        "started_at",
        "finished_at",
        "failures",
        "error",
    ]
    readonly_fields = fields
    actions = None

    def get_queryset(self, request):
        # The list has no use for the thousands of ids a row may hold.
        return super().get_queryset(request).visible_to(request.user).defer("release_ids")

    def has_view_permission(self, request, obj=None):
        if super().has_view_permission(request, obj):
            return True
        own = obj is None or obj.requested_by_id == request.user.pk
        return own and request.user.has_perm("news.change_pressrelease")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("status"), ordering="status")
    def progress(self, obj):
        """Where it stands, in words: its status, how far it got, and a failed batch's error."""
        numbers = {
            "processed": number_format(obj.processed, force_grouping=True),
            "total": number_format(obj.total, force_grouping=True),
            "error": obj.error,
        }
        Status = BulkChange.Status
        if obj.status == Status.FAILED:
            text = _(
                "Failed after %(processed)s of %(total)s (%(error)s); the rest were left as they "
                "are"
            )
        elif obj.status in BulkChange.PENDING and obj.error:
            text = _(
                "%(processed)s of %(total)s done; a batch failed and is tried again on the next "
                "run (%(error)s)"
            )
        elif obj.status == Status.RUNNING:
            text = _("Running: %(processed)s of %(total)s")
        else:
            return obj.get_status_display()
        return text % numbers


class EditorialScopeInline(HostileInputAdminMixin, admin.StackedInline):
    model = EditorialScope
    can_delete = True
    autocomplete_fields = ["sources"]
    verbose_name_plural = _("Editorial scope (leave empty for all releases)")


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Django's user admin, with the editorial scope that limits mission staff."""

    inlines = [*BaseUserAdmin.inlines, EditorialScopeInline]
