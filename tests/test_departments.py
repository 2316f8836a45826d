"""A field operation's departments (issue 13): the Democratization Department of the Mission to
Serbia at /field-operations/mission-to-serbia/democratization/, with its sub-sections in order,
its own gallery (each photograph enlarged on the same page, without JavaScript), its fields of
work and their latest news from the operation, linked from the operation's "Our work" section;
in other languages where translated, with its old addresses redirected, and within the editorial
scope of mission staff in the admin. The operation's page shows its mandate and contact details.
"""

import re
from datetime import date

import pytest
import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from missions.models import (
    Department,
    DepartmentSection,
    DepartmentSectionTranslation,
    DepartmentTranslation,
    FieldOperationTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
)
from structures.models import StructureTranslation
from tests import factories
from tests.admin_forms import form_page_data
from tests.test_operation_scopes import admin_url, new_inline_row, png, snapshot

pytestmark = pytest.mark.django_db

ADDRESS = "/field-operations/mission-to-serbia/democratization/"
DEPARTMENT_TABLES = (Department, DepartmentSection, DepartmentTranslation, GalleryPhoto)


@pytest.fixture
def human_rights(db):
    return factories.make_field("Human rights")


@pytest.fixture
def department(mission, field, human_rights):
    return factories.make_department(
        mission,
        "Democratization",
        intro="The department works with institutions and civil society.",
        gallery_title="Democratization activities in pictures",
        fields=[field, human_rights],
    )


def add_section(department, position, title, **extra):
    return DepartmentSection.objects.create(
        department=department, position=position, title=title, text=f"<p>{title}.</p>", **extra
    )


def add_photo(department, position, caption, credit="OSCE"):
    return GalleryPhoto.objects.create(
        department=department,
        position=position,
        photo=png(),
        photo_alt=f"Alt for {caption}",
        photo_caption=caption,
        photo_credit=credit,
    )


def in_russian(operation):
    """The operation's page in Russian: its names and its page's texts."""
    StructureTranslation.objects.create(
        item=operation.structure_ptr, language="ru", name="Миссия в Сербии"
    )
    FieldOperationTranslation.objects.create(item=operation, language="ru", tagline="Т.")


def main(response):
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


# The page ---------------------------------------------------------------------------------------


def test_the_department_is_at_its_address_under_the_operation(client, department):
    assert department.get_absolute_url() == ADDRESS
    response = client.get(ADDRESS)

    assert response.status_code == 200
    body = main(response)
    assert "<h1>Democratization</h1>" in body
    assert "works with institutions and civil society" in body
    assert '<a href="/field-operations/mission-to-serbia/">OSCE Mission to Serbia</a>' in body
    assert f'<a href="{ADDRESS}" aria-current="page">Democratization</a>' in body
    assert 'href="/fields-of-work/elections/"' in body and "Human rights" in body


@pytest.mark.parametrize(
    "path",
    [
        "/field-operations/mission-to-serbia/no-such-department/",
        "/field-operations/no-such-mission/democratization/",
    ],
)
def test_unknown_addresses_are_404(client, department, path):
    assert client.get(path).status_code == 404


def test_another_operations_department_is_not_under_this_one(client, department, mission):
    kosovo = factories.make_operation("Mission in Kosovo")
    factories.make_department(kosovo, "Media")
    assert client.get("/field-operations/mission-to-serbia/media/").status_code == 404
    assert client.get("/field-operations/mission-in-kosovo/media/").status_code == 200


def test_an_unpublished_department_is_not_public(client, department):
    department.is_published = False
    department.save()

    assert client.get(ADDRESS).status_code == 404
    assert not Department.objects.published().exists()
    assert not department.is_public_in("en")


def test_editors_preview_an_unpublished_department_marked_and_never_cached(
    editor_client, department
):
    department.is_published = False
    department.save()

    response = editor_client.get(ADDRESS)

    assert response.status_code == 200
    assert "<strong>Preview</strong>" in response.content.decode()
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_mission_staff_preview_only_their_own_operations_departments(
    serbia_staff, department, mission
):
    kosovo = factories.make_operation("Mission in Kosovo")
    factories.make_department(kosovo, "Media", is_published=False)
    department.is_published = False
    department.save()

    assert serbia_staff.get(ADDRESS).status_code == 200
    assert serbia_staff.get("/field-operations/mission-in-kosovo/media/").status_code == 404


