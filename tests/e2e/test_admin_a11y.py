"""axe-core (WCAG 2.1 A and AA) on the admin pages editors use, and on the steps of logging in
(the password, the code, the enrolment and its backup codes): zero violations."""

import base64

import pytest
import reversion
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from fields.models import FieldOfWork, ResourceLink
from missions.models import FieldOperation
from pages.models import FooterLink, HomePage, MenuItem, Page, SiteFooter
from projects.models import Project
from tests.e2e.conftest import EDITOR, EDITOR_PASSWORD, log_in_with_password
from tests.e2e.test_judges import assert_no_axe_violations

RETURNING = "e2e-returning"
NEWCOMER = "e2e-newcomer"


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


@pytest.fixture(scope="module")
def newcomers(site, django_db_blocker):
    """Two more superusers: one with an authenticator app, one at their first login."""
    with django_db_blocker.unblock():
        users = get_user_model().objects
        returning = users.create_superuser(RETURNING, password=EDITOR_PASSWORD)
        TOTPDevice.objects.create(user=returning, name="phone", confirmed=True)
        users.create_superuser(NEWCOMER, password=EDITOR_PASSWORD)


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
        "/admin/missions/department/{department}/change/",
        "/admin/fields/fieldofwork/{field}/change/",
        # Editable pages: the tree, a flat search, a page with its sections and translations.
        "/admin/pages/page/",
        "/admin/pages/page/?q=council",
        "/admin/pages/page/add/",
        "/admin/pages/page/{about}/change/",
        # The home page with its highlights, the footer with its links, a link's translations.
        "/admin/pages/homepage/{home}/change/",
        "/admin/pages/sitefooter/{footer}/change/",
        "/admin/pages/footerlink/{link}/change/",
        # The menus: the tree, a flat search, an item with its target and labels.
        "/admin/pages/menuitem/",
        "/admin/pages/menuitem/?q=news",
        "/admin/pages/menuitem/add/",
        "/admin/pages/menuitem/{newsroom}/change/",
        # Projects (issue 14): the list, a new one, one with its photograph and translation.
        "/admin/projects/project/",
        "/admin/projects/project/add/",
        "/admin/projects/project/{project}/change/",
    ],
)
def test_admin_page(site, editor_page, release, path):
    mission = FieldOperation.objects.get(slug="mission-to-serbia")  # with a gallery
    field = FieldOfWork.objects.get(slug="elections")
    # An inline row of each kind editors fill in (the demo has gallery photos, not links).
    field.links.get_or_create(
        category=ResourceLink.Category.values[0], title="Handbook", url="https://www.osce.org/"
    )
    department = mission.departments.get()  # with its sub-sections and gallery
    about = Page.objects.get(slug="about-us", depth=1)  # translated, with sections
    newsroom = MenuItem.objects.get(seed_key="newsroom")  # with its labels in other languages
    response = editor_page.goto(
        site(
            path.format(
                pk=release.pk,
                mission=mission.pk,
                field=field.pk,
                department=department.pk,
                about=about.pk,
                home=HomePage.objects.current().pk,
                footer=SiteFooter.objects.current().pk,
                link=FooterLink.objects.filter(kind=FooterLink.Kind.SOCIAL).first().pk,
                newsroom=newsroom.pk,
                project=Project.objects.get(slug="polling-station-staff-training-demo").pk,
            )
        )
    )
    assert response.status == 200
    assert_no_axe_violations(editor_page)


def test_compare_page(site, editor_page, release):
    editor_page.goto(site(f"/admin/news/pressrelease/{release.pk}/history/"))
    editor_page.locator("input[type=submit], button[type=submit]").last.click()
    editor_page.wait_for_url("**/history/compare/**")
    assert "Updated after the visit." in editor_page.locator("#content").inner_text()
    assert_no_axe_violations(editor_page)


def test_code_page(site, page, newcomers):
    log_in_with_password(page, site, RETURNING, EDITOR_PASSWORD)
    page.wait_for_url(site("/admin/second-factor/?**"))
    assert_no_axe_violations(page)
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator(".errorlist")).to_contain_text("not right")
    assert_no_axe_violations(page)
    assert page.goto(site("/admin/news/pressrelease/")).url.startswith(
        site("/admin/second-factor/")
    )


def test_enrolment_and_backup_codes_pages(site, page, newcomers):
    log_in_with_password(page, site, NEWCOMER, EDITOR_PASSWORD)
    page.wait_for_url(site("/admin/second-factor/enrol/?**"))
    expect(page.get_by_role("img", name="QR code")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Code from the app").fill("000000")
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator(".errorlist")).to_be_visible()
    assert_no_axe_violations(page)

    # The app takes the secret as typed from the page; its code confirms the enrolment.
    secret = page.locator(".staff-secret").inner_text().replace(" ", "")
    # After one wrong code django-otp waits a second before the next try. (Waiting here rather
    # than resetting the device from the test: on PostgreSQL that write held the device's row
    # and the server's confirmation waited for it.)
    page.wait_for_timeout(2_500)
    page.get_by_label("Code from the app").fill(f"{totp(base64.b32decode(secret)):06d}")
    # A loaded machine (the PostgreSQL run in CI) can take longer than the default 10 s here.
    page.get_by_role("button", name="Confirm").click(timeout=30_000)
    page.wait_for_url(site("/admin/second-factor/backup-codes/?**"), timeout=30_000)
    expect(page.locator(".staff-codes li")).to_have_count(10)
    assert_no_axe_violations(page)
    page.get_by_role("link", name="continue").click()
    page.wait_for_url(site("/admin/"))
