from django.urls import path

from . import feeds, views

app_name = "publications"

urlpatterns = [
    path("", views.PublicationListView.as_view(), name="list"),
    path("feed/rss/", feeds.PublicationFeed(), name="feed-rss"),
    path("feed/atom/", feeds.PublicationAtomFeed(), name="feed-atom"),
    # A file's stable address: replacing the file in that language keeps it.
    path("<slug:slug>/<str:language>.pdf", views.publication_file, name="file"),
    # A file's cover and its renditions (publications.tasks), while the publication is public.
    path("covers/<path:name>", views.cover, name="cover"),
    path("<uslug:slug>/", views.PublicationDetailView.as_view(), name="detail"),
]
