"""End-to-end tests: Debian's chromium, driven by Playwright, against a live server.

Each module gets its own live server over a database holding the reference data and the demo
content, loaded once for the module (about three seconds) and flushed after it, so that the rest
of the suite still starts from an empty database. The tests of a module share that content: one
that changes it must put it back. (A test that needs a database of its own can use
pytest-django's `live_server` fixture with its own data, in a module of its own.)

The browser is the chromium that `apt-get install chromium` provides: Playwright's own browser
download is neither needed nor used.
"""

import json
import os
import shutil
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connections
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from devtools.browser import CHROMIUM_ARGS, page_addresses, russian_page_addresses
from news.models import PressRelease

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
HERE = Path(__file__).resolve().parent
VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
EDITOR = "e2e-admin"
EDITOR_PASSWORD = "pw-for-browser-tests"


def pytest_collection_modifyitems(items):
    """Mark every test under tests/e2e/ `e2e` (`-m "not e2e"` leaves them out) and run them last.

    They are also `django_db` tests, so that the test database is set up for them and each test
    runs in a transaction that is rolled back; the module's content is loaded outside it.
    """
    in_browser = {item: Path(item.path).is_relative_to(HERE) for item in items}
    for item in items:
        if in_browser[item]:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.django_db)
    items.sort(key=in_browser.get)  # stable: the order within each group stays


def chromium_path():
    path = shutil.which("chromium")
    if not path:
        pytest.fail("chromium is not installed: `apt-get install -y chromium` (.ci/run does it)")
    return path


@pytest.fixture(scope="package")
def browser():
    # Playwright's sync API keeps an asyncio loop in this thread; Django sees it and would refuse
    # the ORM calls the tests make (the usual setting for Playwright with Django's test tools).
    # For the browser tests only: they run last, and the setting goes when they are done.
    with (
        mock.patch.dict(os.environ, {"DJANGO_ALLOW_ASYNC_UNSAFE": "1"}),
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # The tests' database connections were opened in Playwright's context of this thread,
        # where pytest-django will not see them when it drops the test database: close them here.
        connections.close_all()


class Site:
    """The live server of a module, and the address of one page of each public type."""

    def __init__(self, url):
        self.url = url
        self.paths = page_addresses() | russian_page_addresses()
        self.release = PressRelease.objects.get(slug=self.paths["release"].split("/")[-2])

    def __call__(self, path=""):
        return self.url + path


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """A live server over the demo content and a superuser (EDITOR), for one module's tests."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)  # loads the reference data first
        editor = get_user_model().objects.create_superuser(
            EDITOR, "e2e-admin@example.org", EDITOR_PASSWORD
        )
        TOTPDevice.objects.create(user=editor, name="e2e phone", confirmed=True)
        server = LiveServer("127.0.0.1:0")
        server._live_server_modified_settings.enable()
        try:
            yield Site(server.url)
        finally:
            server._live_server_modified_settings.disable()
            stop(server)
            call_command("flush", verbosity=0, interactive=False)


def stop(server):
    """Stop the live server once the requests it is still answering are done.

    A browser that has just closed may leave a request thread finishing; it closes its database
    connections last, which must happen before the test thread takes the connection back.
    """
    server.thread.terminate()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
        thread.name.endswith("(process_request_thread)") for thread in threading.enumerate()
    ):
        time.sleep(0.05)
    for connection in server.thread.connections_override.values():
        connection.dec_thread_sharing()


@contextmanager
def new_page(browser, **options):
    """A page in a fresh browser context (no cookies, no history); no JavaScript error on it,
    and nothing the Content-Security-Policy refused (a script, style, image or font)."""
    context = browser.new_context(**options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors, refused = [], []
    page.on("pageerror", lambda error: errors.append(error))
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
    assert not refused, f"Refused by the Content-Security-Policy: {refused}"


@pytest.fixture
def page(browser):
    """A desktop-sized page."""
    with new_page(browser, viewport=DESKTOP) as page:
        yield page


@pytest.fixture
def phone(browser):
    """A phone: 390 CSS pixels wide, touch, a mobile viewport."""
    with new_page(
        browser, viewport=PHONE, device_scale_factor=3, is_mobile=True, has_touch=True
    ) as page:
        yield page


def log_in_with_password(page, site, username, password):
    """The admin's login form, as a person fills it in."""
    page.goto(site("/admin/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def authenticator_code(username):
    """The code the authenticator app of `username` shows now (computed from its secret)."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture(scope="module")
def editor_login(browser, site):
    """The cookies of the superuser EDITOR logged in through the login form and the second
    step, with a code from the app.

    Once for the module: the app's code is taken once (a second login within its 30 seconds is
    refused, as it should be), so each test's page starts from these cookies instead.
    """
    with new_page(browser, viewport=DESKTOP) as page:
        log_in_with_password(page, site, EDITOR, EDITOR_PASSWORD)
        page.wait_for_url(site("/admin/second-factor/?**"))
        page.get_by_label("Code").fill(authenticator_code(EDITOR))
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(site("/admin/"))
        return page.context.storage_state()


@pytest.fixture
def editor_page(browser, site, editor_login):
    """A desktop page logged in to the admin as a superuser, second factor passed."""
    with new_page(browser, viewport=DESKTOP, storage_state=editor_login) as page:
        yield page


def run_vnu(files):
    """Nu Html Checker's messages for the given HTML files, as vnu's JSON `messages` list."""
    if not VNU_JAR.exists():
        pytest.fail("vnu.jar is missing: run `npm ci` (make test does it)")
    if not shutil.which("java"):
        pytest.fail("Java is missing (the Nu Html Checker runs on it): apt-get install default-jre")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(result.stderr)["messages"]
