from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from . import sitemaps
from .search import SiteSearchView
from .views import HomeView

admin.site.site_header = "OSCE site administration"
admin.site.site_title = "OSCE site admin"
admin.site.index_title = "Content"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("fields-of-work/", include("fields.urls")),
    path("field-operations/", include("missions.urls")),
    path("participating-states/", include("countries.urls")),
    path("structures/", include("structures.urls")),
    path("news/", include("news.urls")),
    path("search/", SiteSearchView.as_view(), name="search"),
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": sitemaps.SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.section,
        {"sitemaps": sitemaps.SITEMAPS},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
