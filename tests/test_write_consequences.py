"""What a write sets off follows every write path: the admin, bulk actions, the workflow service,
`go_live`, the data commands and plain ORM calls (a shell), once the write has committed.

The consequences: the newsroom's cached counts, the search documents, the cached navigation, the
renditions of a new photograph and the redirect from an old address.
"""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from taggit.models import Tag

from core import cache
from countries.models import Chairpersonship
from missions.models import WorkSection
from news import services
from news.models import PressRelease
from tests import factories

pytestmark = pytest.mark.django_db


def newsroom(client, **query):
    response = client.get(reverse("news:list"), query)
    assert response.status_code == 200
    return response


def result_count(client, **query):
    return newsroom(client, **query).context["paginator"].count


def facet_counts(client, facet, **query):
    for name, _title, values in newsroom(client, **query).context["facets"]:
        if name == facet:
            return {value.label: value.count for value in values}
    raise AssertionError(f"no {facet} facet")


def navigation(client):
    return client.get(reverse("fields:list")).content.decode()


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "teal").save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name="photo.jpg")


# The newsroom's counts -------------------------------------------------------------------------


def test_deleting_a_release_in_the_admin_updates_the_counts_at_once(client, editor_client, field):
    kept, deleted = factories.make_release(fields=[field]), factories.make_release(fields=[field])
    assert result_count(client) == 2  # now cached
    assert facet_counts(client, "field") == {field.name: 2}

    response = editor_client.post(
        reverse("admin:news_pressrelease_delete", args=[deleted.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert result_count(client) == 1
    assert facet_counts(client, "field") == {field.name: 1}
    assert list(newsroom(client).context["releases"]) == [kept]


def test_deleting_releases_with_the_admins_bulk_action_updates_the_counts(client, editor_client):
    releases = [factories.make_release() for _ in range(3)]
    assert result_count(client) == 3

    response = editor_client.post(
        reverse("admin:news_pressrelease_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [r.pk for r in releases[:2]],
            "post": "yes",
        },
    )

    assert response.status_code == 302
    assert result_count(client) == 1


def test_deleting_a_release_through_the_orm_updates_the_counts_at_once(client, field):
    factories.make_release(fields=[field])
    deleted = factories.make_release(fields=[field])
    assert result_count(client, field=field.slug) == 2

    deleted.delete()

    assert result_count(client, field=field.slug) == 1
    assert facet_counts(client, "field") == {field.name: 1}


def test_a_release_written_through_the_orm_is_counted_at_once(client, field, other_field):
    release = factories.make_release(fields=[field])
    assert facet_counts(client, "field") == {field.name: 1}

    factories.make_release(fields=[field])  # created, then its relations set
    release.fields_of_work.add(other_field)  # from the release's side
    other_field.press_releases.add(factories.make_release())  # from the other side

    assert facet_counts(client, "field") == {field.name: 2, other_field.name: 2}
    assert result_count(client) == 3


def test_a_status_changed_by_the_service_or_a_plain_save_is_counted_at_once(client, editor_client):
    drafts = [factories.make_draft() for _ in range(3)]
    assert result_count(client) == 0

    services.publish(PressRelease.objects.filter(pk=drafts[0].pk), user=editor_client.user)
    assert result_count(client) == 1

    drafts[1].status = PressRelease.Status.PUBLISHED
    drafts[1].save(update_fields=["status"])
    assert result_count(client) == 2


def test_go_live_retires_the_counts_the_clock_made_stale(client):
    release = factories.make_scheduled()
    assert result_count(client) == 0
    # The embargo ends without a save (as time passing does): the cached count lags behind...
    PressRelease.objects.filter(pk=release.pk).update(
        published_at=timezone.now() - timedelta(minutes=1)
    )
    assert result_count(client) == 0

    call_command("go_live", stdout=io.StringIO())

    assert result_count(client) == 1  # ...until go_live tidies the status and retires it


def test_deleting_a_tag_takes_it_out_of_the_search_at_once(client):
    factories.make_release("A visit", tags=["cybersecurity"])
    assert result_count(client, q="cybersecurity") == 1

    Tag.objects.get(name="cybersecurity").delete()

    assert result_count(client, q="cybersecurity") == 0


def test_the_demo_content_is_counted_as_soon_as_it_is_loaded(client):
    assert result_count(client) == 0

    call_command("load_demo_content", verbosity=0)

    assert result_count(client) == PressRelease.objects.published().count() > 30


# After the commit, not before ------------------------------------------------------------------


def test_counts_are_retired_when_the_transaction_commits_not_before():
    version = cache.content_version(cache.NEWS)
    with transaction.atomic():
        factories.make_release()
        # A request computing counts now would still see the old rows: the version must stay.
        assert cache.content_version(cache.NEWS) == version
    assert cache.content_version(cache.NEWS) > version


def test_a_rolled_back_write_sets_off_nothing():
    version = cache.content_version(cache.NEWS)
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.make_release()
        raise RuntimeError("the write fails")
    assert cache.content_version(cache.NEWS) == version
    assert not PressRelease.objects.exists()


def test_a_transaction_touching_many_releases_retires_the_counts_once(monkeypatch):
    retired = []
    monkeypatch.setattr(cache, "content_changed", retired.append)
    with transaction.atomic():
        for _ in range(5):
            factories.make_release(tags=["one"])
    assert retired == [cache.NEWS]


# Search ----------------------------------------------------------------------------------------


def test_a_title_changed_through_the_orm_is_found_at_once(client):
    release = factories.make_release("Workshop on budgets")
    assert result_count(client, q="observers") == 0

    release.title = "Workshop for election observers"
    release.save()

    assert list(newsroom(client, q="observers").context["releases"]) == [release]


def test_tags_and_places_changed_through_the_orm_are_found_at_once(client, belgrade):
    release = factories.make_release("A visit", places=[belgrade])
    assert result_count(client, q="cybersecurity") == 0
    assert result_count(client, q="Beograd") == 0

    release.tags.add("cybersecurity")
    belgrade.name = "Beograd"
    belgrade.save()

    assert list(newsroom(client, q="cybersecurity").context["releases"]) == [release]
    assert list(newsroom(client, q="Beograd").context["releases"]) == [release]


def test_site_search_counts_follow_an_orm_write(client):
    factories.make_release("Youth forum opens")
    assert client.get(reverse("search:results"), {"q": "forum"}).context["news_count"] == 1

    factories.make_release("Second youth forum")

    assert client.get(reverse("search:results"), {"q": "forum"}).context["news_count"] == 2


# The navigation --------------------------------------------------------------------------------


def test_the_navigation_follows_orm_changes_of_what_it_lists(client, field, mission, serbia):
    assert "Elections" in navigation(client)  # now cached

    field.name = "Elections and referendums"
    field.save()
    assert "Elections and referendums" in navigation(client)

    other = factories.make_operation("Mission to Nowhere")
    assert "Mission to Nowhere" in navigation(client)
    other.delete()
    assert "Mission to Nowhere" not in navigation(client)

    Chairpersonship.objects.create(state=serbia, year=timezone.localdate().year)
    assert "Serbia – OSCE Chairpersonship" in navigation(client)


def test_reference_data_loaded_by_the_command_shows_in_the_navigation(client):
    assert "Mission to Serbia" not in navigation(client)

    call_command("load_reference_data", verbosity=0)

    assert "Mission to Serbia" in navigation(client)


# Renditions ------------------------------------------------------------------------------------


def rendition_files(storage):
    """Every file under CACHE/images/ of `storage` (a release's photographs have one of their
    own, served only while the release is public)."""
    found, stack = set(), ["CACHE/images"]
    while stack:
        folder = stack.pop()
        if not storage.exists(folder):
            continue
        subfolders, names = storage.listdir(folder)
        found |= {f"{folder}/{name}" for name in names}
        stack += [f"{folder}/{sub}" for sub in subfolders]
    return found


def test_a_photograph_saved_through_the_orm_has_its_renditions_made_on_save(release, mission):
    storages = [release.photo.storage, WorkSection._meta.get_field("photo").storage]
    before = set().union(*(rendition_files(storage) for storage in storages))

    release.photo.save("photo.jpg", jpeg(), save=False)
    release.photo_alt = "People around a table"
    release.save()
    section = factories.make_section(mission, "Media")
    section.photo.save("section.jpg", jpeg(), save=False)
    section.photo_alt = "A newsroom"
    section.save()

    made = set().union(*(rendition_files(storage) for storage in storages)) - before
    # 480 px and the full 640 px, in WebP and JPEG, for each; and the release's link preview.
    # (Renditions are stored in a folder named after the upload's file.)
    for obj, count in [(release, 5), (section, 4)]:
        folder = f"/{Path(obj.photo.name).stem}"  # <stem>/ or, for a release, <name>/
        assert len([name for name in made if folder in name]) == count, obj


def test_saving_again_without_a_new_photograph_makes_nothing(release, monkeypatch):
    release.photo.save("photo.jpg", jpeg(), save=False)
    release.photo_alt = "People around a table"
    release.save()
    made = []
    monkeypatch.setattr("core.images.renditions", made.append)

    release.title = "Corrected title"
    release.save()
    PressRelease.objects.get(pk=release.pk).save()

    assert made == []


# Old addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["field", "mission", "serbia", "chairpersonship", "release"])
def test_a_slug_changed_through_the_orm_keeps_the_old_address(client, request, fixture):
    obj = request.getfixturevalue(fixture)
    old_address = obj.get_absolute_url()

    obj.slug = f"{obj.slug}-renamed"
    obj.save()

    response = client.get(old_address)
    assert response.status_code == 301
    assert response["Location"] == obj.get_absolute_url()
    assert client.get(obj.get_absolute_url()).status_code == 200


def test_a_draft_renamed_leaves_no_redirect_that_names_it(client, editor_client):
    draft = factories.make_draft("Embargoed appointment", slug="embargoed-appointment")
    old_address = draft.get_absolute_url()

    draft.slug = "new-head-of-mission-named"
    draft.save()

    response = client.get(old_address)
    assert response.status_code == 404
    assert "new-head-of-mission-named" not in response.content.decode()
