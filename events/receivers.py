"""What a write of the event series sets off, by any write path, once it commits (core.changes):
the site navigation's rendered copy is retired, since its "Meetings and conferences" menu names
the series in their order (events.menus). And a raw save of an event or of its translation (a
revert, a recover) raises the event's SEQUENCE and last change, as their save() does."""

from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from core import cache
from core.changes import after_commit

from .models import (
    Event,
    EventSeries,
    EventSeriesTranslation,
    EventTranslation,
    raise_sequence_on_raw_save,
)


def retire_navigation(_items=()):
    cache.content_changed(cache.NAVIGATION)


def series_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_navigation)


for model in [EventSeries, EventSeriesTranslation]:
    post_save.connect(series_changed, sender=model)
    post_delete.connect(series_changed, sender=model)


def event_saved_raw(sender, instance, raw=False, **kwargs):
    if raw:
        raise_sequence_on_raw_save(instance)


def translation_saved_raw(sender, instance, raw=False, **kwargs):
    # A translation's change is its event's (EventTranslation.save, not run on a raw save).
    if raw:
        Event.objects.filter(pk=instance.item_id).update(
            sequence=F("sequence") + 1, updated_at=timezone.now()
        )


pre_save.connect(event_saved_raw, sender=Event)
post_save.connect(translation_saved_raw, sender=EventTranslation)
