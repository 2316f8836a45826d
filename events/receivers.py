"""What a write of the event series sets off, by any write path, once it commits (core.changes):
the site navigation's rendered copy is retired, since its "Meetings and conferences" menu names
the series in their order (events.menus)."""

from django.db.models.signals import post_delete, post_save

from core import cache
from core.changes import after_commit

from .models import EventSeries, EventSeriesTranslation


def retire_navigation(_items=()):
    cache.content_changed(cache.NAVIGATION)


def series_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_navigation)


for model in [EventSeries, EventSeriesTranslation]:
    post_save.connect(series_changed, sender=model)
    post_delete.connect(series_changed, sender=model)
