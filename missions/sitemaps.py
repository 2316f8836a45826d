from django.db.models import Prefetch

from core.sitemaps import TranslatedSitemap

from .models import Department, FieldOperation


class FieldOperationSitemap(TranslatedSitemap):
    def items(self):
        return FieldOperation.objects.only("slug", "kind", "updated_at").with_translations()


class DepartmentSitemap(TranslatedSitemap):
    """Published departments, in each language their page exists in (which their operation's
    translations decide too: prefetched with them)."""

    def items(self):
        operations = FieldOperation.objects.only("slug", "kind").with_translations()
        return (
            Department.objects.published()
            .only("slug", "operation", "is_published", "updated_at")
            .prefetch_related(Prefetch("operation", queryset=operations))
            .with_translations()
            .order_by("pk")
        )
