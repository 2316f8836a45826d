from django.db.models import Max, Prefetch

from core.sitemaps import TranslatedSitemap

from .models import Project, ProjectTranslation

WORKFLOW = ["status", "published_at", "expires_at"]


class ProjectSitemap(TranslatedSitemap):
    """Published projects, each in every language it is published in."""

    def items(self):
        rows = ProjectTranslation.objects.only("item", "language", "slug")
        return (
            Project.objects.published()
            .only("slug", "updated_at", *WORKFLOW)
            .prefetch_related(Prefetch("translations", queryset=rows))
        )

    def get_latest_lastmod(self):
        return Project.objects.published().aggregate(latest=Max("updated_at"))["latest"]
