"""OSCE stories, at /stories/: feature stories are releases (news.PressRelease.Type.FEATURE),
listed with their photographs large."""

from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("", views.StoryListView.as_view(), name="list"),
]
