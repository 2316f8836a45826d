"""Serve the site as in production, for Lighthouse: `python -m lighthouse.serve 127.0.0.1:8765`.

The settings are the real ones (DEBUG off, the collected static files served compressed and with
long cache lifetimes by WhiteNoise; lighthouse/settings.py only collects them elsewhere); in front
of them, what a production web server adds: the uploaded photographs under MEDIA_URL, and
compressed HTML.
"""

import gzip
import os
import sys

from django.conf import settings
from django.core.servers.basehttp import run
from django.core.wsgi import get_wsgi_application
from whitenoise import WhiteNoise

COMPRESSIBLE = ("text/html", "application/json", "application/xml", "text/xml", "text/plain")


def gzip_html(application):
    """Compress HTML (and other text) responses for clients that accept it, like nginx's gzip."""

    def app(environ, start_response):
        if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", ""):
            return application(environ, start_response)
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return lambda data: None

        body = b"".join(application(environ, capture))
        headers = captured["headers"]
        content_type = {k.lower(): v for k, v in headers}.get("content-type", "")
        already = any(k.lower() == "content-encoding" for k, _ in headers)
        if content_type.startswith(COMPRESSIBLE) and not already and len(body) > 512:
            body = gzip.compress(body, 6)
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            headers += [("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))]
            headers += [("Vary", "Accept-Encoding")]
        start_response(captured["status"], headers)
        return [body]

    return app


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lighthouse.settings")
    host, _, port = (sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:8765").rpartition(":")
    application = get_wsgi_application()
    # Uploads never change under a name (a new upload gets a new one): cache them for a year.
    media = WhiteNoise(application, autorefresh=True, max_age=365 * 24 * 3600)
    media.add_files(settings.MEDIA_ROOT, prefix=settings.MEDIA_URL)
    print(f"Serving on http://{host}:{port}/", flush=True)
    run(host, int(port), gzip_html(media), threading=True)


if __name__ == "__main__":
    main()
