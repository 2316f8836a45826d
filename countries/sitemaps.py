from core.sitemaps import ObjectSitemap

from .models import ParticipatingState


class ParticipatingStateSitemap(ObjectSitemap):
    def items(self):
        return ParticipatingState.objects.only("slug", "updated_at")
