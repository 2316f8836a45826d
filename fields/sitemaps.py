from core.sitemaps import TranslatedSitemap

from .models import FieldOfWork


class FieldOfWorkSitemap(TranslatedSitemap):
    def items(self):
        return FieldOfWork.objects.only("slug", "updated_at").with_translations()
