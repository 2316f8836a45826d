"""Old addresses keep working: a renamed object's previous URL answers with a permanent redirect,
and a link that filters a list by its previous slug goes on to the same list with the new one.

Built on django.contrib.redirects, whose middleware turns a 404 on an old path into a 301. An app
calls `keep_old_addresses(Model)` once (in its AppConfig.ready) for each model with an address;
from then on every save that changes an object's address, by any write path, records the
redirect in the same transaction as the change.
"""

from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.db.models.signals import post_save, pre_save


def remember_old_address(old_path, new_path):
    """Send `old_path` (and everything that pointed at it) to `new_path` from now on."""
    if not old_path or old_path == new_path:
        return
    site = Site.objects.get_current()
    redirects = Redirect.objects.filter(site=site)
    # The new address is live again: it must not redirect anywhere.
    redirects.filter(old_path=new_path).delete()
    # Earlier renames jump straight to the new address instead of chaining.
    redirects.filter(new_path=old_path).update(new_path=new_path)
    Redirect.objects.update_or_create(site=site, old_path=old_path, defaults={"new_path": new_path})


def renames_on_save(instance, raw):
    """Whether saving `instance` may change the address or slug of a stored object. Raw saves
    too: django-reversion's revert saves a deserialised copy (raw, and "adding"), which renames
    the object back as surely as a form does; but not the copy of a child model's own row, which
    holds none of its parent's fields (a field operation's slug is its structure's)."""
    if instance.pk is None:
        return False
    return not raw or bool(getattr(instance, "slug", ""))


def keep_old_addresses(model, *, public=None):
    """Whenever an object of `model` changes its `get_absolute_url()`, redirect the old address.

    `public(old)`, given the object as it was stored, says whether the public could have known
    the old address; when it could not (a draft's), nothing is recorded, so no redirect reveals
    what an unpublished object was called.
    """

    def note_old_address(sender, instance, raw, update_fields, **kwargs):
        instance._old_address = None
        if not renames_on_save(instance, raw):
            return
        if update_fields is not None and "slug" not in update_fields:
            return
        stored = sender._default_manager.filter(pk=instance.pk).first()
        if stored is not None and (public is None or public(stored)):
            instance._old_address = stored.get_absolute_url()

    def record_redirect(sender, instance, raw, **kwargs):
        old_address = instance.__dict__.pop("_old_address", None)
        if old_address:
            remember_old_address(old_address, instance.get_absolute_url())

    uid = f"keep-old-addresses:{model._meta.label}"
    pre_save.connect(note_old_address, sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(record_redirect, sender=model, weak=False, dispatch_uid=uid)


def remember_former_slugs(model, *, public=None):
    """Whenever an object of `model` (or of a model inheriting its slug) changes its slug,
    remember the old one (core.models.FormerSlug), by any write path, in the same transaction.

    Filters that take a slug from a query string (core.forms) then send a link made with the old
    slug to the same list with the new one. A slug that comes back into use stops being former.
    `public(old)`, as for `keep_old_addresses`, says whether the public could have known the
    old slug; when it could not, it is not remembered.
    """
    from django.contrib.contenttypes.models import ContentType

    from .languages import SOURCE_LANGUAGE
    from .models import FormerSlug

    owner = model._meta.get_field("slug").model  # a field operation's slug is its structure's

    def note_old_slug(sender, instance, raw, update_fields, **kwargs):
        instance._old_slug = None
        if not renames_on_save(instance, raw):
            return
        if update_fields is not None and "slug" not in update_fields:
            return
        if public is None:
            instance._old_slug = (
                owner._default_manager.filter(pk=instance.pk).values_list("slug", flat=True).first()
            )
            return
        stored = sender._default_manager.filter(pk=instance.pk).first()
        if stored is not None and public(stored):
            instance._old_slug = stored.slug

    def record_old_slug(sender, instance, raw, **kwargs):
        old_slug = instance.__dict__.pop("_old_slug", None)
        if not old_slug or old_slug == instance.slug:
            return
        kind = {
            "content_type": ContentType.objects.get_for_model(owner),
            "language": getattr(instance, "language", SOURCE_LANGUAGE),  # a translation's own
        }
        FormerSlug.objects.filter(**kind, slug=instance.slug).delete()
        FormerSlug.objects.update_or_create(
            **kind, slug=old_slug, defaults={"object_id": instance.pk}
        )

    uid = f"remember-former-slugs:{model._meta.label}"
    pre_save.connect(note_old_slug, sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(record_old_slug, sender=model, weak=False, dispatch_uid=uid)
