"""The history, revision, recover and compare views of every admin with revisions, attacked by
posting straight to their URLs as each role (core.admin.GuardedVersionAdmin).

django-reversion finds a version by its id and the object id only, and reverts every object of
the revision it belongs to; reversion-compare checks no permission. Each test here posts what an
attacker posted and fails without the guard.
"""

import pytest
import reversion
from django.urls import reverse
from reversion.models import Revision, Version
from taggit.models import Tag

from countries.models import ParticipatingState
from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import FieldOperation
from news.models import PressRelease
from tests import factories
from tests.admin_forms import form_page_data
from tests.test_release_translations import translate as translate_release

pytestmark = pytest.mark.django_db

Status = PressRelease.Status
# Far above what the test sequences reach: an object of another model with the same id.
SHARED_ID = 900_001


def url(obj, view, *args):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk, *args])


def revision_url(obj, version):
    return url(obj, "revision", version.pk)


def saved_version(obj, **changes):
    """Save `obj` with `changes` in a revision of its own; return that version."""
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
    return Version.objects.get_for_object(obj).first()


@pytest.fixture
def complete(field, belgrade, mission):
    """What a release needs for its admin form to validate: a field, a place and a source."""
    return {"fields": [field], "places": [belgrade], "sources": [mission]}


def status_of(release):
    release.refresh_from_db()
    return release.status


@pytest.fixture
def models_sharing_an_id(db, mission, chairpersonship):
    """A release, a field operation, a field of work and a State that all have the same id."""
    release = factories.make_release("Archived release", id=SHARED_ID, sources=[chairpersonship])
    operation = factories.make_operation("Mission with the same id", id=SHARED_ID)
    field = factories.make_field("Field with the same id", id=SHARED_ID)
    state = factories.make_state("State with the same id", id=SHARED_ID)
    return {"release": release, "operation": operation, "field": field, "state": state}


# A version of one model through another model's admin ------------------------------------------


@pytest.mark.parametrize("through", ["operation", "field", "state"])
@pytest.mark.parametrize("who", ["editor", "serbia_staff", "editor_client"])
def test_a_releases_version_cannot_be_reverted_through_another_admin(
    request, models_sharing_an_id, through, who
):
    client = request.getfixturevalue(who)
    release = models_sharing_an_id["release"]
    published = saved_version(release, status=Status.PUBLISHED)
    saved_version(release, status=Status.ARCHIVED)
    target = models_sharing_an_id[through]

    get = client.get(revision_url(target, published))
    post = client.post(revision_url(target, published), {"_save": "Save"})

    assert get.status_code in (403, 404)
    assert post.status_code in (403, 404)
    assert status_of(release) == Status.ARCHIVED
    assert "Archived release" not in get.text


def test_a_get_of_another_models_version_reveals_nothing(editor, models_sharing_an_id):
    secret = factories.make_scheduled("Embargoed appointment", sources=[])
    version = saved_version(secret, title="Embargoed appointment")

    response = editor.get(
        reverse(
            "admin:missions_fieldoperation_revision",
            args=[models_sharing_an_id["operation"].pk, version.pk],
        ),
        follow=True,
    )

    assert response.status_code == 404
    assert "Embargoed appointment" not in response.text


@pytest.mark.parametrize(
    "model, view",
    [
        (PressRelease, "history"),
        (PressRelease, "compare"),
        (FieldOperation, "history"),
        (FieldOperation, "compare"),
        (FieldOfWork, "history"),
        (FieldOfWork, "compare"),
        (ParticipatingState, "history"),
        (ParticipatingState, "compare"),
    ],
)
def test_staff_without_permissions_see_no_history_nor_comparison(
    django_user_model, models_sharing_an_id, model, view
):
    obj = next(o for o in models_sharing_an_id.values() if isinstance(o, model))
    first = saved_version(obj)
    second = saved_version(obj)
    nobody = factories.staff_client(django_user_model, "nobody")

    response = nobody.get(url(obj, view), {"version_id1": first.pk, "version_id2": second.pk})

    assert response.status_code == 403


def test_mission_staff_cannot_compare_another_sources_release(serbia_staff, chairpersonship):
    release = factories.make_draft("Chair's draft", sources=[chairpersonship])
    first, second = saved_version(release), saved_version(release, body="<p>Secret</p>")

    response = serbia_staff.get(
        url(release, "compare"), {"version_id1": first.pk, "version_id2": second.pk}
    )

    assert response.status_code == 404
    assert "Secret" not in response.text


@pytest.mark.parametrize("version_id", ["99999999999999999999", "٣", "0"])
def test_a_version_id_that_is_no_version_is_a_404(editor_client, release, version_id):
    response = editor_client.get(f"{url(release, 'history')}{version_id}/")

    assert response.status_code == 404


def test_a_bad_comparison_is_not_a_server_error(editor_client, release):
    saved_version(release)
    saved_version(release)

    for query in [{"version_id1": "x", "version_id2": "1"}, {"version_id1": "9" * 30}, {}]:
        response = editor_client.get(url(release, "compare"), query)
        assert response.status_code < 500, query


