from core.sitemaps import TranslatedSitemap

from .models import FieldOperation


class FieldOperationSitemap(TranslatedSitemap):
    def items(self):
        return FieldOperation.objects.only("slug", "kind", "updated_at").with_translations()
