"""Revisions (django-reversion): every admin save is kept, compared, restored, recovered."""

import pytest
from django.urls import reverse
from reversion.models import Version

from news.models import PressRelease
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db


def edit(editor_client, obj, **changes):
    response = editor_client.post(change_url(obj), change_form_data(editor_client, obj, **changes))
    assert response.status_code == 302, response.context and response.context["errors"]


def versions(obj):
    return Version.objects.get_for_object(obj)  # newest first


def test_every_admin_save_keeps_a_revision_with_who_and_what(editor_client, release):
    edit(editor_client, release, title="First correction")
    edit(editor_client, release, title="Second correction")

    kept = versions(release)
    assert kept.count() == 2
    assert kept[0].revision.user == editor_client.user
    assert kept[0].field_dict["title"] == "Second correction"
    assert kept[1].field_dict["title"] == "First correction"
    history = editor_client.get(reverse("admin:news_pressrelease_history", args=[release.pk]))
    assert history.status_code == 200


def test_two_revisions_can_be_compared(editor_client, release):
    edit(editor_client, release, title="Before the correction")
    edit(editor_client, release, title="After the correction")
    newer, older = versions(release)[:2]

    response = editor_client.get(
        reverse("admin:news_pressrelease_compare", args=[release.pk]),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Before the correction" in html and "After the correction" in html


def test_an_earlier_revision_can_be_restored(editor_client, release, other_field):
    edit(editor_client, release, title="The right title")
    edit(editor_client, release, title="A wrong title", fields_of_work=[other_field.pk])
    right = versions(release)[1]

    url = reverse("admin:news_pressrelease_revision", args=[release.pk, right.pk])
    # The revision page is the change form filled in from the revision: saving it restores it.
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title == "The right title"
    assert [field.slug for field in release.fields_of_work.all()] == ["elections"]


def test_a_deleted_release_can_be_recovered_with_its_relations(editor_client, release):
    edit(editor_client, release, summary="Kept in a revision.")
    pk = release.pk
    delete = editor_client.post(
        reverse("admin:news_pressrelease_delete", args=[pk]), {"post": "yes"}
    )
    assert delete.status_code == 302
    assert not PressRelease.objects.filter(pk=pk).exists()

    recoverable = editor_client.get(reverse("admin:news_pressrelease_recoverlist"))
    assert recoverable.status_code == 200
    deleted = Version.objects.get_deleted(PressRelease).get(object_id=str(pk))
    url = reverse("admin:news_pressrelease_recover", args=[deleted.pk])
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302, response.context and response.context["errors"]
    recovered = PressRelease.objects.get(pk=pk)
    assert recovered.summary == "Kept in a revision."
    assert [place.name for place in recovered.places.all()] == ["Belgrade"]


@pytest.mark.parametrize("fixture", ["field", "mission", "serbia"])
def test_fields_operations_and_states_keep_revisions_too(editor_client, request, fixture):
    obj = request.getfixturevalue(fixture)
    edit(editor_client, obj, name=f"{obj.name} (renamed)")
    assert versions(obj).get().field_dict["name"] == f"{obj.name} (renamed)"
