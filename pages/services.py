"""Pages' workflow changes, for the admin's actions: each page changed gets a revision of its
own (core.workflow.change_statuses), in one transaction, and only the pages the user may change
(their editorial scope) and only with the permission the change needs (releasing, unpublishing
and archiving are a publisher's)."""

from django.db import transaction

from core.workflow import RELEASED_BY_THE_CLOCK, Status, publish_permission
from core.workflow import change_statuses as change_each

from .models import Page

DRAFTS = (Status.DRAFT,)


def change_statuses(pages, status, *, user, comment, only_from=()):
    """Set `status` (or RELEASED_BY_THE_CLOCK) on the pages of `pages` that `user` may
    change; return how many changed."""
    needed = "pages.change_page" if status == Status.IN_REVIEW else publish_permission(Page._meta)
    if not user.has_perm(needed):
        return 0
    with transaction.atomic():
        # Locked by id: the list, filtered on a relation, may be a DISTINCT query, which
        # PostgreSQL does not lock rows of.
        locked = list(
            Page.objects.filter(pk__in=pages.values("pk"))
            .visible_to(user)
            .select_for_update(of=("self",))
            .order_by("pk")
        )
        changed, _refused = change_each(
            locked, status, user=user, comment=str(comment), only_from=only_from
        )
    return changed


__all__ = ["DRAFTS", "RELEASED_BY_THE_CLOCK", "change_statuses"]
