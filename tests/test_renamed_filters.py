"""A link that filters the news by a slug keeps working after the object is renamed.

Shared newsroom links and feed subscriptions carry the slugs of fields of work, sources, States
and tags. When an editor changes one, the old slug is remembered (core.models.FormerSlug, by
any write path) and a request with it is sent on (301) to the same list with the new slug.
"""

import pytest
from django.urls import reverse
from taggit.models import Tag

from core.models import FormerSlug
from tests import factories

pytestmark = pytest.mark.django_db


def renamed(obj, new_slug):
    obj.slug = new_slug
    obj.save()
    return obj


@pytest.mark.parametrize("route", ["news:list", "news:feed-rss", "news:feed-atom"])
def test_an_old_field_slug_is_sent_on_to_the_new_one(client, release, field, route):
    renamed(field, "free-elections")
    response = client.get(reverse(route), {"field": "elections", "year": "2026"})
    assert response.status_code == 301
    assert response["Location"] == f"{reverse(route)}?field=free-elections&year=2026"
    assert client.get(response["Location"]).status_code == 200


def test_every_slug_filter_follows_renames(client, release, mission, serbia):
    tag = Tag.objects.get(slug="visit")
    renamed(mission, "osce-mission-serbia")  # a field operation: a source
    renamed(serbia, "republic-of-serbia")
    renamed(tag, "official-visit")
    old = {"source": ["mission-to-serbia", "chairpersonship"], "country": "serbia", "tag": "visit"}
    response = client.get(reverse("news:list"), old)
    assert response.status_code == 301
    followed = client.get(response["Location"])
    assert followed.status_code == 200
    form = followed.context["filter_form"]
    assert form.cleaned_data["tag"] == tag
    assert form.cleaned_data["country"] == serbia
    assert {source.slug for source in form.cleaned_data["source"]} == {
        "osce-mission-serbia",
        "chairpersonship",
    }
    assert release in followed.context["releases"]


def test_renamed_twice_old_and_older_slugs_reach_the_newest(client, release, field):
    renamed(field, "voting")
    renamed(field, "free-elections")
    for old in ("elections", "voting"):
        response = client.get(reverse("news:list"), {"field": old})
        assert response["Location"].endswith("?field=free-elections")


def test_a_slug_used_again_is_not_former_any_more(client, release, field):
    renamed(field, "voting")
    renamed(field, "elections")  # back to the first name
    assert client.get(reverse("news:list"), {"field": "elections"}).status_code == 200
    assert client.get(reverse("news:list"), {"field": "voting"}).status_code == 301
    assert FormerSlug.objects.get(slug="voting").object_id == field.pk


def test_unknown_slugs_and_other_errors_still_answer_400(client, release, field):
    renamed(field, "free-elections")
    assert client.get(reverse("news:list"), {"field": "never-existed"}).status_code == 400
    response = client.get(reverse("news:feed-rss"), {"field": "never-existed"})
    assert response.status_code == 400
    # The renamed value is sent on; the bad year stays in the query, where the page says so.
    response = client.get(reverse("news:list"), {"field": "elections", "year": "1066"})
    assert response.status_code == 301
    assert client.get(response["Location"]).status_code == 400


def test_a_renamed_tag_that_only_drafts_carry_is_not_revealed(client, release):
    draft = factories.make_draft("Embargoed announcement", tags=["secret-summit"])
    tag = Tag.objects.get(slug="secret-summit")
    renamed(tag, "summit-in-vienna")
    response = client.get(reverse("news:list"), {"tag": "secret-summit"})
    assert response.status_code == 400
    assert "summit-in-vienna" not in response.text
    assert draft.tags.get() == tag


def test_following_renames_costs_the_same_for_one_value_or_many(
    client, release, field, django_assert_max_num_queries
):
    renamed(field, "free-elections")
    many = [f"gone-{number}" for number in range(300)] + ["elections"]
    with django_assert_max_num_queries(8):
        response = client.get(reverse("news:list"), {"field": many})
    assert response.status_code == 301
    assert "field=free-elections" in response["Location"]


def test_a_revert_to_an_older_slug_is_remembered_too(client, release, field):
    """django-reversion restores a version with a raw save: a write path like any other."""
    import reversion
    from django.contrib.redirects.models import Redirect
    from reversion.models import Version

    with reversion.create_revision():
        field.save()
    renamed(field, "free-elections")

    Version.objects.get_for_object(field).first().revert()  # back to "elections"

    field.refresh_from_db()
    assert field.slug == "elections"
    response = client.get(reverse("news:list"), {"field": "free-elections"})
    assert response["Location"].endswith("?field=elections")
    assert Redirect.objects.filter(
        old_path="/fields-of-work/free-elections/", new_path="/fields-of-work/elections/"
    ).exists()
