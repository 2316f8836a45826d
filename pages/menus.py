"""The site's menus in a language: the editors' tree of menu items (pages.MenuItem), each shown
with its target's address there, and the automatic groups of the apps below (registered here
with core.menus, as the people app registers its own).

In a language other than English an item shows its label's translation; an item with a label
and no translation in the language is left out, with the items under it (never English in a
Russian menu), as is an item whose target does not exist there: a page not published in it, a
field of work, State or structure whose page is not translated. A field operation is listed
where it has a name in the language, leading to its page there where it exists, else to the
English one (marked `hreflang`), as the operations' group does. An item without a label of its
own shows its target's name in the language. A hidden item is left out with its subtree.

The shape: a top item with items under it is a menu that opens them (its own target, if any, is
not shown); one without is a link of the bar. Under a menu, links and groups in a row make one
list (in columns where a group is long: the fields of work, the States), and an item with items
under it heads a list of its own. A group's items stand in the group's place; a group at the top,
or anything under a group, is not shown (the admin refuses to put anything there).

Queries: the items and their labels in the language are one query; the targets of each kind one
more (and one for their translations outside English), pages two (the pages, their lineages
for their addresses) and two more outside English; each group placed its own fixed number.
None grows with the number of items: the navigation's count is pinned (tests/test_menus.py).
"""

from types import SimpleNamespace

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core import menus
from core.menus import Link
from core.translations import by_name, named_in, shown_in
from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from structures.models import Structure

from .models import MENU_DEPTH, MenuItem, Page, attach_lineages

# The groups of the apps below -----------------------------------------------------------------


def existing(queryset, language, **order):
    """The items of `queryset` whose page exists in `language`, shown in it, by their names."""
    items = queryset.in_language(language).with_translations(language)
    return by_name(shown_in(items, language), language, **order)


def fields_of_work(language):
    fields = existing(FieldOfWork.objects.only("name", "slug"), language)
    return [Link(field.name, field.get_absolute_url(), field) for field in fields]


def participating_states(language):
    """The 57 States, the current Chairpersonship's marked (read in the same query)."""
    year = timezone.localdate().year
    chair = Chairpersonship.objects.filter(state=OuterRef("pk"), year=year).values("year")[:1]
    states = ParticipatingState.objects.participating().annotate(chair_year=Subquery(chair))
    return [
        Link(
            state.name,
            state.get_absolute_url(),
            state,
            note=(
                gettext("OSCE Chairpersonship %(year)s") % {"year": state.chair_year}
                if state.chair_year
                else ""
            ),
        )
        for state in existing(states, language)
    ]


def partners(language):
    """The two groups of Partners for Co-operation, on the States' list (no query)."""
    url = menus.route_url("countries:list")
    return [
        Link(gettext("Asian Partners for Co-operation"), f"{url}#asian-partners"),
        Link(gettext("Mediterranean Partners for Co-operation"), f"{url}#mediterranean-partners"),
    ]


def structures_of(language):
    return existing(
        Structure.objects.exclude_field_operations(),
        language,
        first=lambda structure: structure.position,
    )


def structures(language):
    """The top structures and institutions, the Secretariat's units under the Secretariat."""
    found = structures_of(language)
    units = [
        Link(unit.name, unit.get_absolute_url(), unit)
        for unit in found
        if unit.kind == Structure.Kind.SECRETARIAT_UNIT
    ]
    return [
        Link(
            structure.name,
            structure.get_absolute_url(),
            structure,
            children=units if structure.kind == Structure.Kind.SECRETARIAT else [],
        )
        for structure in found
        if structure.parent_id is None
    ]


def secretariat_units(language):
    return [
        Link(unit.name, unit.get_absolute_url(), unit)
        for unit in structures_of(language)
        if unit.kind == Structure.Kind.SECRETARIAT_UNIT
    ]


def operations(queryset, language):
    named = named_in(queryset.only("name", "slug", "kind").with_translations(language), language)
    return [Link(operation.name, operation.get_absolute_url(), operation) for operation in named]


def field_operations(language):
    return operations(FieldOperation.objects.active(), language)


def closed_field_operations(language):
    return operations(FieldOperation.objects.closed(), language)


def register_groups_and_routes():
    menus.register_group("fields_of_work", _("All fields of work"), fields_of_work, columns=True)
    menus.register_group(
        "participating_states",
        _("The participating States, with the Chairpersonship"),
        participating_states,
        columns=True,
    )
    menus.register_group("partners", _("The Partners for Co-operation"), partners)
    menus.register_group(
        "structures", _("The structures and institutions, with the Secretariat units"), structures
    )
    menus.register_group("secretariat_units", _("The Secretariat units"), secretariat_units)
    menus.register_group("field_operations", _("The field operations"), field_operations)
    menus.register_group(
        "closed_field_operations", _("The closed field operations"), closed_field_operations
    )
    for name, label in [
        ("pages:home", _("Home page")),
        ("news:list", _("Newsroom")),
        ("search:results", pgettext_lazy("the site's search page", "Search")),
        ("fields:list", _("Fields of work")),
        ("countries:list", _("Participating States")),
        ("structures:list", _("Structures and institutions")),
        ("missions:list", _("Field operations")),
        ("projects:list", _("Projects")),
        ("stories:list", _("OSCE stories")),
    ]:
        menus.register_route(name, label)


