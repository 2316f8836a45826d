"""Pages in the admin: the tree (django-treebeard's list, drag and drop, and "Move up"/"Move
down" buttons that work with the keyboard), the workflow of releases (core.workflow_admin),
revisions, sections as an ordered inline and translations.

Mission staff (an editorial scope) find only the pages of their operation: a page whose
`operation` is theirs, and the pages under it that name no other. They add pages under those,
move them only there, and cannot give a page to another operation (PageAdminForm, and the move
views check the same on a direct post); every other page is a 404 to them, whatever URL they
post to (core.admin.ScopedObjectsAdminMixin).
"""

import reversion
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from treebeard.admin import TreeAdmin, TreeChangeList
from treebeard.exceptions import InvalidMoveToDescendant, InvalidPosition, PathOverflow
from treebeard.forms import MoveNodeForm

from core import languages, menus
from core.admin import (
    GuardedChangeList,
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ScopedObjectsAdminMixin,
    ScopedUsersReadOnlyMixin,
    SiteModelAdmin,
    StampedAdminMixin,
    TranslationInline,
    scoped_ids,
)
from core.scopes import scope_of
from core.workflow_admin import (
    TranslationWorkflowForm,
    VisibilityFilter,
    WorkflowAdminMixin,
    WorkflowForm,
    WorkflowTranslationInline,
)

from . import addresses, services
from .models import (
    MENU_DEPTH,
    FooterLink,
    FooterLinkTranslation,
    HomeHighlight,
    HomePage,
    HomePageTranslation,
    MenuItem,
    MenuItemTranslation,
    Page,
    PageSection,
    PageSectionTranslation,
    PageTranslation,
    SiteFooter,
    attach_lineages,
    target_q,
)

TREE_FIELDS = ["path", "depth", "numchild"]
TREE_ERRORS = (ValidationError, InvalidMoveToDescendant, InvalidPosition, PathOverflow)


def page_scope(request, page):
    """Whether `page` belongs to an operation the user's editorial scope names (or nothing
    limits the user)."""
    ids = scoped_ids(request)
    if page is None or ids is None:
        return True
    if getattr(page, "scope_operation_id", None) is None:
        page = Page.objects.with_operation().filter(pk=page.pk).first() or page
    return getattr(page, "scope_operation_id", None) in ids


class GuardedTreeChangeList(GuardedChangeList, TreeChangeList):
    """Treebeard's list (one level of the tree, or a flat list when filtered), with the
    guarded filters of every list (core.admin), and each page's lineage read at once for its
    address."""

    def get_results(self, request):
        super().get_results(request)
        attach_lineages(self.result_list, language=languages.SOURCE_LANGUAGE)


class ParentFilter(admin.SimpleListFilter):
    """The pages right under a page (any page that has some)."""

    title = _("parent")
    parameter_name = "parent"

    def lookups(self, request, model_admin):
        parents = model_admin.get_queryset(request).filter(numchild__gt=0).only("title", "depth")
        return [(str(page.pk), "— " * (page.depth - 1) + page.title) for page in parents]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        parent = (
            Page.objects.filter(pk=value).first() if value.isascii() and value.isdigit() else None
        )
        if parent is None:
            return queryset.none()
        return queryset.children_of(parent)