# Reverting one object, never the rest of its revision ------------------------------------------


def test_reverting_ones_own_release_leaves_the_others_of_a_shared_revision(
    serbia_staff, complete, chairpersonship
):
    own = factories.make_release("Serbia's release", **complete)
    chairs = factories.make_release("Chair's release", sources=[chairpersonship])
    # A revision holding both (as a bulk action used to make one for all it touched).
    with reversion.create_revision():
        own.save()
        chairs.save()
    shared = Version.objects.get_for_object(own).first()
    chairs.status = Status.ARCHIVED
    chairs.save()
    own.title = "Serbia's release, corrected"
    own.save()

    response = serbia_staff.post(
        revision_url(own, shared), form_page_data(serbia_staff, revision_url(own, shared))
    )

    assert response.status_code == 302
    own.refresh_from_db()
    assert own.title == "Serbia's release"
    assert status_of(chairs) == Status.ARCHIVED


def test_a_bulk_action_makes_one_revision_per_release(publisher):
    drafts = [factories.make_draft() for _ in range(3)]

    response = publisher.post(
        reverse("admin:news_pressrelease_changelist"),
        {"action": "publish", "_selected_action": [d.pk for d in drafts]},
    )

    assert response.status_code == 302
    revisions = {Version.objects.get_for_object(d).first().revision_id for d in drafts}
    assert len(revisions) == 3
    for revision in Revision.objects.filter(pk__in=revisions):
        assert revision.version_set.count() == 1


# A revert is a change like any other: the workflow's rules apply -------------------------------


@pytest.mark.parametrize(
    "old_status, current_status",
    [(Status.PUBLISHED, Status.ARCHIVED), (Status.DRAFT, Status.PUBLISHED)],
)
def test_an_editors_revert_keeps_the_publication_as_it_is(
    editor, complete, old_status, current_status
):
    release = factories.make_release("First title", status=old_status, **complete)
    old = saved_version(release)
    release.title = "Second title"
    release.status = current_status
    release.save()

    data = form_page_data(editor, revision_url(release, old))
    data["status"] = old_status  # what an attacker adds to the form
    response = editor.post(revision_url(release, old), data)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == current_status
    assert release.title == "First title"


def test_a_revert_by_a_publisher_follows_the_clock(publisher, complete):
    release = factories.make_draft("Draft", **complete)
    old = saved_version(release, status=Status.SCHEDULED)  # scheduled then, for a time now past
    release.status = Status.DRAFT
    release.save()

    response = publisher.post(
        revision_url(release, old), form_page_data(publisher, revision_url(release, old))
    )

    assert response.status_code == 302
    assert status_of(release) == Status.PUBLISHED  # a released status whose time has come


