"""The editorial workflow's state changes: each is a revision, stamped with who made it.

Draft → in review → (a publisher) scheduled or published → archived. A released release is
public from its publication time until its expiry; `published()` decides that by the clock, so
nothing here has to run on time for the site to be right. `go_live()` tidies the statuses of
what the clock already made public or took off, and retires the cached newsroom numbers.

Bulk changes. An action on up to `NEWS_BULK_INLINE_LIMIT` releases is carried out in the
request, in one transaction (`change()`). On more it is queued (`queue_bulk_change()`, a
`BulkChange`) and carried out by `manage.py go_live` (`run_bulk_changes()`), `BULK_BATCH_SIZE`
releases per transaction. Each batch commits with the job's progress and counts, so a crash or a
kill loses only the batch under way, which the next run does again: nothing is done twice and
nothing is lost. Each release is checked when it is changed, against the requester's permission
and editorial scope as they are then, and gets a revision of its own (reverting one release
never reverts another). The saves go through the ORM, so their receivers (search documents,
cached counts) follow after each commit.

A release costs 7 queries (its update, reversion's checks that it, its tagged items and the
links of its places and of its fields of work exist, the revision and its versions) rather than
16 with two tags: what a version records beside the release (its relations' ids, its tagged
items and their labels, the links that keep the order of its places and fields of work), which
the scope check reads too, is prefetched once per batch, and a revision takes no savepoint of its
own inside the batch's transaction. Measured on PostgreSQL 15 with 9,000 generated releases
(`generate_press_releases`, about two tags each), on a 2-core machine that other test runs kept
at a load of 3 to 10, when a release cost 5 queries: the request that queues all of them answers
in 0.12 to 0.26 s (17 queries); `go_live` carries them out in 94 s, 45 commits; 300 releases
take 2.4 s where the code before took 6.7 s, in one transaction; an action on 200 releases, the
most a request changes, 2.2 to 2.4 s. Versioning the links costs about a quarter more: at a load
of 1.4, 300 releases took 1.5 s with them and 1.2 s without, 200 releases 1.0 to 1.1 s and
0.85 s.
"""

import logging
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from taggit.models import TaggedItem

from core.ordered import ordered_relations
from core.workflow import RELEASED_BY_THE_CLOCK, change_statuses

from .models import BulkChange, EditorialScope, PressRelease

logger = logging.getLogger(__name__)

Status = PressRelease.Status

# Releases per transaction of a queued bulk change (a second or two of work on PostgreSQL).
BULK_BATCH_SIZE = 200
# A bulk change fails once one of its batches has failed this many runs in a row.
BULK_MAX_FAILURES = 3


class Counts(NamedTuple):
    """What became of the releases an action was asked to change (the others were left as
    they were: already so, or not a release the action applies to)."""

    changed: int = 0
    not_permitted: int = 0


@dataclass(frozen=True)
class Action:
    """A workflow action of the admin, as a bulk change records it (`BulkChange.Action`)."""

    status: str  # RELEASED_BY_THE_CLOCK: scheduled or published, by the publication time
    comment: str  # the revision's
    permission: str
    done: str  # "%(count)s press releases <done>"
    only_from: tuple = ()  # the statuses it applies to; empty: any


ACTIONS = {
    BulkChange.Action.SUBMIT_FOR_REVIEW: Action(
        Status.IN_REVIEW,
        gettext_lazy("Submitted for review."),
        "news.change_pressrelease",
        gettext_lazy("submitted for review"),
        only_from=(Status.DRAFT,),
    ),
    BulkChange.Action.PUBLISH: Action(
        RELEASED_BY_THE_CLOCK,
        gettext_lazy("Published."),
        "news.publish_pressrelease",
        gettext_lazy("published (scheduled if dated ahead)"),
    ),
    BulkChange.Action.UNPUBLISH: Action(
        Status.DRAFT,
        gettext_lazy("Set back to draft."),
        "news.publish_pressrelease",
        gettext_lazy("set back to draft"),
    ),
    BulkChange.Action.ARCHIVE: Action(
        Status.ARCHIVED,
        gettext_lazy("Archived."),
        "news.publish_pressrelease",
        gettext_lazy("archived"),
    ),
}


