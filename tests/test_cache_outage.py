"""With its Redis cache gone, the site serves uncached pages: never an error, logged once."""

import logging

import pytest
from django.core.cache import caches
from django.urls import reverse

from core import cache as versioned
from tests import factories

pytestmark = pytest.mark.django_db

# Loopback, a port nothing listens on: every connection is refused at once.
DEAD_REDIS = {
    "default": {
        "BACKEND": "core.cache_backends.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
    }
}


@pytest.fixture
def dead_cache(settings):
    settings.CACHES = DEAD_REDIS  # Django's setting_changed handler resets the cache handler
    return caches["default"]


def test_public_pages_and_feeds_answer_without_the_cache(
    client, dead_cache, release, field, mission, serbia, caplog
):
    factories.make_release(fields=[field])
    urls = [
        reverse("pages:home"),
        reverse("news:list"),
        reverse("news:list") + f"?field={field.slug}",
        release.get_absolute_url(),
        field.get_absolute_url(),
        mission.get_absolute_url(),
        serbia.get_absolute_url(),
        reverse("news:feed-rss"),
        reverse("news:feed-atom"),
        reverse("search:results") + "?q=Belgrade",
        "/sitemap.xml",
    ]
    with caplog.at_level(logging.ERROR, logger="core.cache_backends"):
        for url in urls:
            assert client.get(url).status_code == 200, url
    records = caplog.get_records("setup") + caplog.records
    outages = [r for r in records if "cache is unavailable" in r.getMessage()]
    assert len(outages) == 1  # logged once for the whole outage, not once per call


def test_writes_go_through_without_the_cache(dead_cache, editor_client, release):
    version = versioned.content_version(versioned.NEWS)  # a miss, not an error
    factories.make_release("Written while the cache is down")  # retires the cache: dropped
    assert version == 1
    assert dead_cache.get("anything", "fallback") == "fallback"
    with pytest.raises(ValueError):
        dead_cache.incr("anything")
