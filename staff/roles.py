"""The admin's roles, as groups: what each may do, by app and model.

`manage.py create_roles` creates the groups and sets exactly these permissions (run it after
every deployment; `make run` does). Least privilege: nobody but an Administrator deletes,
touches reference data or manages accounts. Reference data are the States, Chairpersonships and
structures (editors only look at them) and the reference facts of field operations and fields
of work ("change_facts_*": an operation's name, address, type, position, host country,
headquarters, dates and status; a field of work's name and address), which editors see
read-only while they write the rest of those pages. The same holds in every language: editors
translate what they write (a field of work's texts, places), not the reference data's names.

Mission staff get Editor or Publisher plus an editorial scope (news.EditorialScope) that limits
them, in every admin, to their operation: its releases, its page's content and its departments,
nothing of other operations, and no field of work, State, structure or Chairpersonship
(core.scopes), nor the site's menus.
"""

from django.utils.translation import gettext_lazy as _

EDIT = ["add", "change", "view"]
EDIT_INLINE = ["add", "change", "delete", "view"]

EDITOR_PERMISSIONS = {
    "news": {
        "pressrelease": EDIT,
        "pressreleasetranslation": EDIT_INLINE,
        "place": EDIT,
        "placetranslation": EDIT_INLINE,
    },
    # The library: mission staff only their own operation's publications (publications.admin).
    "publications": {
        "publication": EDIT,
        "publicationtranslation": EDIT_INLINE,
        "publicationfile": EDIT_INLINE,
    },
    # Projects: mission staff only those their own operation runs (projects.admin).
    "projects": {
        "project": EDIT,
        "projecttranslation": EDIT_INLINE,
    },
    # Meetings and conferences: mission staff only their own operation's events (events.admin);
    # the series (the menu's categories) renamed and reordered, not deleted.
    "events": {
        "event": EDIT,
        "eventtranslation": EDIT_INLINE,
        "eventseries": EDIT,
        "eventseriestranslation": EDIT_INLINE,
    },
    "fields": {
        "fieldofwork": ["change", "view"],
        "fieldofworktranslation": EDIT_INLINE,
        "resourcelink": EDIT_INLINE,
    },
    "missions": {
        "fieldoperation": ["change", "view"],
        "fieldoperationtranslation": EDIT_INLINE,
        "worksection": EDIT_INLINE,
        "worksectiontranslation": EDIT_INLINE,
        "galleryphoto": EDIT_INLINE,
        "galleryphototranslation": EDIT_INLINE,
        # A department is added and changed, not deleted (its page and links would go), and
        # mission staff add only their own operation's (missions.admin.DepartmentAdmin).
        "department": EDIT,
        "departmenttranslation": EDIT_INLINE,
        "departmentsection": EDIT_INLINE,
        "departmentsectiontranslation": EDIT_INLINE,
    },
    "pages": {
        "page": EDIT,
        "pagetranslation": EDIT_INLINE,
        "pagesection": EDIT_INLINE,
        "pagesectiontranslation": EDIT_INLINE,
        # The site's menus: added, renamed, moved and hidden, not deleted (hiding takes an
        # item off the site); never by mission staff, whose scope the menus are not in
        # (pages.admin.MenuItemAdmin).
        "menuitem": EDIT,
        "menuitemtranslation": EDIT_INLINE,
        # The site's one home page and footer: changed, never added nor deleted (pages.admin).
        "homepage": ["change", "view"],
        "homepagetranslation": EDIT_INLINE,
        "homehighlight": EDIT_INLINE,
        "sitefooter": ["change", "view"],
        "footerlink": EDIT_INLINE,
        "footerlinktranslation": EDIT_INLINE,
    },
    # People and their positions: appointments end, or are corrected away, in the inlines;
    # mission staff only their own operation's positions (people.admin).
    "people": {
        "person": EDIT,
        "persontranslation": EDIT_INLINE,
        "position": EDIT,
        "positiontranslation": EDIT_INLINE,
        "appointment": EDIT_INLINE,
    },
    # Read-only, for the autocompletes and lists editors choose from.
    "countries": {"participatingstate": ["view"], "chairpersonship": ["view"]},
    "structures": {"structure": ["view"]},
    "taggit": {"tag": ["view"]},
}

EDITOR = _("Editor")
PUBLISHER = _("Publisher")
ADMINISTRATOR = _("Administrator")

# Group name → {app label: {model: [actions]}}, or "all" for every permission there is.
ROLES = {
    EDITOR: EDITOR_PERMISSIONS,
    PUBLISHER: {
        **EDITOR_PERMISSIONS,
        "news": {
            **EDITOR_PERMISSIONS["news"],
            "pressrelease": [*EDIT, "publish"],
        },
        "pages": {**EDITOR_PERMISSIONS["pages"], "page": [*EDIT, "publish"]},
        "publications": {
            **EDITOR_PERMISSIONS["publications"],
            "publication": [*EDIT, "publish"],
        },
        "projects": {**EDITOR_PERMISSIONS["projects"], "project": [*EDIT, "publish"]},
        "events": {**EDITOR_PERMISSIONS["events"], "event": [*EDIT, "publish"]},
    },
    ADMINISTRATOR: "all",
}

ROLE_DESCRIPTIONS = {
    EDITOR: _(
        "writes and corrects content but not reference facts, submits releases and pages for review"
    ),
    PUBLISHER: _(
        "an editor who also publishes, schedules, unpublishes and archives releases and pages"
    ),
    ADMINISTRATOR: _("everything, including reference data, deletions and accounts"),
}


def codenames(app_models):
    """{app label: {model: [actions]}} → {(app label, codename), ...}"""
    return {
        (app_label, f"{action}_{model}")
        for app_label, models in app_models.items()
        for model, actions in models.items()
        for action in actions
    }
