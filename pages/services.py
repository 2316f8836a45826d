"""Pages' workflow changes, for the admin's actions: each page changed gets a revision of its
own (core.workflow.change_statuses), in one transaction, and only the pages the user may change
(their editorial scope) and only with the permission the change needs (releasing, unpublishing
and archiving are a publisher's): core.workflow.change_permitted_statuses."""

from core.workflow import RELEASED_BY_THE_CLOCK, Status, change_permitted_statuses

DRAFTS = (Status.DRAFT,)


def change_statuses(pages, status, *, user, comment, only_from=()):
    """Set `status` (or RELEASED_BY_THE_CLOCK) on the pages of `pages` that `user` may
    change; return how many changed."""
    return change_permitted_statuses(pages, status, user=user, comment=comment, only_from=only_from)


__all__ = ["DRAFTS", "RELEASED_BY_THE_CLOCK", "change_statuses"]
