"""Deletions refused while other content needs the object in a way `on_delete` cannot express:
a required many-to-many link (every press release needs a dateline place, a source and a field
of work; deleting the last one would leave it without).

An app above registers, for a model below it, a function listing what depends on some of its
objects (`refuse_deletion_while(Place, releases_dated_at)`). Every write path is then refused
with that list: the admin's delete page and bulk delete show it as "protected" objects, and a
deletion through the ORM (a command, a shell) raises `ProtectedError`.
"""

from django.db.models import ProtectedError
from django.db.models.signals import pre_delete
from django.utils.translation import gettext as _

SHOWN = 50  # the admin lists this many dependants, then says how many more there are

_dependants = {}


def refuse_deletion_while(model, dependants):
    """`dependants(objects)`: a queryset of what would be left incomplete without `objects`."""
    _dependants.setdefault(model, []).append(dependants)

    def refuse(sender, instance, **kwargs):
        if not isinstance(instance, model):
            return
        found = dependants_of(type(instance), [instance])
        if found:
            raise ProtectedError(
                _("%(object)s cannot be deleted: %(count)d items need it.")
                % {"object": instance, "count": len(found)},
                set(found),
            )

    # Any sender: a subclass's objects (a field operation is a structure) are refused too.
    pre_delete.connect(refuse, weak=False, dispatch_uid=f"refuse-deletion:{model._meta.label}")


def dependants_of(model, objects):
    """What depends on `objects` (of `model`, or a subclass), in a list."""
    found = []
    for registered, functions in _dependants.items():
        if issubclass(model, registered):
            for dependants in functions:
                found += list(dependants(objects))
    return found


def protected_for_admin(model, objects):
    """The dependants as the admin's delete confirmation lists them (at most SHOWN)."""
    found = dependants_of(model, objects)
    shown = [f"{obj._meta.verbose_name.capitalize()}: {obj}" for obj in found[:SHOWN]]
    if len(found) > SHOWN:
        shown.append(_("… and %(count)d more") % {"count": len(found) - SHOWN})
    return shown
