"""The publications library (issue 14, first step): upload validation, the public rule in each
language, the files' stable addresses and headers, the filters, mission staff's scope, and the
query counts of the library, a publication's page and the admin changelist."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from publications.forms import PublicationFileForm
from publications.models import Publication, PublicationFile
from seed.publications import load_publications, make_pdf
from tests import factories
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def pdf_bytes(pages=1, title="A factsheet"):
    return make_pdf(title, [f"Page {number}." for number in range(1, pages + 1)])


def upload(content, name="factsheet.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def rewritten(change):
    """A one-page PDF passed through pypdf's writer, with `change(writer)` applied."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes()))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def named_script(writer):
    """A document-level script, in the catalogue's JavaScript names tree."""
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(action)])}
    )
    names = DictionaryObject({NameObject("/JavaScript"): writer._add_object(tree)})
    writer._root_object[NameObject("/Names")] = writer._add_object(names)


def file_form_errors(content, name="factsheet.pdf"):
    form = PublicationFileForm(data={"language": "en"}, files={"file": upload(content, name)})
    form.is_valid()
    return form.errors.get("file", [])


def make_publication(slug="democratization-factsheet", *, status="published", sources=(), **extra):
    publication = Publication.objects.create(
        slug=slug,
        title=extra.pop("title", "Democratization factsheet"),
        summary=extra.pop("summary", "What the department does."),
        type=extra.pop("type", Publication.Type.FACTSHEET),
        status=status,
        published_at=extra.pop("published_at", timezone.now() - timedelta(hours=1)),
        **extra,
    )
    if sources:
        publication.sources.set(sources)
    return publication


def add_file(publication, language="en", pages=2):
    content = pdf_bytes(pages)
    row = PublicationFile(
        publication=publication, language=language, size=len(content), page_count=pages
    )
    row.file.save("upload.pdf", ContentFile(content), save=False)
    row.save()
    return row


# Validation -------------------------------------------------------------------------------


def test_a_plain_pdf_passes_and_its_pages_are_counted():
    form = PublicationFileForm(data={"language": "en"}, files={"file": upload(pdf_bytes(3))})
    assert form.is_valid(), form.errors
    assert form.pdf_info.page_count == 3


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"GIF89a not a pdf at all", "not a PDF"),
        (b"%PDF-1.7\n garbage that no reader can make sense of", "not a readable PDF"),
        (b"", "empty"),
    ],
)
def test_what_is_not_a_readable_pdf_is_a_form_error(content, words):
    errors = file_form_errors(content)
    assert errors and any(words in error for error in errors), errors


def test_an_encrypted_pdf_is_refused():
    content = rewritten(lambda writer: writer.encrypt("secret"))
    assert any("encrypted" in error for error in file_form_errors(content))


def test_a_pdf_with_javascript_is_refused():
    content = rewritten(lambda writer: named_script(writer))
    assert any("JavaScript" in error for error in file_form_errors(content))


def test_a_pdf_with_an_open_action_script_is_refused():
    def open_action(writer):
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert(1)"),
            }
        )
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)

    assert any("JavaScript" in error for error in file_form_errors(rewritten(open_action)))


def test_a_pdf_with_an_embedded_file_is_refused():
    content = rewritten(lambda writer: writer.add_attachment("notes.txt", b"hidden"))
    assert any("embedded" in error for error in file_form_errors(content))


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.PUBLICATION_MAX_FILE_BYTES = 100
    assert any("at most" in error for error in file_form_errors(pdf_bytes(2)))


def test_a_file_over_the_page_limit_is_refused(settings):
    settings.PUBLICATION_MAX_PAGES = 2
    assert any("pages" in error for error in file_form_errors(pdf_bytes(3)))


# The public rule ----------------------------------------------------------------------------


def test_a_publication_is_public_in_a_language_with_a_translation_only(client):
    publication = make_publication()
    english = reverse("publications:detail", kwargs={"slug": publication.slug})
    assert client.get(english).status_code == 200
    with translation.override("ru"):
        russian = reverse("publications:detail", kwargs={"slug": publication.slug})
    assert client.get(russian).status_code == 404
    assert publication.slug not in client.get("/ru/publications/").content.decode()
    publication.translations.create(language="ru", title="Справка о демократизации")
    assert client.get(russian).status_code == 200
    assert "Справка о демократизации" in client.get("/ru/publications/").content.decode()


def test_a_draft_is_nowhere(client):
    make_publication(status="draft")
    assert client.get("/publications/democratization-factsheet/").status_code == 404
    assert "Democratization factsheet" not in client.get("/publications/").content.decode()


# Files ---------------------------------------------------------------------------------------


def test_a_drafts_file_is_a_404(client):
    publication = make_publication(status="draft")
    add_file(publication)
    assert client.get("/publications/democratization-factsheet/en.pdf").status_code == 404


