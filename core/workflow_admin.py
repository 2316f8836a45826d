"""The editorial workflow (core.workflow) in the admin, for every content type that has it: the
forms, the status filter, the admin mixin and the translations inline.

Only publishers (the model's `publish_permission()`) release, schedule, unpublish or archive:
for anyone else the status offers draft and in review, and an object already released (or
archived) keeps its status and times whatever is posted, on the form, on a revert and on a
recovery. The rules are the form's and the admin's, not the template's, so a post made by hand
meets them too.
"""

from django import forms
from django.contrib import admin
from django.db import transaction
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .admin import TranslationForm, TranslationInline
from .scopes import scope_of
from .workflow import FIRST_YEAR, LAST_YEAR, RELEASED, UNRELEASED, Status, publish_permission
from .workflow import released_status as status_by_the_clock

PUBLICATION_FIELDS = ["status", "published_at", "expires_at"]


def check_year(form, name):
    """The time `form` holds for `name`, in the years the site dates content in (and that
    every database and time zone can hold: the first day of year 1 in Vienna is still year 0
    in UTC)."""
    moment = form.cleaned_data.get(name)
    # The year as the editor typed it, in the form's time zone: converting it could overflow.
    if moment and not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise forms.ValidationError(
            _("Enter a time between %(first)s and %(last)s."),
            code="out_of_range",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return moment


class WorkflowForm(forms.ModelForm):
    """The admin's form of an object with a workflow. It remembers which version of the object
    the editor opened, and refuses to save over a change someone else saved since (instead of
    silently losing it); a released status follows the clock (scheduled ahead of the
    publication time, published after it)."""

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)
    # The editor using the form; the admin sets it (see WorkflowAdminMixin.get_form).
    user = None
    conflict_message = _(
        "Someone else saved this since you opened it. Nothing was saved: open it again to see "
        "their changes, then make yours."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.updated_at.isoformat()

    def check_year(self, name):
        return check_year(self, name)

    def clean_published_at(self):
        return self.check_year("published_at")

    def clean_expires_at(self):
        return self.check_year("expires_at")

    def clean(self):
        data = super().clean()
        status = data.get("status")
        published_at = data.get("published_at", self.instance.published_at)
        if status in RELEASED and published_at:
            data["status"] = status_by_the_clock(published_at)
        self.check_scope(data)
        self.check_edit_conflict(data)
        return data

    def check_scope(self, data):
        """Whatever an editorial scope refuses (a subclass adds its errors)."""

    def check_edit_conflict(self, data):
        opened = data.get("opened_version")
        if not (self.instance.pk and opened):
            return
        saved = type(self.instance)._default_manager.filter(pk=self.instance.pk)
        if transaction.get_connection().in_atomic_block:
            # The admin saves in one transaction: hold the row until it commits, so that a
            # second save at the same instant waits and then sees this one's change.
            saved = saved.select_for_update()
        current = saved.values_list("updated_at", flat=True).first()
        if current and current.isoformat() != opened:
            raise forms.ValidationError(self.conflict_message, code="edit_conflict")


class SourcesScopedWorkflowForm(WorkflowForm):
    """The form of content that belongs to structures through a many-to-many `scope_relation`
    ("sources", or an event's "organisers"; see core.admin.ScopedBySourcesAdminMixin): for a
    user with an editorial scope, the structures posted must keep one of the structures of
    their scope, and gain none outside it."""

    scope_relation = "sources"
    keep_one_message = _("Keep one of the structures of your editorial scope among the issuers.")
    outside_message = _("You may add only the structures of your editorial scope.")

    def check_scope(self, data):
        name = self.scope_relation
        if self.user is None or name not in data:
            return
        sources = scope_of(self.user)
        if sources is None:
            return
        ids = {source.pk for source in sources}
        posted = {source.pk for source in data[name]}
        had = (
            set(getattr(self.instance, name).values_list("pk", flat=True))
            if self.instance.pk
            else set()
        )
        if not posted & ids:
            self.add_error(name, self.keep_one_message)
        elif (posted - had) - ids:
            self.add_error(name, self.outside_message)


class TranslationWorkflowForm(TranslationForm):
    """A translation with a workflow of its own, on its item's page.

    For users who may not publish (`may_publish`, set per request by
    WorkflowTranslationInline), the status offers draft and in review, and a translation
    already released (or archived) keeps its status and times, whatever is posted (the fields
    are disabled, so the form takes the stored values).
    """

    may_publish = False
    publication_fields = PUBLICATION_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.may_publish:
            return
        stored = self.instance.status if self.instance.pk else None
        if stored is not None and stored not in UNRELEASED:
            for name in self.publication_fields:
                self.fields[name].disabled = True
        else:
            self.fields["status"].choices = [(status.value, status.label) for status in UNRELEASED]

    def clean_published_at(self):
        return check_year(self, "published_at")

    def clean_expires_at(self):
        return check_year(self, "expires_at")

    def clean(self):
        data = super().clean()
        # A released status follows the clock, as the item's does.
        status, published_at = data.get("status"), data.get("published_at")
        if status in RELEASED and published_at and not self.fields["status"].disabled:
            data["status"] = status_by_the_clock(published_at)
        return data


class VisibilityFilter(admin.SimpleListFilter):
    """Where objects stand in the workflow, and whether the clock has made them public (the
    model's queryset has `published()`)."""

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
        released = queryset.filter(status__in=RELEASED)
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


class WorkflowAdminMixin:
    """A ModelAdmin of content with a workflow, for its three roles (staff/roles.py): editors
    write and submit for review; publishers (`has_publish_permission()`) also publish,
    schedule, unpublish and archive. Put it before GuardedVersionAdmin: a revert by an editor
    keeps the publication as it is, and a recovered object comes back as a draft."""

    # What only a publisher may change once an object is released or archived.
    publication_fields = PUBLICATION_FIELDS

    def has_publish_permission(self, request):
        return request.user.has_perm(publish_permission(self.opts))

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(status.value, status.label) for status in UNRELEASED]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        released = obj and obj.status not in UNRELEASED
        if released and not self.has_publish_permission(request):
            readonly = [*readonly, *self.publication_fields]
        elif getattr(request, "recovering", False):
            readonly = [*readonly, "status"]  # a recovered object is a draft (see recovered())
        return readonly

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        """An editor's revert keeps the publication as it is."""
        protected = list(super().revert_protected_fields(request, obj))
        if not self.has_publish_permission(request):
            protected += self.publication_fields
        return protected

    def recovered(self, request, obj):  # GuardedVersionAdmin
        """A recovered object comes back as a draft, whatever it was when it was deleted."""
        type(obj)._default_manager.filter(pk=obj.pk).update(status=Status.DRAFT)

    @admin.display(description=_("publication"), ordering="published_at")
    def publication(self, obj):
        """When it is (or was, or will be) public, and where that leaves it now: one column, not
        two, so that the list fits beside the admin's two sidebars on a screen 1280 pixels wide
        (the time is one line; "Embargoed" beneath it means until that time)."""
        when = formats.localize(timezone.template_localtime(obj.published_at))
        return format_html('<span class="nowrap">{}</span><br>{}', when, obj.state_label)


class WorkflowTranslationInline(TranslationInline):
    """An item's versions in other languages, each with its own workflow (its form a
    TranslationWorkflowForm). Only publishers of the item release, unpublish or delete one."""

    def may_publish(self, request):
        return request.user.has_perm(publish_permission(self.parent_model._meta))

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = type(
            formset.form.__name__, (formset.form,), {"may_publish": self.may_publish(request)}
        )
        return formset

    def has_delete_permission(self, request, obj=None):
        # Deleting a published translation takes it off the site: a publisher's decision.
        return self.may_publish(request) and super().has_delete_permission(request, obj)