class PageAdminForm(WorkflowForm, MoveNodeForm):
    """A page's form: its texts, its workflow (WorkflowForm) and its place in the tree
    (treebeard's "Position" and "Relative to"), checked before anything is saved: a place that
    exists (pages.addresses.check_place) and, for mission staff, one within their operation."""

    conflict_message = _(
        "Someone else saved this page since you opened it. Nothing was saved: open it again to "
        "see their changes, then make yours."
    )

    class Meta:
        model = Page
        fields = [
            "title",
            "slug",
            "strapline",
            "summary",
            "operation",
            "status",
            "published_at",
            "expires_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ref = self.fields["treebeard_ref_node"]
        ref.label, self.fields["treebeard_position"].label = _("Relative to"), _("Position")
        ids = scoped_ids_of(self.user)
        if ids is not None:
            # Mission staff choose among their operation's pages, and see where the page is
            # now (check_scope() decides whether it may go where they put it).
            initial = self.initial.get("treebeard_ref_node")
            ours = Page.objects.under_operations(ids).values("pk")
            ref.queryset = ref.queryset.filter(Q(pk__in=ours) | Q(pk=getattr(initial, "pk", None)))

    def moves(self):
        """Whether the form places the page (a new one, or one whose place it changes)."""
        placing = {"treebeard_ref_node", "treebeard_position"} & set(self.changed_data)
        return not self.instance.pk or bool(placing)

    def new_parent(self, data):
        """The parent the page will have (None: at the top), as the form places it."""
        if not self.moves():
            return Page.objects.get_parent(self.instance)
        target, position = data.get("treebeard_ref_node"), data.get("treebeard_position")
        if target is None:
            return None
        return addresses.new_parent(target, position)

    def check_scope(self, data):
        if "slug" not in data or self.errors.get("treebeard_ref_node"):
            return
        parent = self.new_parent(data)
        page = self.instance
        page.slug = data["slug"]
        height = addresses.subtree_height(page) if page.pk else 1
        try:
            addresses.check_place(page, parent, height=height)
        except ValidationError as error:
            self.add_error("slug" if error.code != "too_deep" else "treebeard_ref_node", error)
        ids = scoped_ids_of(self.user)
        if ids is None:
            return
        # Mission staff place pages only under their operation's, and a page stays their
        # operation's: by its own operation, or by the one it has from above.
        operation = data.get("operation")
        above = Page.objects.with_operation().filter(pk=parent.pk).first() if parent else None
        if operation is not None and operation.pk not in ids:
            self.add_error("operation", _("Choose your own operation, or none."))
        elif self.moves() and (above is None or above.scope_operation_id not in ids):
            self.add_error(
                "treebeard_ref_node",
                _("Put the page under one of your operation's pages."),
            )
        elif operation is None and (above is None or above.scope_operation_id not in ids):
            self.add_error(
                "operation",
                _("The page would no longer be your operation's: keep your operation."),
            )

    def save(self, commit=True):
        """A new page placed before or after another is added there at once (treebeard's form
        adds it under that page first, then moves it: a move that would redirect an address
        the page never had)."""
        position = self.cleaned_data.get("treebeard_position")
        target = self.cleaned_data.get("treebeard_ref_node")
        if not (self.instance._state.adding and target and position in {"left", "right"}):
            return super().save(commit=commit)
        for name in ("treebeard_position", "treebeard_ref_node"):
            self.cleaned_data.pop(name)
        self.instance = Page.objects.add_sibling(target, position, instance=self.instance)
        self.instance.refresh_from_db()
        forms.ModelForm.save(self, commit=commit)
        return self.instance


def scoped_ids_of(user):
    """The ids of the structures `user`'s editorial scope names, or None (a form's user: the
    admin's request is not at hand)."""
    if user is None:
        return None
    sources = scope_of(user)
    return None if sources is None else {source.pk for source in sources}


class PageTranslationAdminForm(TranslationWorkflowForm):
    """A page in another language, on the page's admin page, with its own workflow (only
    publishers release it)."""

    class Meta:
        model = PageTranslation
        fields = [
            "language",
            "title",
            "slug",
            "strapline",
            "summary",
            "status",
            "published_at",
            "expires_at",
        ]


class PageTranslationInline(WorkflowTranslationInline):
    model = PageTranslation
    form = PageTranslationAdminForm


class PageSectionForm(forms.ModelForm):
    """A section's form: what its kind shows is required (PageSection.REQUIRED)."""

    class Meta:
        model = PageSection
        fields = [
            "position",
            "kind",
            "heading",
            "text",
            "quotation",
            "quotation_source",
            "photo",
            "photo_alt",
            "photo_caption",
            "photo_credit",
            "structures",
        ]

    def clean(self):
        data = super().clean()
        structures = data.get("kind") == PageSection.Kind.STRUCTURES and "structures" in self.fields
        if structures and not data.get("structures"):
            self.add_error("structures", _("A section of this kind needs this."))
        return data


class PageSectionInline(HostileInputAdminMixin, admin.StackedInline):
    """A page's body: its sections, in the order of their positions (lowest first). Each has its
    translations on its own admin page ("Change")."""

    model = PageSection
    form = PageSectionForm
    extra = 0
    show_change_link = True
    autocomplete_fields = ["structures"]
    fields = PageSectionForm.Meta.fields


class PageSectionTranslationInline(TranslationInline):
    model = PageSectionTranslation


@admin.register(PageSection)
class PageSectionAdmin(ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """A page's section on an admin page of its own, for its translations (an inline cannot
    hold inlines). New ones are added on the page's; mission staff find only those of their
    operation's pages.

    Registered before the pages' admin, so that django-reversion follows each section's
    translations in the page's revisions too.
    """

    form = PageSectionForm
    scope_field = "scope_operation_id"
    list_display = ["__str__", "page", "kind", "position"]
    list_filter = ["kind"]
    list_select_related = ["page"]
    search_fields = ["heading", "page__title"]
    autocomplete_fields = ["structures"]
    inlines = [PageSectionTranslationInline]
    fields = ["page", *PageSectionForm.Meta.fields]

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request)
        pages = Page.objects.with_operation().filter(pk=OuterRef("page"))
        queryset = queryset.annotate(
            scope_operation_id=Subquery(pages.values("scope_operation_id")[:1])
        )
        ids = scoped_ids(request)
        return queryset if ids is None else queryset.filter(scope_operation_id__in=ids)

    def has_add_permission(self, request):
        return False

    def get_readonly_fields(self, request, obj=None):
        return ["page", *super().get_readonly_fields(request, obj)]


@admin.register(Page)
class PageAdmin(
    StampedAdminMixin,
    WorkflowAdminMixin,
    ScopedObjectsAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
    TreeAdmin,
):
    """Pages, for the roles of releases (staff/roles.py): editors write and submit for review;
    publishers also publish, schedule, unpublish and archive; mission staff only within their
    operation (see the module)."""

    form = PageAdminForm
    change_list_template = "admin/tree_change_list.html"  # treebeard's, not reversion's
    list_display = ["title", "address", "publication", "operation", "order"]
    list_filter = [VisibilityFilter, ParentFilter, "operation"]
    list_select_related = ["operation"]
    search_fields = ["title", "slug", "summary", "strapline"]
    autocomplete_name_fields = ["title"]  # the home page, the footer and menu items choose pages
    autocomplete_fields = ["operation"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PageTranslationInline, PageSectionInline]
    scope_field = "scope_operation_id"
    list_per_page = 100
    actions = ["submit_for_review", "publish", "unpublish", "archive"]
    compare_exclude = TREE_FIELDS
    fieldsets = [
        (None, {"fields": ["title", "slug", "opened_version"]}),
        (_("Place in the tree"), {"fields": ["treebeard_position", "treebeard_ref_node"]}),
        (_("Publication"), {"fields": ["status", "published_at", "expires_at"]}),
        (_("Text"), {"fields": ["strapline", "summary"]}),
        (_("Editorial scope"), {"fields": ["operation"]}),
        StampedAdminMixin.stamp_fieldset,
    ]

    def get_queryset(self, request):
        # The scope is the pages' own rule (an operation named on a page above counts too).
        queryset = super(ScopedObjectsAdminMixin, self).get_queryset(request)
        return queryset.visible_to(request.user)

    def get_changelist(self, request, **kwargs):
        return GuardedTreeChangeList

    def is_filtered(self, request):
        """Mission staff's pages may sit anywhere in the tree: they get them as one list."""
        return scoped_ids(request) is not None or super().is_filtered(request)

    def in_users_scope(self, request, obj):  # ScopedObjectsAdminMixin
        return page_scope(request, obj)

    def has_add_permission(self, request):
        # Mission staff add pages under their operation's (PageAdminForm checks where).
        return super(ScopedObjectsAdminMixin, self).has_add_permission(request)

    def may_recover(self, request):  # GuardedVersionAdmin
        """Deleted pages are not recovered: a page's place in the tree may be another's since,
        and the pages under it went first (a page with pages under it cannot be deleted)."""
        return False

    def revert_protected_fields(self, request, obj):
        """A revert restores a page's texts, publication (a publisher's) and sections, never
        its place in the tree (a move is undone by moving it back); mission staff's keeps its
        operation."""
        protected = [*super().revert_protected_fields(request, obj), *TREE_FIELDS]
        if scoped_ids(request) is not None:
            protected.append("operation")
        return protected

    @admin.display(description=_("publication"), ordering="published_at")
    def publication(self, obj):
        """WorkflowAdminMixin's, and whether a page above keeps a live page off the site (the
        list has read each page's lineage)."""
        shown = super().publication(obj)
        if obj.is_published and not obj.is_public_in_source():
            return format_html("{}<br>{}", shown, _("(a page above it is not public)"))
        return shown

    @admin.display(description=_("address"))
    def address(self, obj):
        return obj.address_in(languages.SOURCE_LANGUAGE)

    @admin.display(description=_("order"))
    def order(self, obj):
        """Buttons that move the page one place up or down among its siblings: the changelist's
        form posts to the move view (`formaction`), with its CSRF token."""
        up = reverse("admin:pages_page_move_step", args=[obj.pk, "up"])
        down = reverse("admin:pages_page_move_step", args=[obj.pk, "down"])
        return format_html(
            '<span class="nowrap"><button type="submit" class="button" formaction="{}" '
            'aria-label="{}">↑</button> <button type="submit" class="button" formaction="{}" '
            'aria-label="{}">↓</button></span>',
            up,
            _("Move “%(title)s” up") % {"title": obj.title},
            down,
            _("Move “%(title)s” down") % {"title": obj.title},
        )

    # Moves ------------------------------------------------------------------------------------

    def get_urls(self):
        step = self.admin_site.admin_view(self.move_step_view)
        return [
            path("<int:object_id>/move/<str:direction>/", step, name="pages_page_move_step"),
            *super().get_urls(),
        ]

    def open_to_change(self, request, object_id):
        page = self.get_object(request, str(object_id))  # through get_queryset(): the scope
        if page is None:
            raise Http404(_("No such object is open to you."))
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        return page

    def moved(self, request, page, target, position):
        """Move `page` to `position` of `target`, with a revision, as `request.user`; an error
        message if the tree refuses (pages.addresses)."""
        parent = addresses.new_parent(target, position)
        if scoped_ids(request) is not None and (parent is None or not page_scope(request, parent)):
            messages.error(request, _("Put the page under one of your operation's pages."))
            return False
        try:
            with transaction.atomic(), reversion.create_revision():
                Page.objects.move(page, target, position)
                page.refresh_from_db()
                page.updated_by = request.user
                page.save(update_fields=["updated_by", "updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment(_("Moved."))
        except TREE_ERRORS as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return False
        return True

    def move_step_view(self, request, object_id, direction):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        page = self.open_to_change(request, object_id)
        if direction == "up":
            target, position = Page.objects.get_prev_sibling(page), "left"
        elif direction == "down":
            target, position = Page.objects.get_next_sibling(page), "right"
        else:
            raise Http404
        if target is not None and self.moved(request, page, target, position):
            messages.success(request, _("“%(title)s” moved.") % {"title": page.title})
        return HttpResponseRedirect(reverse("admin:pages_page_changelist"))

    def move_node(self, request):
        """Treebeard's drag and drop, checked as a form is: both pages within the user's scope
        and change permission, and a place the tree allows (else a message and a 400, which
        treebeard's script shows by reloading the list)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        pages = self.get_queryset(request)

        class MoveForm(forms.Form):
            node = forms.ModelChoiceField(queryset=pages)
            target = forms.ModelChoiceField(queryset=pages)
            relation = forms.ChoiceField(choices=[("child", "child"), ("sibling", "sibling")])

        form = MoveForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest("Invalid form data provided")
        page, target = form.cleaned_data["node"], form.cleaned_data["target"]
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        position = "last-child" if form.cleaned_data["relation"] == "child" else "left"
        if not self.moved(request, page, target, position):
            return HttpResponseBadRequest("The move was refused")
        messages.info(request, _("“%(title)s” moved.") % {"title": page.title})
        return HttpResponse("OK")

    # Actions (one revision per page, core.workflow.change_statuses) --------------------------

    def _change(self, request, queryset, status, comment, message, only_from=()):
        changed = services.change_statuses(
            queryset, status, user=request.user, comment=comment, only_from=only_from
        )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Submit the selected pages for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._change(
            request,
            queryset,
            Page.Status.IN_REVIEW,
            _("Submitted for review."),
            _("Pages submitted for review: %(count)s."),
            only_from=services.DRAFTS,
        )

    @admin.action(
        description=_("Publish the selected pages (scheduled if dated ahead)"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        self._change(
            request,
            queryset,
            services.RELEASED_BY_THE_CLOCK,
            _("Published."),
            _("Pages published: %(count)s."),
        )

    @admin.action(
        description=_("Unpublish the selected pages (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        self._change(
            request,
            queryset,
            Page.Status.DRAFT,
            _("Set back to draft."),
            _("Pages set back to draft: %(count)s."),
        )

    @admin.action(
        description=_("Archive the selected pages (off the site)"), permissions=["publish"]
    )
    def archive(self, request, queryset):
        self._change(
            request,
            queryset,
            Page.Status.ARCHIVED,
            _("Archived."),
            _("Pages archived: %(count)s."),
        )


# The home page and the footer: one row each (made by their migration), changed, never added
# nor deleted; with revisions. Mission staff (an editorial scope) only look at them.


class SingletonAdminMixin:
    """An admin for the site's one row: no "Add", no "Delete", whatever URL is posted to."""

    def has_add_permission(self, request, *args):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HomePageTranslationInline(TranslationInline):
    model = HomePageTranslation


class HomeHighlightForm(forms.ModelForm):
    class Meta:
        model = HomeHighlight
        fields = ["position", "release", "page", "operation"]


class HomeHighlightInline(ScopedUsersReadOnlyMixin, HostileInputAdminMixin, admin.StackedInline):
    """The row of highlights, in the order of their positions (lowest first): each one release,
    page or field operation (HomeHighlight.clean)."""

    model = HomeHighlight
    form = HomeHighlightForm
    extra = 0
    autocomplete_fields = ["release", "page", "operation"]


@admin.register(HomePage)
class HomePageAdmin(
    SingletonAdminMixin,
    ScopedUsersReadOnlyMixin,
    StampedAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
):
    """The home page's lead story, highlights and texts (what shows in each language:
    pages.home)."""

    list_display = ["__str__", "lead_release", "lead_page", "updated_at"]
    list_select_related = ["lead_release", "lead_page"]
    autocomplete_fields = ["lead_release", "lead_page"]
    inlines = [HomePageTranslationInline, HomeHighlightInline]
    fieldsets = [
        (_("Lead story"), {"fields": ["lead_release", "lead_page"]}),
        (_("Text"), {"fields": ["strapline", "highlights_heading"]}),
        StampedAdminMixin.stamp_fieldset,
    ]


class FooterLinkTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = FooterLinkTranslation


class FooterLinkForm(forms.ModelForm):
    class Meta:
        model = FooterLink
        fields = ["kind", "position", "label", "url", "page"]


@admin.register(FooterLink)
class FooterLinkAdmin(ScopedUsersReadOnlyMixin, GuardedVersionAdmin, SiteModelAdmin):
    """A footer link on an admin page of its own, for its translated labels (an inline cannot
    hold inlines). Links are added on the footer's page.

    Registered before the footer's admin, so that django-reversion follows each link's
    translations in the footer's revisions too."""

    form = FooterLinkForm
    list_display = ["__str__", "kind", "position", "url", "page"]
    list_filter = ["kind"]
    list_select_related = ["page"]
    search_fields = ["label", "url", "page__title"]
    autocomplete_fields = ["page"]
    inlines = [FooterLinkTranslationInline]
    fields = FooterLinkForm.Meta.fields

    def has_add_permission(self, request):
        return False

    def view_on_site(self, obj):
        return None


class FooterLinkInline(ScopedUsersReadOnlyMixin, HostileInputAdminMixin, admin.StackedInline):
    """The footer's links, by group (kind) and position; each one's translated labels on its
    own page ("Change")."""

    model = FooterLink
    form = FooterLinkForm
    extra = 0
    show_change_link = True
    autocomplete_fields = ["page"]


@admin.register(SiteFooter)
class SiteFooterAdmin(
    SingletonAdminMixin,
    ScopedUsersReadOnlyMixin,
    StampedAdminMixin,
    GuardedVersionAdmin,
    SiteModelAdmin,
):
    """The footer of every page: contact details and links (pages.footer says what shows in
    each language)."""

    list_display = ["__str__", "email", "updated_at"]
    inlines = [FooterLinkInline]
    fieldsets = [
        (_("Contact"), {"fields": ["address", "telephone", "email"]}),
        StampedAdminMixin.stamp_fieldset,
    ]


# Menus -------------------------------------------------------------------------------------


class MenuTreeChangeList(GuardedChangeList, TreeChangeList):
    """Treebeard's list of the menus, with the guarded filters of every list (core.admin)."""


class MenuItemAdminForm(MoveNodeForm):
    """A menu item: its label, its one target (routes and groups chosen among those the apps
    register, core.menus) and its place in the tree, which must leave it at most MENU_DEPTH
    levels deep and not under a group (whose items are the data's)."""

    route = forms.ChoiceField(label=_("part of the site"), required=False)
    group = forms.ChoiceField(label=_("automatic group"), required=False)

    class Meta:
        model = MenuItem
        fields = [
            "label",
            "page",
            "field_of_work",
            "operation",
            "structure",
            "state",
            "route",
            "group",
            "fragment",
            "hidden",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in [
            ("route", [(route.name, route.label) for route in menus.routes()]),
            ("group", [(group.key, group.name) for group in menus.groups()]),
        ]:
            field = self.fields[name]
            field.choices = [("", "---------"), *choices]
            field.help_text = MenuItem._meta.get_field(name).help_text
        ref = self.fields["treebeard_ref_node"]
        ref.label, self.fields["treebeard_position"].label = _("Relative to"), _("Position")

    def clean(self):
        data = super().clean()
        target, position = data.get("treebeard_ref_node"), data.get("treebeard_position")
        moving = not self.instance.pk or {"treebeard_ref_node", "treebeard_position"} & set(
            self.changed_data
        )
        if self.errors.get("treebeard_ref_node"):
            return data
        if moving:
            parent = menu_parent(target, position) if target is not None else None
        else:
            parent = MenuItem.objects.get_parent(self.instance)
        if data.get("group") and parent is None:
            self.add_error("group", GROUP_AT_THE_TOP)
        if data.get("group") and self.instance.pk and self.instance.numchild:
            self.add_error(
                "group", _("A group's items are the data's: move the items under it first.")
            )
        if moving and (error := placement_error(self.instance, parent)):
            self.add_error("treebeard_ref_node", error)
        return data


GROUP_AT_THE_TOP = _("A group goes in a menu, under a top item.")


def placement_error(item, parent):
    """Why `item` (with what is under it, if it is saved) may not go under `parent` (None: at
    the top), or None: the form's and the moves' one rule."""
    if parent is not None and item.pk and parent.path.startswith(item.path):
        return _("An item cannot be under itself.")
    if parent is not None and parent.group:
        return _("A group's items are the data's: put the item beside the group, not under it.")
    height = 1
    if item.pk:
        below = MenuItem.objects.filter(path__startswith=item.path)
        height = max(below.values_list("depth", flat=True)) - item.depth + 1
    if (parent.depth if parent else 0) + height > MENU_DEPTH:
        return _("Menus are at most %(depth)d levels deep: put the item higher.") % {
            "depth": MENU_DEPTH
        }
    return None


def menu_parent(target, position):
    """The parent an item placed at `position` of `target` gets (None: a top menu)."""
    if position in {"first-child", "last-child", "sorted-child"}:
        return target
    return MenuItem.objects.get_parent(target)


class MenuItemTranslationInline(TranslationInline):
    model = MenuItemTranslation


class TargetFilter(admin.SimpleListFilter):
    """The items by the kind of their target."""

    title = _("target")
    parameter_name = "target"

    def lookups(self, request, model_admin):
        return [
            *((name, MenuItem._meta.get_field(name).verbose_name) for name in MenuItem.TARGETS),
            ("none", _("none (heads the items under it)")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value in MenuItem.TARGETS:
            return queryset.filter(target_q(value, True))
        if value == "none":
            return queryset.filter(*(target_q(name, False) for name in MenuItem.TARGETS))
        return queryset


@admin.register(MenuItem)
class MenuItemAdmin(StampedAdminMixin, GuardedVersionAdmin, SiteModelAdmin, TreeAdmin):
    """The site's menus, for the roles that have the menu items' permissions (Editor and
    Publisher, staff/roles.py), never for mission staff: the menus are the whole site's, and no
    editorial scope covers them (every view is refused to a scoped user, whatever their role).
    A change is live at once: the rendered navigation is retired on every write
    (pages.receivers)."""

    form = MenuItemAdminForm
    change_list_template = "admin/tree_change_list.html"  # treebeard's, not reversion's
    list_display = ["name", "target_shown", "hidden", "order"]
    list_filter = ["hidden", TargetFilter]
    list_select_related = ["page", "field_of_work", "operation", "structure", "state"]
    search_fields = ["label", "translations__label", "page__title", "route", "group"]
    autocomplete_fields = ["page", "field_of_work", "operation", "structure", "state"]
    inlines = [MenuItemTranslationInline]
    list_per_page = 200
    actions = ["hide", "show"]
    view_on_site = False
    compare_exclude = TREE_FIELDS
    fieldsets = [
        (None, {"fields": ["label", "hidden"]}),
        (
            _("Target (one at most)"),
            {
                "fields": [
                    "page",
                    "field_of_work",
                    "operation",
                    "structure",
                    "state",
                    "route",
                    "group",
                    "fragment",
                ]
            },
        ),
        (_("Place in the menus"), {"fields": ["treebeard_position", "treebeard_ref_node"]}),
        StampedAdminMixin.stamp_fieldset,
    ]

    def get_changelist(self, request, **kwargs):
        return MenuTreeChangeList

    # Nobody limited to an operation: the menus are the whole site's.
    def has_module_permission(self, request):
        return super().has_module_permission(request) and scoped_ids(request) is None

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and scoped_ids(request) is None

    def has_add_permission(self, request):
        return super().has_add_permission(request) and scoped_ids(request) is None

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and scoped_ids(request) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and scoped_ids(request) is None

    def revert_protected_fields(self, request, obj):
        """A revert restores an item's label, target and flag, never its place (a move is
        undone by moving it back)."""
        return [*super().revert_protected_fields(request, obj), *TREE_FIELDS]

    def may_recover(self, request):  # GuardedVersionAdmin
        """A deleted item is not recovered: its place in the tree may be another's since."""
        return False

    @admin.display(description=_("label"))
    def name(self, obj):
        return format_html("{}{}", "— " * (obj.depth - 1), obj)

    @admin.display(description=_("target"))
    def target_shown(self, obj):
        names = obj.targets_set()
        if not names:
            return _("none (heads the items under it)")
        name = names[0]
        kind = MenuItem._meta.get_field(name).verbose_name
        target = obj.target()
        shown = getattr(target, "label", None) or getattr(target, "name", None) or target
        if name == "route":
            shown = shown if target else obj.route
        if name == "group":
            shown = shown if target else _("%(key)s (no app provides it)") % {"key": obj.group}
        return format_html("{}: {}", kind, shown)

    @admin.display(description=_("order"))
    def order(self, obj):
        """Buttons that move the item one place up or down among its siblings (a form post to
        the move view, with the changelist's CSRF token)."""
        up = reverse("admin:pages_menuitem_move_step", args=[obj.pk, "up"])
        down = reverse("admin:pages_menuitem_move_step", args=[obj.pk, "down"])
        return format_html(
            '<span class="nowrap"><button type="submit" class="button" formaction="{}" '
            'aria-label="{}">↑</button> <button type="submit" class="button" formaction="{}" '
            'aria-label="{}">↓</button></span>',
            up,
            _("Move “%(title)s” up") % {"title": obj},
            down,
            _("Move “%(title)s” down") % {"title": obj},
        )

    def get_urls(self):
        step = self.admin_site.admin_view(self.move_step_view)
        return [
            path("<int:object_id>/move/<str:direction>/", step, name="pages_menuitem_move_step"),
            *super().get_urls(),
        ]

    def moved(self, request, item, target, position):
        """Move `item` to `position` of `target`, with a revision; an error message if the tree
        refuses."""
        parent = menu_parent(target, position)
        error = GROUP_AT_THE_TOP if item.group and parent is None else None
        if error := error or placement_error(item, parent):
            messages.error(request, error)
            return False
        try:
            with transaction.atomic(), reversion.create_revision():
                MenuItem.objects.move(item, target, position)
                item.refresh_from_db()
                item.updated_by = request.user
                item.save(update_fields=["updated_by", "updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment(_("Moved."))
        except TREE_ERRORS as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return False
        return True

    def open_to_change(self, request, object_id):
        item = self.get_object(request, str(object_id))
        if item is None:
            raise Http404(_("No such object is open to you."))
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        return item

    def move_step_view(self, request, object_id, direction):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        item = self.open_to_change(request, object_id)
        if direction == "up":
            target, position = MenuItem.objects.get_prev_sibling(item), "left"
        elif direction == "down":
            target, position = MenuItem.objects.get_next_sibling(item), "right"
        else:
            raise Http404
        if target is not None and self.moved(request, item, target, position):
            messages.success(request, _("“%(title)s” moved.") % {"title": item})
        return HttpResponseRedirect(reverse("admin:pages_menuitem_changelist"))

    def move_node(self, request):
        """Treebeard's drag and drop, with the user's change permission, a revision, and a place
        the tree allows (else a message and a 400)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        items = self.get_queryset(request)

        class MoveForm(forms.Form):
            node = forms.ModelChoiceField(queryset=items)
            target = forms.ModelChoiceField(queryset=items)
            relation = forms.ChoiceField(choices=[("child", "child"), ("sibling", "sibling")])

        form = MoveForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest("Invalid form data provided")
        item, target = form.cleaned_data["node"], form.cleaned_data["target"]
        position = "last-child" if form.cleaned_data["relation"] == "child" else "left"
        if not self.moved(request, item, target, position):
            return HttpResponseBadRequest("The move was refused")
        messages.info(request, _("“%(title)s” moved.") % {"title": item})
        return HttpResponse("OK")

    # Actions: each item saved on its own, with its revision (its save retires the navigation).

    def _set_hidden(self, request, queryset, hidden, comment, message):
        changed = 0
        for item in queryset.filter(hidden=not hidden):
            with transaction.atomic(), reversion.create_revision():
                item.hidden = hidden
                item.updated_by = request.user
                item.save(update_fields=["hidden", "updated_by", "updated_at"])
                reversion.set_user(request.user)
                reversion.set_comment(comment)
            changed += 1
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Hide the selected menu items"), permissions=["change"])
    def hide(self, request, queryset):
        self._set_hidden(request, queryset, True, _("Hidden."), _("Menu items hidden: %(count)s."))

    @admin.action(description=_("Show the selected menu items"), permissions=["change"])
    def show(self, request, queryset):
        self._set_hidden(request, queryset, False, _("Shown."), _("Menu items shown: %(count)s."))
