"""The editorial workflow's state changes: each is a revision, stamped with who made it.

Draft → in review → (a publisher) scheduled or published → archived. A released release is
public from its publication time until its expiry; `published()` decides that by the clock, so
nothing here has to run on time for the site to be right. `go_live()` tidies the statuses of
what the clock already made public or took off, and retires the cached newsroom numbers.
"""

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import EditorialScope, PressRelease

Status = PressRelease.Status


def released_status(published_at, now=None):
    """The status of a release a publisher releases: scheduled under embargo, else published."""
    return Status.SCHEDULED if published_at > (now or timezone.now()) else Status.PUBLISHED


def may_change_publication(user, release):
    """Whether `user` may release, unpublish or archive `release` on behalf of all its sources
    (see EditorialScope.outside); the clock (`user` None) always may."""
    return user is None or not EditorialScope.outside(user, release.sources.all())


def _change_status(releases, status, *, user, comment):
    """Set `status` on each release with a revision per release; return how many changed.

    Releases whose sources the user may not speak for are left as they are (the admin's
    actions tell the user how many)."""
    changed = 0
    with transaction.atomic():
        for release in releases:
            new_status = released_status(release.published_at) if status == "released" else status
            if release.status == new_status or not may_change_publication(user, release):
                continue
            with reversion.create_revision():
                release.status = new_status
                release.updated_by = user
                release.save(update_fields=["status", "updated_by", "updated_at"])
                reversion.set_user(user)
                reversion.set_comment(comment)
            changed += 1
    return changed


def publish(releases, *, user):
    """Release: live now, or scheduled to go live at the publication time if that is ahead."""
    return _change_status(releases, "released", user=user, comment=_("Published."))


def unpublish(releases, *, user):
    """Take releases off the site (or out of the schedule), back to draft."""
    return _change_status(releases, Status.DRAFT, user=user, comment=_("Set back to draft."))


def archive(releases, *, user):
    return _change_status(releases, Status.ARCHIVED, user=user, comment=_("Archived."))


def submit_for_review(releases, *, user):
    return _change_status(releases, Status.IN_REVIEW, user=user, comment=_("Submitted for review."))


def go_live(now=None):
    """Tidy what the clock changed: scheduled releases past their embargo become published,
    released ones past their expiry archived. Returns (went live, expired)."""
    now = now or timezone.now()
    went_live = _change_status(
        PressRelease.objects.due_to_go_live(now).select_for_update(),
        Status.PUBLISHED,
        user=None,
        comment=_("Went live at the end of its embargo."),
    )
    expired = _change_status(
        PressRelease.objects.due_to_expire(now).select_for_update(),
        Status.ARCHIVED,
        user=None,
        comment=_("Archived at its expiry."),
    )
    return went_live, expired
