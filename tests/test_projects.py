"""Projects (issue 14): the public rule in each language and its agreement with `published()`,
the list's filters and their 400s, a project's page, its photograph's privacy, the end-date
rule, mission staff's scope by direct posts, bulk actions, the sitemap and the site search, the
Fields of work menu's item, the demo content, and the pinned query counts."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from core import menus
from core.workflow import Status
from projects.models import Project
from projects.views import ProjectListView
from seed.images import draw_photo
from seed.projects import load_projects
from tests import factories
from tests.admin_forms import NO_TRANSLATIONS, change_form_data
from tests.test_hostile_input import QUERY_CASES, assert_safe_answer

pytestmark = pytest.mark.django_db


def make_project(slug="voter-education", *, status="published", sources=(), fields=(), **extra):
    project = Project.objects.create(
        slug=slug,
        title=extra.pop("title", "Voter education"),
        summary=extra.pop("summary", "Explaining to first-time voters how to vote."),
        starts_on=extra.pop("starts_on", date(2024, 3, 1)),
        status=status,
        published_at=extra.pop("published_at", timezone.now() - timedelta(hours=1)),
        **extra,
    )
    if sources:
        project.sources.set(sources)
    if fields:
        project.fields_of_work.set(fields)
    return project


# The public rule --------------------------------------------------------------------------


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("hours", [-1, 1])
def test_is_published_agrees_with_published(status, hours):
    project = make_project(status=status, published_at=timezone.now() + timedelta(hours=hours))
    expired = make_project(
        "expired",
        status=status,
        published_at=timezone.now() - timedelta(days=2),
        expires_at=timezone.now() - timedelta(days=1),
    )
    for each in (project, expired):
        each.refresh_from_db()
        assert each.is_published == Project.objects.published().filter(pk=each.pk).exists()


def test_a_draft_and_an_embargoed_project_are_nowhere(client):
    make_project(status="draft")
    make_project("later", title="Later project", published_at=timezone.now() + timedelta(1))
    assert client.get("/projects/voter-education/").status_code == 404
    assert client.get("/projects/later/").status_code == 404
    page = client.get("/projects/").content.decode()
    assert "Voter education" not in page and "Later project" not in page
    assert "voter-education" not in client.get("/sitemap-projects.xml").content.decode()


def test_a_project_is_public_in_a_language_with_a_translation_only(client):
    project = make_project()
    assert client.get("/projects/voter-education/").status_code == 200
    with translation.override("ru"):
        russian = reverse("projects:detail", kwargs={"slug": project.slug})
    assert client.get(russian).status_code == 404
    assert "Voter education" not in client.get("/ru/projects/").content.decode()
    project.translations.create(
        language="ru", title="Просвещение избирателей", slug="prosveshchenie"
    )
    response = client.get(russian)
    assert response.status_code == 301
    assert response["Location"] == "/ru/projects/prosveshchenie/"
    page = client.get("/ru/projects/prosveshchenie/").content.decode()
    assert "Просвещение избирателей" in page
    assert "Просвещение избирателей" in client.get("/ru/projects/").content.decode()


def test_a_projects_page_shows_what_it_is(client, mission, field, serbia):
    project = make_project(
        sources=[mission],
        fields=[field],
        ends_on=date(2025, 6, 30),
        phase=Project.Phase.COMPLETED,
        other_funders="Example Fund (demo)\n\nAnother Example Trust (demo)",
        budget=Decimal("250000"),
        body="<p>What it did.</p><script>alert(1)</script>",
    )
    project.funding_states.add(serbia)
    page = client.get(project.get_absolute_url()).content.decode()
    for text in [
        "Completed",
        "Mission to Serbia",
        "Elections",
        "Serbia",
        "Example Fund (demo)",
        "Another Example Trust (demo)",
        "250,000",
        'datetime="2025-06-30"',
        "What it did.",
    ]:
        assert text in page, text
    assert "<script>alert" not in page  # the body is sanitised


def test_no_budget_is_shown_where_none_is_public(client):
    page = client.get(make_project().get_absolute_url()).content.decode()
    assert "Budget" not in page


# Rules of the model ------------------------------------------------------------------------


def test_a_project_cannot_end_before_it_starts():
    project = Project(
        title="Backwards", slug="backwards", starts_on=date(2025, 1, 1), ends_on=date(2024, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "ends_on" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        project.save()


def test_a_budget_cannot_be_negative():
    project = Project(title="X", slug="x", starts_on=date(2025, 1, 1), budget=Decimal("-1"))
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "budget" in error.value.message_dict


# The photograph ----------------------------------------------------------------------------


def with_photo(project):
    project.photo.save("photo.jpg", ContentFile(draw_photo("p"), name="photo.jpg"), save=False)
    project.photo_alt = "People at a table"
    project.save()
    return project


def test_a_projects_photograph_is_served_while_it_is_public_only(client, settings):
    project = with_photo(make_project())
    url = project.photo.url
    assert url.startswith("/projects/media/")
    assert client.get(url).status_code == 200
    Project.objects.filter(pk=project.pk).update(status=Status.DRAFT)
    assert client.get(url).status_code == 404
    assert client.get("/projects/media/../secret.jpg").status_code == 404
    assert not str(project.photo.path).startswith(str(settings.MEDIA_ROOT))


# The list's filters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "status=finished",
        "field=no-such-field",
        "source=nobody",
        "country=%00",
        "year=abc",
        "year=99999",
        "q=%00",
        "source=" + "a" * 5000,
    ],
)
def test_bad_filters_are_a_400_never_a_500(client, query):
    make_project()
    response = client.get(f"/projects/?{query}")
    assert response.status_code == 400
    assert "Voter education" not in response.content.decode()


def test_filters_select_what_they_say(client, field, other_field, mission, serbia):
    ours = make_project(sources=[mission], fields=[field], ends_on=date(2024, 12, 31))
    ours.funding_states.add(serbia)
    make_project(
        "court-records",
        title="Court records",
        summary="Digitising records.",
        fields=[other_field],
        phase=Project.Phase.PLANNED,
        starts_on=date(2026, 1, 1),
    )

    def shown(query):
        page = client.get(f"/projects/?{query}")
        assert page.status_code == 200
        text = page.content.decode()
        return {title for title in ("Voter education", "Court records") if title in text}

    assert shown("") == {"Voter education", "Court records"}
    assert shown(f"field={field.slug}") == {"Voter education"}
    assert shown(f"source={mission.slug}") == {"Voter education"}
    assert shown(f"country={serbia.slug}") == {"Voter education"}
    assert shown("status=planned") == {"Court records"}
    assert shown("year=2024") == {"Voter education"}
    assert shown("year=2026") == {"Court records"}
    assert shown("q=digitising") == {"Court records"}
    # The form shows the filters applied, from their checked values.
    page = client.get(f"/projects/?status=planned&field={field.slug}&q=court").content.decode()
    assert '<option value="planned" selected>' in page
    assert f'<option value="{field.slug}" selected>' in page
    assert 'value="court"' in page


def test_the_list_pages_and_keeps_its_filters(client, monkeypatch, field):
    monkeypatch.setattr(ProjectListView, "paginate_by", 2)
    for number in range(3):
        make_project(f"project-{number}", title=f"Project {number}", fields=[field])
    response = client.get(f"/projects/?field={field.slug}&page=2")
    assert response.status_code == 200
    assert len(response.context["projects"]) == 1
    assert f"field={field.slug}" in response.content.decode().split('class="pagination')[-1]
    assert client.get("/projects/?page=99").status_code == 404


# Mission staff --------------------------------------------------------------------------------


def test_mission_staff_change_their_operations_projects_only(serbia_staff, mission):
    other = factories.make_operation("Mission to Moldova")
    own = make_project(sources=[mission])
    theirs = make_project("moldova", title="Moldova project", sources=[other])
    url = reverse("admin:projects_project_change", args=[theirs.pk])
    assert serbia_staff.get(url).status_code in (302, 404)
    response = serbia_staff.post(url, {"title": "Changed", "_save": "Save"})
    assert response.status_code in (302, 404) and "admin/login" not in response.get("Location", "")
    theirs.refresh_from_db()
    assert theirs.title == "Moldova project"

    changelist = serbia_staff.get(reverse("admin:projects_project_changelist")).content.decode()
    assert "Voter education" in changelist and "Moldova project" not in changelist

    own_url = reverse("admin:projects_project_change", args=[own.pk])
    response = serbia_staff.post(own_url, change_form_data(serbia_staff, own, title="Renamed"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.title == "Renamed"

    # Nor may they hand their project to another operation.
    response = serbia_staff.post(own_url, change_form_data(serbia_staff, own, sources=[other.pk]))
    assert response.status_code == 200
    assert list(own.sources.values_list("pk", flat=True)) == [mission.pk]

    # Nor delete or bulk-unpublish another operation's.
    delete = reverse("admin:projects_project_delete", args=[theirs.pk])
    assert serbia_staff.post(delete, {"post": "yes"}).status_code in (302, 404)
    assert Project.objects.filter(pk=theirs.pk).exists()
    changelist = reverse("admin:projects_project_changelist")
    action = {"action": "unpublish", "_selected_action": [theirs.pk, own.pk]}
    serbia_staff.post(changelist, action)
    theirs.refresh_from_db()
    own.refresh_from_db()
    assert (theirs.status, own.status) == (Status.PUBLISHED, Status.DRAFT)


def add_data(mission, **overrides):
    data = {
        "title": "New project",
        "slug": "new-project",
        "status": "draft",
        "published_at_0": "2026-01-05",
        "published_at_1": "10:00:00",
        "phase": "planned",
        "starts_on": "2026-02-01",
        "ends_on": "",
        "summary": "",
        "body": "",
        "sources": [mission.pk],
        "other_funders": "",
        "budget": "",
        "budget_currency": "EUR",
        "photo_alt": "",
        "photo_caption": "",
        "photo_credit": "",
        **NO_TRANSLATIONS,
        "_save": "Save",
    }
    data.update(overrides)
    return data


def test_mission_staff_add_their_own_operations_projects(serbia_staff, mission):
    other = factories.make_operation("Mission to Moldova")
    url = reverse("admin:projects_project_add")
    response = serbia_staff.post(url, add_data(mission, sources=[other.pk]))
    assert response.status_code == 200
    assert not Project.objects.filter(slug="new-project").exists()
    response = serbia_staff.post(url, add_data(mission))
    assert response.status_code == 302
    assert Project.objects.get(slug="new-project").sources.get().pk == mission.pk


def test_an_editor_may_not_publish_and_an_end_before_the_start_is_a_form_error(editor, mission):
    url = reverse("admin:projects_project_add")
    response = editor.post(url, add_data(mission, ends_on="2025-01-01"))
    assert response.status_code == 200
    assert "cannot end before it starts" in response.content.decode()
    response = editor.post(url, add_data(mission, status="published"))
    assert response.status_code == 200  # not a choice an editor has
    assert not Project.objects.exists()


def test_a_publisher_publishes_in_bulk_and_an_editor_cannot(editor, publisher, mission):
    project = make_project(status="draft", sources=[mission])
    url = reverse("admin:projects_project_changelist")
    data = {"action": "publish", "_selected_action": [project.pk]}
    editor.post(url, data)
    project.refresh_from_db()
    assert project.status == Status.DRAFT
    publisher.post(url, data)
    project.refresh_from_db()
    assert project.status == Status.PUBLISHED


def test_a_projects_changes_make_revisions(editor_client, mission):
    from reversion.models import Version

    project = make_project(sources=[mission])
    url = reverse("admin:projects_project_change", args=[project.pk])
    editor_client.post(url, change_form_data(editor_client, project, title="Revised"))
    assert Version.objects.get_for_object(project).count() == 1


# Sitemap, search, menus -----------------------------------------------------------------


def test_the_sitemap_lists_published_projects_in_their_languages(client):
    project = make_project()
    project.translations.create(language="ru", title="Просвещение", slug="prosveshchenie")
    make_project("draft-project", status="draft")
    xml = client.get("/sitemap-projects.xml").content.decode()
    assert "/projects/voter-education/" in xml and "/ru/projects/prosveshchenie/" in xml
    assert "draft-project" not in xml
    assert "sitemap-projects.xml" in client.get("/sitemap.xml").content.decode()


def test_the_site_search_finds_projects_and_says_they_are(client):
    make_project()
    make_project("hidden", title="Voter hidden draft", status="draft")
    page = client.get("/search/?q=voter").content.decode()
    assert 'id="found-projects"' in page
    assert "Voter education" in page and "Voter hidden draft" not in page
    ru = make_project("ru-one", title="English only")
    ru.translations.create(language="ru", title="Просвещение избирателей")
    page = client.get("/ru/search/?q=просвещение").content.decode()
    assert "Просвещение избирателей" in page


def test_the_fields_of_work_menu_offers_the_projects():
    assert "projects:list" in {route.name for route in menus.routes()}
    assert menus.route_url("projects:list") == "/projects/"


def test_the_default_menus_put_projects_in_the_fields_of_work_menu():
    from pages.models import MenuItem
    from seed.menus import load_menus

    load_menus()
    item = MenuItem.objects.get(seed_key="fields-of-work-projects")
    assert item.route == "projects:list"
    assert MenuItem.objects.get_parent(item).seed_key == "fields-of-work"


# Demo content -----------------------------------------------------------------------------


def test_the_demo_projects_load_once_and_keep_an_editors_change(mission):
    factories.make_field("Elections", slug="elections")
    factories.make_structure("ODIHR", slug="office-for-democratic-institutions-and-human-rights")
    factories.make_operation("Mission to Skopje", slug="mission-to-skopje")
    added = load_projects()
    assert added >= 3
    project = Project.objects.get(slug="polling-station-staff-training-demo")
    assert project.is_published and project.photo and project.translations.filter(language="ru")
    assert project.fields_of_work.filter(slug="elections").exists()
    Project.objects.filter(pk=project.pk).update(title="Edited")
    assert load_projects() == 0
    project.refresh_from_db()
    assert project.title == "Edited"


# Query counts -------------------------------------------------------------------------------


def many_projects(mission, field, count=5):
    for number in range(count):
        make_project(f"project-{number}", title=f"Project {number}", sources=[mission])
        Project.objects.get(slug=f"project-{number}").fields_of_work.add(field)


def test_the_list_query_count(client, mission, field, django_assert_num_queries):
    many_projects(mission, field)
    client.get("/projects/")  # warm the menus and footer caches
    # The page's projects and their count; their sources and fields of work; the options of
    # the field, source and country filters.
    with django_assert_num_queries(7):
        assert client.get("/projects/").status_code == 200


def test_a_project_page_query_count(client, mission, field, django_assert_num_queries):
    many_projects(mission, field, count=1)
    client.get("/projects/project-0/")
    # The project, its translations, sources, fields of work and funding States.
    with django_assert_num_queries(5):
        assert client.get("/projects/project-0/").status_code == 200


def test_the_admin_changelist_query_count(editor_client, mission, field, django_assert_num_queries):
    many_projects(mission, field)
    url = reverse("admin:projects_project_changelist")
    editor_client.get(url)
    with django_assert_num_queries(14):
        assert editor_client.get(url).status_code == 200


# Hostile input (tests/test_hostile_input.py's cases) --------------------------------------


@pytest.mark.parametrize("case", QUERY_CASES)
@pytest.mark.parametrize("param", ["field", "source", "country", "status", "year", "q", "page"])
def test_hostile_filter_values_are_a_client_error_or_a_page(client, mission, param, case):
    make_project(sources=[mission])
    assert_safe_answer(client.get(f"/projects/?{QUERY_CASES[case](param)}"))


@pytest.mark.parametrize("case", QUERY_CASES)
def test_hostile_addresses_are_a_404(client, case):
    make_project()
    slug = QUERY_CASES[case]("x").split("=", 1)[1]
    assert_safe_answer(client.get(f"/projects/{slug}/"), allowed=(404, 301))
    assert_safe_answer(client.get(f"/projects/media/{slug}.jpg"), allowed=(404,))
