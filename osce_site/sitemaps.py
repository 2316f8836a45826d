"""The sitemap: an index at /sitemap.xml and one section per kind of page.

Every page carries a `lastmod`: its object's `updated_at`; a list, the latest change among its
items; the newsroom and the home page, the latest publication or change of a public release.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.urls import reverse

from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import PressRelease
from structures.models import Structure

LISTED = {
    "fields:list": FieldOfWork.objects.all(),
    "missions:list": FieldOperation.objects.all(),
    "countries:list": ParticipatingState.objects.all(),
    "structures:list": Structure.objects.exclude_field_operations(),
}


class StaticPageSitemap(Sitemap):
    """The home page and the lists. The newsroom changes when a release appears or is edited."""

    def items(self):
        return [
            "home",
            "fields:list",
            "missions:list",
            "countries:list",
            "structures:list",
            "news:list",
        ]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        if name in LISTED:
            return LISTED[name].aggregate(latest=Max("updated_at"))["latest"]
        latest = PressRelease.objects.published().aggregate(
            published=Max("published_at"), updated=Max("updated_at")
        )
        return max(filter(None, latest.values()), default=None)


class ObjectSitemap(Sitemap):
    """A section whose pages each show one object: lastmod is the object's `updated_at`."""

    def lastmod(self, obj):
        return obj.updated_at

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every object.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class FieldOfWorkSitemap(ObjectSitemap):
    def items(self):
        return FieldOfWork.objects.only("slug", "updated_at")


class FieldOperationSitemap(ObjectSitemap):
    def items(self):
        return FieldOperation.objects.only("slug", "kind", "updated_at")


class ParticipatingStateSitemap(ObjectSitemap):
    def items(self):
        return ParticipatingState.objects.only("slug", "updated_at")


class StructureSitemap(ObjectSitemap):
    """Structures and institutions; field operations have their own section."""

    def items(self):
        return Structure.objects.exclude_field_operations().only("slug", "kind", "updated_at")


class PressReleaseSitemap(Sitemap):
    """Published releases only, newest first; paginated by the framework (50,000 a page)."""

    def items(self):
        return PressRelease.objects.published().only("slug", "updated_at")

    def lastmod(self, release):
        return release.updated_at

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every release.
        return PressRelease.objects.published().aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {
    "pages": StaticPageSitemap,
    "fields-of-work": FieldOfWorkSitemap,
    "field-operations": FieldOperationSitemap,
    "states": ParticipatingStateSitemap,
    "structures": StructureSitemap,
    "news": PressReleaseSitemap,
}


def _on_request_host(view):
    """Serve the addresses a sitemap view lists on the host the request came to.

    Django's sitemap views build absolute URLs on `get_current_site(request)`, which, with the
    sites framework installed (the redirects app needs it), is the Site row of SITE_ID:
    "example.com" unless someone edits it for every deployment. The request's own host is the
    right one and needs no configuration; ALLOWED_HOSTS has already vetted it. The views return
    an unrendered TemplateResponse, so its addresses are moved over before it renders.
    """

    def rehost(request, url):
        parts = urlsplit(url)
        return request.build_absolute_uri(parts.path + (f"?{parts.query}" if parts.query else ""))

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        for entry in response.context_data.get("sitemaps", []):  # the index
            entry.location = rehost(request, entry.location)
        for url in response.context_data.get("urlset", []):  # a section
            url["location"] = rehost(request, url["location"])
        return response

    return wrapper


index = _on_request_host(sitemap_views.index)
section = _on_request_host(sitemap_views.sitemap)
