"""Versioned caching of derived numbers and fragments (never of the content itself).

Each namespace ("news", "navigation", "footer") has a content version in the cache; entries
carry it in their key, so `content_changed(namespace)` retires all of them at once. Callers bump
it when the content behind them changes (admin saves and actions, import commands). Entries
also expire on their own after their timeout, which bounds how late time-driven changes (a
scheduled release going live, the Chairpersonship of a new year) can show.

With the default local-memory cache each server process keeps its own entries and versions; set
REDIS_URL to share them between processes.
"""

import hashlib

from django.core.cache import cache

NEWS = "news"
NAVIGATION = "navigation"
FOOTER = "footer"


def content_version(namespace):
    return cache.get_or_set(f"{namespace}:content-version", 1, timeout=None)


def content_changed(namespace):
    """Retire every cached entry of `namespace`."""
    key = f"{namespace}:content-version"
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, timeout=None)


def remember(namespace, kind, selection, compute, timeout):
    """`compute()`, cached per kind, selection and content version of `namespace`."""
    digest = hashlib.sha256(repr(selection).encode()).hexdigest()[:32]
    key = f"{namespace}:{kind}:{content_version(namespace)}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
