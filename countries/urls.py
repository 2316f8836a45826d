from django.urls import path

from . import views

app_name = "countries"

urlpatterns = [
    path("", views.ParticipatingStateListView.as_view(), name="list"),
    path("<uslug:slug>/", views.ParticipatingStateDetailView.as_view(), name="detail"),
]
