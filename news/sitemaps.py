from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from .models import PressRelease


class PressReleaseSitemap(Sitemap):
    """Published releases only, newest first; paginated by the framework (50,000 a page)."""

    def items(self):
        return PressRelease.objects.published().only("slug", "updated_at")

    def lastmod(self, release):
        return release.updated_at

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every release.
        return PressRelease.objects.published().aggregate(latest=Max("updated_at"))["latest"]


def newsroom_lastmod():
    """The newsroom changes when a release appears or a public one is edited."""
    latest = PressRelease.objects.published().aggregate(
        published=Max("published_at"), updated=Max("updated_at")
    )
    return max(filter(None, latest.values()), default=None)
