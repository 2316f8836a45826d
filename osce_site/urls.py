from django.conf import settings
from django.contrib import admin
from django.urls import include, path

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
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