def test_mission_staff_revert_keeps_the_sources(serbia_staff, complete, mission, chairpersonship):
    release = factories.make_release("Joint release", **{**complete, "sources": [mission]})
    old = saved_version(release, title="Joint release, first")
    release.title = "Joint release, now"
    release.save()
    release.sources.add(chairpersonship)

    response = serbia_staff.post(
        revision_url(release, old), form_page_data(serbia_staff, revision_url(release, old))
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title == "Joint release, first"
    assert {s.pk for s in release.sources.all()} == {mission.pk, chairpersonship.pk}


def test_an_editor_cannot_revert_a_state(editor, serbia):
    old = saved_version(serbia, name="Serbia")
    serbia.name = "Republic of Serbia"
    serbia.save()

    response = editor.post(revision_url(serbia, old), {"_save": "Save"})

    assert response.status_code == 403
    serbia.refresh_from_db()
    assert serbia.name == "Republic of Serbia"


def test_an_operations_revert_restores_its_sections_only(editor, mission, serbia):
    factories.make_section(mission, "Media")
    with reversion.create_revision():
        mission.save()
        for section in mission.sections.all():
            section.save()
    old = Version.objects.get_for_object(mission).first()
    mission.sections.update(title="Changed")
    factories.make_section(mission, "Added since")
    serbia.name = "Changed State"
    serbia.save()

    response = editor.post(
        revision_url(mission, old), form_page_data(editor, revision_url(mission, old))
    )

    assert response.status_code == 302
    assert list(mission.sections.values_list("title", flat=True)) == ["Media"]
    serbia.refresh_from_db()
    assert serbia.name == "Changed State"


# Recovering a deleted release ------------------------------------------------------------------


def deleted_version(obj):
    saved_version(obj)
    pk = obj.pk
    obj.delete()
    obj.pk = pk
    return Version.objects.get_deleted(type(obj)).get(object_id=str(pk))


def test_an_editor_cannot_recover_a_deleted_release(editor, release):
    version = deleted_version(release)
    recover = reverse("admin:news_pressrelease_recover", args=[version.pk])

    assert editor.get(reverse("admin:news_pressrelease_recoverlist")).status_code == 403
    assert editor.get(recover).status_code == 403
    assert editor.post(recover, {"_save": "Save"}).status_code == 403
    assert not PressRelease.objects.filter(pk=release.pk).exists()


def test_a_recovered_release_comes_back_as_a_draft(editor_client, release):
    assert release.is_published
    version = deleted_version(release)
    recover = reverse("admin:news_pressrelease_recover", args=[version.pk])
    data = form_page_data(editor_client, recover)
    data["status"] = Status.PUBLISHED  # ignored: the field is read-only when recovering

    response = editor_client.post(recover, data)

    assert response.status_code == 302
    assert status_of(release) == Status.DRAFT
    assert editor_client.get(release.get_absolute_url()).context["preview"]


def test_recover_takes_only_a_deleted_object_of_its_own_model(editor_client, release):
    live = saved_version(release)  # a version of an object that exists
    deleted_field = deleted_version(factories.make_field("Unused field"))

    for version in [live, deleted_field]:
        recover = reverse("admin:news_pressrelease_recover", args=[version.pk])
        assert editor_client.post(recover, {"_save": "Save"}).status_code == 404
    assert not FieldOfWork.objects.filter(pk=deleted_field.object_id).exists()


# A revert restores everything a version holds ---------------------------------------------------


def admin_saved_version(client, release, **changes):
    """Save `release` through its admin change form (as editors do); return the new version."""
    client.post(url(release, "change"), form_page_data(client, url(release, "change"), **changes))
    return Version.objects.get_for_object(release).first()


def test_a_revert_restores_the_tags_too(editor_client, complete):
    release = factories.make_release("Tagged", tags=["elections", "youth"], **complete)
    old = admin_saved_version(editor_client, release)
    admin_saved_version(editor_client, release, tags="media")
    assert sorted(release.tags.names()) == ["media"]

    response = editor_client.post(
        revision_url(release, old), form_page_data(editor_client, revision_url(release, old))
    )

    assert response.status_code == 302
    assert sorted(release.tags.names()) == ["elections", "youth"]


def test_a_revert_that_cannot_be_done_says_why(editor_client, complete):
    release = factories.make_release("Tagged", tags=["gone"], **complete)
    old = admin_saved_version(editor_client, release)
    admin_saved_version(editor_client, release, tags="")
    Tag.objects.filter(name="gone").delete()

    response = editor_client.get(revision_url(release, old), follow=True)

    assert response.status_code == 200
    assert "cannot be restored" in response.text
    assert "no longer exists" in response.text


def test_a_revert_deletes_only_the_rows_the_user_may_delete(editor, django_user_model, field):
    """Rows of an inline added since the version go with a revert only for those who may delete
    them on the page: a field's name in another language is a reference fact, an
    Administrator's to delete, not an editor's."""
    old = saved_version(field)
    added = FieldOfWorkTranslation.objects.create(item=field, language="fr", name="Élections")
    url = revision_url(field, old)

    kept = editor.post(url, form_page_data(editor, url))

    assert kept.status_code == 302
    assert field.translations.filter(pk=added.pk).exists()
    administrator = factories.staff_client(django_user_model, "administrator", "Administrator")
    assert administrator.post(url, form_page_data(administrator, url)).status_code == 302
    assert not field.translations.exists()


def test_a_release_revert_leaves_its_translations_as_they_are(publisher, complete):
    """A release's translations have a history of their own (reverted one by one): reverting
    the release restores its English and neither brings back nor deletes a translation."""
    release = factories.make_release("Release", **complete)
    translate_release(release, "fr", title="Communiqué, première version")
    old = saved_version(release, title="Release, first")
    release.translations.all().delete()
    again = translate_release(release, "fr", title="Communiqué, nouvelle version")
    added = translate_release(release, "ru", title="Пресс-релиз")
    release.title = "Release, now"
    release.save()

    url = revision_url(release, old)
    assert publisher.post(url, form_page_data(publisher, url)).status_code == 302

    release.refresh_from_db()
    assert release.title == "Release, first"
    assert sorted(release.translations.values_list("pk", "title")) == sorted(
        [(again.pk, "Communiqué, nouvelle version"), (added.pk, "Пресс-релиз")]
    )


@pytest.mark.parametrize("model", [PressRelease, FieldOperation, FieldOfWork, ParticipatingState])
def test_recovering_is_for_those_who_may_delete_in_every_admin(
    editor, publisher, django_user_model, models_sharing_an_id, model
):
    administrator = factories.staff_client(django_user_model, "administrator", "Administrator")
    obj = next(o for o in models_sharing_an_id.values() if isinstance(o, model))
    if model is not PressRelease:
        PressRelease.objects.filter(pk=models_sharing_an_id["release"].pk).delete()
    version = deleted_version(obj)
    meta = model._meta
    recover = reverse(f"admin:{meta.app_label}_{meta.model_name}_recover", args=[version.pk])
    recoverlist = reverse(f"admin:{meta.app_label}_{meta.model_name}_recoverlist")

    for client in [editor, publisher]:
        assert client.get(recoverlist).status_code == 403
        assert client.post(recover, {"_save": "Save"}).status_code == 403
    assert not model.objects.filter(pk=obj.pk).exists()
    assert administrator.get(recoverlist).status_code == 200
    assert administrator.get(recover).status_code == 200
