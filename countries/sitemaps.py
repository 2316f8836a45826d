from core.sitemaps import TranslatedSitemap

from .models import ParticipatingState


class ParticipatingStateSitemap(TranslatedSitemap):
    def items(self):
        return ParticipatingState.objects.only("slug", "updated_at").with_translations()