def test_a_public_file_comes_with_its_headers(client):
    publication = make_publication()
    row = add_file(publication, pages=2)
    response = client.get(row.get_absolute_url())
    assert row.get_absolute_url() == "/publications/democratization-factsheet/en.pdf"
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(row.size)
    assert response["Content-Disposition"].startswith("inline; filename=")
    assert "democratization-factsheet-en.pdf" in response["Content-Disposition"]
    assert "max-age=" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_file_in_another_language_or_a_bad_language_is_a_404(client):
    add_file(make_publication())
    assert client.get("/publications/democratization-factsheet/ru.pdf").status_code == 404
    assert client.get("/publications/democratization-factsheet/xx%00.pdf").status_code == 404
    assert client.get("/publications/democratization-factsheet/xx.pdf").status_code == 404


def test_the_stored_file_is_not_in_the_public_media(settings):
    row = add_file(make_publication())
    assert str(settings.PROTECTED_MEDIA_ROOT) in row.file.path
    assert not row.file.path.startswith(str(settings.MEDIA_ROOT))


def test_replacing_a_file_keeps_its_address(client):
    publication = make_publication()
    row = add_file(publication, pages=1)
    address, old_name = row.get_absolute_url(), row.file.name
    form = PublicationFileForm(
        data={"language": "en"}, files={"file": upload(pdf_bytes(4))}, instance=row
    )
    assert form.is_valid(), form.errors
    form.save()
    row.refresh_from_db()
    assert row.get_absolute_url() == address
    assert row.page_count == 4
    assert not row.file.storage.exists(old_name) or row.file.name == old_name
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Length"] == str(row.size)


def test_one_file_per_language(client):
    publication = make_publication()
    add_file(publication)
    duplicate = PublicationFile(publication=publication, language="en", file="x.pdf")
    with pytest.raises(Exception):  # noqa: B017 (the database's unique constraint)
        duplicate.validate_constraints()


# Filters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "year=nineteen",
        "year=99999999999999999999",
        "type=poem",
        "field=no-such-field",
        "country=%00",
        "language=xx",
        "q=%00",
        "source=" + "a" * 5000,
    ],
)
def test_bad_filters_are_a_400_never_a_500(client, query):
    make_publication()
    response = client.get(f"/publications/?{query}")
    assert response.status_code == 400


def test_filters_select_what_they_say(client, field, mission):
    make_publication(sources=[mission]).fields_of_work.add(field)
    make_publication("annual-report", title="Annual report", type=Publication.Type.REPORT)
    assert "Annual report" in client.get("/publications/?type=report").content.decode()
    assert "Annual report" not in client.get("/publications/?type=factsheet").content.decode()
    page = client.get(f"/publications/?field={field.slug}").content.decode()
    assert "Democratization factsheet" in page and "Annual report" not in page
    page = client.get(f"/publications/?source={mission.slug}").content.decode()
    assert "Democratization factsheet" in page and "Annual report" not in page
    page = client.get("/publications/?q=annual").content.decode()
    assert "Annual report" in page and "Democratization factsheet" not in page


# Mission staff ------------------------------------------------------------------------------


def admin_form(publication, **overrides):
    data = {
        "type": publication.type,
        "title": publication.title,
        "slug": publication.slug,
        "status": publication.status,
        "published_at_0": timezone.localtime(publication.published_at).strftime("%Y-%m-%d"),
        "published_at_1": timezone.localtime(publication.published_at).strftime("%H:%M:%S"),
        "published_on": publication.published_on.isoformat(),
        "summary": publication.summary,
        "tags": "",
        "sources": [source.pk for source in publication.sources.all()],
        "opened_version": publication.updated_at.isoformat(),
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "files-TOTAL_FORMS": "0",
        "files-INITIAL_FORMS": "0",
        "_save": "Save",
    }
    data.update(overrides)
    return data


def test_mission_staff_change_their_operations_publications_only(serbia_staff, mission):
    other = factories.make_operation("Mission to Moldova")
    own = make_publication(sources=[mission])
    theirs = make_publication("moldova-report", title="Moldova report", sources=[other])
    url = reverse("admin:publications_publication_change", args=[theirs.pk])
    assert serbia_staff.get(url).status_code in (302, 404)
    response = serbia_staff.post(url, admin_form(theirs, title="Changed"))
    assert response.status_code in (302, 404) and "admin/login" not in response.get("Location", "")
    theirs.refresh_from_db()
    assert theirs.title == "Moldova report"

    changelist = serbia_staff.get(reverse("admin:publications_publication_changelist"))
    assert "Democratization factsheet" in changelist.content.decode()
    assert "Moldova report" not in changelist.content.decode()

    url = reverse("admin:publications_publication_change", args=[own.pk])
    data = change_form_data(serbia_staff, own, title="Renamed factsheet")
    response = serbia_staff.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.title == "Renamed factsheet"

    # Nor may they hand their publication to another operation.
    own.refresh_from_db()
    response = serbia_staff.post(url, change_form_data(serbia_staff, own, sources=[other.pk]))
    assert response.status_code == 200
    assert list(own.sources.values_list("pk", flat=True)) == [mission.pk]


