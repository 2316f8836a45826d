"""Changes of a project's workflow status, for the admin's bulk actions: one transaction, one
revision per project (core.workflow.change_statuses), only the projects the user may change."""

from django.db import transaction

from core.workflow import RELEASED_BY_THE_CLOCK, Status, publish_permission
from core.workflow import change_statuses as change_each

from .models import Project

DRAFTS = (Status.DRAFT,)


def change_statuses(projects, status, *, user, comment, only_from=()):
    """Set `status` (or RELEASED_BY_THE_CLOCK) on the projects of `projects` that `user` may
    change (their editorial scope's); return how many changed."""
    publish = publish_permission(Project._meta)
    needed = "projects.change_project" if status == Status.IN_REVIEW else publish
    if not user.has_perm(needed):
        return 0
    with transaction.atomic():
        # Locked by id: the list, filtered on a relation, may be a DISTINCT query, which
        # PostgreSQL does not lock rows of.
        locked = list(
            Project.objects.filter(pk__in=projects.values("pk"))
            .visible_to(user)
            .select_for_update(of=("self",))
            .order_by("pk")
        )
        changed, _refused = change_each(
            locked, status, user=user, comment=str(comment), only_from=only_from
        )
    return changed


__all__ = ["DRAFTS", "RELEASED_BY_THE_CLOCK", "change_statuses"]