# The tree in a language ----------------------------------------------------------------------

# The object targets: how each kind is read in a language (the items shown there, by id).
SHOWN_TARGETS = {
    "field_of_work": lambda ids, language: shown_in(
        FieldOfWork.objects.filter(pk__in=ids).in_language(language).with_translations(language),
        language,
    ),
    "state": lambda ids, language: shown_in(
        ParticipatingState.objects.filter(pk__in=ids)
        .in_language(language)
        .with_translations(language),
        language,
    ),
    "structure": lambda ids, language: shown_in(
        Structure.objects.filter(pk__in=ids).in_language(language).with_translations(language),
        language,
    ),
    "operation": lambda ids, language: named_in(
        FieldOperation.objects.filter(pk__in=ids).with_translations(language), language
    ),
    "page": lambda ids, language: pages_in(ids, language),
}


def pages_in(ids, language):
    pages = Page.objects.filter(pk__in=ids).published(language).with_translations(language)
    pages = attach_lineages(pages, language=language)
    return shown_in(pages, language)


class Entry(SimpleNamespace):
    """A menu item as a language shows it: `label`, `url` (None: it heads what is under it),
    `item` (its target, for `lang`), and `children`: entries and the groups' links."""


def menu_tree(language):
    """The top menu items shown in `language`, each an Entry with its children (see the
    module)."""
    items = list(MenuItem.objects.filter(depth__lte=MENU_DEPTH).with_label_in(language))
    wanted = {}
    for item in items:
        for name in MenuItem.OBJECT_TARGETS:
            key = getattr(item, f"{name}_id")
            if key is not None:
                wanted.setdefault(name, set()).add(key)
    found = {
        name: {target.pk: target for target in SHOWN_TARGETS[name](ids, language)}
        for name, ids in wanted.items()
    }
    by_path = {}
    top = []
    groups = {}  # a group placed twice is read once
    for item in items:
        parent = item.path[: -MenuItem.steplen]
        if item.depth > 1 and parent not in by_path:
            continue  # under an item left out
        if item.depth == 1 and item.group:
            continue  # a group heads no menu (the admin refuses one there)
        entry = shown_entry(item, found, groups, language)
        if entry is None:
            continue
        by_path[item.path] = entry
        (by_path[parent].children if item.depth > 1 else top).append(entry)
    return [entry for entry in top if entry.url or entry.children]


def shown_entry(item, found, groups, language):
    """The entry of `item` in `language`, or None where it is left out (`groups`: the links
    of the groups read so far)."""
    if item.hidden:
        return None
    if item.group:
        group = menus.group(item.group)
        if group is None:
            return None  # its app is gone: nothing to show
        if group.key not in groups:
            groups[group.key] = group.items(language)
        return Entry(group=group, links=groups[group.key], children=[])
    label = item.label_there if item.label else ""
    if item.label and not label:
        return None  # no label in this language: never the English one
    entry = Entry(label=label, url=None, item=None, group=None, children=[])
    for name in MenuItem.OBJECT_TARGETS:
        key = getattr(item, f"{name}_id")
        if key is not None:
            target = found[name].get(key)
            if target is None:
                return None  # it does not exist in this language
            entry.item = target
            entry.label = label or target_name(target)
            entry.url = target.get_absolute_url()
    if item.route:
        entry.url = menus.route_url(item.route)
        if entry.url is None:
            return None
    if entry.url and item.fragment:
        entry.url = f"{entry.url}#{item.fragment}"
    return entry


def target_name(target):
    return getattr(target, "title", None) or getattr(target, "name", None) or str(target)


def blocks(menu):
    """A top menu's children as the panel shows them: lists of links, each after the heading
    of the entry they are under, if any. A run of links and groups is one list; an entry with
    children heads a list of its own; a list with a group of many items is in columns."""
    shown = []
    current = None
    for child in menu.children:
        if child.group is None and child.children:
            shown.append(block(child, child.children))
            current = None
            continue
        if current is None:
            current = block(None, [])
            shown.append(current)
        add_to(current, child)
    return [each for each in shown if each.links]


def block(heading, children):
    shown = SimpleNamespace(heading=heading, links=[], columns=False)
    for child in children:
        add_to(shown, child)
    return shown


def add_to(shown, child):
    if child.group is not None:
        shown.links += child.links
        shown.columns = shown.columns or child.group.columns
    elif child.url:
        shown.links.append(
            Link(child.label, child.url, child.item, children=group_links(child.children))
        )


def group_links(children):
    links = []
    for child in children:
        if child.group is not None:
            links += child.links
        elif child.url:
            links.append(Link(child.label, child.url, child.item))
    return links
