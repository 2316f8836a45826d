from core.sitemaps import TranslatedSitemap

from .models import Structure


class StructureSitemap(TranslatedSitemap):
    """Structures and institutions; field operations have their own section."""

    def items(self):
        structures = Structure.objects.exclude_field_operations()
        return structures.only("slug", "kind", "updated_at").with_translations()
