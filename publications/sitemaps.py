from django.db.models import Max, Prefetch

from core.sitemaps import TranslatedSitemap

from .models import Publication, PublicationTranslation

WORKFLOW = ["status", "published_at", "expires_at"]


class PublicationSitemap(TranslatedSitemap):
    """Published publications, each in every language it is published in."""

    def items(self):
        rows = PublicationTranslation.objects.only("item", "language", "slug")
        return (
            Publication.objects.published()
            .only("slug", "updated_at", *WORKFLOW)
            .prefetch_related(Prefetch("translations", queryset=rows))
        )

    def get_latest_lastmod(self):
        return Publication.objects.published().aggregate(latest=Max("updated_at"))["latest"]
