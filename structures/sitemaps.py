from core.sitemaps import ObjectSitemap

from .models import Structure


class StructureSitemap(ObjectSitemap):
    """Structures and institutions; field operations have their own section."""

    def items(self):
        return Structure.objects.exclude_field_operations().only("slug", "kind", "updated_at")