def may_change_publication(user, release):
    """Whether `user` may release, unpublish or archive `release` on behalf of all its sources
    (see EditorialScope.outside); the clock (`user` None) always may."""
    return user is None or not EditorialScope.outside(user, release.sources.all())


def may_carry_out(user, action):
    """Whether `user` may carry out `action` (a `BulkChange.Action`) at all, now."""
    return user.is_active and user.is_staff and user.has_perm(ACTIONS[action].permission)


def versioned_relations():
    """Prefetches of what a revision records beside the release, so that a batch reads each
    relation once, not once per release: the relations' ids, in the order reversion's serializer
    reads them (it takes a prefetched relation as it is); the tagged items the version follows
    (news.admin), with the tag and release that each one's label names; and the links of the
    ordered relations (places, fields of work) it follows (core.admin), with what they link to,
    which their labels name."""
    relations = [
        Prefetch(
            field.name,
            queryset=field.related_model._default_manager.only("pk").order_by(
                *field.related_model._meta.ordering, "pk"
            ),
        )
        for field in PressRelease._meta.many_to_many
        if field.remote_field.through._meta.auto_created
    ]
    links = [
        Prefetch(
            field.links_name,
            queryset=field.remote_field.through.objects.select_related(
                field.m2m_reverse_field_name()
            ),
        )
        for field in ordered_relations(PressRelease)
    ]
    tagged_items = TaggedItem.objects.select_related("tag").prefetch_related(
        GenericPrefetch("content_object", [PressRelease.objects.only("title")])
    )
    # The translations a version follows (news.admin's inline).
    translations = Prefetch("translations")
    return [*relations, *links, Prefetch("tagged_items", queryset=tagged_items), translations]


def _as_queryset(releases):
    if isinstance(releases, models.QuerySet):
        return releases
    return PressRelease.objects.filter(pk__in=[release.pk for release in releases])


def _change_status(releases, status, *, user, comment, only_from=()):
    """Set `status` on each of `releases` (a queryset, read and locked here) with a revision per
    release, in one transaction; return the Counts.

    Releases already so, or not in `only_from`, are left as they are; so are those outside the
    user's editorial scope, counted as not permitted (the admin tells the user how many).
    """
    scoped = user is not None and EditorialScope.sources_of(user) is not None
    with transaction.atomic():
        candidates = releases.visible_to(user) if scoped else releases
        # Locked by id: the admin's list, filtered on a relation, is a DISTINCT query, which
        # PostgreSQL does not lock rows of.
        locked = list(
            PressRelease.objects.filter(pk__in=candidates.values("pk"))
            .prefetch_related(*versioned_relations())
            .select_for_update()
            .order_by("pk")
        )
        refused = releases.count() - len(locked) if scoped else 0
        changed, not_permitted = change_statuses(
            locked,
            status,
            user=user,
            comment=comment,
            only_from=only_from,
            permitted=lambda release: may_change_publication(user, release),
        )
    return Counts(changed, refused + not_permitted)


def change(action, releases, *, user):
    """Carry out `action` (a `BulkChange.Action`) on `releases` now, in one transaction, as
    `user` (None: the clock, who may do anything); return the Counts. For a few hundred
    releases at most: more are for `queue_bulk_change()`."""
    spec = ACTIONS[action]
    releases = _as_queryset(releases)
    if user is not None and not may_carry_out(user, action):
        return Counts(not_permitted=releases.count())
    return _change_status(
        releases, spec.status, user=user, comment=str(spec.comment), only_from=spec.only_from
    )


def publish(releases, *, user):
    """Release: live now, or scheduled to go live at the publication time if that is ahead."""
    return change(BulkChange.Action.PUBLISH, releases, user=user).changed


def unpublish(releases, *, user):
    """Take releases off the site (or out of the schedule), back to draft."""
    return change(BulkChange.Action.UNPUBLISH, releases, user=user).changed


def archive(releases, *, user):
    return change(BulkChange.Action.ARCHIVE, releases, user=user).changed


def submit_for_review(releases, *, user):
    """Drafts to review (releases in any other status are left as they are)."""
    return change(BulkChange.Action.SUBMIT_FOR_REVIEW, releases, user=user).changed


