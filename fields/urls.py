from django.urls import path

from . import views

app_name = "fields"

urlpatterns = [
    path("", views.FieldOfWorkListView.as_view(), name="list"),
    path("<uslug:slug>/", views.FieldOfWorkDetailView.as_view(), name="detail"),
]