def test_an_editor_adds_a_draft_with_a_file(editor, mission):
    data = {
        "type": "factsheet",
        "title": "New factsheet",
        "slug": "new-factsheet",
        "status": "draft",
        "published_at_0": "2026-01-05",
        "published_at_1": "10:00:00",
        "published_on": "2026-01-05",
        "summary": "",
        "tags": "",
        "sources": [mission.pk],
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-language": "en",
        "files-0-file": upload(pdf_bytes(2)),
        "_save": "Save",
    }
    response = editor.post(reverse("admin:publications_publication_add"), data)
    assert response.status_code == 302
    row = PublicationFile.objects.get(publication__slug="new-factsheet")
    assert (row.page_count, row.original_name) == (2, "factsheet.pdf")


def test_an_editor_posting_a_script_pdf_gets_a_form_error(editor, mission):
    content = rewritten(lambda writer: named_script(writer))
    data = {
        "type": "factsheet",
        "title": "Scripted",
        "slug": "scripted",
        "status": "draft",
        "published_at_0": "2026-01-05",
        "published_at_1": "10:00:00",
        "published_on": "2026-01-05",
        "sources": [mission.pk],
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-language": "en",
        "files-0-file": upload(content),
        "_save": "Save",
    }
    response = editor.post(reverse("admin:publications_publication_add"), data)
    assert response.status_code == 200
    assert "JavaScript" in response.content.decode()
    assert not Publication.objects.filter(slug="scripted").exists()


# Demo content -------------------------------------------------------------------------------


def test_the_demo_publications_load_once(mission):
    added = load_publications()
    assert added >= 3
    assert load_publications() == 0
    factsheet = Publication.objects.get(slug="mission-to-serbia-roma-inclusion-factsheet")
    assert factsheet.files.get().page_count == 3


# Query counts -------------------------------------------------------------------------------


def many_publications(mission, field, count=5):
    for number in range(count):
        publication = make_publication(
            f"factsheet-{number}", title=f"Factsheet {number}", sources=[mission]
        )
        publication.fields_of_work.add(field)
        add_file(publication)
        add_file(publication, language="ru")


def test_the_library_query_count(client, mission, field, django_assert_num_queries):
    many_publications(mission, field)
    client.get("/publications/")  # warm the menus and footer caches
    # The count and the page, its sources, fields and files; the six facets' counts and the
    # names of the fields, sources and States counted (tests/test_library.py: filtered).
    with django_assert_num_queries(13):
        assert client.get("/publications/").status_code == 200


def test_a_publication_page_query_count(client, mission, field, django_assert_num_queries):
    many_publications(mission, field, count=1)
    client.get("/publications/factsheet-0/")
    with django_assert_num_queries(7):
        assert client.get("/publications/factsheet-0/").status_code == 200


def test_a_file_query_count(client, mission, field, django_assert_num_queries):
    many_publications(mission, field, count=1)
    with django_assert_num_queries(1):
        assert client.get("/publications/factsheet-0/ru.pdf").status_code == 200


def test_the_admin_changelist_query_count(editor_client, mission, field, django_assert_num_queries):
    many_publications(mission, field)
    url = reverse("admin:publications_publication_changelist")
    editor_client.get(url)
    with django_assert_num_queries(14):
        assert editor_client.get(url).status_code == 200


def test_a_departments_page_lists_its_published_factsheets(
    client, mission, field, django_assert_num_queries
):
    department = factories.make_department(mission, "Democratization")
    factsheet = make_publication(sources=[mission])
    factsheet.departments.add(department)
    add_file(factsheet)
    draft = make_publication("draft-factsheet", title="Draft factsheet", status="draft")
    draft.departments.add(department)
    report = make_publication("a-report", title="A report", type=Publication.Type.REPORT)
    report.departments.add(department)
    url = department.get_absolute_url()
    page = client.get(url).content.decode()
    assert "Democratization factsheet" in page
    assert "/publications/democratization-factsheet/en.pdf" in page
    assert "Draft factsheet" not in page and "A report" not in page
    # With the menus and the footer cached: the factsheets, and their issuers, fields of work
    # and files, one query each however many there are (tests/test_departments.py pins the
    # page with nothing cached and no factsheet).
    with django_assert_num_queries(13):
        client.get(url)
