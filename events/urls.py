from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("calendar.ics", views.events_calendar, name="calendar"),
    path("series/<uslug:slug>/", views.SeriesDetailView.as_view(), name="series"),
    path("<uslug:slug>/event.ics", views.event_calendar, name="event-calendar"),
    path("<uslug:slug>/", views.EventDetailView.as_view(), name="detail"),
]
