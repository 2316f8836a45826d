from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Meetings and conferences")

    def ready(self):
        from core import menus
        from core.redirects import keep_old_addresses, remember_former_slugs

        from . import receivers  # noqa: F401  (connects them)
        from .menus import series_links
        from .models import Event, EventSeries, EventSeriesTranslation, EventTranslation

        # A renamed series keeps its old address and its old slug in filters' query strings.
        keep_old_addresses(EventSeries)
        remember_former_slugs(EventSeries)
        remember_former_slugs(EventSeriesTranslation)
        keep_old_addresses(Event, public=lambda event: event.is_published)
        remember_former_slugs(Event, public=lambda event: event.is_published)
        remember_former_slugs(EventTranslation, public=lambda row: row.is_public())
        # The "Meetings and conferences" menu: its series, in the editors' order (events.menus).
        menus.register_route("events:list", _("Meetings and conferences"))
        menus.register_group(
            "event_series", _("The series of meetings and conferences"), series_links
        )
