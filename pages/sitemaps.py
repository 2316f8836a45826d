"""The sitemap section of the home page and the lists of each kind of page.

A list's `lastmod` is the latest change among its items; the home page's and the newsroom's, the
latest publication or change of a public release.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.sitemaps import newsroom_lastmod
from structures.models import Structure

LISTED = {
    "fields:list": FieldOfWork.objects.all(),
    "missions:list": FieldOperation.objects.all(),
    "countries:list": ParticipatingState.objects.all(),
    "structures:list": Structure.objects.exclude_field_operations(),
}


class StaticPageSitemap(Sitemap):
    def items(self):
        return ["pages:home", *LISTED, "news:list"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        if name in LISTED:
            return LISTED[name].aggregate(latest=Max("updated_at"))["latest"]
        return newsroom_lastmod()
