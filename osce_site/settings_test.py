"""Settings for the test suite: fast hashing, local-memory cache, media in a temporary folder."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")

from .settings import *  # noqa: F403

DEBUG = False
if "devtools" not in INSTALLED_APPS:  # noqa: F405  (the tests check the tools too)
    INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="osce-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Background tasks run at once, in the test's own process and transaction.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True  # no collected static files in tests
PROTECTED_MEDIA_ROOT = tempfile.mkdtemp(prefix="osce-test-protected-media-")
