from core.sitemaps import ObjectSitemap

from .models import FieldOfWork


class FieldOfWorkSitemap(ObjectSitemap):
    def items(self):
        return FieldOfWork.objects.only("slug", "updated_at")
