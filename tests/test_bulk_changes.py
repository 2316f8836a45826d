"""Bulk actions on more releases than a request should change: queued by the admin, carried out
by `go_live` in batches that each commit, checked against the requester's permission and scope
as they are when they run, followed in a read-only list (news.services, BulkChangeAdmin)."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from news import services
from news.models import BulkChange, PressRelease
from tests import factories

pytestmark = pytest.mark.django_db

Status = PressRelease.Status
RELEASES_URL = reverse("admin:news_pressrelease_changelist")
BULK_URL = reverse("admin:news_bulkchange_changelist")


@pytest.fixture(autouse=True)
def small_limit(settings):
    """More than three releases are queued."""
    settings.NEWS_BULK_INLINE_LIMIT = 3


def drafts(count, **extra):
    return [factories.make_draft(**extra) for _ in range(count)]


def act(client, action, releases, **extra):
    data = {"action": action, "_selected_action": [release.pk for release in releases], **extra}
    return client.post(RELEASES_URL, data, follow=True)


def go_live(batch_size=2):
    out = io.StringIO()
    call_command("go_live", batch_size=batch_size, stdout=out)
    return out.getvalue()


def statuses(releases):
    return [PressRelease.objects.get(pk=release.pk).status for release in releases]


def versions_of(release):
    return list(Version.objects.get_for_object(release).select_related("revision__user"))


def the_bulk_change():
    return BulkChange.objects.get()


# Queued, not changed in the request -----------------------------------------------------------


def test_a_selection_over_the_limit_is_queued_not_changed_and_the_message_says_so(publisher):
    selected = drafts(5)

    response = act(publisher, "publish", selected)

    assert statuses(selected) == [Status.DRAFT] * 5
    assert not any(versions_of(release) for release in selected)
    bulk_change = the_bulk_change()
    assert bulk_change.action == BulkChange.Action.PUBLISH
    assert bulk_change.status == BulkChange.Status.QUEUED
    assert bulk_change.release_ids == sorted(release.pk for release in selected)
    assert bulk_change.total == 5
    assert bulk_change.requested_by == publisher.user
    assert "5 press releases are queued to be published" in response.text
    assert "a selection of more than 3 is changed in the background" in response.text
    assert f'<a href="{BULK_URL}">Follow it under Bulk changes.</a>' in response.text


def test_select_all_queues_every_release_the_list_shows(publisher):
    selected = drafts(4)
    factories.make_release()  # published: outside the filter below

    # As a browser posts it: the boxes of the page shown, and "select all" across the pages.
    publisher.post(
        f"{RELEASES_URL}?visibility=draft",
        {
            "action": "archive",
            "select_across": "1",
            "index": "0",
            "_selected_action": [selected[0].pk],
        },
    )

    assert the_bulk_change().release_ids == sorted(release.pk for release in selected)


def test_up_to_the_limit_the_action_changes_at_once_and_queues_nothing(publisher):
    selected = drafts(3)

    response = act(publisher, "publish", selected)

    assert statuses(selected) == [Status.PUBLISHED] * 3
    assert "3 press releases published." in response.text
    assert not BulkChange.objects.exists()


@pytest.mark.parametrize("count", [2, 4])  # at once, and queued
def test_a_selection_from_a_list_filtered_on_relations_is_changed(publisher, mission, count):
    """Such a list is a DISTINCT query, whose rows PostgreSQL does not lock as they are."""
    selected = drafts(count, sources=[mission])
    filtered = f"{RELEASES_URL}?sources__id__exact={mission.pk}&q=Press"

    publisher.post(
        filtered,
        {"action": "publish", "select_across": "1", "index": "0", "_selected_action": [1]},
    )
    go_live()

    assert statuses(selected) == [Status.PUBLISHED] * count


# Carried out by go_live -------------------------------------------------------------------------


@pytest.fixture
def relations(mission, chairpersonship, belgrade, serbia):
    """Two of each relation a version records, and two tags."""
    return {
        "sources": [mission, chairpersonship],
        # Made in the reverse of their order by name, which is the order a version lists them in.
        "fields": [factories.make_field("Youth"), factories.make_field("Arms control")],
        "places": [belgrade, factories.make_place("Novi Sad")],
        "states": [serbia, factories.make_state("Albania")],
        "tags": ["elections", "youth"],
    }


def test_go_live_carries_it_out_with_a_revision_per_release_and_the_counts(publisher, relations):
    selected = [*drafts(4, **relations), factories.make_release(**relations)]  # one is live
    act(publisher, "publish", selected)

    output = go_live(batch_size=2)

    assert statuses(selected) == [Status.PUBLISHED] * 5
    for release in selected[:4]:
        [version] = versions_of(release)
        assert version.revision.user == publisher.user
        assert version.revision.comment == "Published."
        current = serializers.serialize("json", [PressRelease.objects.get(pk=release.pk)])
        assert json.loads(version.serialized_data) == json.loads(current)  # relations too
        # Beside the release only what is its own, its tagged items and the links that keep
        # the order of its places and fields of work: reverting it reverts no other release.
        followed = version.revision.version_set.exclude(pk=version.pk)
        assert sorted(followed.values_list("object_repr", flat=True)) == sorted(
            [
                f"{release.title}: Arms control",
                f"{release.title}: Belgrade",
                f"{release.title}: Novi Sad",
                f"{release.title}: Youth",
                f"{release.title} tagged with elections",
                f"{release.title} tagged with youth",
            ]
        )
    assert versions_of(selected[4]) == []  # live already: left as it was
    bulk_change = the_bulk_change()
    assert bulk_change.status == BulkChange.Status.DONE
    assert (bulk_change.processed, bulk_change.changed, bulk_change.unchanged) == (5, 4, 1)
    assert bulk_change.not_permitted == 0
    assert bulk_change.started_at <= bulk_change.finished_at
    assert "Done, 5 processed, 4 changed, 1 left as they were, 0 not permitted" in output
    assert Client().get(selected[0].get_absolute_url()).status_code == 200  # on the site
    listed = publisher.get(BULK_URL).text
    assert '<td class="field-progress">Done</td>' in listed
    assert '<td class="field-changed">4</td><td class="field-unchanged">1</td>' in listed

    assert "Bulk change" not in go_live()  # done: the next run leaves it alone


def test_a_release_costs_seven_queries_whatever_its_relations(publisher, relations):
    def queries_to_publish(count):
        releases = PressRelease.objects.filter(pk__in=[r.pk for r in drafts(count, **relations)])
        with CaptureQueriesContext(connection) as queries:
            assert services.publish(releases, user=publisher.user) == count
        return len(queries)

    queries_to_publish(1)  # content types and permissions, once

    # Its update, the revision, its versions, and reversion's check that the release, its
    # tagged items and the links of its places and of its fields of work exist; relations,
    # links, tags and scope are read once for all.
    assert queries_to_publish(6) - queries_to_publish(3) == 3 * 7


def test_a_queued_submit_for_review_moves_only_drafts(editor):
    selected = [*drafts(3), factories.make_release(), factories.make_draft()]
    PressRelease.objects.filter(pk=selected[4].pk).update(status=Status.IN_REVIEW)

    act(editor, "submit_for_review", selected)
    go_live()

    assert statuses(selected) == [Status.IN_REVIEW] * 3 + [Status.PUBLISHED, Status.IN_REVIEW]
    bulk_change = the_bulk_change()
    assert (bulk_change.changed, bulk_change.unchanged, bulk_change.not_permitted) == (3, 2, 0)


class Killed(BaseException):
    """What a killed worker looks like from inside: not an error anyone catches."""


@pytest.fixture
def failing_save(monkeypatch):
    """`fail(release, error)` makes saving `release` raise `error` until `heal()`."""
    original_save = PressRelease.save
    failing = {}

    def save(self, *args, **kwargs):
        if self.pk in failing:
            raise failing[self.pk]
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(PressRelease, "save", save)

    class Failures:
        def fail(self, release, error):
            failing[release.pk] = error

        def heal(self):
            failing.clear()

    return Failures()


def test_a_batch_failing_midway_keeps_the_earlier_batches_and_resumes_on_the_next_run(
    publisher, failing_save
):
    selected = drafts(6)  # batches of two; the second fails on its second release
    act(publisher, "archive", selected)
    failing_save.fail(selected[3], RuntimeError("disk full"))

    go_live(batch_size=2)

    # The first batch stays done; the second is rolled back whole, its first release included.
    assert statuses(selected) == [Status.ARCHIVED] * 2 + [Status.DRAFT] * 4
    assert versions_of(selected[2]) == []
    bulk_change = the_bulk_change()
    assert bulk_change.status == BulkChange.Status.RUNNING
    assert (bulk_change.processed, bulk_change.changed, bulk_change.failures) == (2, 2, 1)
    assert bulk_change.error == "RuntimeError: disk full"
    assert "2 of 6 done; a batch failed and is tried again on the next run" in (
        publisher.get(BULK_URL).text
    )

    failing_save.heal()
    go_live(batch_size=2)

    assert statuses(selected) == [Status.ARCHIVED] * 6
    assert [len(versions_of(release)) for release in selected] == [1] * 6  # none done twice
    bulk_change.refresh_from_db()
    assert bulk_change.status == BulkChange.Status.DONE
    assert (bulk_change.changed, bulk_change.failures, bulk_change.error) == (6, 0, "")


def test_a_batch_that_keeps_failing_fails_the_bulk_change_and_keeps_what_was_done(
    publisher, failing_save
):
    selected = drafts(6)
    act(publisher, "archive", selected)
    failing_save.fail(selected[2], ValueError("bad row"))

    for _run in range(services.BULK_MAX_FAILURES + 1):
        go_live(batch_size=2)

    assert statuses(selected) == [Status.ARCHIVED] * 2 + [Status.DRAFT] * 4
    bulk_change = the_bulk_change()
    assert bulk_change.status == BulkChange.Status.FAILED
    assert (bulk_change.processed, bulk_change.changed) == (2, 2)
    assert bulk_change.failures == services.BULK_MAX_FAILURES  # and no further attempt
    assert bulk_change.finished_at is not None
    assert "Failed after 2 of 6 (ValueError: bad row); the rest were left as they are" in (
        publisher.get(BULK_URL).text
    )


def test_a_killed_run_resumes_where_it_stopped_and_loses_nothing(publisher, failing_save):
    selected = drafts(6)
    act(publisher, "archive", selected)
    failing_save.fail(selected[4], Killed())

    with pytest.raises(Killed):
        go_live(batch_size=2)

    bulk_change = the_bulk_change()
    assert (bulk_change.status, bulk_change.processed) == (BulkChange.Status.RUNNING, 4)
    assert bulk_change.error == ""  # nobody was there to write it down
    assert statuses(selected) == [Status.ARCHIVED] * 4 + [Status.DRAFT] * 2

    failing_save.heal()
    go_live(batch_size=2)

    assert statuses(selected) == [Status.ARCHIVED] * 6
    assert [len(versions_of(release)) for release in selected] == [1] * 6
    assert the_bulk_change().status == BulkChange.Status.DONE


# Checked when carried out -----------------------------------------------------------------------


def demote(user):
    user.groups.set(Group.objects.filter(name="Editor"))


def deactivate(user):
    user.is_active = False
    user.save()


def delete(user):
    user.delete()


@pytest.mark.parametrize("lose", [demote, deactivate, delete])
def test_a_requester_who_lost_the_permission_since_queuing_changes_nothing(publisher, lose):
    selected = drafts(5)
    act(publisher, "publish", selected)

    lose(publisher.user)
    go_live(batch_size=2)

    assert statuses(selected) == [Status.DRAFT] * 5
    assert not any(versions_of(release) for release in selected)
    bulk_change = the_bulk_change()
    assert bulk_change.status == BulkChange.Status.DONE
    assert (bulk_change.changed, bulk_change.not_permitted) == (0, 5)


def test_a_scoped_users_queued_change_skips_other_sources_releases(
    serbia_staff, mission, chairpersonship
):
    own = drafts(4, sources=[mission])
    joint = factories.make_draft(sources=[mission, chairpersonship])
    act(serbia_staff, "publish", [*own, joint])
    assert the_bulk_change().total == 5
    own[3].sources.set([chairpersonship])  # no longer theirs by the time it runs

    go_live(batch_size=2)

    assert statuses([*own, joint]) == [Status.PUBLISHED] * 3 + [Status.DRAFT] * 2
    bulk_change = the_bulk_change()
    assert (bulk_change.changed, bulk_change.unchanged, bulk_change.not_permitted) == (3, 0, 2)


def test_a_scoped_users_action_at_once_says_how_many_were_left_as_they_are(
    serbia_staff, mission, chairpersonship
):
    own = factories.make_release(sources=[mission])
    joint = factories.make_release(sources=[mission, chairpersonship])

    response = act(serbia_staff, "unpublish", [own, joint])

    assert statuses([own, joint]) == [Status.DRAFT, Status.PUBLISHED]
    assert "1 press release set back to draft." in response.text
    assert "1 press release was left as it is" in response.text


# The list ---------------------------------------------------------------------------------------


@pytest.fixture
def administrator(roles, django_user_model):
    return factories.staff_client(django_user_model, "administrator", "Administrator")


def test_staff_see_only_their_own_bulk_changes_and_administrators_everyones(
    publisher, serbia_staff, administrator, editor_client, mission
):
    act(publisher, "archive", drafts(4))
    act(serbia_staff, "archive", drafts(5, sources=[mission]))
    mine, theirs = (BulkChange.objects.get(total=count) for count in (4, 5))

    own_list = publisher.get(BULK_URL)
    other = publisher.get(reverse("admin:news_bulkchange_change", args=[theirs.pk]))
    everyone = [client.get(BULK_URL) for client in (administrator, editor_client)]

    assert list(own_list.context["cl"].result_list) == [mine]
    assert other.status_code == 302  # "doesn't exist. Perhaps it was deleted?"
    assert publisher.get(reverse("admin:news_bulkchange_change", args=[mine.pk])).status_code == 200
    for response in everyone:
        assert set(response.context["cl"].result_list) == {mine, theirs}


def test_an_editor_sees_the_list_of_their_own(editor):
    response = editor.get(BULK_URL)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == []


def test_someone_who_changes_no_releases_sees_no_bulk_changes(django_user_model, roles):
    outsider = factories.staff_client(django_user_model, "outsider")  # staff, in no group

    assert outsider.get(BULK_URL).status_code == 403


@pytest.mark.parametrize("who", ["publisher", "administrator", "editor_client"])
def test_nobody_adds_changes_or_deletes_a_bulk_change_through_the_admin(request, who, publisher):
    client = request.getfixturevalue(who)
    act(publisher, "archive", drafts(4))
    bulk_change = the_bulk_change()
    fields = {"action": "publish", "total": "1", "status": "done", "changed": "9"}

    adding = client.post(reverse("admin:news_bulkchange_add"), fields)
    changing = client.post(reverse("admin:news_bulkchange_change", args=[bulk_change.pk]), fields)
    deleting = client.post(
        reverse("admin:news_bulkchange_delete", args=[bulk_change.pk]), {"post": "yes"}
    )
    bulk_delete = client.post(
        BULK_URL, {"action": "delete_selected", "_selected_action": [bulk_change.pk], "post": "yes"}
    )

    assert (adding.status_code, changing.status_code, deleting.status_code) == (403, 403, 403)
    assert bulk_delete.status_code in (200, 302)
    assert BulkChange.objects.count() == 1
    unchanged = BulkChange.objects.get()
    assert (unchanged.action, unchanged.status, unchanged.changed) == ("archive", "queued", 0)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_runs_a_fixed_number_of_queries(administrator):
    act(administrator, "archive", drafts(4))
    administrator.get(BULK_URL)  # the session's first request
    one = count_queries(administrator, BULK_URL)
    for _more in range(3):
        act(administrator, "archive", drafts(4))

    four = count_queries(administrator, BULK_URL)

    # 11: the session, the user, the device, permissions (2), the counts (2), the user's
    # editorial scope (read once, for the navigation's permissions) and the list (3).
    assert four == one <= 11
    assert BulkChange.objects.count() == 4
