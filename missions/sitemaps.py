from core.sitemaps import ObjectSitemap

from .models import FieldOperation


class FieldOperationSitemap(ObjectSitemap):
    def items(self):
        return FieldOperation.objects.only("slug", "kind", "updated_at")
