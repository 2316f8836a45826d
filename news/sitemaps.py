from django.db.models import Max, Prefetch

from core.sitemaps import TranslatedSitemap

from .models import PressRelease, PressReleaseTranslation

WORKFLOW = ["status", "published_at", "expires_at"]


class PressReleaseSitemap(TranslatedSitemap):
    """Published releases only, newest first, each in every language it is published in;
    paginated by the framework (50,000 addresses a page)."""

    def items(self):
        rows = PressReleaseTranslation.objects.only("item", "language", "slug", *WORKFLOW)
        return (
            PressRelease.objects.published()
            .only("slug", "updated_at", *WORKFLOW)
            .prefetch_related(Prefetch("translations", queryset=rows))
        )

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every release.
        return PressRelease.objects.published().aggregate(latest=Max("updated_at"))["latest"]


def newsroom_lastmod():
    """The newsroom changes when a release appears or a public one is edited."""
    latest = PressRelease.objects.published().aggregate(
        published=Max("published_at"), updated=Max("updated_at")
    )
    return max(filter(None, latest.values()), default=None)
