from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import by_name, shown_in
from core.views import TranslatedDetailMixin

from .models import Structure, StructureTranslation


def in_menu_order(structures, language):
    """`structures` (shown in `language`) in the order of menus and lists: by position, then
    by name (in another language its own)."""
    return by_name(structures, language, first=lambda structure: structure.position)


def shown_children(structures, language):
    """Give each of `structures` (children prefetched with their translations in `language`)
    its units shown in that language, as `units`."""
    for structure in structures:
        structure.units = in_menu_order(shown_in(structure.children.all(), language), language)
    return structures


def children_in(language):
    children = Structure.objects.in_language(language).with_translations(language)
    return Prefetch("children", queryset=children)


class StructureListView(ListView):
    template_name = "structures/structure_list.html"
    context_object_name = "structures"

    def get_queryset(self):
        language = languages.active()
        structures = (
            Structure.objects.exclude_field_operations()
            .top_level()
            .in_language(language)
            .with_translations(language)
            .prefetch_related(children_in(language))
        )
        return shown_children(in_menu_order(shown_in(structures, language), language), language)


class StructureDetailView(TranslatedDetailMixin, DetailView):
    model = Structure
    template_name = "structures/structure_detail.html"
    context_object_name = "structure"

    def get_queryset(self):
        # Field operations have their own pages: /field-operations/<slug>/.
        language = languages.active()
        queryset = (
            Structure.objects.exclude_field_operations()
            .select_related("parent")
            .with_translations()
            .prefetch_related(children_in(language))
        )
        if language != languages.SOURCE_LANGUAGE:
            rows = StructureTranslation.objects.filter(language=language)
            queryset = queryset.prefetch_related(Prefetch("parent__translations", queryset=rows))
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        shown_children([self.object], languages.active())
        return context
