"""OSCE stories (issue 14): the published feature stories at /stories/, with their photographs
large, per language, paginated, with a `field` filter; and a field of work's "Publications and
stories", made from the data (projects, studies and reports, manuals and guides, stories), each
list capped and linking to the whole filtered listing, with the editors' own links after."""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from fields.models import ResourceLink
from news.models import PressRelease
from news.views import StoryListView
from projects.models import Project
from publications.models import Publication
from seed.images import draw_photo
from tests import factories
from tests.test_hostile_input import QUERY_CASES, assert_safe_answer

pytestmark = pytest.mark.django_db

FEATURE = PressRelease.Type.FEATURE


def make_story(title="A day with observers", *, photo=True, **extra):
    story = factories.make_release(title, type=FEATURE, **extra)
    if photo:
        story.photo.save("story.jpg", ContentFile(draw_photo(title), name="story.jpg"), save=False)
        story.photo_alt = f"Photo of {title}"
        story.save()
    return story


# /stories/ ---------------------------------------------------------------------------------


def test_the_stories_are_the_published_feature_stories_with_large_photographs(client):
    make_story()
    factories.make_release("An ordinary press release")
    factories.make_draft("A draft story", type=FEATURE)
    factories.make_scheduled("An embargoed story", type=FEATURE)
    response = client.get("/stories/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "A day with observers" in page
    for hidden in ["An ordinary press release", "A draft story", "An embargoed story"]:
        assert hidden not in page
    # Large: the photograph's renditions in a <picture>, the widest (1200px) among them.
    assert '<figure class="photo">' in page and "1200w" in page
    assert 'alt="Photo of A day with observers"' in page


def test_stories_are_per_language(client):
    story = make_story()
    assert "A day with observers" not in client.get("/ru/stories/").content.decode()
    story.translations.create(
        language="ru",
        title="День с наблюдателями",
        photo_alt="Фото",
        status="published",
        published_at=timezone.now() - timedelta(minutes=5),
    )
    page = client.get("/ru/stories/").content.decode()
    assert "День с наблюдателями" in page and 'alt="Фото"' in page


def test_the_field_filter_and_its_400(client, field, other_field):
    make_story(fields=[field])
    make_story("Court clerks' story", fields=[other_field])
    page = client.get(f"/stories/?field={field.slug}").content.decode()
    assert "A day with observers" in page and "Court clerks" not in page
    response = client.get("/stories/?field=no-such-field")
    assert response.status_code == 400
    assert "There is no field of work" in response.content.decode()
    assert client.get("/stories/?field=%00").status_code == 400


def test_the_stories_are_paginated(client, monkeypatch, field):
    monkeypatch.setattr(StoryListView, "paginate_by", 2)
    for number in range(3):
        make_story(f"Story {number}", photo=False, fields=[field])
    response = client.get(f"/stories/?field={field.slug}&page=2")
    assert len(response.context["stories"]) == 1
    assert client.get("/stories/?page=9").status_code == 404


def test_the_stories_query_count(client, field, django_assert_num_queries):
    for number in range(4):
        make_story(f"Story {number}", fields=[field])
    client.get("/stories/")  # warm the menus, the footer and the renditions' cache
    # Their count, the page's stories, and their places, sources and fields of work.
    with django_assert_num_queries(5):
        assert client.get("/stories/").status_code == 200


def test_the_stories_page_is_in_the_menus_registry():
    from core import menus

    assert menus.route_url("stories:list") == "/stories/"


# A field of work's "Publications and stories" ---------------------------------------------


def publication(slug, type, field, *, status="published"):
    item = Publication.objects.create(
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        type=type,
        status=status,
        published_at=timezone.now() - timedelta(hours=1),
    )
    item.fields_of_work.add(field)
    return item


def project(slug, field, *, status="published"):
    item = Project.objects.create(
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        starts_on=date(2025, 1, 1),
        status=status,
        published_at=timezone.now() - timedelta(hours=1),
    )
    item.fields_of_work.add(field)
    return item


@pytest.fixture
def resources(field, other_field):
    project("voter-education-project", field)
    project("draft-project", field, status="draft")
    project("court-project", other_field)
    publication("observation-report", Publication.Type.REPORT, field)
    publication("turnout-study", Publication.Type.STUDY, field)
    publication("observers-handbook", Publication.Type.GUIDE, field)
    publication("elections-factsheet", Publication.Type.FACTSHEET, field)
    publication("draft-report", Publication.Type.REPORT, field, status="draft")
    make_story(fields=[field], photo=False)
    factories.make_release("A plain press release", fields=[field])
    ResourceLink.objects.create(
        field_of_work=field,
        category=ResourceLink.Category.MANUALS,
        title="A partner's handbook",
        url="https://example.org/handbook",
    )


def section(page, heading_id):
    start = page.index(f'id="{heading_id}"')
    return page[start : page.find("</section>", start)]


def test_a_fields_page_lists_its_resources_from_the_data(client, field, resources):
    page = client.get(field.get_absolute_url()).content.decode()
    projects = section(page, "resources-projects")
    assert "Voter education project" in projects
    assert "Draft project" not in projects and "Court project" not in projects
    assert f"/projects/?field={field.slug}" in projects
    reports = section(page, "resources-reports")
    assert "Observation report" in reports and "Turnout study" in reports
    assert "Observers handbook" not in reports and "Elections factsheet" not in reports
    assert "Draft report" not in reports
    assert f"?field={field.slug}&amp;type=report" in reports
    guides = section(page, "resources-guides")
    assert "Observers handbook" in guides and "Observation report" not in guides
    # The editors' own links of a category follow what the site holds.
    assert guides.index("Observers handbook") < guides.index("A partner&#x27;s handbook")
    assert f"?field={field.slug}&amp;type=guide" in guides
    stories = section(page, "resources-stories")
    assert "A day with observers" in stories and "A plain press release" not in stories
    assert f"/stories/?field={field.slug}" in stories


def test_each_list_is_capped(client, field):
    for number in range(6):
        project(f"project-{number}", field)
    page = client.get(field.get_absolute_url()).content.decode()
    assert section(page, "resources-projects").count("<h4>") == 4


def test_a_field_with_nothing_has_no_such_section(client, field):
    page = client.get(field.get_absolute_url()).content.decode()
    assert 'id="resources"' not in page


def test_in_another_language_only_what_exists_in_it(client, field, resources):
    field.translations.create(language="ru", name="Выборы", summary="О выборах")
    item = Project.objects.get(slug="voter-education-project")
    page = client.get(f"/ru{field.get_absolute_url()}").content.decode()
    assert "Voter education project" not in page
    item.translations.create(language="ru", title="Просвещение избирателей")
    page = client.get(f"/ru{field.get_absolute_url()}").content.decode()
    assert "Просвещение избирателей" in section(page, "resources-projects")


def test_the_fields_page_query_count_does_not_grow_with_resources(client, field, resources):
    """One query per list, however long (tests/test_query_counts.py pins the page's total)."""
    url = field.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(6):
        project(f"project-{number}", field)
        publication(f"report-{number}", Publication.Type.REPORT, field)
        publication(f"guide-{number}", Publication.Type.GUIDE, field)
        make_story(f"Story {number}", fields=[field], photo=False)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many)


@pytest.mark.parametrize("case", QUERY_CASES)
@pytest.mark.parametrize("param", ["field", "page"])
def test_hostile_filter_values_are_a_client_error_or_a_page(client, field, param, case):
    make_story(fields=[field], photo=False)
    assert_safe_answer(client.get(f"/stories/?{QUERY_CASES[case](param)}"))
