from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("", views.PressReleaseListView.as_view(), name="list"),
    path("<slug:slug>/", views.PressReleaseDetailView.as_view(), name="detail"),
]
