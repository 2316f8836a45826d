"""Render every public page type at desktop and phone widths to PNG screenshots.

    python manage.py screenshots                      # serves the site itself on a free port
    python manage.py screenshots --base-url http://127.0.0.1:8000
    python manage.py screenshots --only release --only newsroom --output /tmp/shots

The pages are those of the content in the database (`load_reference_data` and
`load_demo_content` make a complete set). The browser is Debian's chromium (`apt-get install
chromium`), driven by Playwright. The files go to screenshots/ (git ignores it), named
`<page type>-<desktop|phone>.png`.
"""

import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit
from wsgiref.simple_server import WSGIRequestHandler

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand, CommandError
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings
from whitenoise import WhiteNoise

from devtools.browser import CHROMIUM_ARGS, page_addresses

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@contextmanager
def serve_site():
    """The site on a free loopback port, in a thread of this process, for as long as needed.

    Static files come straight from the apps' folders (never stale collected copies), uploaded
    photographs from MEDIA_ROOT.
    """
    application = StaticFilesHandler(get_wsgi_application())
    # autorefresh: a file stored after the server started (a photograph saved meanwhile, and its
    # renditions) is served too.
    application = WhiteNoise(application, autorefresh=True)
    application.add_files(settings.MEDIA_ROOT, prefix=settings.MEDIA_URL)

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(application)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


class Command(BaseCommand):
    help = "Render every public page type at desktop (1280) and phone (390) widths to PNG files."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            help="A running site to photograph (default: serve this one on a free loopback port).",
        )
        parser.add_argument(
            "--output",
            default=str(Path(settings.BASE_DIR) / "screenshots"),
            help="Folder for the PNG files (default: screenshots/, which git ignores).",
        )
        parser.add_argument(
            "--only",
            action="append",
            metavar="PAGE",
            help="Only this page type (repeatable): home, field, newsroom, release, ...",
        )
        parser.add_argument(
            "--full-page",
            action="store_true",
            help="The whole page, not only what fits the window.",
        )

    def handle(self, *args, **options):
        chromium = shutil.which("chromium")
        if not chromium:
            raise CommandError("chromium is not installed: apt-get install -y chromium")
        addresses = page_addresses()
        only = options["only"] or list(addresses)
        unknown = set(only) - set(addresses)
        if unknown:
            raise CommandError(
                f"Unknown page type {', '.join(sorted(unknown))}; one of {', '.join(addresses)}."
            )
        output = Path(options["output"])
        output.mkdir(parents=True, exist_ok=True)

        base_url = options["base_url"]
        if base_url:
            if urlsplit(base_url).scheme not in {"http", "https"}:
                raise CommandError(f"--base-url must be an http(s) address, not {base_url!r}.")
            self.photograph(chromium, base_url.rstrip("/"), addresses, only, output, options)
            return
        # Our own server answers to 127.0.0.1, and its pages name the static files as they are in
        # the apps' folders (not as collectstatic would have renamed them).
        storages = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with (
            override_settings(
                ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "127.0.0.1"], STORAGES=storages
            ),
            serve_site() as base_url,
        ):
            self.photograph(chromium, base_url, addresses, only, output, options)

    def photograph(self, chromium, base_url, addresses, only, output, options):
        # Imported here: Playwright is a test and tooling requirement, not the site's.
        from playwright.sync_api import sync_playwright

        # Playwright's sync API runs an event loop in this thread; the ORM work is done by now,
        # and the server's own threads never see that loop.
        with (
            mock.patch.dict(os.environ, {"DJANGO_ALLOW_ASYNC_UNSAFE": "1"}),
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for width_name, viewport in WIDTHS.items():
                context = browser.new_context(
                    viewport=viewport,
                    device_scale_factor=1,
                    is_mobile=width_name == "phone",
                    has_touch=width_name == "phone",
                )
                page = context.new_page()
                for name in only:
                    page.goto(base_url + addresses[name], wait_until="networkidle")
                    path = output / f"{name}-{width_name}.png"
                    page.screenshot(path=path, full_page=options["full_page"])
                    self.stdout.write(f"{path}")
                context.close()
            browser.close()
        self.stdout.write(self.style.SUCCESS(f"{len(only) * len(WIDTHS)} screenshots in {output}/"))