def go_live(now=None):
    """Tidy what the clock changed: scheduled releases past their embargo become published,
    released ones past their expiry archived. Returns (went live, expired)."""
    now = now or timezone.now()
    went_live = _change_status(
        PressRelease.objects.due_to_go_live(now),
        Status.PUBLISHED,
        user=None,
        comment=_("Went live at the end of its embargo."),
    )
    expired = _change_status(
        PressRelease.objects.due_to_expire(now),
        Status.ARCHIVED,
        user=None,
        comment=_("Archived at its expiry."),
    )
    return went_live.changed, expired.changed


# Bulk changes -----------------------------------------------------------------------------------


def queue_bulk_change(action, releases, *, user):
    """Record `action` on `releases` (their ids, by id) for `run_bulk_changes()`; nothing is
    changed yet."""
    ids = list(
        _as_queryset(releases).prefetch_related(None).order_by("pk").values_list("pk", flat=True)
    )
    return BulkChange.objects.create(
        action=action, release_ids=ids, total=len(ids), requested_by=user
    )


def run_bulk_changes(*, batch_size=BULK_BATCH_SIZE):
    """Carry out the pending bulk changes, oldest first, each to its end or to a failed batch;
    return those worked on."""
    pending = BulkChange.objects.pending().order_by("requested_at", "pk")
    worked = [
        run_bulk_change(pk, batch_size=batch_size)
        for pk in list(pending.values_list("pk", flat=True))
    ]
    return [bulk_change for bulk_change in worked if bulk_change is not None]


def run_bulk_change(pk, *, batch_size=BULK_BATCH_SIZE):
    """Carry out bulk change `pk` from where it stands, a batch per transaction. Returns it, or
    None when it is not pending or another process is at work on it (its row is locked).

    A batch that raises is rolled back whole (the job's counts with it) and the error recorded;
    the next run tries it again, up to BULK_MAX_FAILURES runs in a row, then the job has failed
    and keeps what its earlier batches did.
    """
    bulk_change = None
    while True:
        try:
            with transaction.atomic():
                locked = (
                    BulkChange.objects.pending()
                    .select_related("requested_by")  # fresh: permissions and scope as they are now
                    .select_for_update(skip_locked=True, of=("self",))
                    .filter(pk=pk)
                    .first()
                )
                if locked is None:
                    return bulk_change
                bulk_change = locked
                _carry_out_batch(bulk_change, batch_size)
        except Exception as error:
            logger.exception("Bulk change %s: a batch failed and was rolled back.", pk)
            return _record_failure(pk, error)
        if not bulk_change.is_pending:
            return bulk_change


def _carry_out_batch(bulk_change, batch_size):
    ids = bulk_change.release_ids[bulk_change.processed : bulk_change.processed + batch_size]
    if bulk_change.status == BulkChange.Status.QUEUED:
        bulk_change.status = BulkChange.Status.RUNNING
        bulk_change.started_at = timezone.now()
    user = bulk_change.requested_by
    if user is None:  # the account was deleted: nobody's permission covers the rest
        counts = Counts(not_permitted=len(ids))
    else:
        counts = change(bulk_change.action, PressRelease.objects.filter(pk__in=ids), user=user)
    bulk_change.processed += len(ids)
    bulk_change.changed += counts.changed
    bulk_change.not_permitted += counts.not_permitted
    bulk_change.unchanged += len(ids) - counts.changed - counts.not_permitted
    bulk_change.failures, bulk_change.error = 0, ""
    if bulk_change.processed >= bulk_change.total:
        bulk_change.status = BulkChange.Status.DONE
        bulk_change.finished_at = timezone.now()
    bulk_change.save()


def _record_failure(pk, error):
    with transaction.atomic():
        bulk_change = BulkChange.objects.select_for_update().get(pk=pk)
        bulk_change.failures += 1
        bulk_change.error = f"{type(error).__name__}: {error}"[:2000]
        if bulk_change.failures >= BULK_MAX_FAILURES:
            bulk_change.status = BulkChange.Status.FAILED
            bulk_change.finished_at = timezone.now()
        bulk_change.save(update_fields=["failures", "error", "status", "finished_at"])
    return bulk_change
