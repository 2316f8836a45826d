from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ReferenceFactsAdminMixin,
    ScopedObjectsAdminMixin,
    SiteModelAdmin,
    TranslationInline,
)
from structures.models import StructureTranslation

from .models import (
    FieldOperation,
    FieldOperationTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
    WorkSection,
    WorkSectionTranslation,
)


class FieldOperationNamesInline(TranslationInline):
    """An operation's names in other languages (its structure's translations): reference
    facts, as its English names are. Its page exists in a language once its page's texts are
    translated too (FieldOperationPageInline)."""

    model = StructureTranslation
    fields = ["language", "name", "full_name", "slug"]
    verbose_name = _("name in another language")
    verbose_name_plural = _("names in other languages")


class FieldOperationPageInline(TranslationInline):
    """The operation's page in other languages: its own texts (its "Our work" sections and
    gallery photographs are translated on their own pages: "Change" on each)."""

    model = FieldOperationTranslation
    board_name = _("field operation pages")
    verbose_name = _("page in another language")
    verbose_name_plural = _("page in other languages")


class WorkSectionInline(HostileInputAdminMixin, admin.StackedInline):
    model = WorkSection
    extra = 0
    show_change_link = True  # its translations are on its own page
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
    show_change_link = True
    fields = ["position", "photo", "photo_alt", "photo_caption", "photo_credit"]


@admin.register(FieldOperation)
class FieldOperationAdmin(
    ReferenceFactsAdminMixin, ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin
):
    """Field operations, with their "Our work" sections and gallery as inlines.

    What an operation is (its name, address, type and place in the menus, host country,
    headquarters, dates and whether it is open or closed) is reference data, an
    Administrator's (`reference_fields`); editors and publishers change what its page says
    (tagline, description, "Our work" and the gallery). Mission staff, whose editorial scope
    names their operation, find only that one here: the sections and photographs they add,
    change or delete are always their own operation's (an inline's rows are its parent's).
    """

    list_display = [
        "name",
        "operation_type",
        "host_country",
        "headquarters",
        "established_on",
        "status",
    ]
    list_filter = ["status", "operation_type"]
    list_select_related = ["host_country"]
    search_fields = ["name", "full_name", "headquarters", "host_country__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["host_country"]
    date_hierarchy = "established"
    inlines = [
        FieldOperationNamesInline,
        FieldOperationPageInline,
        WorkSectionInline,
        GalleryPhotoInline,
    ]
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

    @admin.display(description=_("established"), ordering="established")
    def established_on(self, operation):
        """As the site writes it: only the year where only the year is known."""
        return operation.established_text or "–"

    reference_fields = [
        "name",
        "full_name",
        "slug",
        "operation_type",
        "position",
        "host_country",
        "headquarters",
        "established",
        "established_year_only",
        "closed",
        "closed_year_only",
        "status",
    ]


class WorkSectionTranslationInline(TranslationInline):
    model = WorkSectionTranslation


class GalleryPhotoTranslationInline(TranslationInline):
    model = GalleryPhotoTranslation


class OperationContentAdmin(ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """A section or gallery photograph of an operation's page, on a page of its own for its
    translations (an inline cannot hold inlines). New ones are added on the operation's page;
    mission staff find only their operation's. Its operation is shown, never changed here: not
    on the form, nor by a revert to a version from before an Administrator moved it, which would
    put it on another operation's page (or take it from theirs)."""

    scope_field = "operation_id"
    list_select_related = ["operation"]
    # The operations of the sections listed, so that mission staff are offered their own.
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter)]

    def has_add_permission(self, request):
        return False

    def view_on_site(self, obj):
        return obj.operation.get_absolute_url()  # shown on the operation's page

    def get_readonly_fields(self, request, obj=None):
        return ["operation", *super().get_readonly_fields(request, obj)]

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        return ["operation", *super().revert_protected_fields(request, obj)]


@admin.register(WorkSection)
class WorkSectionAdmin(OperationContentAdmin):
    list_display = ["title", "operation", "position"]
    search_fields = ["title", "operation__name"]
    autocomplete_fields = ["fields_of_work"]
    inlines = [WorkSectionTranslationInline]
    fields = [
        "operation",
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


@admin.register(GalleryPhoto)
class GalleryPhotoAdmin(OperationContentAdmin):
    list_display = ["__str__", "operation", "position"]
    search_fields = ["photo_caption", "photo_alt", "operation__name"]
    inlines = [GalleryPhotoTranslationInline]
    fields = ["operation", "position", "photo", "photo_alt", "photo_caption", "photo_credit"]
