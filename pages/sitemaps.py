"""The sitemap sections of the home page and the lists of each kind of page, and of the editable
pages.

A list's `lastmod` is the latest change among its items; the home page's and the newsroom's, the
latest publication or change of a public release.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from core.sitemaps import TranslatedSitemap
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.sitemaps import newsroom_lastmod
from structures.models import Structure

from .models import Page, attach_lineages

LISTED = {
    "fields:list": FieldOfWork.objects.all(),
    "missions:list": FieldOperation.objects.all(),
    "countries:list": ParticipatingState.objects.all(),
    "structures:list": Structure.objects.exclude_field_operations(),
}


class StaticPageSitemap(Sitemap):
    """The home page and the lists exist in every language of the site (their interface is
    translated; what they list is what exists in each): each is listed in each language."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["pages:home", *LISTED, "news:list"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        # Asked once per language of each page: computed once per page.
        known = self.__dict__.setdefault("_lastmods", {})
        if name not in known:
            if name in LISTED:
                known[name] = LISTED[name].aggregate(latest=Max("updated_at"))["latest"]
            else:
                known[name] = newsroom_lastmod()
        return known[name]


class PageSitemap(TranslatedSitemap):
    """Published pages, each in every language it is public in; their addresses read from their
    lineages, read at once (two queries whatever the number of pages)."""

    def items(self):
        pages = Page.objects.published().only(
            "path", "depth", "slug", "updated_at", "status", "published_at", "expires_at"
        )
        return attach_lineages(pages.with_translations())

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every page.
        return Page.objects.published().aggregate(latest=Max("updated_at"))["latest"]
