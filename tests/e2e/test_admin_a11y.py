"""axe-core (WCAG 2.1 A and AA) on the admin pages editors use: zero violations."""

import pytest
import reversion

from fields.models import FieldOfWork, ResourceLink
from missions.models import FieldOperation
from tests.e2e.conftest import EDITOR
from tests.e2e.test_judges import assert_no_axe_violations


@pytest.fixture(scope="module")
def release(site):
    """The demo release with two revisions, the second with a changed summary."""
    release = site.release
    with reversion.create_revision():
        release.save()
    with reversion.create_revision():
        release.summary += " Updated after the visit."
        release.save()
    return release


def test_login_page(site, page):
    page.goto(site("/admin/login/"))
    assert_no_axe_violations(page)
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.locator(".errornote").is_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/news/pressrelease/",
        "/admin/news/pressrelease/?q=election&o=-1",
        "/admin/news/pressrelease/add/",
        "/admin/news/pressrelease/{pk}/change/",
        "/admin/news/pressrelease/{pk}/history/",
        "/admin/news/pressrelease/calendar/",
        "/admin/news/pressrelease/calendar/?start=2027-02-01",
        "/admin/missions/fieldoperation/{mission}/change/",
        "/admin/fields/fieldofwork/{field}/change/",
    ],
)
def test_admin_page(site, editor_page, release, path):
    mission = FieldOperation.objects.get(slug="mission-to-serbia")  # with a gallery
    field = FieldOfWork.objects.get(slug="elections")
    # An inline row of each kind editors fill in (the demo has gallery photos, not links).
    field.links.get_or_create(
        category=ResourceLink.Category.values[0], title="Handbook", url="https://www.osce.org/"
    )
    response = editor_page.goto(
        site(path.format(pk=release.pk, mission=mission.pk, field=field.pk))
    )
    assert response.status == 200
    assert_no_axe_violations(editor_page)


def test_compare_page(site, editor_page, release):
    editor_page.goto(site(f"/admin/news/pressrelease/{release.pk}/history/"))
    editor_page.locator("input[type=submit], button[type=submit]").last.click()
    editor_page.wait_for_url("**/history/compare/**")
    assert "Updated after the visit." in editor_page.locator("#content").inner_text()
    assert_no_axe_violations(editor_page)
