from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("", views.LeadershipView.as_view(), name="leadership"),
    path("<uslug:slug>/", views.PersonDetailView.as_view(), name="detail"),
]
