from django.db.models import Max, Prefetch

from core.sitemaps import TranslatedSitemap

from .models import Event, EventSeries, EventSeriesTranslation, EventTranslation

WORKFLOW = ["status", "published_at", "expires_at"]


class EventSitemap(TranslatedSitemap):
    """Published events, each in every language it is published in."""

    def items(self):
        rows = EventTranslation.objects.only("item", "language", "slug")
        return (
            Event.objects.published()
            .only("slug", "updated_at", *WORKFLOW)
            .prefetch_related(Prefetch("translations", queryset=rows))
        )

    def get_latest_lastmod(self):
        return Event.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class EventSeriesSitemap(TranslatedSitemap):
    """The series' pages, in every language they have a name in."""

    def items(self):
        rows = EventSeriesTranslation.objects.only("item", "language", "slug")
        return EventSeries.objects.only("slug", "updated_at").prefetch_related(
            Prefetch("translations", queryset=rows)
        )

    def get_latest_lastmod(self):
        return EventSeries.objects.aggregate(latest=Max("updated_at"))["latest"]
