"""What the site's menus take from the events: the "Meetings and conferences" group, the series
in the editors' order, each leading to its page (the menus' registry, core.menus, places it)."""

from core.menus import Link
from core.translations import shown_in

from .models import EventSeries


def series_links(language):
    """Each series that exists in `language`, named in it, in the editors' order: one query
    (two outside English)."""
    series = EventSeries.objects.in_language(language).with_translations(language)
    return [Link(each.name, each.get_absolute_url(), each) for each in shown_in(series, language)]
