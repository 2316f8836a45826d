"""A publication file's processing in the background (publications.tasks; the immediate backend
runs it in the tests, osce_site/settings_test.py): its cover with renditions, its page count and
its text, found by the site search and the library; a replaced, deleted or broken file; the
admin's view of it, and its queue only after the save commits."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from publications import tasks
from publications.models import Publication, PublicationFile
from seed.publications import load_publications, make_pdf

pytestmark = pytest.mark.django_db

WORDS_INSIDE = "The quokkas of Rottnest hold their election in spring."


def make_publication(slug="a-factsheet", *, status="published", **extra):
    return Publication.objects.create(
        slug=slug,
        title=extra.pop("title", "A factsheet"),
        summary=extra.pop("summary", "What the department does."),
        type=extra.pop("type", Publication.Type.FACTSHEET),
        status=status,
        published_at=timezone.now() - timedelta(hours=1),
        **extra,
    )


def pdf(pages=(WORDS_INSIDE, "A second page."), title="A factsheet"):
    return make_pdf(title, list(pages))


def add_file(publication, content=None, language="en"):
    content = pdf() if content is None else content
    row = PublicationFile(publication=publication, language=language, size=len(content))
    row.file.save("upload.pdf", ContentFile(content), save=False)
    row.save()
    row.refresh_from_db()
    return row


def rendition_names(row):
    renditions = row.photo_renditions
    return [rendition.name for rendition in (*renditions.webp, *renditions.fallback)]


def add_form(mission, upload, status="published"):
    now = timezone.localtime()
    return {
        "type": "factsheet",
        "title": "Uploaded factsheet",
        "slug": "uploaded-factsheet",
        "status": status,
        "published_at_0": (now - timedelta(hours=1)).strftime("%Y-%m-%d"),
        "published_at_1": (now - timedelta(hours=1)).strftime("%H:%M:%S"),
        "published_on": now.date().isoformat(),
        "summary": "",
        "tags": "",
        "sources": [mission.pk],
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-language": "en",
        "files-0-file": upload,
        "_save": "Save",
    }


# The cover, the pages, the text -----------------------------------------------------------


def test_an_upload_through_the_admin_gets_a_cover_with_renditions(publisher, mission, client):
    upload = SimpleUploadedFile("f.pdf", pdf(("One.", "Two.", "Three.")), "application/pdf")
    response = publisher.post(
        reverse("admin:publications_publication_add"), add_form(mission, upload)
    )
    assert response.status_code == 302
    row = PublicationFile.objects.get(publication__slug="uploaded-factsheet")
    assert row.processing == PublicationFile.Processing.DONE
    assert row.page_count == 3
    assert row.cover.name.startswith("publication-covers/")
    assert (row.cover_width, row.cover_height) == (1200, 1698)  # A4's proportions
    storage = row.cover.storage
    assert storage.exists(row.cover.name)
    names = rendition_names(row)
    assert len(names) == 6 and all(storage.exists(name) for name in names)

    page = client.get("/publications/uploaded-factsheet/").content.decode()
    thumbnail = row.photo_renditions.thumbnail
    assert thumbnail.url in page and thumbnail.url.startswith("/publications/covers/")
    response = client.get(thumbnail.url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    library = client.get("/publications/").content.decode()
    assert thumbnail.url in library

    change = publisher.get(
        reverse("admin:publications_publication_change", args=[row.publication_id])
    )
    text = change.content.decode()
    assert thumbnail.url in text and "Processed" in text


def test_the_page_count_and_the_text_come_from_the_pdf():
    row = add_file(
        make_publication(), pdf(("First page about quokkas.", "Two.", "Three.", "Four."))
    )
    assert row.page_count == 4
    assert "quokkas" in row.text and "Four." in row.text


def test_the_text_kept_is_bounded(monkeypatch):
    monkeypatch.setattr(tasks.search, "TEXT_CHARACTERS", 60)
    row = add_file(make_publication(), pdf(("word " * 200, "more words " * 100)))
    assert 0 < len(row.text) <= 60


def test_the_cover_is_the_english_files_else_the_first_files():
    publication = make_publication()
    russian = add_file(publication, language="ru")
    assert publication.cover_file == russian
    english = add_file(publication, language="en")
    publication = Publication.objects.prefetch_related("files").get(pk=publication.pk)
    assert publication.cover_file == english


def test_until_processed_a_publication_shows_without_a_cover(client):
    publication = make_publication()
    row = add_file(publication)
    PublicationFile.objects.filter(pk=row.pk).update(
        cover="", cover_width=None, cover_height=None, processing="pending"
    )
    page = client.get(publication.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "/publications/covers/" not in text and "publication__cover" not in text
    assert "/publications/covers/" not in client.get("/publications/").content.decode()


# Searching the words inside ---------------------------------------------------------------


def test_words_inside_a_pdf_are_found_by_the_site_search_and_the_library(client):
    add_file(make_publication(title="Wildlife note"))
    make_publication("another", title="Another note")
    results = client.get("/search/?q=quokkas").content.decode()
    assert "Wildlife note" in results and "Another note" not in results
    assert "Publication · Factsheet" in results  # which kind of page the result is
    library = client.get("/publications/?q=quokkas Rottnest").content.decode()
    assert "Wildlife note" in library and "Another note" not in library
    assert "Wildlife note" not in client.get("/publications/?q=wombats").content.decode()
    # The title and summary still count.
    assert "Another note" in client.get("/publications/?q=another").content.decode()


def test_a_translated_page_finds_the_words_of_its_files(client):
    publication = make_publication(title="Wildlife note")
    publication.translations.create(language="ru", title="Заметка о природе")
    add_file(publication)
    results = client.get("/ru/search/?q=quokkas").content.decode()
    assert "Заметка о природе" in results
    assert "Заметка о природе" in client.get("/ru/publications/?q=quokkas").content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_on_postgresql_the_files_language_stems_the_words(client):
    add_file(make_publication(title="Wildlife note"))
    row = PublicationFile.objects.get()
    assert row.search_vector  # the document, in English
    # "elections" is the stem of "election", which the file has.
    assert "Wildlife note" in client.get("/publications/?q=elections").content.decode()


# Replaced, deleted, broken ----------------------------------------------------------------


def test_a_replaced_file_is_processed_again_and_its_old_cover_goes():
    row = add_file(make_publication())
    storage = row.cover.storage
    old_cover, old_renditions = row.cover.name, rendition_names(row)
    row.file.save("new.pdf", ContentFile(pdf(("A new text on wombats.",))), save=False)
    row.save()
    row.refresh_from_db()
    assert row.processing == PublicationFile.Processing.DONE
    assert row.page_count == 1 and "wombats" in row.text and "quokkas" not in row.text
    assert row.cover.name != old_cover and storage.exists(row.cover.name)
    assert not storage.exists(old_cover)
    assert not any(storage.exists(name) for name in old_renditions)


def test_a_task_for_a_replaced_or_deleted_file_does_nothing():
    row = add_file(make_publication())
    assert tasks.process_file.call(row.pk, "publications/old-name.pdf") == "replaced"
    assert tasks.process_file.call(row.pk, row.file.name) == "already done"  # idempotent
    cover = row.cover.name
    row.delete()
    assert tasks.process_file.call(row.pk, row.file.name) == "gone"
    assert not PublicationFile.objects.filter(cover=cover).exists()


def test_a_file_replaced_while_it_was_read_keeps_the_new_ones_result(monkeypatch):
    row = add_file(make_publication())
    first_name = row.file.name
    read = tasks.read_pdf

    def read_then_replace(data):
        result = read(data)
        PublicationFile.objects.filter(pk=row.pk).update(file="publications/replaced.pdf")
        return result

    monkeypatch.setattr(tasks, "read_pdf", read_then_replace)
    PublicationFile.objects.filter(pk=row.pk).update(processing="pending")
    before = set(row.cover.storage.listdir("publication-covers")[1])
    assert tasks.process_file.call(row.pk, first_name) == "replaced"
    row.refresh_from_db()
    assert row.processing == PublicationFile.Processing.PENDING
    # The cover made for the old file is not left behind.
    assert set(row.cover.storage.listdir("publication-covers")[1]) == before


def test_a_broken_pdf_is_marked_failed_and_its_page_still_answers(client, publisher):
    publication = make_publication()
    row = add_file(publication, b"%PDF-1.7\nnothing a reader can use\n%%EOF")
    assert row.processing == PublicationFile.Processing.FAILED
    assert row.processing_error and not row.cover and row.text == ""
    assert client.get(publication.get_absolute_url()).status_code == 200
    assert client.get("/publications/").status_code == 200
    change = publisher.get(reverse("admin:publications_publication_change", args=[publication.pk]))
    assert "Processing failed: " in change.content.decode()
    # Run again, it fails again, quietly: no crash loop.
    PublicationFile.objects.filter(pk=row.pk).update(processing="pending")
    assert tasks.process_file.call(row.pk, row.file.name) == "failed"


# When it runs -----------------------------------------------------------------------------


def test_the_task_is_queued_only_once_the_save_commits(monkeypatch):
    queued = []
    monkeypatch.setattr(tasks, "enqueue", lambda *args: queued.append(args))
    publication = make_publication()
    with transaction.atomic():
        row = PublicationFile(publication=publication, language="en", size=1)
        row.file.save("upload.pdf", ContentFile(pdf()), save=False)
        row.save()
        assert queued == []
    assert queued == [(row.pk, row.file.name)]
    with transaction.atomic():
        row.original_name = "renamed.pdf"
        row.save()  # the same file: nothing to process
    assert len(queued) == 1


def test_a_rolled_back_save_queues_nothing(monkeypatch):
    queued = []
    monkeypatch.setattr(tasks, "enqueue", lambda *args: queued.append(args))
    publication = make_publication()
    with pytest.raises(RuntimeError), transaction.atomic():
        row = PublicationFile(publication=publication, language="en", size=1)
        row.file.save("upload.pdf", ContentFile(pdf()), save=False)
        row.save()
        raise RuntimeError
    assert queued == []


def test_the_demo_files_are_processed_when_loaded(mission):
    assert load_publications() >= 3
    files = PublicationFile.objects.all()
    assert {row.processing for row in files} == {PublicationFile.Processing.DONE}
    assert all(row.cover and row.text for row in files)


def test_the_command_queues_the_unprocessed_files_or_all():
    row = add_file(make_publication())
    cover = row.cover.name
    call_command("process_publication_files", verbosity=0)
    row.refresh_from_db()
    assert row.cover.name == cover  # processed already: left as it is
    PublicationFile.objects.filter(pk=row.pk).update(processing="pending")
    call_command("process_publication_files", verbosity=0)
    row.refresh_from_db()
    assert row.processing == "done" and row.cover.name != cover
    cover = row.cover.name
    call_command("process_publication_files", "--all", verbosity=0)
    row.refresh_from_db()
    assert row.processing == "done" and row.cover.name != cover


# The admin and the covers' address --------------------------------------------------------


def test_the_process_again_action(publisher):
    row = add_file(make_publication())
    cover = row.cover.name
    response = publisher.post(
        reverse("admin:publications_publication_changelist"),
        {"action": "process_again", "_selected_action": [row.publication_id]},
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.processing == "done" and row.cover.name != cover


def test_the_process_again_action_needs_the_change_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    from tests import factories

    row = add_file(make_publication())
    cover = row.cover.name
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_publication"))
    factories.log_in_verified(client, viewer)
    response = client.post(
        reverse("admin:publications_publication_changelist"),
        {"action": "process_again", "_selected_action": [row.publication_id]},
    )
    assert response.status_code in (200, 302, 403)
    row.refresh_from_db()
    assert row.cover.name == cover


def test_a_drafts_cover_is_a_404_to_visitors_and_shown_to_editors(client, publisher):
    row = add_file(make_publication(status="draft"))
    url = row.photo_renditions.thumbnail.url
    assert client.get(url).status_code == 404
    response = publisher.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    for bad in (
        "/publications/covers/../x.jpg",
        "/publications/covers/CACHE/images/x",
        "/publications/covers/%00",
    ):
        assert client.get(bad).status_code == 404


# Query counts: a cover costs nothing more (the files are prefetched already) ----------------


def test_the_library_with_covers_keeps_its_query_count(client, mission, django_assert_num_queries):
    for number in range(5):
        publication = make_publication(f"factsheet-{number}", title=f"Factsheet {number}")
        publication.sources.add(mission)
        add_file(publication)
        add_file(publication, language="ru")
    client.get("/publications/")
    # As tests/test_publications.py pins it without covers (13), less the names of the fields
    # of work counted: these publications have none.
    with django_assert_num_queries(12):
        page = client.get("/publications/").content.decode()
    assert page.count("/publications/covers/") == 5


def test_a_publication_page_with_its_cover_keeps_its_query_count(
    client, mission, django_assert_num_queries
):
    publication = make_publication()
    publication.sources.add(mission)
    add_file(publication)
    client.get(publication.get_absolute_url())
    with django_assert_num_queries(7):
        page = client.get(publication.get_absolute_url()).content.decode()
    assert "publication__cover" in page


def test_a_very_long_first_page_gives_a_cover_of_its_top():
    from fpdf import FPDF

    document = FPDF(format=(100, 2000))  # millimetres: twenty times as high as wide
    document.add_page()
    document.set_font("Helvetica", size=12)
    document.cell(text="A strip of a page.")
    row = add_file(make_publication(), bytes(document.output()))
    assert row.processing == PublicationFile.Processing.DONE
    assert (row.cover_width, row.cover_height) == (1200, 4800)
