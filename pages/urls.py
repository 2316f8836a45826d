from django.urls import path

from . import views

app_name = "pages"

# The last addresses of the site (osce_site.urls): an editable page's is any path of slugs
# that no other address took first.
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("<upath:path>/", views.PageView.as_view(), name="page"),
]
