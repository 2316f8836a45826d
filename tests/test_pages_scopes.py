"""Mission staff edit only their operation's pages (a page whose operation is theirs, and the
pages under it), whatever they post and to whichever URL."""

import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from pages.models import Page
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

Status = Page.Status
PAGES_URL = reverse("admin:pages_page_changelist")
ADD_URL = reverse("admin:pages_page_add")


@pytest.fixture
def albania(db):
    return factories.make_operation("Presence in Albania")


@pytest.fixture
def serbia_pages(mission):
    top = factories.make_page("Mission to Serbia pages", slug="serbia", operation=mission)
    return top, factories.make_page("Democratization", parent=top, status=Status.DRAFT)


@pytest.fixture
def albania_pages(albania):
    top = factories.make_page("Presence in Albania pages", slug="albania", operation=albania)
    return top, factories.make_page("Media", parent=top, status=Status.DRAFT)


@pytest.fixture
def about(db):
    return factories.make_page("About us")


def fresh(page):
    return Page.objects.get(pk=page.pk)


def test_mission_staff_list_only_their_operations_pages(
    serbia_staff, serbia_pages, albania_pages, about
):
    response = serbia_staff.get(PAGES_URL)

    assert response.status_code == 200
    assert {page.title for page in response.context["cl"].result_list} == {
        "Mission to Serbia pages",
        "Democratization",
    }


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_mission_staff_cannot_open_another_operations_page(serbia_staff, albania_pages, view):
    _top, media = albania_pages
    assert serbia_staff.get(reverse(f"admin:pages_page_{view}", args=[media.pk])).status_code == 404


def test_mission_staff_cannot_change_another_operations_page_by_a_direct_post(
    serbia_staff, editor_client, albania_pages
):
    _top, media = albania_pages
    data = change_form_data(editor_client, media, title="Taken over")

    response = serbia_staff.post(change_url(media), data)

    assert response.status_code == 404
    assert fresh(media).title == "Media"


def test_mission_staff_add_pages_under_their_operations_pages_only(
    serbia_staff, serbia_pages, albania_pages, about
):
    top, _democratization = serbia_pages
    albania_top, _media = albania_pages

    def add(**place):
        data = form_page_data(
            serbia_staff, ADD_URL, title="Rule of law", slug="rule-of-law", status=Status.DRAFT
        )
        return serbia_staff.post(ADD_URL, {**data, **place})

    at_the_top = add(treebeard_position="first-child", treebeard_ref_node="")
    elsewhere = add(treebeard_position="first-child", treebeard_ref_node=albania_top.pk)
    beside_about = add(treebeard_position="right", treebeard_ref_node=about.pk)
    assert {at_the_top.status_code, elsewhere.status_code, beside_about.status_code} == {200}
    assert not Page.objects.filter(slug="rule-of-law").exists()

    assert add(treebeard_position="first-child", treebeard_ref_node=top.pk).status_code == 302
    page = Page.objects.get(slug="rule-of-law")
    assert page.get_absolute_url() == "/serbia/rule-of-law/"


def test_mission_staff_cannot_give_a_page_to_another_operation(serbia_staff, serbia_pages, albania):
    _top, democratization = serbia_pages
    data = change_form_data(serbia_staff, democratization, operation=albania.pk)

    response = serbia_staff.post(change_url(democratization), data)

    assert response.status_code == 200
    assert fresh(democratization).operation_id is None


def test_mission_staff_cannot_move_a_page_out_of_their_operation(
    serbia_staff, serbia_pages, albania_pages, about
):
    _top, democratization = serbia_pages
    albania_top, _media = albania_pages

    # The target is not theirs: not even found.
    into_albania = serbia_staff.post(
        PAGES_URL + "move/",
        {"node": democratization.pk, "target": albania_top.pk, "relation": "child"},
    )
    assert into_albania.status_code == 400
    assert fresh(democratization).get_absolute_url() == "/serbia/democratization/"


def test_mission_staff_move_pages_within_their_operation(serbia_staff, serbia_pages):
    top, democratization = serbia_pages
    security = factories.make_page("Security co-operation", parent=top)

    response = serbia_staff.post(
        PAGES_URL + "move/",
        {"node": democratization.pk, "target": security.pk, "relation": "child"},
    )

    assert response.status_code == 200
    assert fresh(democratization).get_absolute_url() == (
        "/serbia/security-co-operation/democratization/"
    )


def test_mission_staff_cannot_reach_another_operations_revisions(serbia_staff, albania_pages):
    _top, media = albania_pages
    with reversion.create_revision():
        media.save()
    version = Version.objects.get_for_object(media).first()

    url = reverse("admin:pages_page_revision", args=[media.pk, version.pk])

    assert serbia_staff.get(url).status_code == 404
    assert serbia_staff.post(url, {"_save": "Save"}).status_code == 404


def test_mission_staff_actions_change_only_their_pages(serbia_staff, serbia_pages, albania_pages):
    _top, democratization = serbia_pages
    _albania_top, media = albania_pages

    serbia_staff.post(
        PAGES_URL, {"action": "publish", "_selected_action": [democratization.pk, media.pk]}
    )

    assert fresh(democratization).status == Status.PUBLISHED
    assert fresh(media).status == Status.DRAFT


def test_mission_staff_preview_only_their_operations_drafts(
    serbia_staff, serbia_pages, albania_pages
):
    assert serbia_staff.get("/serbia/democratization/").status_code == 200
    assert serbia_staff.get("/albania/media/").status_code == 404


def test_mission_staff_cannot_open_another_operations_section(serbia_staff, albania_pages):
    _top, media = albania_pages
    section = factories.make_page_section(media)

    url = reverse("admin:pages_pagesection_change", args=[section.pk])

    assert serbia_staff.get(url).status_code == 404


def test_mission_staff_change_their_top_page_but_cannot_give_it_away(serbia_staff, serbia_pages):
    top, _democratization = serbia_pages

    renamed = serbia_staff.post(
        change_url(top), change_form_data(serbia_staff, top, title="Our mission's pages")
    )
    given_away = serbia_staff.post(
        change_url(top), change_form_data(serbia_staff, top, operation="")
    )

    assert renamed.status_code == 302
    assert fresh(top).title == "Our mission's pages"
    assert given_away.status_code == 200
    assert fresh(top).operation_id is not None
