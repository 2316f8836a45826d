"""What the site's menus (pages.MenuItem) may point to beyond pages and objects: named routes
and automatic groups, registered by the apps that provide them.

A group is a list the data already holds (the fields of work, the participating States with the
Chairpersonship marker, the field operations...): an editor places it in a menu, and its items
are whatever the data says on the day, in the language of the page. An app registers a group
with a function `items(language)` that returns its links (`Link`), each already shown in that
language: what does not exist in it is left out, as everywhere on the site (core.translations).
The function runs a fixed number of queries, whatever the number of items: the navigation's
query count is pinned.

The registry lives in the kernel so that any app may register, whichever layer it is in (the
people app registers "leadership"); pages.menus registers the groups and routes of the apps
below it, and pages.MenuItem refuses a group or a route no app has registered.
"""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse


@dataclass
class Link:
    """One entry of a menu: a label and an address; `item` is what it names, for its `lang`
    and `hreflang` (an operation named in Russian whose page is English); `note` follows the
    label (the Chairpersonship's marker); `children` are shown under it."""

    label: str
    url: str
    item: object = None
    note: str = ""
    children: list = field(default_factory=list)


@dataclass(frozen=True)
class Group:
    key: str
    name: str  # for editors, in the admin
    items: object  # items(language) -> [Link]
    columns: bool = False  # a long list, shown in columns


@dataclass(frozen=True)
class Route:
    name: str  # a URL name without arguments, "news:list"
    label: str  # for editors, in the admin


_groups = {}
_routes = {}


def register_group(key, name, items, *, columns=False):
    """Offer the group `key` to the menus: `items(language)` gives its links."""
    _groups[key] = Group(key, name, items, columns)


def register_route(name, label):
    """Offer the page at the URL name `name` (it takes no arguments) to the menus."""
    _routes[name] = Route(name, label)


def group(key):
    """The group registered as `key`, or None."""
    return _groups.get(key)


def groups():
    return list(_groups.values())


def routes():
    return list(_routes.values())


def route_url(name):
    """The address of the registered route `name` in the active language, or None."""
    if name not in _routes:
        return None
    try:
        return reverse(name)
    except NoReverseMatch:
        return None
