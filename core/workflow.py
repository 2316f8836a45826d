"""The editorial workflow every published content type shares (press releases, pages, and each
of their translations): a status, a publication time and an expiry, and where they leave an
object now.

Draft → in review → (a publisher) scheduled or published → archived. A released object is
public from its publication time until its expiry: the clock decides (`public_now()`), so a
scheduled object goes live on time with nobody acting, and the statuses only say what a
publisher decided. Each model adds its own rule on top (a release's translation is public only
while the release is; a page only while the pages above it are).

Who may release is a permission of the model, "app.publish_<model>" (`publish_permission()`):
the admin offers everyone else the draft and review statuses only (core.workflow_admin), and a
status change made by a service checks it too.
"""

import reversion
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The years content can be dated in (the newsroom's years; the admin's forms keep to them).
# Dates far outside would also overflow: the first day of year 1 in Vienna is still year 0 in
# UTC.
FIRST_YEAR, LAST_YEAR = 1975, 2100

# A service's target status that means "scheduled or published, by the publication time".
RELEASED_BY_THE_CLOCK = "released"


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    SCHEDULED = "scheduled", _("Scheduled (under embargo)")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived (off the site)")


# Statuses a publisher has released: public from `published_at` until `expires_at`.
RELEASED = [Status.SCHEDULED, Status.PUBLISHED]
# Statuses an editor without the publish permission may set.
UNRELEASED = [Status.DRAFT, Status.IN_REVIEW]


def public_now(now=None, prefix=""):
    """Q: public by its own workflow at `now` (the rows of a related model with `prefix`,
    e.g. "item__")."""
    now = now or timezone.now()
    return (
        models.Q(**{f"{prefix}expires_at__isnull": True})
        | models.Q(**{f"{prefix}expires_at__gt": now})
    ) & models.Q(**{f"{prefix}status__in": RELEASED, f"{prefix}published_at__lte": now})


def released_status(published_at, now=None):
    """The status of an object a publisher releases: scheduled under embargo, else published."""
    return Status.SCHEDULED if published_at > (now or timezone.now()) else Status.PUBLISHED


def publish_permission(opts):
    """The permission to release, schedule, unpublish and archive objects of `opts`'s model
    ("app.publish_model", declared in its Meta.permissions)."""
    return f"{opts.app_label}.{get_permission_codename('publish', opts)}"


def expires_after_publication(name):
    """The check constraint that matches `Workflow.clean()`, named `name`."""
    return models.CheckConstraint(
        condition=models.Q(expires_at__isnull=True)
        | models.Q(expires_at__gt=models.F("published_at")),
        name=name,
    )


class WorkflowQuerySet(models.QuerySet):
    def public_by_own_rule(self, now=None):
        """Public by their own status and times, whatever else a model's rule adds."""
        return self.filter(public_now(now))

    def due_to_go_live(self, now=None):
        """Scheduled objects whose embargo has passed (public already; status still says
        scheduled until the statuses are tidied)."""
        return self.filter(status=Status.SCHEDULED, published_at__lte=now or timezone.now())

    def due_to_expire(self, now=None):
        """Released objects whose expiry has passed (off the site already)."""
        return self.filter(status__in=RELEASED, expires_at__lte=now or timezone.now())


class Workflow(models.Model):
    """A status, a publication time and an expiry, and where they leave an object now.

    A model may declare its own fields of the same names (to say in its help texts what its
    embargo does); those replace these.
    """

    Status = Status
    RELEASED = RELEASED
    UNRELEASED = UNRELEASED

    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication date and time"),
        default=timezone.now,
        help_text=_(
            "Vienna time. A future time is an embargo: it stays hidden until then and goes live "
            "by itself."
        ),
    )
    expires_at = models.DateTimeField(
        _("expiry"),
        null=True,
        blank=True,
        help_text=_("Vienna time. Optional: it leaves the site at this time."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.expires_at and self.published_at and self.expires_at <= self.published_at:
            raise ValidationError(
                {"expires_at": _("The expiry must come after the publication time.")}
            )

    @property
    def is_released(self):
        return self.status in self.RELEASED

    @property
    def is_published(self):
        """Public now by its own workflow: the rule of `public_now()`."""
        now = timezone.now()
        return (
            self.is_released
            and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
        )

    @property
    def is_embargoed(self):
        """Released, waiting for its publication time."""
        return self.is_released and self.published_at > timezone.now()

    @property
    def has_expired(self):
        expires_at = self.expires_at
        return self.is_released and expires_at is not None and expires_at <= timezone.now()

    @property
    def state_label(self):
        """Where it stands right now, in the editors' words."""
        if self.is_embargoed:
            return _("Embargoed")
        if self.has_expired:
            return _("Expired")
        if self.is_released:
            return _("Live")
        return self.get_status_display()


def change_statuses(objects, status, *, user, comment, only_from=(), permitted=None):
    """Set `status` (or RELEASED_BY_THE_CLOCK) on each of `objects` (read and locked by the
    caller, in its transaction), with a revision per object stamped with `user` and `comment`;
    return (changed, refused).

    Objects already so, or not in `only_from`, are left as they are; so are those
    `permitted(obj)` refuses (an editorial scope), counted as refused.
    """
    changed = refused = 0
    for obj in objects:
        new_status = (
            released_status(obj.published_at) if status == RELEASED_BY_THE_CLOCK else status
        )
        if obj.status == new_status or (only_from and obj.status not in only_from):
            continue
        if permitted is not None and not permitted(obj):
            refused += 1
            continue
        # The caller's transaction holds the revision's writes with the object's.
        with reversion.create_revision(atomic=False):
            obj.status = new_status
            obj.updated_by = user
            obj.save(update_fields=["status", "updated_by", "updated_at"])
            reversion.set_user(user)
            reversion.set_comment(comment)
        changed += 1
    return changed, refused


def change_permitted_statuses(objects, status, *, user, comment, only_from=()):
    """Set `status` (or RELEASED_BY_THE_CLOCK) on those of `objects` (a queryset of a workflow
    model whose QuerySet has `visible_to(user)`: their editorial scope) that `user` may
    change, with the permission the change needs (submitting for review: changing; releasing,
    unpublishing and archiving: publishing), in one transaction, a revision per object
    (`change_statuses()`); return how many changed."""
    model = objects.model
    opts = model._meta
    if status == Status.IN_REVIEW:
        needed = f"{opts.app_label}.{get_permission_codename('change', opts)}"
    else:
        needed = publish_permission(opts)
    if not user.has_perm(needed):
        return 0
    with transaction.atomic():
        # Locked by id: the list, filtered on a relation, may be a DISTINCT query, which
        # PostgreSQL does not lock rows of.
        locked = list(
            model._default_manager.filter(pk__in=objects.values("pk"))
            .visible_to(user)
            .select_for_update(of=("self",))
            .order_by("pk")
        )
        changed, _refused = change_statuses(
            locked, status, user=user, comment=str(comment), only_from=only_from
        )
    return changed