def test_sub_sections_are_in_the_editors_order(client, department):
    add_section(department, 3, "Environmental affairs")
    add_section(department, 1, "Democratic governance")
    add_section(department, 2, "Security sector reform")

    response = client.get(ADDRESS)

    titles = [section.title for section in response.context["sections"]]
    assert titles == ["Democratic governance", "Security sector reform", "Environmental affairs"]
    headings = re.findall(r'<h2 id="section-\d+">([^<]+)</h2>', main(response))
    assert headings == titles


def test_mandate_and_contact_details_on_the_operations_page(client, mission):
    mission.mandate_decision = "Permanent Council Decision No. 401"
    mission.mandate_date = date(2001, 1, 11)
    mission.mandate_text = "Assists the host country's institutions."
    mission.contact_address = "Street 1\nBelgrade"
    mission.contact_telephone = "+381 11 000 000"
    mission.contact_email = "press@example.org"
    mission.save()

    body = main(client.get(mission.get_absolute_url()))

    assert '<h2 id="mandate">Mandate</h2>' in body
    assert (
        '<span>Permanent Council Decision No. 401</span>, <time datetime="2001-01-11">'
        "11 January 2001</time>" in body
    )
    assert "Assists the host country" in body
    assert "Street 1<br>Belgrade" in body
    assert 'href="tel:+38111000000"' in body
    assert 'href="mailto:press@example.org"' in body


def test_no_mandate_or_contact_section_where_none_is_known(client, mission):
    body = main(client.get(mission.get_absolute_url()))
    assert 'id="mandate"' not in body and 'id="contact"' not in body


# The gallery ------------------------------------------------------------------------------------


def test_the_gallery_has_captions_credits_and_an_enlarged_view_without_javascript(
    client, department
):
    add_photo(department, 2, "Second, Belgrade", credit="OSCE")
    add_photo(department, 1, "First, Belgrade, 11 October 2012", credit="OSCE/Milan Obradovic")

    body = main(client.get(ADDRESS))

    assert '<h2 id="gallery">Democratization activities in pictures</h2>' in body
    assert "First, Belgrade, 11 October 2012 (OSCE/Milan Obradovic)</figcaption>" in body
    assert "Second, Belgrade (OSCE)</figcaption>" in body
    # Each thumbnail is a link to its enlarged view on the page, which takes the focus.
    thumbnails = re.findall(r'<a class="photo__link" href="#([\w-]+)" id="([\w-]+)">', body)
    assert thumbnails == [("gallery-1", "gallery-thumb-1"), ("gallery-2", "gallery-thumb-2")]
    views = re.findall(
        r'<div class="gallery__view" id="([\w-]+)" tabindex="-1" role="group" '
        r'aria-label="([^"]+)">',
        body,
    )
    assert views == [("gallery-1", "Photograph 1 of 2"), ("gallery-2", "Photograph 2 of 2")]
    first = body.split('id="gallery-1"', 1)[1].split('id="gallery-2"', 1)[0]
    assert 'alt="Alt for First, Belgrade, 11 October 2012"' in first
    assert '<a href="#gallery-2">Next photograph</a>' in first
    assert "Previous photograph" not in first
    assert '<a href="#gallery-thumb-1">Back to the gallery</a>' in first
    second = body.split('id="gallery-2"', 1)[1].split('<ul class="gallery__grid">', 1)[0]
    assert '<a href="#gallery-1">Previous photograph</a>' in second
    assert "Next photograph" not in second


def test_the_enlarged_view_shows_only_as_the_target(settings):
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    assert re.search(r"\.gallery__view \{ display: none;", css)
    assert ".gallery__view:target { display: block; }" in css
    assert ".gallery__view:focus { outline:" in css


def test_the_operations_gallery_and_the_departments_are_apart(client, department, mission):
    own = GalleryPhoto.objects.create(
        operation=mission, position=1, photo=png(), photo_alt="x", photo_caption="Mission photo"
    )
    theirs = add_photo(department, 1, "Department photo")

    assert theirs.operation == mission  # a department's photograph is its operation's
    operation_page = client.get(mission.get_absolute_url())
    department_page = client.get(ADDRESS)
    assert list(operation_page.context["photos"]) == [own]
    assert list(department_page.context["photos"]) == [theirs]
    assert "Mission to Serbia in pictures" in operation_page.content.decode()


