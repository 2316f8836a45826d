"""The site navigation is the editors' menu items (and their labels in other languages), which
link to pages and list fields of work, States and the Chairpersonship, structures and field
operations, in every language (their translations too, an operation's page's among them: a
menu links to it where it exists): any change of them, by any write path, retires its rendered
copy once the change commits (core.changes). A move in the menus' tree updates rows without
signals: MenuItem.move() retires it itself."""

from django.db.models.signals import post_delete, post_save

from core.changes import after_commit
from countries.models import Chairpersonship, ParticipatingState, ParticipatingStateTranslation
from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import FieldOperation, FieldOperationTranslation
from structures.models import Structure, StructureTranslation

from .models import (
    FooterLink,
    FooterLinkTranslation,
    MenuItem,
    MenuItemTranslation,
    Page,
    PageTranslation,
    SiteFooter,
    retire_footer,
    retire_menus,
)

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


def navigation_content_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_menus)


for model in LISTED_IN_NAVIGATION:
    post_save.connect(navigation_content_changed, sender=model)
    post_delete.connect(navigation_content_changed, sender=model)


# The footer (pages.footer) names its links' pages by their titles and addresses: a change of
# the footer, its links or those pages retires its rendered copy, by any write path, once the
# change commits (a move, which sends no signal, by the pages' manager). A page that goes live
# or expires by the clock shows there within the copy's timeout, as in the navigation.
IN_THE_FOOTER = [SiteFooter, FooterLink, FooterLinkTranslation, Page, PageTranslation]


def footer_content_changed(sender, raw=False, **kwargs):
    if not raw:
        after_commit(retire_footer)


for model in IN_THE_FOOTER:
    post_save.connect(footer_content_changed, sender=model)
    post_delete.connect(footer_content_changed, sender=model)
