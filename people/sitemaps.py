from core.sitemaps import TranslatedSitemap

from .models import Person


class PersonSitemap(TranslatedSitemap):
    """Each person's page, in each language it exists in."""

    def items(self):
        return Person.objects.only("slug", "biography", "updated_at").with_translations()
