from django.contrib import admin

from core.admin import ScopedUsersReadOnlyMixin, SiteModelAdmin, TranslationInline

from .models import Structure, StructureTranslation


class StructureTranslationInline(ScopedUsersReadOnlyMixin, TranslationInline):
    model = StructureTranslation


@admin.register(Structure)
class StructureAdmin(ScopedUsersReadOnlyMixin, SiteModelAdmin):
    """The Chairpersonship, Secretariat, institutions and other bodies: reference data, which
    only Administrators change, in every language (editors may look, staff/roles.py).

    Field operations are structures too, but editors edit them under "Field operations"; they are
    only listed here when an autocomplete (a press release's sources) asks for them.
    """

    list_display = ["name", "full_name", "kind", "parent", "position"]
    list_editable = ["position"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "full_name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fields = ["name", "full_name", "slug", "kind", "parent", "position", "description"]
    inlines = [StructureTranslationInline]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            return queryset
        return queryset.exclude_field_operations()

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            kwargs["choices"] = [
                choice
                for choice in Structure.Kind.choices
                if choice[0] != Structure.Kind.FIELD_OPERATION
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)
