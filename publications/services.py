"""Publications' workflow changes, for the admin's actions (publish, unpublish, archive): each
publication changed gets a revision of its own, in one transaction, and only those the user
may change (their editorial scope: the structures that issued it) and only with the permission
the change needs, a publisher's (core.workflow.change_permitted_statuses, as for pages).

The library holds hundreds of publications, not the newsroom's hundred thousand releases: an
action is carried out in the request, never queued (news.services queues large ones).
"""

from django.utils.translation import gettext as _

from core.workflow import RELEASED_BY_THE_CLOCK, Status, change_permitted_statuses


def publish(publications, *, user):
    """Publish (schedule, when dated ahead) those of `publications` `user` may; how many."""
    return change_permitted_statuses(
        publications, RELEASED_BY_THE_CLOCK, user=user, comment=_("Published.")
    )


def unpublish(publications, *, user):
    """Set those of `publications` `user` may back to draft; how many."""
    return change_permitted_statuses(
        publications, Status.DRAFT, user=user, comment=_("Set back to draft.")
    )


def archive(publications, *, user):
    """Archive (take off the site) those of `publications` `user` may; how many."""
    return change_permitted_statuses(
        publications, Status.ARCHIVED, user=user, comment=_("Archived.")
    )
