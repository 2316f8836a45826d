"""Sitemap building blocks: a section of object pages, and the views served on the request's host.

The apps each own a `sitemaps.py`; `osce_site/urls.py` puts their sections together into an index
at /sitemap.xml. Every page carries a `lastmod`: its object's `updated_at`.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max

from . import languages


class ObjectSitemap(Sitemap):
    """A section whose pages each show one object: lastmod is the object's `updated_at`."""

    def lastmod(self, obj):
        return obj.updated_at

    def get_latest_lastmod(self):
        # For the index: one aggregate, not a walk through every object.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class TranslatedSitemap(ObjectSitemap):
    """A section of translatable items (core.translations): each item once per language it is
    public in, at its address in that language, with the others as hreflang alternates.

    Django's i18n sitemap (6.1) pairs each item with each language `get_languages_for_item`
    gives, then calls `location()` with the item alone, once for the entry and once per
    alternate, with the language of the address wanted active: the address is the item's in
    the active language. `items()` should prefetch the translations, which `is_public_in()`
    reads.
    """

    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item):
        return [code for code in languages.codes() if item.is_public_in(code)]

    def location(self, item):
        language = languages.active()
        shown = item if language == languages.SOURCE_LANGUAGE else item.in_language(language)
        return shown.get_absolute_url()


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
            for alternate in url.get("alternates", []):
                alternate["location"] = rehost(request, alternate["location"])
        return response

    return wrapper


index = _on_request_host(sitemap_views.index)
section = _on_request_host(sitemap_views.sitemap)
