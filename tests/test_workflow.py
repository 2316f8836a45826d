"""The editorial workflow through the admin's own URLs: statuses, embargo and expiry, roles,
mission staff limited to their operation, preview and the editorial calendar."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from news import services
from news.models import EditorialScope, PressRelease
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

Status = PressRelease.Status
RELEASES_URL = reverse("admin:news_pressrelease_changelist")
CALENDAR_URL = reverse("admin:news_pressrelease_calendar")


def status_of(release):
    release.refresh_from_db()
    return release.status


def add_form_data(client, **overrides):
    return form_page_data(client, reverse("admin:news_pressrelease_add"), **overrides)


def release_fields(field, mission, belgrade):
    return {
        "title": "Mission trains election observers",
        "slug": "mission-trains-election-observers",
        "places": [belgrade.pk],
        "sources": [mission.pk],
        "fields_of_work": [field.pk],
        "summary": "A course for observers.",
        "body": "<p>The course ran for two days.</p>",
    }


def vienna(moment):
    local = timezone.localtime(moment)
    return {"0": local.strftime("%Y-%m-%d"), "1": local.strftime("%H:%M:%S")}


def publication(name, moment):
    parts = vienna(moment)
    return {f"{name}_0": parts["0"], f"{name}_1": parts["1"]}


# Statuses and embargo -------------------------------------------------------------------------


def test_a_publisher_schedules_a_release_under_embargo_and_it_goes_live_by_itself(
    publisher, field, mission, belgrade
):
    embargo = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    data = add_form_data(
        publisher,
        **release_fields(field, mission, belgrade),
        status=Status.PUBLISHED,
        **publication("published_at", embargo),
    )

    response = publisher.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    release = PressRelease.objects.get(slug="mission-trains-election-observers")
    assert release.status == Status.SCHEDULED  # a future time is an embargo
    assert release.published_at == embargo
    assert Client().get(release.get_absolute_url()).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=embargo):
        assert Client().get(release.get_absolute_url()).status_code == 200


def test_the_admin_shows_and_reads_times_in_vienna(publisher, release):
    # 09:00 UTC in January is 10:00 in Vienna.
    PressRelease.objects.filter(pk=release.pk).update(
        published_at=timezone.datetime(2026, 1, 15, 9, 0, tzinfo=timezone.UTC)
    )

    response = publisher.get(change_url(release))

    assert 'value="10:00:00"' in response.text
    assert "Vienna time" in response.text


def test_an_expiry_takes_the_release_off_the_site(publisher, release):
    expiry = timezone.now() + timedelta(hours=3)
    data = change_form_data(publisher, release, **publication("expires_at", expiry))

    assert publisher.post(change_url(release), data).status_code == 302

    assert Client().get(release.get_absolute_url()).status_code == 200
    with mock.patch("django.utils.timezone.now", return_value=expiry + timedelta(seconds=1)):
        assert Client().get(release.get_absolute_url()).status_code == 404
        assert release not in PressRelease.objects.published()


def test_an_expiry_before_the_publication_time_is_a_form_error(publisher, release):
    data = change_form_data(
        publisher, release, **publication("expires_at", release.published_at - timedelta(days=1))
    )

    response = publisher.post(change_url(release), data)

    assert response.status_code == 200
    assert "The expiry must come after the publication time." in response.text
    release.refresh_from_db()
    assert release.expires_at is None


def test_go_live_tidies_statuses_with_a_revision_and_retires_the_cached_counts(db, field):
    embargo = timezone.now() + timedelta(hours=1)
    scheduled = factories.make_scheduled(published_at=embargo, fields=[field])
    expiring = factories.make_release(expires_at=embargo)
    Client().get(reverse("news:list"))  # counts cached: one live release

    with mock.patch("django.utils.timezone.now", return_value=embargo):
        call_command("go_live", stdout=open("/dev/null", "w"))  # noqa: SIM115
        newsroom = Client().get(reverse("news:list"))

    assert status_of(scheduled) == Status.PUBLISHED
    assert status_of(expiring) == Status.ARCHIVED
    assert [v.revision.comment for v in Version.objects.get_for_object(scheduled)] == [
        "Went live at the end of its embargo."
    ]
    assert list(newsroom.context["releases"]) == [scheduled]
    assert newsroom.context["paginator"].count == 1


# Roles ----------------------------------------------------------------------------------------


def test_create_roles_makes_the_three_groups_and_is_repeatable(roles):
    call_command("create_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    editor = Group.objects.get(name="Editor")
    publisher = Group.objects.get(name="Publisher")
    administrator = Group.objects.get(name="Administrator")
    codes = {
        group: set(group.permissions.values_list("codename", flat=True))
        for group in (editor, publisher, administrator)
    }
    assert {"add_pressrelease", "change_pressrelease"} <= codes[editor]
    assert "publish_pressrelease" not in codes[editor]
    assert "delete_pressrelease" not in codes[editor]
    assert "change_participatingstate" not in codes[editor]
    # Publishers publish releases, editable pages (issue 13), publications, projects and events.
    assert codes[publisher] - codes[editor] == {
        "publish_pressrelease",
        "publish_page",
        "publish_publication",
        "publish_project",
        "publish_event",
    }
    assert {"delete_pressrelease", "change_user", "change_participatingstate"} <= codes[
        administrator
    ]


def test_an_editor_cannot_publish_through_the_form(editor, field, mission, belgrade):
    data = add_form_data(editor, **release_fields(field, mission, belgrade), status="published")

    response = editor.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not PressRelease.objects.exists()


def test_an_editor_writes_a_draft_and_submits_it_for_review(editor, field, mission, belgrade):
    data = add_form_data(editor, **release_fields(field, mission, belgrade), status="in_review")

    assert editor.post(reverse("admin:news_pressrelease_add"), data).status_code == 302

    release = PressRelease.objects.get()
    assert release.status == Status.IN_REVIEW
    assert release.created_by == editor.user
    assert Client().get(release.get_absolute_url()).status_code == 404


def test_an_editor_corrects_a_live_release_but_cannot_unpublish_or_move_it(editor, release):
    page = editor.get(change_url(release))
    assert 'name="status"' not in page.text  # shown, not editable
    data = change_form_data(editor, release, title="Corrected title")
    data.update(status="draft", published_at_0="2030-01-01", published_at_1="10:00:00")

    assert editor.post(change_url(release), data).status_code == 302

    release.refresh_from_db()
    assert release.title == "Corrected title"
    assert release.status == Status.PUBLISHED
    assert release.published_at.year < 2030


@pytest.mark.parametrize("action", ["publish", "unpublish", "archive"])
def test_an_editor_cannot_run_the_publishers_actions_even_by_a_direct_post(editor, action, release):
    draft = factories.make_draft()
    target = draft if action == "publish" else release
    before = status_of(target)

    editor.post(RELEASES_URL, {"action": action, "_selected_action": [target.pk]})

    assert status_of(target) == before
    assert f'value="{action}"' not in editor.get(RELEASES_URL).text


def test_an_editor_cannot_delete(editor, release):
    response = editor.post(
        reverse("admin:news_pressrelease_delete", args=[release.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert PressRelease.objects.filter(pk=release.pk).exists()


def test_an_editor_cannot_change_reference_data(editor, serbia):
    url = reverse("admin:countries_participatingstate_change", args=[serbia.pk])

    assert editor.get(url).status_code == 200  # may look
    editor.post(url, {"name": "Renamed", "slug": serbia.slug, "code": "RS"})

    serbia.refresh_from_db()
    assert serbia.name == "Serbia"


def test_a_publisher_publishes_unpublishes_and_archives_with_a_revision_each(publisher):
    draft = factories.make_draft()

    for action, status in [
        ("publish", "published"),
        ("unpublish", "draft"),
        ("publish", "published"),
        ("archive", "archived"),
    ]:
        publisher.post(RELEASES_URL, {"action": action, "_selected_action": [draft.pk]})
        assert status_of(draft) == status

    versions = Version.objects.get_for_object(draft)
    assert len(versions) == 4
    assert {version.revision.user for version in versions} == {publisher.user}
    assert draft.updated_by == publisher.user


def test_bulk_publish_schedules_what_is_dated_ahead(publisher):
    ahead = factories.make_draft(published_at=timezone.now() + timedelta(days=1))

    publisher.post(RELEASES_URL, {"action": "publish", "_selected_action": [ahead.pk]})

    assert status_of(ahead) == Status.SCHEDULED
    # The list shows its publication time, and "Embargoed" beneath it (until that time).
    cell = publisher.get(RELEASES_URL).text.split('<td class="field-publication">')[1]
    assert cell.split("</td>")[0].endswith("<br>Embargoed")


# Mission staff -----------------------------------------------------------------------------------


@pytest.fixture
def other_mission(db):
    return factories.make_operation("Presence in Albania")


@pytest.fixture
def albania_draft(db, other_mission):
    return factories.make_draft("Albania's plans", sources=[other_mission])


def test_mission_staff_list_only_their_operations_releases(serbia_staff, mission, albania_draft):
    own = factories.make_draft("Serbia's plans", sources=[mission])

    response = serbia_staff.get(RELEASES_URL)

    assert set(response.context["cl"].result_list) == {own}


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_mission_staff_cannot_open_another_operations_draft(serbia_staff, albania_draft, view):
    url = reverse(f"admin:news_pressrelease_{view}", args=[albania_draft.pk])

    response = serbia_staff.get(url)

    assert response.status_code in (302, 403, 404)
    assert "Albania's plans" not in response.text


def test_mission_staff_cannot_change_another_operations_draft_by_a_direct_post(
    serbia_staff, albania_draft, mission
):
    url = change_url(albania_draft)
    data = {
        "title": "Hijacked",
        "slug": albania_draft.slug,
        "status": "published",
        "sources": [mission.pk],
        "_save": "Save",
    }

    serbia_staff.post(url, data)
    serbia_staff.post(RELEASES_URL, {"action": "publish", "_selected_action": [albania_draft.pk]})

    albania_draft.refresh_from_db()
    assert albania_draft.title == "Albania's plans"
    assert albania_draft.status == Status.DRAFT


def test_mission_staff_cannot_reach_another_operations_revisions(serbia_staff, albania_draft):
    services.unpublish([albania_draft], user=None)  # no change, no revision
    services.submit_for_review([albania_draft], user=None)
    version = Version.objects.get_for_object(albania_draft).get()
    urls = [
        reverse("admin:news_pressrelease_revision", args=[albania_draft.pk, version.pk]),
        reverse("admin:news_pressrelease_compare", args=[albania_draft.pk]),
        reverse("admin:news_pressrelease_recoverlist"),
        reverse("admin:news_pressrelease_recover", args=[version.pk]),
    ]

    for url in urls:
        response = serbia_staff.get(url)
        assert response.status_code in (403, 404), url
        assert serbia_staff.post(url, {"title": "x"}).status_code in (403, 404), url


def test_mission_staff_must_keep_their_own_operation_among_the_sources(
    serbia_staff, field, belgrade, mission, other_mission
):
    data = add_form_data(
        serbia_staff,
        **{**release_fields(field, mission, belgrade), "sources": [other_mission.pk]},
        status="draft",
    )

    response = serbia_staff.post(reverse("admin:news_pressrelease_add"), data)

    assert response.status_code == 200
    assert "Include at least one of your own sources: Mission to Serbia." in response.text
    assert not PressRelease.objects.exists()


def joint_release(mission, chairpersonship, field, belgrade, **extra):
    return factories.make_release(
        "Joint statement",
        sources=[mission, chairpersonship],
        fields=[field],
        places=[belgrade],
        **extra,
    )


def test_mission_staff_cannot_release_on_behalf_of_another_source(
    serbia_staff, mission, chairpersonship, field, belgrade
):
    draft = joint_release(mission, chairpersonship, field, belgrade, status=Status.DRAFT)

    form = serbia_staff.post(
        change_url(draft), change_form_data(serbia_staff, draft, status=Status.PUBLISHED)
    )
    action = serbia_staff.post(
        RELEASES_URL, {"action": "publish", "_selected_action": [draft.pk]}, follow=True
    )

    assert form.status_code == 200
    assert "Chairpersonship: outside your editorial scope" in form.text
    assert "1 press release was left as it is" in action.text
    assert status_of(draft) == Status.DRAFT


def test_mission_staff_cannot_take_a_joint_release_off_the_site_or_co_credit_a_live_one(
    serbia_staff, mission, chairpersonship, field, belgrade
):
    joint = joint_release(mission, chairpersonship, field, belgrade)
    own = factories.make_release(sources=[mission], fields=[field], places=[belgrade])

    serbia_staff.post(RELEASES_URL, {"action": "archive", "_selected_action": [joint.pk]})
    co_credit = serbia_staff.post(
        change_url(own),
        change_form_data(serbia_staff, own, sources=[mission.pk, chairpersonship.pk]),
    )
    correction = serbia_staff.post(
        change_url(joint), change_form_data(serbia_staff, joint, title="Joint statement (2)")
    )

    assert status_of(joint) == Status.PUBLISHED
    assert co_credit.status_code == 200
    assert [source.pk for source in own.sources.all()] == [mission.pk]
    assert correction.status_code == 302  # correcting the text is not speaking for a source


def test_a_publisher_without_a_scope_releases_for_every_source(
    publisher, mission, chairpersonship, field, belgrade
):
    draft = joint_release(mission, chairpersonship, field, belgrade, status=Status.DRAFT)

    publisher.post(RELEASES_URL, {"action": "publish", "_selected_action": [draft.pk]})

    assert status_of(draft) == Status.PUBLISHED


def test_mission_staff_preview_only_their_own_drafts(serbia_staff, mission, albania_draft):
    own = factories.make_draft(sources=[mission])

    assert serbia_staff.get(own.get_absolute_url()).status_code == 200
    assert serbia_staff.get(albania_draft.get_absolute_url()).status_code == 404


# Preview ----------------------------------------------------------------------------------------


def test_an_editor_previews_a_draft_on_its_real_page_marked_and_uncached(editor):
    draft = factories.make_draft("Not out yet", body="<p>Draft text.</p>")

    response = editor.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "Draft text." in response.text
    assert "Preview" in response.text and "not public" in response.text
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


def test_a_scheduled_preview_says_when_it_goes_live(editor):
    scheduled = factories.make_scheduled()

    response = editor.get(scheduled.get_absolute_url())

    assert "Embargoed" in response.text
    assert "goes live on" in response.text


@pytest.mark.parametrize("who", ["anonymous", "staff without permissions"])
def test_nobody_else_sees_a_draft(who, django_user_model):
    draft = factories.make_draft()
    client = Client()
    if who != "anonymous":
        client.force_login(django_user_model.objects.create_user("s", is_staff=True))

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_published_page_is_not_a_preview(editor, release):
    response = editor.get(release.get_absolute_url())

    assert "not public" not in response.text
    assert "X-Robots-Tag" not in response
    assert "no-cache" not in Client().get(release.get_absolute_url()).get("Cache-Control", "")


# The editorial calendar ---------------------------------------------------------------------------


def test_the_calendar_shows_embargoes_expiries_and_recent_publications_by_day(editor, mission):
    now = timezone.now()
    embargoed = factories.make_scheduled(
        "Embargoed one", published_at=now + timedelta(days=3), sources=[mission]
    )
    recent = factories.make_release(
        "Recent one", published_at=now - timedelta(days=2), expires_at=now + timedelta(days=5)
    )
    factories.make_draft("A plain draft")
    factories.make_release("Long ago", published_at=now - timedelta(days=90))
    far = factories.make_scheduled("Next spring", published_at=now + timedelta(days=120))

    response = editor.get(CALENDAR_URL)

    assert response.status_code == 200
    events = [
        (day, event.release, event.label)
        for day, events in response.context["days"]
        for event in events
    ]
    assert [(release, str(label)) for _, release, label in events] == [
        (recent, "Live"),
        (embargoed, "Embargoed"),
        (recent, "Expires"),
    ]
    assert events[1][0] == timezone.localdate(embargoed.published_at)
    assert response.context["further_ahead"] == [far]
    assert "Mission to Serbia" in response.text
    assert change_url(embargoed) in response.text


def test_the_calendar_pages_by_four_weeks_and_shrugs_off_a_bad_date(editor):
    factories.make_release(
        "In 2020", published_at=timezone.datetime(2020, 3, 4, 12, tzinfo=timezone.UTC)
    )

    assert "In 2020" in editor.get(CALENDAR_URL, {"start": "2020-03-02"}).text
    for bad in ["yesterday", "2020-13-45", "0001-01-01", "\x00"]:
        response = editor.get(CALENDAR_URL, {"start": bad})
        assert response.status_code == 200
    assert "That is not a date" in editor.get(CALENDAR_URL, {"start": "yesterday"}).text


def test_the_calendar_is_for_staff_only_and_scoped(serbia_staff, albania_draft):
    services.submit_for_review([albania_draft], user=None)

    assert Client().get(CALENDAR_URL).status_code == 302  # to the login page
    assert "Albania's plans" not in serbia_staff.get(CALENDAR_URL).text


def test_the_calendar_runs_a_bounded_number_of_queries(editor, django_assert_max_num_queries):
    for day in range(30):
        factories.make_release(published_at=timezone.now() - timedelta(days=day % 7, hours=1))

    with django_assert_max_num_queries(9):  # with the second factor's device (django-otp)
        editor.get(CALENDAR_URL)


def test_dev_accounts_for_each_role(roles, settings, monkeypatch, django_user_model):
    settings.DEBUG = True
    monkeypatch.setenv("DEV_ADMIN_PASSWORD", "dev-pw")
    mission = factories.make_operation("Mission to Serbia", slug="mission-to-serbia")

    call_command("create_dev_admin", stdout=open("/dev/null", "w"))  # noqa: SIM115

    desk = django_user_model.objects.get(username="serbia-desk")
    assert desk.check_password("dev-pw") and desk.is_staff and not desk.is_superuser
    assert desk.has_perm("news.publish_pressrelease")
    assert [source.pk for source in EditorialScope.sources_of(desk)] == [mission.pk]
    editor = django_user_model.objects.get(username="editor")
    assert not editor.has_perm("news.publish_pressrelease")


def test_an_administrator_limits_a_staff_member_to_an_operation_in_the_user_admin(
    editor_client, django_user_model, mission
):
    staff = django_user_model.objects.create_user("desk", password="pw", is_staff=True)
    url = reverse("admin:auth_user_change", args=[staff.pk])
    data = form_page_data(editor_client, url)
    data.update({"editorial_scope-TOTAL_FORMS": "1", "editorial_scope-0-sources": [mission.pk]})

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert [source.pk for source in EditorialScope.sources_of(staff)] == [mission.pk]