def test_the_operations_gallery_links_to_enlarged_views_too(client, mission):
    GalleryPhoto.objects.create(operation=mission, photo=png(), photo_alt="x", photo_caption="One")

    body = main(client.get(mission.get_absolute_url()))

    assert '<a class="photo__link" href="#gallery-1" id="gallery-thumb-1">' in body
    assert '<div class="gallery__view" id="gallery-1" tabindex="-1"' in body


# Latest news ------------------------------------------------------------------------------------


def test_latest_news_are_the_operations_in_the_departments_fields(
    client, department, mission, field, human_rights, other_field, chairpersonship
):
    in_field = factories.make_release("Elections news", sources=[mission], fields=[field])
    in_other = factories.make_release("Rights news", sources=[mission], fields=[human_rights])
    factories.make_release("Rule of law news", sources=[mission], fields=[other_field])
    factories.make_release("Chair news", sources=[chairpersonship], fields=[field])
    factories.make_draft("Draft news", sources=[mission], fields=[field])

    response = client.get(ADDRESS)

    assert {release.pk for release in response.context["releases"]} == {in_field.pk, in_other.pk}
    link = re.search(r'class="more-link" href="([^"]+)"', main(response)).group(1)
    assert link == "/news/?source=mission-to-serbia&amp;field=elections&amp;field=human-rights"


def test_no_news_without_fields_of_work(client, department, mission, field):
    department.fields_of_work.clear()
    factories.make_release("Elections news", sources=[mission], fields=[field])

    response = client.get(ADDRESS)

    assert list(response.context["releases"]) == []
    assert "No news from the operation in these fields yet." in response.content.decode()


# "Our work" -------------------------------------------------------------------------------------


def test_the_our_work_section_links_to_its_department(client, department, mission):
    section = factories.make_section(mission, "Democratization")
    factories.make_section(mission, "Media")
    department.work_section = section
    department.save()

    body = main(client.get(mission.get_absolute_url()))

    assert body.count("More about") == 1
    democratization = body.split('id="section-', 2)[1]
    link = f'<a class="more-link" href="{ADDRESS}">More about Democratization</a>'
    assert link in democratization


def test_no_link_to_an_unpublished_department(client, department, mission):
    department.work_section = factories.make_section(mission, "Democratization")
    department.is_published = False
    department.save()

    assert "More about" not in main(client.get(mission.get_absolute_url()))


def test_a_section_of_another_operation_is_refused(department):
    kosovo = factories.make_operation("Mission in Kosovo")
    department.work_section = factories.make_section(kosovo, "Democratization")

    with pytest.raises(ValidationError, match="own operation"):
        department.full_clean()


# Languages --------------------------------------------------------------------------------------


RUSSIAN = "/ru" + ADDRESS


def test_no_page_in_a_language_without_its_translation(client, department, mission):
    in_russian(mission)

    response = client.get(RUSSIAN)

    assert response.status_code == 404
    assert f'href="{ADDRESS}"' in response.content.decode()  # the languages it has


def test_no_page_in_a_language_its_operation_has_no_page_in(client, department):
    DepartmentTranslation.objects.create(item=department, language="ru", title="Демократизация")

    assert client.get(RUSSIAN).status_code == 404
    assert not department.is_public_in("ru")
    assert not Department.objects.in_language("ru").exists()


