from django.urls import path

from . import views

app_name = "structures"

urlpatterns = [
    path("", views.StructureListView.as_view(), name="list"),
    path("<uslug:slug>/", views.StructureDetailView.as_view(), name="detail"),
]
