"""The protected media's one view (core.media.serve_protected), as each app uses it: a draft
project's photograph is a 404 to visitors, to staff who may not change projects and to mission
staff of another operation, and shown, never cached, to its editors (the admin's "Currently:"
link, the preview of its page); a public one is served to anyone, cached."""

import pytest
from django.contrib.auth.models import Group

from core.workflow import Status
from tests import factories
from tests.test_projects import make_project, with_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(mission):
    project = with_photo(make_project(status=Status.DRAFT, sources=[mission]))
    project.make_renditions()
    return project


def addresses(project):
    return [project.photo.url, project.photo_renditions.thumbnail.url]


@pytest.fixture
def outsider(roles, django_user_model):
    other = factories.make_operation("Mission to Moldova", full_name="OSCE Mission to Moldova")
    return factories.staff_client(django_user_model, "moldova", "Publisher", sources=[other])


@pytest.fixture
def no_permission(roles, django_user_model):
    assert Group.objects.exists()
    return factories.staff_client(django_user_model, "nobody")


def test_a_drafts_photograph_is_a_404_to_all_but_its_editors(
    client, no_permission, outsider, editor, serbia_staff, draft
):
    for url in addresses(draft):
        for somebody in (client, no_permission, outsider):
            assert somebody.get(url).status_code == 404, url
        for staff in (editor, serbia_staff):
            response = staff.get(url)
            assert response.status_code == 200, url
            assert "no-store" in response["Cache-Control"]
            assert "public" not in response["Cache-Control"]


def test_a_public_projects_photograph_is_served_to_anyone_cached(client, editor, draft):
    draft.status = Status.PUBLISHED
    draft.save()
    for url in addresses(draft):
        for somebody in (client, editor):
            response = somebody.get(url)
            assert response.status_code == 200 and "public" in response["Cache-Control"]


def test_a_drafts_page_is_a_preview_to_its_editors_only(client, outsider, editor, draft):
    url = draft.get_absolute_url()
    assert client.get(url).status_code == 404
    assert outsider.get(url).status_code == 404
    response = editor.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "preview-banner" in page and 'content="noindex, nofollow"' in page
    assert draft.photo_renditions.thumbnail.url.rsplit("/", 1)[0] in page
    assert "no-store" in response["Cache-Control"]
