"""The revision views django-reversion adds to the admins of issue 14's content (publications,
projects, events), posted straight to as mission staff whose scope is the Mission to Serbia:
another operation's item's history, comparison and revisions are not there for them (404), and
a revert posted to it changes nothing. Their own item's history is theirs."""

import pytest
import reversion
from reversion.models import Version

from tests import factories
from tests.test_operation_scopes import admin_url
from tests.test_projects import make_project
from tests.test_publications import make_publication

pytestmark = pytest.mark.django_db

MAKERS = {
    "publication": lambda operation, title: make_publication(
        f"pub-{operation.pk}", title=title, sources=[operation]
    ),
    "project": lambda operation, title: make_project(
        f"project-{operation.pk}", title=title, sources=[operation]
    ),
    "event": lambda operation, title: factories.make_event(title, organisers=[operation]),
}


def with_two_versions(obj):
    """`obj` saved in two revisions, its title changed in the second; the first version."""
    with reversion.create_revision():
        obj.save()
    original = obj.title
    obj.title = f"{original} (changed)"
    with reversion.create_revision():
        obj.save()
    return Version.objects.get_for_object(obj).order_by("pk").first()


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("view", ["history", "compare", "revision"])
def test_another_operations_item_has_no_revisions_for_mission_staff(serbia_staff, kind, view):
    other = factories.make_operation("Mission to Moldova")
    theirs = MAKERS[kind](other, "Chisinau item")
    first = with_two_versions(theirs)
    url = {
        "history": admin_url(theirs, "history"),
        "compare": admin_url(theirs, "compare"),
        "revision": admin_url(theirs, "revision", first.pk),
    }[view]

    shown = serbia_staff.get(url, {"version_id1": first.pk, "version_id2": first.pk})
    assert shown.status_code == 404
    assert "Chisinau item" not in shown.text
    if view == "revision":
        assert serbia_staff.post(url, {"_save": "Save"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Chisinau item (changed)"


@pytest.mark.parametrize("kind", MAKERS)
def test_mission_staff_see_their_own_items_history(serbia_staff, mission, kind):
    own = MAKERS[kind](mission, "Belgrade item")
    with_two_versions(own)

    response = serbia_staff.get(admin_url(own, "history"))

    assert response.status_code == 200
    assert "Belgrade item" in response.text
