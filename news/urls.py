from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.PressReleaseListView.as_view(), name="list"),
    path("feed/rss/", feeds.PressReleaseFeed(), name="feed-rss"),
    path("feed/atom/", feeds.PressReleaseAtomFeed(), name="feed-atom"),
    # Release photographs and their renditions, only while the release is public (core.media).
    path("media/<path:name>", views.release_media, name="media"),
    path("<uslug:slug>/", views.PressReleaseDetailView.as_view(), name="detail"),
]
