"""Nothing about a release that is not public (its title, slug, tags) reaches anyone outside its
scope, through side doors: filter validation, the admin's "view on site" shortcut."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from news.models import PressRelease
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_tag_only_drafts_carry_is_answered_like_one_nobody_used(client, release):
    factories.make_draft("Embargoed", tags=["new-head-of-mission"])

    secret = client.get(reverse("news:list"), {"tag": "new-head-of-mission"})
    unknown = client.get(reverse("news:list"), {"tag": "no-such-tag"})
    public = client.get(reverse("news:list"), {"tag": "visit"})

    assert secret.status_code == unknown.status_code == 400
    assert "There is no tag by that name." in secret.content.decode()
    assert public.status_code == 200
    assert [r.pk for r in public.context["releases"]] == [release.pk]


def shortcut(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return f"/admin/r/{content_type.pk}/{obj.pk}/"


def test_the_view_on_site_shortcut_needs_the_object_to_be_open_to_the_user(
    django_user_model, serbia_staff, editor_client, chairpersonship
):
    draft = factories.make_draft("Embargoed", slug="new-head-of-mission", sources=[chairpersonship])
    nobody = factories.staff_client(django_user_model, "nobody")

    for client in [nobody, serbia_staff]:
        response = client.get(shortcut(draft))
        assert response.status_code == 404
        assert "new-head-of-mission" not in response.get("Location", "")
        assert "new-head-of-mission" not in response.content.decode()
    allowed = editor_client.get(shortcut(draft))
    assert allowed.status_code == 302
    assert allowed["Location"].endswith(draft.get_absolute_url())


def test_the_shortcut_shrugs_off_what_is_not_an_object(editor_client):
    assert editor_client.get("/admin/r/999999/1/").status_code == 404
    release_type = ContentType.objects.get_for_model(PressRelease).pk
    assert editor_client.get(f"/admin/r/{release_type}/999999/").status_code == 404
    assert editor_client.get(f"/admin/r/{release_type}/not-a-number/").status_code == 404
