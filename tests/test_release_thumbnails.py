"""Lists of releases show a small copy of a release's photograph (includes/thumbnail.html): one
rendition, sized, lazily loaded, with the photograph's alt text, and no query per release."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import cache as core_cache
from core import images
from seed.images import draw_photo
from tests import factories

pytestmark = pytest.mark.django_db

THUMBNAIL = re.compile(r'<img class="thumbnail" [^>]*>')


def with_photo(release, alt="Participants of a workshop"):
    name = f"{release.slug}.jpg"
    release.photo.save(name, ContentFile(draw_photo(release.slug), name=name), save=False)
    release.photo_alt = alt
    release.save()
    release.make_renditions()
    return release


def thumbnails(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return THUMBNAIL.findall(response.content.decode())


def test_a_release_with_a_photograph_has_a_thumbnail_in_every_list(client, release, field, mission):
    with_photo(release)
    factories.make_release("Without a photograph", fields=[field], sources=[mission])
    urls = ["/news/", field.get_absolute_url(), mission.get_absolute_url(), "/search/?q=Belgrade"]

    for url in urls:
        [thumbnail] = thumbnails(client, url)
        smallest = images.renditions(release.photo).fallback[0]
        assert f'src="{smallest.url}"' in thumbnail, url
        assert f'width="{smallest.width}" height="{smallest.height}"' in thumbnail
        assert 'alt="Participants of a workshop"' in thumbnail
        assert 'loading="lazy"' in thumbnail
    assert client.get(smallest.url).status_code == 200  # served while the release is public


def test_in_russian_the_thumbnail_has_the_translated_alt_text(client, release):
    from datetime import timedelta

    from django.utils import timezone

    from news.models import PressReleaseTranslation

    with_photo(release)
    PressReleaseTranslation.objects.create(
        item=release,
        language="ru",
        title="Председатель в Белграде",
        photo_alt="Участники семинара",
        status=release.Status.PUBLISHED,
        published_at=timezone.now() - timedelta(minutes=5),
    )

    [thumbnail] = thumbnails(client, "/ru/news/")
    assert 'alt="Участники семинара"' in thumbnail


def newsroom_queries(client):
    """The newsroom's queries with its cached numbers, navigation and footer retired (what
    the cache remembers of photographs kept, as on a server after any change)."""
    for namespace in (core_cache.NEWS, core_cache.NAVIGATION, core_cache.FOOTER):
        core_cache.content_changed(namespace)
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/news/").content.decode()
    return len(queries), len(THUMBNAIL.findall(html))


def test_thumbnails_cost_no_query(client, field):
    """Ten releases with photographs cost the newsroom the queries ten without do: a
    photograph's renditions are remembered in the cache, not asked of the database."""
    plain = [factories.make_release(fields=[field]) for _ in range(10)]
    client.get("/news/")
    without = newsroom_queries(client)
    for release in plain:
        with_photo(release)

    assert newsroom_queries(client) == (without[0], 10)
    assert without[1] == 0
