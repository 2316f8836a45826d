"""The production configuration: secrets from the environment, `check --deploy` clean."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "x7Hq2-production-like-secret-key-with-enough-length-and-variety-9fK3pZ",
    "ALLOWED_HOSTS": "www.example.org",
    "SECURE_HTTPS": "1",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", *PRODUCTION_ENV}
    }
    # Only what the environment gives: a developer's .env must not mask it.
    environment.update(env, ENV_FILE=os.devnull)
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_site_refuses_to_start_without_a_secret_key():
    result = manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_debug_is_off_unless_set():
    code = "from django.conf import settings; print(settings.DEBUG)"
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DEBUG"}
    result = manage("shell", "-c", code, **env)
    assert result.stdout.strip().endswith("False"), result.stderr


def hsts_settings(**env):
    code = (
        "from django.conf import settings; "
        "print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_PRELOAD, "
        "'security.W021' in settings.SILENCED_SYSTEM_CHECKS)"
    )
    result = manage("shell", "-c", code, **{**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-3:]


def test_hsts_preload_only_when_configured():
    assert hsts_settings() == ["31536000", "False", "True"]
    assert hsts_settings(SECURE_HSTS_PRELOAD="1") == ["31536000", "True", "False"]
    preloaded = manage(
        "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV, SECURE_HSTS_PRELOAD="1"
    )
    assert preloaded.returncode == 0, preloaded.stderr
