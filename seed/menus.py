"""Load the default menus (seed/data/menus.py) as menu items, where they are missing.

Idempotent and respectful of editors: an item is found by its data key, and one that exists is
left as the editors keep it (renamed, moved, hidden); only the items missing are added, under
their parent (at the end of its items), with their labels in every other language the
interface catalogs translate them into (a label the catalog does not translate gets no row:
the item is left out of that language's menus, not shown in English). An item whose target is
not there (a page not loaded, a group no app has registered yet) is skipped with the items
under it, and added by a later run once it is.
"""

from django.utils import translation

from core import languages, menus
from pages.models import MenuItem, MenuItemTranslation, Page
from seed.data.menus import MENUS
from structures.models import Structure


def load_menus(entries=MENUS, parent=None):
    """Add the items of `entries` that are missing; how many were added."""
    added = 0
    existing = {item.seed_key: item for item in MenuItem.objects.exclude(seed_key="")}
    previous = None
    for entry in entries:
        item = existing.get(entry["key"])
        if item is None:
            target = target_of(entry)
            if target is None:
                continue
            item = add(entry, target, parent, previous)
            added += 1
        added += load_menus(entry.get("children", []), parent=item)
        previous = item
    return added


def target_of(entry):
    """The target fields of `entry`'s item, or None where its target is not there."""
    if "group" in entry:
        return {"group": entry["group"]} if menus.group(entry["group"]) else None
    if "route" in entry:
        return {"route": entry["route"], "fragment": entry.get("fragment", "")}
    if "page" in entry:
        page = page_at(entry["page"])
        return {"page": page} if page else None
    if "structure" in entry:
        structure = Structure.objects.filter(slug=entry["structure"]).first()
        return {"structure": structure} if structure else None
    return {}


def page_at(path):
    page = None
    for slug in path.split("/"):
        pages = Page.objects.children_of(page) if page else Page.objects.filter(depth=1)
        page = pages.filter(slug=slug).first()
        if page is None:
            return None
    return page


def add(entry, target, parent, previous):
    """Add `entry`'s item under `parent`, after `previous` (the item before it in the data)
    where that one is still under `parent`, else first."""
    label = entry.get("label", "")
    context, message = (None, label) if isinstance(label, str) else label
    item = MenuItem(seed_key=entry["key"], label=message, **target)
    if parent is not None:
        parent.refresh_from_db()
    if previous is not None:
        previous.refresh_from_db()
        if MenuItem.objects.get_parent(previous) != parent:
            previous = None
    siblings = (
        MenuItem.objects.get_children(parent) if parent else MenuItem.objects.get_root_nodes()
    )
    first = siblings.first()
    if previous is not None:
        item = MenuItem.objects.add_sibling(previous, "right", instance=item)
    elif first is not None:
        item = MenuItem.objects.add_sibling(first, "left", instance=item)
    elif parent is not None:
        item = MenuItem.objects.add_child(parent, instance=item)
    else:
        item = MenuItem.objects.add_root(instance=item)
    if message:
        MenuItemTranslation.objects.bulk_create(
            MenuItemTranslation(
                item=item, language=code, label=label, source_texts={"label": message}
            )
            for code in languages.translation_codes()
            if (label := translated(message, context, code)) != message
        )
    return item


def translated(message, context, language):
    with translation.override(language):
        return translation.pgettext(context, message) if context else translation.gettext(message)
