from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.admin import (
    GuardedVersionAdmin,
    HostileInputAdminMixin,
    ReferenceFactsAdminMixin,
    ScopedObjectsAdminMixin,
    SiteModelAdmin,
    TranslationInline,
    scoped_ids,
)
from structures.models import StructureTranslation

from .models import (
    Department,
    DepartmentSection,
    DepartmentSectionTranslation,
    DepartmentTranslation,
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

    def get_queryset(self, request):
        # The operation's own gallery: its departments' photographs are on their pages.
        return super().get_queryset(request).of_operation_page()


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
        (
            _("Mandate"),
            {"fields": [("mandate_decision", "mandate_date"), "mandate_text"]},
        ),
        (
            pgettext_lazy("an operation's contact details", "Contact"),
            {"fields": ["contact_address", "contact_telephone", "contact_email"]},
        ),
    ]

    def _dependent_keys(self, object_id, **kwargs):  # GuardedVersionAdmin
        # A revert restores (and deletes) the photographs of the operation's own gallery only:
        # its departments' are their department's (DepartmentAdmin).
        keys = super()._dependent_keys(object_id, **kwargs)
        keys[GalleryPhoto] = {**keys[GalleryPhoto], "department_id": None}
        return keys

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
    list_display = ["__str__", "operation", "department", "position"]
    list_select_related = ["operation", "department"]
    search_fields = ["photo_caption", "photo_alt", "operation__name"]
    inlines = [GalleryPhotoTranslationInline]
    fields = [
        "operation",
        "department",
        "position",
        "photo",
        "photo_alt",
        "photo_caption",
        "photo_credit",
    ]
    readonly_fields = ["department"]

    def view_on_site(self, obj):
        return (obj.department or obj.operation).get_absolute_url()  # shown on its gallery's page


class DepartmentSectionTranslationInline(TranslationInline):
    model = DepartmentSectionTranslation


# Registered before DepartmentAdmin, whose inline would otherwise register the sub-sections with
# django-reversion first, following nothing: their versions must hold their translations.
@admin.register(DepartmentSection)
class DepartmentSectionAdmin(ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """A department's sub-section on a page of its own, for its translations (an inline cannot
    hold inlines). New ones are added on the department's page; mission staff find only their
    operation's."""

    scope_field = "department__operation_id"
    list_display = ["title", "department", "position"]
    list_select_related = ["department__operation"]
    list_filter = [("department", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "department__title"]
    autocomplete_name_fields = ["title"]
    inlines = [DepartmentSectionTranslationInline]
    fields = [
        "department",
        "position",
        "title",
        "text",
        "photo",
        "photo_alt",
        "photo_caption",
        "photo_credit",
    ]
    readonly_fields = ["department"]

    def has_add_permission(self, request):
        return False

    def view_on_site(self, obj):
        return obj.department.get_absolute_url()  # shown on the department's page

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        return ["department", *super().revert_protected_fields(request, obj)]


class DepartmentTranslationInline(TranslationInline):
    model = DepartmentTranslation


class DepartmentSectionInline(HostileInputAdminMixin, admin.StackedInline):
    model = DepartmentSection
    extra = 0
    show_change_link = True  # its translations are on its own page
    fields = ["position", "title", "text", "photo", "photo_alt", "photo_caption", "photo_credit"]


class DepartmentGalleryInline(HostileInputAdminMixin, admin.StackedInline):
    """The department's gallery: photographs of its operation's (GalleryPhoto.save), shown on
    the department's page."""

    model = GalleryPhoto
    fk_name = "department"
    extra = 0
    show_change_link = True  # its translations are on its own page
    fields = ["position", "photo", "photo_alt", "photo_caption", "photo_credit"]


@admin.register(Department)
class DepartmentAdmin(ScopedObjectsAdminMixin, GuardedVersionAdmin, SiteModelAdmin):
    """An operation's departments, with their sub-sections, gallery and translations inline.

    Mission staff find, add and change only their own operation's departments: the form offers
    them no other operation, nor another operation's "Our work" section. A department stays in
    the operation it was added to (its photographs and its section are that operation's): its
    operation is shown, never changed, here or by a revert.
    """

    scope_field = "operation_id"
    list_display = ["title", "operation", "is_published", "updated_at"]
    list_filter = ["is_published", ("operation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["operation"]
    search_fields = ["title", "operation__name"]
    autocomplete_name_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["fields_of_work"]
    inlines = [DepartmentTranslationInline, DepartmentSectionInline, DepartmentGalleryInline]
    fields = [
        "operation",
        "title",
        "slug",
        "is_published",
        "intro",
        "work_section",
        "fields_of_work",
        "gallery_title",
    ]

    def has_add_permission(self, request):
        # Unlike other content of an operation, added here by mission staff too: the operations
        # the form offers are theirs (ScopedObjectsAdminMixin would refuse them any addition).
        return super(ScopedObjectsAdminMixin, self).has_add_permission(request)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if obj is None else ["operation", *readonly]

    def revert_protected_fields(self, request, obj):  # GuardedVersionAdmin
        return ["operation", *super().revert_protected_fields(request, obj)]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        ids = scoped_ids(request)
        if db_field.name == "operation" and ids is not None:
            kwargs["queryset"] = FieldOperation.objects.filter(pk__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        field = form.base_fields.get("work_section")
        if field is not None:
            # The sections of its operation (of the user's operations, for a new one).
            sections = WorkSection.objects.select_related("operation")
            ids = scoped_ids(request)
            if obj is not None:
                sections = sections.filter(operation=obj.operation_id)
            elif ids is not None:
                sections = sections.filter(operation__in=ids)
            field.queryset = sections
            field.label_from_instance = lambda section: f"{section.operation}: {section.title}"
        return form
