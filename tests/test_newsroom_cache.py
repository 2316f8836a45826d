"""The newsroom's cached numbers and its paginator."""

from datetime import timedelta

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import PressRelease
from news.pagination import NewsPaginator
from tests.factories import make_draft, make_field, make_release

pytestmark = pytest.mark.django_db


def field_count(response, label):
    for name, _, values in response.context["facets"]:
        if name == "field":
            return {value.label: value.count for value in values}.get(label, 0)
    raise AssertionError("no field facet")


@pytest.mark.parametrize("total", [0, 1, 20, 21, 45, 60])
def test_pages_read_from_the_end_equal_plain_slicing(total):
    start = timezone.now() - timedelta(days=1)
    for number in range(total):
        # Equal dates on purpose: the id breaks the tie in both directions.
        make_release(f"Release {number}", published_at=start - timedelta(hours=number // 3))
    releases = PressRelease.objects.published()
    plain = Paginator(releases, 20)
    reversible = NewsPaginator(releases, 20)
    assert reversible.num_pages == plain.num_pages
    for number in plain.page_range:
        assert list(reversible.page(number)) == list(plain.page(number)), f"page {number}"


def test_repeated_selection_reuses_its_counts_in_any_parameter_order(client):
    elections, youth = make_field("Elections"), make_field("Youth")
    for _ in range(3):
        make_release(fields=[elections, youth])
    url = reverse("news:list")

    with CaptureQueriesContext(connection) as first:
        client.get(url, {"field": "elections", "year": timezone.localdate().year})
    with CaptureQueriesContext(connection) as second:
        client.get(f"{url}?year={timezone.localdate().year}&field=elections")

    # Four facet counts and the result count come from the cache the second time.
    assert len(second) <= len(first) - 5


def test_an_editors_change_shows_in_the_counts_at_once(client, editor_client):
    elections = make_field("Elections")
    make_release(fields=[elections])
    draft = make_draft(fields=[elections])
    assert field_count(client.get(reverse("news:list")), "Elections") == 1

    response = editor_client.post(
        reverse("admin:news_pressrelease_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302

    newsroom = client.get(reverse("news:list"))
    assert field_count(newsroom, "Elections") == 2
    assert newsroom.context["paginator"].count == 2