def test_the_translated_page_shows_what_is_translated_with_hreflang(client, department, mission):
    in_russian(mission)
    translated = add_section(department, 1, "Democratic governance")
    add_section(department, 2, "Security sector reform")
    DepartmentSectionTranslation.objects.create(
        item=translated, language="ru", title="Демократическое управление", text="<p>Текст.</p>"
    )
    photo = add_photo(department, 1, "Conference")
    add_photo(department, 2, "Untranslated photo")
    GalleryPhotoTranslation.objects.create(
        item=photo, language="ru", photo_caption="Конференция", photo_alt="Участники"
    )
    DepartmentTranslation.objects.create(
        item=department, language="ru", title="Демократизация", slug="demokratizatsiya"
    )
    address = "/ru/field-operations/mission-to-serbia/demokratizatsiya/"

    assert client.get(RUSSIAN).status_code == 301  # the English slug finds it
    assert client.get(RUSSIAN)["Location"] == address
    response = client.get(address)

    assert response.status_code == 200
    body = main(response)
    assert "<h1>Демократизация</h1>" in body
    assert [s.title for s in response.context["sections"]] == ["Демократическое управление"]
    assert [p.photo_caption for p in response.context["photos"]] == ["Конференция"]
    assert ">Миссия в Сербии</a>" in body  # the breadcrumbs name the operation in Russian
    english = client.get(ADDRESS).content.decode()
    assert f'hreflang="ru" href="http://testserver{address}"' in english
    assert Department.objects.in_language("ru").get() == department


def test_a_translations_public_rule_agrees_with_its_rows(department, mission):
    row = DepartmentTranslation.objects.create(item=department, language="ru", title="Д")
    assert not row.is_public() and not DepartmentTranslation.public_rows().exists()
    in_russian(mission)
    row = DepartmentTranslation.objects.get(pk=row.pk)
    assert row.is_public() and DepartmentTranslation.public_rows().get() == row
    department.is_published = False
    department.save()
    row = DepartmentTranslation.objects.get(pk=row.pk)
    assert not row.is_public() and not DepartmentTranslation.public_rows().exists()


def test_the_sitemap_lists_each_language_version(client, department, mission):
    in_russian(mission)
    DepartmentTranslation.objects.create(item=department, language="ru", title="Демократизация")
    factories.make_department(mission, "Draft department", is_published=False)

    text = client.get("/sitemap-departments.xml").content.decode()

    assert f"<loc>http://testserver{ADDRESS}</loc>" in text
    assert f"<loc>http://testserver/ru{ADDRESS}</loc>" in text
    assert "draft-department" not in text
    assert "departments" in client.get("/sitemap.xml").content.decode()


# Old addresses ----------------------------------------------------------------------------------


def test_a_renamed_department_redirects_its_old_address(client, department):
    department.slug = "democratic-institutions"
    department.save()

    response = client.get(ADDRESS)

    assert response.status_code == 301
    assert response["Location"] == "/field-operations/mission-to-serbia/democratic-institutions/"


def test_a_renamed_operation_redirects_its_departments_old_addresses(client, department, mission):
    mission.slug = "osce-mission-to-serbia"
    mission.save()

    response = client.get(ADDRESS)

    assert response.status_code == 301
    assert response["Location"] == "/field-operations/osce-mission-to-serbia/democratization/"


def test_a_renamed_translation_redirects_its_old_address(client, department, mission):
    in_russian(mission)
    row = DepartmentTranslation.objects.create(
        item=department, language="ru", title="Демократизация", slug="demokratiya"
    )
    row.slug = "demokratizatsiya"
    row.save()

    response = client.get("/ru/field-operations/mission-to-serbia/demokratiya/")

    assert response.status_code == 301
    assert response["Location"] == "/ru/field-operations/mission-to-serbia/demokratizatsiya/"


def test_an_unpublished_departments_old_address_is_not_kept(client, department):
    department.is_published = False
    department.save()
    department.slug = "renamed"
    department.save()

    assert client.get(ADDRESS).status_code == 404


# The query count --------------------------------------------------------------------------------


