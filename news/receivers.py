"""What a change of the news sets off, by any write path, once it has committed (core.changes):
the search documents of the releases concerned are rebuilt, and the newsroom's cached numbers
(facet and result counts) are retired.

- A release or a translation of it saved or deleted; its places, sources, fields of work,
  States or tags changed, from either side of the relation, or the links of its places and
  fields of work (which keep their order) saved or deleted as rows, as a revision restores
  them.
- A place or tag renamed (both are part of the search document) or deleted, a place's name in
  another language saved or deleted (the translations' documents in that language name the
  place by it), and a field of work, structure or State deleted: their links to releases go
  with them, and so do counts.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from taggit.models import Tag, TaggedItem

from core import cache
from core.changes import after_commit
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from structures.models import Structure

from .models import (
    Place,
    PlaceTranslation,
    PressRelease,
    PressReleaseTranslation,
    ReleaseFieldOfWork,
    ReleasePlace,
)
from .search import refresh_search_index

# The columns of the search document; a save that names none of them leaves it as it is.
SEARCHED_COLUMNS = {"title", "summary", "body"}

# Through table of each relation of a release → the column of the other side in it.
RELATIONS = {
    field.remote_field.through: field.m2m_reverse_field_name()
    for field in [
        PressRelease.places.field,
        PressRelease.sources.field,
        PressRelease.fields_of_work.field,
        PressRelease.states.field,
    ]
}


def releases_changed(release_ids=()):
    """Rebuild the search documents of `release_ids` and retire the newsroom's cached numbers.

    Called after the commit by the receivers below; code that writes without signals
    (`bulk_create`, `QuerySet.update`) calls it itself once it has committed.
    """
    if release_ids:
        refresh_search_index(sorted(release_ids))
    cache.content_changed(cache.NEWS)


def news_changed(*release_ids):
    """Once the current transaction commits: `releases_changed()` for these and every other
    release changed in it."""
    after_commit(releases_changed, *release_ids)


def linked_releases(through, column, obj):
    return through.objects.filter(**{column: obj.pk}).values_list("pressrelease_id", flat=True)


@receiver(post_save, sender=PressRelease)
def release_saved(sender, instance, raw, update_fields, **kwargs):
    if raw:
        return
    if update_fields is None or SEARCHED_COLUMNS & set(update_fields):
        news_changed(instance.pk)
    else:
        news_changed()


@receiver(post_delete, sender=PressRelease)
def release_deleted(sender, instance, **kwargs):
    news_changed()


@receiver(post_save, sender=PressReleaseTranslation)
def translation_saved(sender, instance, raw, **kwargs):
    """A translation saved, by any write path (a revert's raw save included): its release's
    documents, its own among them, and the counts of its language."""
    news_changed(instance.item_id)


@receiver(post_delete, sender=PressReleaseTranslation)
def translation_deleted(sender, instance, **kwargs):
    news_changed()


@receiver(m2m_changed)
def release_relations_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if sender is TaggedItem:
        if isinstance(instance, PressRelease):  # django-taggit's manager, from the release
            news_changed(instance.pk)
        return
    if sender not in RELATIONS:
        return
    if not reverse:
        news_changed(instance.pk)
    elif action == "pre_clear":
        news_changed(*linked_releases(sender, RELATIONS[sender], instance))
    else:
        news_changed(*pk_set)


@receiver(post_save, sender=ReleasePlace)
@receiver(post_delete, sender=ReleasePlace)
@receiver(post_save, sender=ReleaseFieldOfWork)
@receiver(post_delete, sender=ReleaseFieldOfWork)
def link_written(sender, instance, raw=False, **kwargs):
    if not raw:
        news_changed(instance.pressrelease_id)


@receiver(post_save, sender=Place)
def place_saved(sender, instance, created, raw, **kwargs):
    if not (created or raw):  # its name is in the dateline of the search document
        news_changed(*linked_releases(PressRelease.places.through, "place", instance))


@receiver(post_save, sender=PlaceTranslation)
@receiver(post_delete, sender=PlaceTranslation)
def place_name_written(sender, instance, **kwargs):
    """A place's name in a language, new, changed or gone, by any write path (a data load's
    raw save included): its releases' documents in that language name the place by it, or
    now in English."""
    news_changed(*linked_releases(PressRelease.places.through, "place", instance.item))


@receiver(post_save, sender=Tag)
def tag_saved(sender, instance, created, raw, **kwargs):
    if not (created or raw):
        tagged = TaggedItem.objects.filter(
            tag=instance, content_type__app_label="news", content_type__model="pressrelease"
        )
        news_changed(*tagged.values_list("object_id", flat=True))


@receiver(pre_delete, sender=Place)
@receiver(pre_delete, sender=FieldOfWork)
@receiver(pre_delete, sender=Structure)
@receiver(pre_delete, sender=FieldOperation)
@receiver(pre_delete, sender=ParticipatingState)
def linked_object_deleted(sender, instance, **kwargs):
    """Its links to releases are deleted with it, without a signal of their own."""
    for through, column in RELATIONS.items():
        if isinstance(instance, through._meta.get_field(column).related_model):
            news_changed(*linked_releases(through, column, instance))


@receiver(pre_delete, sender=Tag)
def tag_deleted(sender, instance, **kwargs):
    tagged = TaggedItem.objects.filter(
        tag=instance, content_type__app_label="news", content_type__model="pressrelease"
    )
    news_changed(*tagged.values_list("object_id", flat=True))
