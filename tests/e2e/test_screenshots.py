"""`manage.py screenshots`: every page type at desktop and phone widths, as PNG files."""

import io
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connections
from PIL import Image


def run_in_a_thread(*args):
    # The command drives chromium with Playwright's sync API, which cannot start in a thread where
    # the tests' browser already runs.
    errors = []

    def run():
        try:
            call_command("screenshots", *args, stdout=io.StringIO())
        except Exception as error:  # handed back to the test
            errors.append(error)
        finally:
            connections.close_all()  # this thread's own, which nothing else would close

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    if errors:
        raise errors[0]


def test_screenshots_of_a_running_site_at_both_widths(site, tmp_path):
    run_in_a_thread(
        "--base-url", site.url, "--only", "home", "--only", "release", "--output", tmp_path
    )
    files = sorted(path.name for path in tmp_path.iterdir())
    assert files == [
        "home-desktop.png",
        "home-phone.png",
        "release-desktop.png",
        "release-phone.png",
    ]
    with Image.open(tmp_path / "home-desktop.png") as image:
        assert image.size == (1280, 900)
    with Image.open(tmp_path / "release-phone.png") as image:
        assert image.size == (390, 844)
        # Not a blank page: the header's dark blue and the page's white are both there.
        colours = {colour for _count, colour in image.convert("RGB").getcolors(1 << 20)}
        assert (255, 255, 255) in colours
        assert (6, 49, 79) in colours


def test_screenshots_serves_the_site_itself(site, tmp_path):
    run_in_a_thread("--only", "field", "--full-page", "--output", tmp_path)
    with Image.open(tmp_path / "field-phone.png") as image:
        assert image.width == 390
        assert image.height > 844  # the whole page, not only the window


def test_unknown_page_type(site, tmp_path):
    with pytest.raises(CommandError, match="Unknown page type nowhere"):
        call_command("screenshots", "--only", "nowhere", "--output", tmp_path)
