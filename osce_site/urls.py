from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core import sitemaps
from core.admin import guarded_shortcut
from countries.sitemaps import ParticipatingStateSitemap
from events.sitemaps import EventSeriesSitemap, EventSitemap
from fields.sitemaps import FieldOfWorkSitemap
from missions.sitemaps import DepartmentSitemap, FieldOperationSitemap
from news.sitemaps import PressReleaseSitemap
from pages.sitemaps import PageSitemap, StaticPageSitemap
from people.sitemaps import LeadershipSitemap, PersonSitemap
from projects.sitemaps import ProjectSitemap
from publications.sitemaps import PublicationSitemap
from staff import translations
from structures.sitemaps import StructureSitemap

admin.site.site_header = _("OSCE site administration")
admin.site.site_title = _("OSCE site admin")
admin.site.index_title = _("Content")

handler404 = "core.views.page_not_found"

SITEMAPS = {
    "pages": StaticPageSitemap,
    "fields-of-work": FieldOfWorkSitemap,
    "field-operations": FieldOperationSitemap,
    "departments": DepartmentSitemap,
    "states": ParticipatingStateSitemap,
    "structures": StructureSitemap,
    "news": PressReleaseSitemap,
    "publications": PublicationSitemap,
    "projects": ProjectSitemap,
    "events": EventSitemap,
    "event-series": EventSeriesSitemap,
    "editable-pages": PageSitemap,
    "leadership": LeadershipSitemap,
    "people": PersonSitemap,
}

urlpatterns = [
    # The admin's language, an editor's choice (templates/admin/base_site.html).
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
    # The second step of logging in, under the admin's address (before the admin's catch-all).
    path("admin/second-factor/", include("staff.urls")),
    path("admin/second-factor/webauthn/", include("staff.passkeys")),
    # The admin's "view on site" shortcut, checked on the object (before the admin's own).
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(guarded_shortcut),
    ),
    path(
        "admin/translations/",
        admin.site.admin_view(translations.board),
        name="translation-board",
    ),
    path(
        "admin/translations/<int:content_type_id>/<int:object_id>/<str:language>/",
        admin.site.admin_view(translations.translate),
        name="translate",
    ),
    # A second kind of an item's translations (staff.translations.Kind): an operation's page.
    path(
        "admin/translations/<int:content_type_id>/<int:object_id>/<slug:relation>/<str:language>/",
        admin.site.admin_view(translations.translate),
        name="translate",
    ),
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.section,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The public pages in every language: English at the unprefixed addresses, the others under
# their prefix (core.languages). They come after the addresses that have one address only (the
# admin, the sitemaps, robots.txt), and the pages' own last of all: their catch-all
# (`/about-us/our-history/`, pages.urls) must never shadow another address.
urlpatterns += i18n_patterns(
    path("fields-of-work/", include("fields.urls")),
    path("field-operations/", include("missions.urls")),
    path("participating-states/", include("countries.urls")),
    path("structures/", include("structures.urls")),
    path("news/", include("news.urls")),
    path("publications/", include("publications.urls")),
    path("projects/", include("projects.urls")),
    path("stories/", include("news.story_urls")),
    path("events/", include("events.urls")),
    path("leadership/", include("people.urls")),
    path("search/", include("search.urls")),
    path("", include("pages.urls")),
    prefix_default_language=False,
)
