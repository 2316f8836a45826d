"""The site navigation is the editors' menu items (and their labels in other languages), which
link to pages and list fields of work, States and the Chairpersonship, structures and field
operations, in every language (their translations too, an operation's page's among them: a
menu links to it where it exists): any change of them, by any write path, retires its rendered
copy once the change commits (core.changes). A move in the menus' tree updates rows without
signals: MenuItem.move() retires it itself."""

from django.db.models.signals import post_delete, post_save

from core import cache
from core.changes import after_commit
from countries.models import Chairpersonship, ParticipatingState, ParticipatingStateTranslation
from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import FieldOperation, FieldOperationTranslation
from structures.models import Structure, StructureTranslation

from .models import MenuItem, MenuItemTranslation, Page, PageTranslation

LISTED_IN_NAVIGATION = [
    MenuItem,
    MenuItemTranslation,
    Page,
    PageTranslation,
    FieldOfWork,
    FieldOfWorkTranslation,
    ParticipatingState,
    ParticipatingStateTranslation,
    Chairpersonship,
    Structure,
    StructureTranslation,
    FieldOperation,
    FieldOperationTranslation,
]


def retire_navigation(_items=()):
    cache.content_changed(cache.NAVIGATION)


def navigation_content_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_navigation)


for model in LISTED_IN_NAVIGATION:
    post_save.connect(navigation_content_changed, sender=model)
    post_delete.connect(navigation_content_changed, sender=model)
