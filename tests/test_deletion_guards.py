"""A place, structure, field operation or field of work that press releases name is not deleted
(every release needs a dateline, a source and a field): refused with the list of those releases,
in the admin and through the ORM alike (core.deletion)."""

import pytest
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse

from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import Place
from structures.models import Structure
from tests import factories

pytestmark = pytest.mark.django_db


def delete_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_delete", args=[obj.pk])


@pytest.mark.parametrize("fixture", ["belgrade", "chairpersonship", "mission", "field"])
def test_the_admin_refuses_to_delete_what_a_release_names_and_lists_it(
    editor_client, release, request, fixture
):
    obj = request.getfixturevalue(fixture)

    page = editor_client.get(delete_url(obj))
    post = editor_client.post(delete_url(obj), {"post": "yes"})

    assert page.status_code == 200
    assert f"Press release: {release.title}" in page.text
    assert "Cannot delete" in page.text or "would require deleting" in page.text
    assert post.status_code == 200  # the same refusal, not a deletion
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_a_bulk_delete_of_fields_is_refused_too(editor_client, release, field, other_field):
    response = editor_client.post(
        reverse("admin:fields_fieldofwork_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [field.pk, other_field.pk],
            "post": "yes",
        },
    )

    assert response.status_code == 200
    assert FieldOfWork.objects.filter(pk__in=[field.pk, other_field.pk]).count() == 2


@pytest.mark.parametrize(
    "fixture, model",
    [
        ("belgrade", Place),
        ("chairpersonship", Structure),
        ("mission", FieldOperation),
        ("field", FieldOfWork),
    ],
)
def test_the_orm_refuses_too(release, request, fixture, model):
    obj = request.getfixturevalue(fixture)

    # (In a savepoint: the refusal rolls back the deletion's transaction, as it would a shell's.)
    with pytest.raises(ProtectedError) as refused, transaction.atomic():
        obj.delete()

    assert release in refused.value.protected_objects
    assert model.objects.filter(pk=obj.pk).exists()
    assert set(release.places.all()) and set(release.sources.all())


def test_what_no_release_names_is_deleted(editor_client, release):
    unused = factories.make_place("Nowhere")
    response = editor_client.post(delete_url(unused), {"post": "yes"})

    assert response.status_code == 302
    assert not Place.objects.filter(pk=unused.pk).exists()


def test_a_long_list_is_cut_short(editor_client, belgrade):
    for _ in range(55):
        factories.make_release(places=[belgrade])

    page = editor_client.get(delete_url(belgrade)).text

    assert page.count("Press release: ") == 50
    assert "and 5 more" in page
