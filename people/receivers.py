"""What a write of people, positions and appointments sets off, by any write path, once it
commits (core.changes): the site navigation's rendered copy is retired, since its menus name the
Chairpersonship and the leadership positions with their current holders (people.menus)."""

from django.db.models.signals import post_delete, post_save

from core import cache
from core.changes import after_commit

from .models import Appointment, Person, PersonTranslation, Position, PositionTranslation

NAMED_IN_NAVIGATION = [Person, PersonTranslation, Position, PositionTranslation, Appointment]


def retire_navigation(_items=()):
    cache.content_changed(cache.NAVIGATION)


def people_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_navigation)


for model in NAMED_IN_NAVIGATION:
    post_save.connect(people_changed, sender=model)
    post_delete.connect(people_changed, sender=model)