def count_queries(client, url):
    """Queries of a request with nothing cached (the menus): the upper bound."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# One more each than before the editable footer: its row (none here); and one more for the
# Leadership menu's positions (none here); and one more for its factsheets (none here:
# tests/test_publications.py pins them); and one more for the Meetings and conferences menu's
# series.
@pytest.mark.parametrize(("url", "pinned"), [(ADDRESS, 21), (RUSSIAN, 25)])
def test_the_query_count_is_pinned_and_does_not_grow_with_content(
    client, department, mission, field, url, pinned
):
    in_russian(mission)
    DepartmentTranslation.objects.create(item=department, language="ru", title="Д")
    factories.make_release(sources=[mission], fields=[field])

    def add_content(number):
        section = add_section(department, number, f"Section {number}")
        photo = add_photo(department, number, f"Photo {number}")
        DepartmentSectionTranslation.objects.create(item=section, language="ru", title="Р")
        GalleryPhotoTranslation.objects.create(item=photo, language="ru", photo_alt="Ф")

    add_content(1)
    few = count_queries(client, url)
    for number in range(2, 8):
        add_content(number)
    factories.make_release(sources=[mission], fields=[field])
    many = count_queries(client, url)

    assert few == many == pinned


# Revisions --------------------------------------------------------------------------------------


def test_a_revert_restores_the_sub_sections_and_the_gallery(editor_client, department):
    section = add_section(department, 1, "Democratic governance")
    add_photo(department, 1, "Conference")
    with reversion.create_revision():
        department.save()
        section.save()
        for photo in department.gallery.all():
            photo.save()
    old = Version.objects.get_for_object(department).get()
    section.title = "Changed since"
    section.save()
    add_section(department, 2, "Added since")
    department.gallery.all().delete()

    url = admin_url(department, "revision", old.pk)
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    assert list(department.sections.values_list("title", flat=True)) == ["Democratic governance"]
    assert list(department.gallery.values_list("photo_caption", flat=True)) == ["Conference"]


def test_a_sub_sections_revert_keeps_its_translations(editor_client, department):
    section = add_section(department, 1, "Human rights")
    DepartmentSectionTranslation.objects.create(item=section, language="ru", title="Права")
    with reversion.create_revision():
        section.save()
    old = Version.objects.get_for_object(section).get()
    section.title = "Changed since"
    section.save()

    url = admin_url(section, "revision", old.pk)
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    section.refresh_from_db()
    assert section.title == "Human rights"
    assert list(section.translations.values_list("title", flat=True)) == ["Права"]


def test_reverting_the_operation_leaves_its_departments_photographs(
    editor_client, department, mission
):
    with reversion.create_revision():
        mission.save()
    old = Version.objects.get_for_object(mission).get()
    photo = add_photo(department, 1, "Added since")

    url = admin_url(mission, "revision", old.pk)
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    assert GalleryPhoto.objects.filter(pk=photo.pk).exists()


# The admin and mission staff -------------------------------------------------------------------


@pytest.fixture
def kosovo_department(db):
    kosovo = factories.make_operation("Mission in Kosovo", full_name="OSCE Mission in Kosovo")
    department = factories.make_department(kosovo, "Kosovo democratization")
    add_section(department, 1, "Kosovo section")
    add_photo(department, 1, "Kosovo photo")
    return department


def test_editors_add_a_department_with_its_sub_sections_and_gallery(editor, mission, field):
    section = factories.make_section(mission, "Democratization")
    data = form_page_data(
        editor,
        admin_url(Department, "add"),
        operation=str(mission.pk),
        title="Democratization",
        slug="democratization",
        is_published="on",
        intro="An introduction.",
        work_section=str(section.pk),
        fields_of_work=[str(field.pk)],
    )
    new_inline_row(data, "sections", position="1", title="Human rights", text="<p>Text.</p>")
    new_inline_row(data, "gallery", position="1", photo=png(), photo_alt="A workshop")

    response = editor.post(admin_url(Department, "add"), data)

    assert response.status_code == 302, response.context and response.context.get("errors")
    department = Department.objects.get()
    assert department.get_absolute_url() == ADDRESS
    assert list(department.sections.values_list("title", flat=True)) == ["Human rights"]
    assert department.gallery.get().operation == mission
    assert department.work_section == section
    assert Version.objects.get_for_object(department).count() == 1


def test_editors_change_but_do_not_delete_departments(editor, department):
    url = admin_url(department, "change")
    response = editor.post(url, form_page_data(editor, url, title="Democratic institutions"))

    assert response.status_code == 302
    department.refresh_from_db()
    assert department.title == "Democratic institutions"
    assert editor.post(admin_url(department, "delete"), {"post": "yes"}).status_code == 403
    assert Department.objects.filter(pk=department.pk).exists()


def test_the_operation_of_a_department_is_not_changed_in_its_form(editor, department):
    kosovo = factories.make_operation("Mission in Kosovo")
    url = admin_url(department, "change")

    response = editor.post(url, form_page_data(editor, url, operation=str(kosovo.pk)))

    assert response.status_code == 302
    department.refresh_from_db()
    assert department.operation_id != kosovo.pk


@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_operations_department_is_not_there_for_mission_staff(
    serbia_staff, kosovo_department, view
):
    assert serbia_staff.get(admin_url(kosovo_department, view)).status_code == 404


def test_mission_staff_cannot_change_another_operations_department_by_posting(
    serbia_staff, editor, kosovo_department, mission
):
    url = admin_url(kosovo_department, "change")
    data = form_page_data(editor, url, title="Hijacked", is_published="")
    new_inline_row(data, "sections", position="9", title="Hijacked section")
    new_inline_row(data, "gallery", position="9", photo=png(), photo_alt="Hijacked photo")
    before = snapshot(*DEPARTMENT_TABLES)

    assert serbia_staff.post(url, data).status_code == 404
    delete = admin_url(kosovo_department, "delete")
    assert serbia_staff.post(delete, {"post": "yes"}).status_code in (403, 404)
    section = kosovo_department.sections.get()
    photo = kosovo_department.gallery.get()
    section_url = admin_url(section, "change")
    assert serbia_staff.post(section_url, form_page_data(editor, section_url)).status_code == 404
    photo_url = admin_url(photo, "change")
    assert serbia_staff.post(photo_url, form_page_data(editor, photo_url)).status_code == 404
    assert snapshot(*DEPARTMENT_TABLES) == before


def test_mission_staff_cannot_revert_or_compare_another_operations_department(
    serbia_staff, kosovo_department
):
    with reversion.create_revision():
        kosovo_department.save()
    old = Version.objects.get_for_object(kosovo_department).get()
    kosovo_department.title = "Changed since"
    kosovo_department.save()
    before = snapshot(*DEPARTMENT_TABLES)

    revision = admin_url(kosovo_department, "revision", old.pk)
    assert serbia_staff.get(revision).status_code == 404
    assert serbia_staff.post(revision, {"_save": "Save"}).status_code == 404
    compare = admin_url(kosovo_department, "compare")
    assert serbia_staff.get(compare, {"version_id1": old.pk}).status_code == 404
    assert serbia_staff.get(admin_url(Department, "recoverlist")).status_code == 403
    assert snapshot(*DEPARTMENT_TABLES) == before


def test_mission_staff_add_departments_to_their_own_operation_only(
    serbia_staff, editor, mission, kosovo_department
):
    kosovo = kosovo_department.operation
    kosovo_section = factories.make_section(kosovo, "Democratization")
    form = serbia_staff.get(admin_url(Department, "add")).context["adminform"].form
    assert list(form.fields["operation"].queryset) == [mission]
    assert kosovo_section not in form.fields["work_section"].queryset
    before = snapshot(*DEPARTMENT_TABLES)

    for values in [
        {"operation": str(kosovo.pk)},
        {"operation": str(mission.pk), "work_section": str(kosovo_section.pk)},
    ]:
        data = form_page_data(
            serbia_staff, admin_url(Department, "add"), title="Media", slug="media", **values
        )
        response = serbia_staff.post(admin_url(Department, "add"), data)
        assert response.status_code == 200  # the form again, with its error
        assert snapshot(*DEPARTMENT_TABLES) == before

    data = form_page_data(
        serbia_staff,
        admin_url(Department, "add"),
        operation=str(mission.pk),
        title="Media",
        slug="media",
    )
    assert serbia_staff.post(admin_url(Department, "add"), data).status_code == 302
    assert Department.objects.get(slug="media").operation == mission


def test_mission_staff_list_and_translate_their_own_departments_only(
    serbia_staff, department, kosovo_department
):
    listed = serbia_staff.get(admin_url(Department, "changelist")).context["cl"].result_list
    assert list(listed) == [department]
    section = add_section(department, 1, "Human rights")
    sections = serbia_staff.get(admin_url(DepartmentSection, "changelist"))
    assert list(sections.context["cl"].result_list) == [section]
    url = admin_url(section, "change")
    data = form_page_data(
        serbia_staff,
        url,
        **{
            "translations-TOTAL_FORMS": "1",
            "translations-0-language": "ru",
            "translations-0-title": "Права человека",
        },
    )
    assert serbia_staff.post(url, data).status_code == 302
    assert DepartmentSectionTranslation.objects.get(item=section).title == "Права человека"


def test_the_translation_board_lists_departments_and_their_sub_sections(editor_client, department):
    add_section(department, 1, "Human rights")
    board = editor_client.get(reverse("translation-board"))

    types = dict(board.context["form"].fields["type"].choices)
    assert types["missions.department"] == "Departments"
    assert types["missions.departmentsection"] == "Department sub-sections"
    listed = editor_client.get(reverse("translation-board"), {"type": "missions.department"})
    assert "Democratization" in listed.content.decode()


def changelist_queries(client, url):
    client.get(url)  # warm up: session, permissions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.context["cl"].result_count


@pytest.mark.parametrize("model", [Department, DepartmentSection, GalleryPhoto])
def test_the_changelists_run_a_fixed_number_of_queries(editor_client, model):
    def make(count):
        for _ in range(count):
            department = factories.make_department(factories.make_operation())
            add_section(department, 1, "Section")
            add_photo(department, 1, "Photo")

    url = admin_url(model, "changelist")
    make(3)
    few_queries, few_rows = changelist_queries(editor_client, url)
    make(12)
    many_queries, many_rows = changelist_queries(editor_client, url)

    assert many_rows == few_rows + 12
    assert many_queries == few_queries


# The demo content -------------------------------------------------------------------------------


def test_the_demo_has_the_democratization_department_of_the_mission_to_serbia(client):
    call_command("load_demo_content", verbosity=0)
    department = Department.objects.get(operation__slug="mission-to-serbia")
    department.title = "Democratization (edited)"
    department.save()
    counts = [model.objects.count() for model in DEPARTMENT_TABLES]

    call_command("load_demo_content", verbosity=0)  # adds nothing, changes nothing

    assert [model.objects.count() for model in DEPARTMENT_TABLES] == counts
    department.refresh_from_db()
    assert department.title == "Democratization (edited)"
    response = client.get(ADDRESS)
    assert response.status_code == 200
    assert [section.title for section in response.context["sections"]] == [
        "Democratic governance",
        "Security sector reform",
        "Human rights",
        "Equal opportunities",
        "Environmental affairs",
    ]
    credits = [photo.photo_credit for photo in response.context["photos"]]
    assert credits == ["OSCE/Milan Obradovic", "OSCE", "OSCE"]
    assert {field.slug for field in department.fields_of_work.all()} == {
        "democratization",
        "elections",
        "gender-equality",
        "human-rights",
        "environmental-activities",
    }
    operation_page = main(client.get("/field-operations/mission-to-serbia/"))
    assert f'href="{ADDRESS}">More about Democratization (edited)</a>' in operation_page
    assert "Permanent Council Decision No. 401" in operation_page
    assert '<time datetime="2001-01-11">11 January 2001</time>' in operation_page
    serbian = client.get("/sr" + ADDRESS)
    assert serbian.status_code == 200
    assert "<h1>Демократизација</h1>" in main(serbian)
    assert serbian.context["sections"] == [] and serbian.context["photos"] == []
    assert client.get("/ru" + ADDRESS).status_code == 404  # not translated into Russian


def test_mission_staff_translate_their_department_from_the_board(serbia_staff, department):
    content_type = ContentType.objects.get_for_model(department)
    url = f"/admin/translations/{content_type.pk}/{department.pk}/sr/"

    shown = serbia_staff.get(url)
    assert shown.status_code == 200
    assert shown.context["form"]["title"].value() == "Democratization"
    response = serbia_staff.post(
        url, {"title": "Демократизација", "slug": "", "intro": "Увод.", "gallery_title": ""}
    )

    assert response.status_code == 302
    assert DepartmentTranslation.objects.get(item=department, language="sr").title == (
        "Демократизација"
    )
    kosovo = factories.make_department(factories.make_operation("Mission in Kosovo"), "Media")
    other = f"/admin/translations/{content_type.pk}/{kosovo.pk}/sr/"
    assert serbia_staff.post(other, {"title": "Медији"}).status_code == 404
    assert not kosovo.translations.exists()
