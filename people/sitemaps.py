from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from core import languages
from core.sitemaps import TranslatedSitemap

from .models import Appointment, Person, Position


class LeadershipSitemap(Sitemap):
    """The Leadership page in every language (its interface is translated; the titles and
    names it shows are what each language has), once it lists a position; its lastmod the
    latest change of those positions and their appointments."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["people:leadership"] if Position.objects.leadership().exists() else []

    def location(self, name):
        return reverse(name)

    def get_languages_for_item(self, item):
        return languages.codes()

    def lastmod(self, name):
        if "_lastmod" not in self.__dict__:  # asked once per language
            positions = Position.objects.leadership()
            latest = [
                positions.aggregate(latest=Max("updated_at"))["latest"],
                Appointment.objects.filter(position__in=positions).aggregate(
                    latest=Max("updated_at")
                )["latest"],
            ]
            self._lastmod = max(moment for moment in latest if moment is not None)
        return self._lastmod


class PersonSitemap(TranslatedSitemap):
    """Each person's page, in each language it exists in."""

    def items(self):
        return Person.objects.only("slug", "biography", "updated_at").with_translations()
