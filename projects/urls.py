from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.ProjectListView.as_view(), name="list"),
    # Project photographs and their renditions, only while the project is public (core.media).
    path("media/<path:name>", views.project_media, name="media"),
    path("<uslug:slug>/", views.ProjectDetailView.as_view(), name="detail"),
]
