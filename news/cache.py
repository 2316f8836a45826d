"""Cached numbers of the newsroom (facet counts, result counts), never the releases themselves.

An entry lives for at most CACHE_SECONDS, so a scheduled release shows in the counts within that
time of going live; any change editors make through the admin or the import commands calls
`content_changed()`, which retires every entry at once (entries carry the content version in
their key). With the default local-memory cache each server process keeps its own entries; set
REDIS_URL to share them.
"""

import hashlib

from django.core.cache import cache

CACHE_SECONDS = 60
VERSION_KEY = "news:content-version"


def content_version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def content_changed():
    """Retire every cached newsroom number (call after releases change)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def remember(kind, selection, compute):
    """`compute()`, cached for this kind of number, selection and content version."""
    digest = hashlib.sha256(repr(selection).encode()).hexdigest()[:32]
    key = f"news:{kind}:{content_version()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value
