"""The site's default menus (pages.MenuItem), as plain data: the navigation the site had before
its menus were editable, then About us and Leadership as in the 2017-era reference navigation.

Shapes, for `seed.menus.load_menus`: each item has a `key` (how later runs know it, whatever an
editor made of it since), a `label` (a message of the interface catalogs, so that each language
gets the label it has always had; `(context, message)` for one with a context), at most one
target (`group`: an automatic group of core.menus; `route`: a URL name, with an optional
`fragment`; `page`: the English path of a page of the demo content; `structure`: a structure's
slug), and its `children`. A page, a structure or a group that is not there is skipped, with the
items under it: an item that points to nothing is never created.
"""

from django.utils.translation import gettext_noop as _

ABOUT_US_PAGES = [
    "about-us/decision-making-bodies",
    "about-us/our-history",
    "about-us/our-principles",
    "about-us/finance-and-administration",
    "about-us/internal-oversight",
    "about-us/employment",
    "about-us/networks-and-research",
]

MENUS = [
    {
        "key": "fields-of-work",
        "label": _("Fields of work"),
        "children": [
            {"key": "fields-of-work-group", "group": "fields_of_work"},
            {
                "key": "fields-of-work-list",
                "label": _("All fields of work"),
                "route": "fields:list",
            },
            # As in the reference navigation: the projects, after the fields (issue 14).
            {"key": "fields-of-work-projects", "label": _("Projects"), "route": "projects:list"},
        ],
    },
    {
        "key": "countries",
        "label": _("Countries"),
        "children": [
            {
                "key": "participating-states",
                "label": _("Participating States"),
                "route": "countries:list",
                "children": [
                    {"key": "participating-states-group", "group": "participating_states"}
                ],
            },
            {"key": "partners-group", "group": "partners"},
        ],
    },
    {
        "key": "structures",
        "label": _("Structures and institutions"),
        "children": [
            {"key": "structures-group", "group": "structures"},
            {
                "key": "structures-list",
                "label": _("All structures and institutions"),
                "route": "structures:list",
            },
        ],
    },
    {
        "key": "field-operations",
        "label": _("Field operations"),
        "children": [
            {"key": "field-operations-group", "group": "field_operations"},
            {
                "key": "field-operations-closed",
                "label": _("Closed field activities"),
                "route": "missions:list",
                "fragment": "closed",
            },
        ],
    },
    {
        "key": "meetings-and-conferences",
        "label": _("Meetings and conferences"),
        # The events app registers the group and the list (events.apps, core.menus).
        "children": [
            {"key": "meetings-and-conferences-group", "group": "event_series"},
            {
                "key": "meetings-and-conferences-list",
                "label": _("All meetings and conferences"),
                "route": "events:list",
            },
        ],
    },
    {
        "key": "about-us",
        "label": _("About us"),
        "children": [
            {"key": "about-us-page", "page": "about-us"},
            {
                "key": "about-us-states",
                "label": _("Participating States"),
                "route": "countries:list",
            },
            {
                "key": "about-us-partners",
                "label": _("Partners for Co-operation"),
                "route": "countries:list",
                "fragment": "asian-partners",
            },
            {"key": "about-us-chair", "structure": "chairpersonship"},
            *(
                {"key": f"about-us-{path.rsplit('/', 1)[1]}", "page": path}
                for path in ABOUT_US_PAGES
            ),
        ],
    },
    {
        "key": "leadership",
        "label": _("Leadership"),
        # The people app registers the group and the page (people.apps, core.menus).
        "children": [
            {"key": "leadership-group", "group": "leadership"},
            {"key": "leadership-page", "label": _("Leadership"), "route": "people:leadership"},
        ],
    },
    {"key": "newsroom", "label": _("Newsroom"), "route": "news:list"},
    {
        "key": "search",
        "label": ("the site's search page", "Search"),
        "route": "search:results",
    },
]
