"""Every response carries a Content-Security-Policy (Django's own) and a Permissions-Policy; the
pages' inline code runs only with the response's nonce, and public pages allow no inline script
without it."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.admin_forms import change_url

pytestmark = pytest.mark.django_db

DATA_SCRIPT = re.compile(r'type="application/(ld\+)?json"')


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: values.split()
        for name, _, values in (part.strip().partition(" ") for part in header.split(";"))
    }


def nonce_of(response):
    [nonce] = [v for v in policy(response)["script-src"] if v.startswith("'nonce-")]
    return nonce.removeprefix("'nonce-").removesuffix("'")


def inline_code(html):
    """Inline <script> (not data blocks) and <style> elements, with their attributes."""
    scripts = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and not DATA_SCRIPT.search(tag)
    ]
    return scripts + re.findall(r"<style\b[^>]*>", html)


def public_pages(release, field, mission, serbia):
    return [
        reverse("pages:home"),
        reverse("news:list"),
        release.get_absolute_url(),
        field.get_absolute_url(),
        mission.get_absolute_url(),
        serbia.get_absolute_url(),
        reverse("search:results") + "?q=visit",
        reverse("news:list") + "?year=nineteen",  # a 400
        "/no-such-page/",  # a 404
    ]


def test_public_pages_allow_scripts_from_this_site_and_the_nonce_only(
    client, release, field, mission, serbia
):
    for url in public_pages(release, field, mission, serbia):
        response = client.get(url)
        directives = policy(response)
        assert directives["script-src"][0] == "'self'", url
        assert "'unsafe-inline'" not in directives["script-src"], url
        assert "'unsafe-eval'" not in directives["script-src"], url
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        nonce = nonce_of(response)
        for tag in inline_code(response.content.decode()):
            assert f'nonce="{nonce}"' in tag, (url, tag)


def test_each_response_has_its_own_nonce(client, release):
    first, second = client.get(release.get_absolute_url()), client.get(release.get_absolute_url())
    assert nonce_of(first) != nonce_of(second)


def test_the_admins_inline_code_carries_the_nonce(editor_client, release, mission, field):
    pages = [
        reverse("admin:index"),
        reverse("admin:news_pressrelease_changelist"),
        reverse("admin:news_pressrelease_add"),
        change_url(release),
        change_url(mission),
        change_url(field),
        reverse("admin:news_pressrelease_calendar"),
    ]
    for url in pages:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        nonce = nonce_of(response)
        code = inline_code(response.content.decode())
        for tag in code:
            assert f'nonce="{nonce}"' in tag, (url, tag)
    # The rich-text editor's import map is inline code: it must carry the nonce to run.
    html = editor_client.get(change_url(release)).content.decode()
    assert re.search(r'<script type="importmap" nonce="[^"]+">', html)


def test_the_login_page_is_covered_too():
    response = Client().get(reverse("admin:login"))
    assert "script-src 'self' 'nonce-" in response["Content-Security-Policy"]


def test_browser_features_the_site_does_not_use_are_switched_off(client):
    header = client.get(reverse("pages:home"))["Permissions-Policy"]
    features = dict(part.strip().split("=") for part in header.split(","))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert features[feature] == "()", feature
