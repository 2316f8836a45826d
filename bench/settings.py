"""Settings for the newsroom benchmark (`make bench`, bench/bench.py).

The test settings (DEBUG off, static files served without a collected manifest, local-memory
cache like production's default) on the PostgreSQL database that bench.py points DATABASE_URL at.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")

from osce_site.settings_test import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver"]  # django.test.Client's host
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405 (one connection, as a busy server keeps)

# Quiet: a page that answers 404 or 500 is reported in the bench's table, not logged.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "CRITICAL"}},
}
