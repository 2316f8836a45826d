"""What a publication file's changes do to what was read from it (publications.tasks): a
revert keeps a cover that exists (the versions do not hold what processing read), a replaced
file shows nothing of the old one while it waits, and a saved file's language stays."""

import pytest
import reversion
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from reversion.models import Version

from publications import tasks
from publications.models import PublicationFile
from tests.admin_forms import change_form_data, change_url, form_page_data
from tests.test_publication_processing import WORDS_INSIDE, add_file, make_publication, pdf

pytestmark = pytest.mark.django_db

NOT_RUN = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


def versioned_publication(mission):
    publication = make_publication()
    publication.sources.add(mission)
    row = add_file(publication)
    with reversion.create_revision():
        publication.save()
    return publication, row


def test_a_files_version_holds_not_what_was_read_from_it(mission):
    _publication, row = versioned_publication(mission)
    version = Version.objects.get_for_object(row).get()
    assert "quokkas" not in version.serialized_data
    assert row.cover.name not in version.serialized_data
    assert "processed_name" not in version.serialized_data


def test_a_revert_after_processing_again_keeps_a_cover_that_exists(publisher, mission):
    publication, row = versioned_publication(mission)
    version = Version.objects.get_for_object(publication).get()
    first_cover = row.cover.name
    tasks.process_again(PublicationFile.objects.filter(pk=row.pk))  # runs at once in the tests
    row.refresh_from_db()
    storage = row.cover.storage
    assert row.cover.name != first_cover and not storage.exists(first_cover)
    url = reverse("admin:publications_publication_revision", args=[publication.pk, version.pk])
    response = publisher.post(url, form_page_data(publisher, url))
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.processing == PublicationFile.Processing.DONE
    assert row.cover.name and storage.exists(row.cover.name)
    assert "quokkas" in row.text
    page = publisher.get(publication.get_absolute_url()).content.decode()
    assert row.photo_renditions.thumbnail.url in page or row.cover.url in page or "<img" in page


def test_a_revert_to_another_stored_file_has_it_processed_again(mission, monkeypatch):
    _publication, row = versioned_publication(mission)
    version = Version.objects.get_for_object(row).get()
    # Another file with its cover now (kept stored: the version's must be readable).
    with monkeypatch.context() as patched:
        patched.setattr(row.file.storage, "delete", lambda name: None)
        row.file.save("new.pdf", ContentFile(pdf(("A new text on wombats.",))), save=False)
        row.save()
        row.refresh_from_db()
    new_cover, storage = row.cover.name, row.cover.storage
    assert "wombats" in row.text and storage.exists(new_cover)
    version.revision.revert()
    row.refresh_from_db()
    assert row.processing == PublicationFile.Processing.DONE
    assert "quokkas" in row.text and "wombats" not in row.text
    assert storage.exists(row.cover.name) and row.cover.name != new_cover
    assert not storage.exists(new_cover)


@override_settings(TASKS=NOT_RUN)
def test_a_replaced_file_shows_nothing_of_the_old_one_until_processed(client, mission):
    with override_settings(
        TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    ):
        publication = make_publication()
        row = add_file(publication)
    old_cover, storage = row.cover.name, row.cover.storage
    assert storage.exists(old_cover)
    search = reverse("publications:list") + "?q=quokkas"
    assert publication.title in client.get(search).content.decode()
    row.file.save("new.pdf", ContentFile(pdf(("A new text on wombats.",))), save=False)
    row.save()
    row.refresh_from_db()
    assert row.processing == PublicationFile.Processing.PENDING
    assert not row.cover and row.cover_width is None and row.text == ""
    assert row.search_vector is None
    assert not storage.exists(old_cover)
    page = client.get(publication.get_absolute_url()).content.decode()
    assert old_cover.rsplit("/", 1)[-1].rsplit(".", 1)[0] not in page
    assert publication.title not in client.get(search).content.decode()


def test_a_saved_files_language_cannot_be_changed_in_the_admin(publisher, mission):
    publication, row = versioned_publication(mission)
    data = change_form_data(publisher, publication, **{"files-0-language": "ru"})
    response = publisher.post(change_url(publication), data)
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.language == "en"
    assert WORDS_INSIDE.split()[1] in row.text
