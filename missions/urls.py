from django.urls import path

from . import views

app_name = "missions"

urlpatterns = [
    path("", views.FieldOperationListView.as_view(), name="list"),
    path("<uslug:slug>/", views.FieldOperationDetailView.as_view(), name="detail"),
    path(
        "<uslug:operation>/<uslug:slug>/",
        views.DepartmentDetailView.as_view(),
        name="department",
    ),
]
