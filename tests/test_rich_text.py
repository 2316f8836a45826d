"""The admin's rich-text editor and the server-side sanitising behind it (core/html.py)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django import forms
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.forms import modelform_factory
from django.test import Client
from django.test.html import parse_html
from django_prose_editor.config import allowlist_from_extensions

from core.html import (
    ALLOWED_ATTRIBUTE_VALUES,
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    EDITOR_EXTENSIONS,
    sanitize_html,
)
from core.widgets import LABEL_SCRIPT, AdminRichTextEditor, RichTextEditor
from news.models import PressRelease
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db

# What the editor wrote in a real browser (Chromium), for every kind of markup it offers. The
# link and the numbered list are as the editor writes them back once it has loaded saved text.
EDITOR_OUTPUT = {
    "headings": "<h2>Our work</h2><h3>In the field</h3><h4>In 2025</h4>",
    "emphasis": "<p>Some <strong>bold</strong> and <em>italic</em> text.</p>",
    "bullets": "<ul><li><p>first item</p></li><li><p>second item</p></li></ul>",
    "numbers": '<ol data-type="decimal"><li><p>numbered</p></li></ol>',
    "numbers from 3": '<ol start="3" data-type="decimal"><li><p>third</p></li></ol>',
    "new numbered list": "<ol><li><p>numbered</p></li></ol>",
    "quote": "<blockquote><p>a quote</p></blockquote>",
    "line break": "<p>line one<br>line two</p>",
    "link": (
        '<p><a rel="noopener noreferrer" href="https://www.osce.org/" title="The OSCE">'
        "the OSCE</a></p>"
    ),
    "mail link": '<p><a rel="noopener noreferrer" href="mailto:press@osce.org">write</a></p>',
}

HOSTILE = (
    "<p>Kept</p>"
    "<script>alert('script')</script>"
    "<img src=x onerror=\"alert('img')\">"
    "<p><a href=\"javascript:alert('link')\">link</a></p>"
    '<iframe src="https://evil.example/"></iframe>'
    '<p style="color:red">styled</p>'
)
HOSTILE_CLEANED = '<p>Kept</p><p><a rel="noopener noreferrer">link</a></p><p>styled</p>'
HOSTILE_MARKERS = ["alert(", "onerror", "javascript:", "<iframe", "evil.example", "color:red"]


# Helpers ---------------------------------------------------------------------------------------


class _Elements(HTMLParser):
    """The attributes of every element of a page, in order, as (tag, {name: value})."""

    def __init__(self, page):
        super().__init__()
        self.elements = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def textarea(page, name):
    [attrs] = [attrs for tag, attrs in _Elements(page).elements if attrs.get("name") == name]
    return attrs


def labels_for(page, element_id):
    elements = _Elements(page).elements
    return [attrs for tag, attrs in elements if tag == "label" and attrs.get("for") == element_id]


def editor_config(attrs):
    return json.loads(attrs["data-django-prose-editor-configurable"])


def static_urls(page):
    """Every script and stylesheet address of a page, import map targets included."""
    urls = [
        attrs.get("src") or attrs.get("href")
        for tag, attrs in _Elements(page).elements
        if (tag == "script" and "src" in attrs)
        or (tag == "link" and attrs.get("rel") == "stylesheet")
    ]
    [importmap] = re.findall(r'<script type="importmap"[^>]*>(.*?)</script>', page, re.S)
    return urls + list(json.loads(importmap)["imports"].values())


# The pages that edit rich text: the field, the name its textarea posts, the widget ----------


def _release_body(client, release, mission):
    response = client.get(change_url(release))
    return response, "body", response.context["adminform"].form.fields["body"].widget


def _section_text(client, release, mission):
    factories.make_section(mission, "Democratization", text="<p>Elections.</p>")
    response = client.get(change_url(mission))
    [sections] = [
        inline
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "sections"
    ]
    return response, "sections-0-text", sections.formset.forms[0].fields["text"].widget


def _field_challenge(client, release, mission):
    field = factories.make_field("Media freedom", challenge="<p>Pressure on journalists.</p>")
    response = client.get(change_url(field))
    return response, "challenge", response.context["adminform"].form.fields["challenge"].widget


EDITING_PAGES = pytest.mark.parametrize(
    "open_page",
    [_release_body, _section_text, _field_challenge],
    ids=["release body", "operation section text", "field of work text"],
)


# The editor offers exactly what the sanitiser keeps ---------------------------------------------


def test_editor_and_sanitiser_allow_the_same_markup():
    editor = allowlist_from_extensions(EDITOR_EXTENSIONS)

    # b and i are kept for older and pasted text; the editor writes strong and em instead.
    assert editor["tags"] == ALLOWED_TAGS - {"b", "i"}
    kept = {
        tag: ALLOWED_ATTRIBUTES.get(tag, set()) | set(ALLOWED_ATTRIBUTE_VALUES.get(tag, {}))
        for tag in editor["attributes"]
    }
    # rel: the sanitiser writes it on every link itself (LINK_REL). type: the editor writes it
    # only for lettered or roman lists, which it does not offer.
    assert editor["attributes"] == {"a": kept["a"] | {"rel"}, "ol": kept["ol"] | {"type"}}


@pytest.mark.parametrize("html", EDITOR_OUTPUT.values(), ids=EDITOR_OUTPUT.keys())
def test_what_the_editor_writes_survives_sanitising_unchanged(html):
    assert parse_html(sanitize_html(html)) == parse_html(html)


def test_a_new_link_only_gains_rel():
    html = '<p><a href="https://www.osce.org/" title="The OSCE">the OSCE</a></p>'

    assert parse_html(sanitize_html(html)) == parse_html(
        '<p><a href="https://www.osce.org/" title="The OSCE" rel="noopener noreferrer">'
        "the OSCE</a></p>"
    )


def test_list_attributes_the_editor_does_not_offer_are_dropped():
    html = '<ol type="a" data-type="lower-alpha" start="2"><li>b</li></ol>'

    assert sanitize_html(html) == '<ol start="2"><li>b</li></ol>'


# The admin pages edit with it ---------------------------------------------------------------


@EDITING_PAGES
def test_admin_change_page_uses_the_restricted_editor(editor_client, release, mission, open_page):
    response, name, widget = open_page(editor_client, release, mission)
    page = response.text

    assert isinstance(widget, AdminRichTextEditor)
    attrs = textarea(page, name)
    extensions = editor_config(attrs)["extensions"]
    for extension, config in EDITOR_EXTENSIONS.items():
        if config is False:
            assert extension not in extensions
        else:
            assert extensions[extension] == config
    # Only the editor's own plumbing besides: document, cursor, menu, undo.
    assert set(extensions) - set(EDITOR_EXTENSIONS) == {
        "Document", "Text", "Dropcursor", "Gapcursor", "Menu",
    }  # fmt: skip


@EDITING_PAGES
def test_without_javascript_it_is_a_labelled_textarea_holding_the_html(
    editor_client, release, mission, open_page
):
    response, name, _widget = open_page(editor_client, release, mission)
    page = response.text

    attrs = textarea(page, name)
    assert attrs["class"] == "vLargeTextField"
    assert len(labels_for(page, attrs["id"])) == 1
    bound_html = re.search(rf'<textarea name="{name}"[^>]*>(.*?)</textarea>', page, re.S)[1]
    assert "&lt;p&gt;" in bound_html  # the HTML itself, escaped into the textarea


@EDITING_PAGES
def test_the_editors_area_gets_the_fields_label(editor_client, release, mission, open_page):
    response, _name, _widget = open_page(editor_client, release, mission)

    # With the page's media, the script that hands its label to the editable area.
    assert f'<script src="/static/{LABEL_SCRIPT}"' in response.text
    script = finders.find(LABEL_SCRIPT)
    assert 'area.setAttribute("aria-labelledby", label.id)' in Path(script).read_text()


@EDITING_PAGES
def test_editor_assets_are_served_from_this_site(editor_client, release, mission, open_page):
    response, _name, _widget = open_page(editor_client, release, mission)

    urls = static_urls(response.text)
    editor_urls = [url for url in urls if "django_prose_editor/" in url]
    assert {url.rsplit("/", 1)[1] for url in editor_urls} >= {
        "editor.js", "configurable.js", "editor.css", "overrides.css", "material-icons.css",
    }  # fmt: skip
    for url in urls:
        assert url.startswith("/"), f"{url} is not served by this site"
        assert not url.startswith("//"), f"{url} is not served by this site"


def test_any_model_form_gets_the_editor_unless_it_chose_another_widget():
    plain = modelform_factory(PressRelease, fields=["body"])()
    hidden = modelform_factory(PressRelease, fields=["body"], widgets={"body": forms.HiddenInput})()

    assert type(plain.fields["body"].widget) is RichTextEditor
    assert type(hidden.fields["body"].widget) is forms.HiddenInput


def test_editor_assets_are_found_by_the_staticfiles_finders():
    media = str(AdminRichTextEditor(extensions=EDITOR_EXTENSIONS).media)
    paths = [url.removeprefix("/static/") for url in static_urls(media)]
    paths.append("django_prose_editor/material-icons.woff2")  # the icons' font, from the CSS

    assert len(paths) > 5
    for path in paths:
        assert finders.find(path), f"{path} is not among the static files"


def test_collected_and_served_by_whitenoise_as_in_production(
    editor_client, release, settings, tmp_path
):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # a new client starts WhiteNoise afresh, over the collected files
    factories.log_in_verified(client, editor_client.user)

    page = client.get(change_url(release)).text

    editor_js = [
        url for url in static_urls(page) if re.search(r"prose_editor/editor\.\w+\.js$", url)
    ]
    assert editor_js and all(re.search(r"editor\.[0-9a-f]{12}\.js$", url) for url in editor_js)
    assert len(set(editor_js)) == 1  # the module tag and the import map load one and the same
    response = client.get(editor_js[0])
    assert response.status_code == 200
    assert "javascript" in response["Content-Type"]


# Whatever is posted, the public pages show only clean HTML ------------------------------------


def test_hostile_html_posted_to_a_release_never_reaches_the_public_page(editor_client, release):
    data = change_form_data(editor_client, release, body=HOSTILE)

    response = editor_client.post(change_url(release), data)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.body == HOSTILE_CLEANED
    page = Client().get(release.get_absolute_url()).text
    assert "<p>Kept</p>" in page
    for marker in HOSTILE_MARKERS:
        assert marker not in page


def test_hostile_html_posted_to_a_section_never_reaches_the_public_page(editor_client, mission):
    # (position 1: tests/admin_forms.py leaves out an inline's falsy values, 0 included)
    section = factories.make_section(
        mission, "Democratization", position=1, text="<p>Elections.</p>"
    )
    data = change_form_data(editor_client, mission, **{"sections-0-text": HOSTILE})

    response = editor_client.post(change_url(mission), data)

    assert response.status_code == 302
    section.refresh_from_db()
    assert section.text == HOSTILE_CLEANED
    page = Client().get(mission.get_absolute_url()).text
    assert "<p>Kept</p>" in page
    for marker in HOSTILE_MARKERS:
        assert marker not in page


def test_what_the_editor_writes_is_saved_and_shown_as_written(editor_client, release):
    written = "".join(EDITOR_OUTPUT.values())
    data = change_form_data(editor_client, release, body=written)

    assert editor_client.post(change_url(release), data).status_code == 302

    release.refresh_from_db()
    assert parse_html(release.body) == parse_html(written)
    assert release.body in Client().get(release.get_absolute_url()).text
