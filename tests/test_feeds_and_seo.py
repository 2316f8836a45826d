"""Feeds, sitemaps, robots.txt and the page head: canonical address, Open Graph, JSON-LD."""

import html
import io
import json
import re
from datetime import timedelta
from html.parser import HTMLParser
from xml.etree import ElementTree

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from core import languages
from news.feeds import FEED_SIZE
from news.models import PressRelease
from news.sitemaps import PressReleaseSitemap
from tests.factories import (
    make_department,
    make_draft,
    make_field,
    make_operation,
    make_page,
    make_place,
    make_release,
    make_scheduled,
    make_state,
    make_structure,
)

pytestmark = pytest.mark.django_db

FEEDS = ["/news/feed/rss/", "/news/feed/atom/"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def add_photo(release, alt="Participants around a table"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    # A named ContentFile, or ImageField cannot store the width and height.
    content = ContentFile(buffer.getvalue(), name="meeting.png")
    release.photo.save("meeting.png", content, save=False)
    release.photo_alt = alt
    release.save()
    return release


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


class Head(HTMLParser):
    """The <meta property>, <link rel> and JSON-LD scripts of a page."""

    def __init__(self, text):
        super().__init__()
        self.meta, self.links, self.json_ld = {}, {}, []
        self._in_json_ld = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "property" in attrs:
            self.meta[attrs["property"]] = attrs["content"]
        elif tag == "link":
            self.links.setdefault(attrs["rel"], []).append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def sitemap_entries(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    root = ElementTree.fromstring(response.content)
    return {entry.findtext(f"{SITEMAP}loc"): entry.findtext(f"{SITEMAP}lastmod") for entry in root}


# Feeds


@pytest.mark.parametrize("url", FEEDS)
def test_feed_lists_the_filtered_published_releases(client, url, release, field, other_field):
    make_release("Rule of law news", fields=[other_field])
    make_draft("Draft on elections", fields=[field])
    make_scheduled("Tomorrow's elections release", fields=[field])

    feed = parse_feed(client, f"{url}?field=elections")

    assert feed.feed.title == "OSCE newsroom: Elections"
    assert "Field of work: Elections" in feed.feed.get("subtitle", feed.feed.get("description"))
    assert feed.feed.link == "http://testserver/news/?field=elections"
    assert [entry.title for entry in feed.entries] == ["Chairperson visits Belgrade"]
    entry = feed.entries[0]
    assert entry.link == "http://testserver/news/chairperson-visits-belgrade/"
    assert entry.summary == "BELGRADE – A visit to the Mission."  # the dateline first
    assert [tag.term for tag in entry.tags] == ["Elections"]
    assert entry.author == "OSCE Chairpersonship, OSCE Mission to Serbia"
    assert entry.id == f"tag:testserver,{release.created_at:%Y-%m-%d}:press-release/{release.pk}"
    assert entry.published_parsed[:5] == release.published_at.utctimetuple()[:5]


def test_feed_title_names_every_selected_field(client, release, other_field):
    feed = parse_feed(client, f"{FEEDS[0]}?field=rule-of-law&field=elections&page=2")

    assert feed.feed.title == "OSCE newsroom: Elections, Rule of law"
    assert feed.feed.link == "http://testserver/news/?field=rule-of-law&field=elections"


@pytest.mark.parametrize("url", FEEDS)
def test_unfiltered_feed_has_every_published_release_and_no_draft(client, url, release):
    make_release("Second release")
    make_draft("Secret draft")
    make_scheduled("Not yet")

    feed = parse_feed(client, url)

    assert feed.feed.title == "OSCE newsroom"
    assert {entry.title for entry in feed.entries} == {
        "Chairperson visits Belgrade",
        "Second release",
    }


@pytest.mark.parametrize("url", FEEDS)
def test_feed_stops_at_fifty_newest(client, url):
    now = timezone.now()
    for hours in range(FEED_SIZE + 5):
        make_release(f"Release {hours} hours old", published_at=now - timedelta(hours=hours + 1))

    entries = parse_feed(client, url).entries

    assert len(entries) == FEED_SIZE == 50
    assert entries[0].title == "Release 0 hours old"
    assert entries[-1].title == "Release 49 hours old"


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize("query", ["field=nope", "field=%3Cscript%3E", "field=" + "x" * 300])
def test_bad_filter_is_a_400_in_plain_text(client, url, query, field):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith("This feed cannot be built:")


@pytest.mark.parametrize("url", FEEDS)
def test_feed_photo_is_an_enclosure_with_its_size(client, url, release):
    add_photo(release)

    entry = parse_feed(client, url).entries[0]

    [enclosure] = entry.enclosures
    picture = release.photo_open_graph  # a JPEG copy for link previews, not the PNG upload
    assert enclosure.href == f"http://testserver{picture.url}"
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == release.photo.storage.size(picture.name) > 0


@pytest.mark.parametrize("url", FEEDS)
def test_feed_skips_the_enclosure_of_a_missing_photo_file(client, url, release):
    # A row naming a file that is not there (lost media), and so no renditions of it.
    PressRelease.objects.filter(pk=release.pk).update(
        photo="photos/gone/meeting.png", photo_width=40, photo_height=30, photo_alt="People"
    )

    entry = parse_feed(client, url).entries[0]

    assert entry.enclosures == []


def test_titles_with_markup_reach_readers_as_written(client, field):
    title = "Talks & <b>results</b>"
    make_release(title, summary="Less < more & so on", fields=[field])

    rss = parse_feed(client, FEEDS[0]).entries[0]
    atom = parse_feed(client, FEEDS[1]).entries[0]

    # RSS readers read titles and descriptions as HTML; Atom titles are plain text.
    assert rss.title_detail.type == "text/html" and html.unescape(rss.title) == title
    assert atom.title_detail.type == "text/plain" and atom.title == title
    for entry in (rss, atom):
        assert html.unescape(entry.summary) == "Less < more & so on"


def add_releases(count, fields, sources, places):
    for _ in range(count):
        make_release(fields=fields, sources=sources, places=places, tags=["one"])


@pytest.mark.parametrize(("url", "pinned"), [(FEEDS[0], 4), (FEEDS[1] + "?field=elections", 5)])
def test_feed_query_count_is_pinned(client, url, pinned, field, other_field):
    relations = {
        "fields": [field, other_field],
        "sources": [make_structure("Chairpersonship", kind="chairpersonship")],
        "places": [make_place("Vienna"), make_place("Belgrade")],
    }
    add_releases(3, **relations)
    client.get(url)  # the sites framework caches its Site row after the first request

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    add_releases(27, **relations)
    many = count()

    assert few == many == pinned


def test_feed_links_keep_the_filters_and_drop_the_page():
    request = RequestFactory().get("/news/", {"field": ["elections", "youth"], "page": "3"})
    rendered = Template("{% load news_tags %}{% feed_links %}").render(RequestContext(request))

    head = Head(rendered)
    hrefs = {link["type"]: link["href"] for link in head.links["alternate"]}
    assert hrefs == {
        "application/rss+xml": "/news/feed/rss/?field=elections&field=youth",
        "application/atom+xml": "/news/feed/atom/?field=elections&field=youth",
    }


def test_feed_links_line_for_the_newsroom_template_puts_them_in_the_head():
    request = RequestFactory().get("/news/")
    child = Template(
        '{% extends "base.html" %}{% block feeds %}{% load news_tags %}{% feed_links %}'
        "{% endblock %}"
    )
    page = child.render(RequestContext(request))

    head = page.split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head
    assert 'href="/news/feed/atom/"' in head


def test_pages_without_the_block_have_no_feed_links(client, release):
    alternates = head_of(client, release.get_absolute_url()).links["alternate"]
    assert [link for link in alternates if "type" in link] == []  # hreflang ones only


# Sitemaps and robots.txt


def test_sitemap_index_lists_every_section_on_the_request_host(client, settings, release):
    settings.ALLOWED_HOSTS = ["www.osce.test"]

    index = sitemap_entries(client, "/sitemap.xml", HTTP_HOST="www.osce.test")

    sections = [
        "pages",
        "fields-of-work",
        "field-operations",
        "departments",
        "states",
        "structures",
        "news",
        "publications",
        "projects",
        "events",
        "event-series",
        "editable-pages",
        "leadership",
        "people",
    ]
    assert list(index) == [f"http://www.osce.test/sitemap-{name}.xml" for name in sections]
    assert index["http://www.osce.test/sitemap-news.xml"].startswith(
        f"{timezone.localdate(release.updated_at):%Y-%m-%d}"
    )


def test_sitemap_sections_list_the_pages_on_the_request_host(
    client, settings, release, field, mission, serbia, chairpersonship
):
    settings.ALLOWED_HOSTS = ["www.osce.test"]
    secretariat = make_structure("Secretariat", kind="secretariat")

    def locations(section):
        entries = sitemap_entries(client, f"/sitemap-{section}.xml", HTTP_HOST="www.osce.test")
        return [url.removeprefix("http://www.osce.test") for url in entries]

    english = ["/", "/fields-of-work/", "/field-operations/", "/participating-states/"]
    english += ["/structures/", "/news/"]
    # Each in every language of the site, English first.
    assert locations("pages") == [
        path if language == "en" else f"/{language}{path}"
        for path in english
        for language in languages.codes()
    ]
    assert locations("fields-of-work") == [field.get_absolute_url()]
    assert locations("field-operations") == [mission.get_absolute_url()]
    assert locations("states") == [serbia.get_absolute_url()]
    # Field operations are structures too, but have their own section.
    assert sorted(locations("structures")) == sorted(
        [chairpersonship.get_absolute_url(), secretariat.get_absolute_url()]
    )
    assert locations("news") == [release.get_absolute_url()]


def test_news_sitemap_has_published_releases_only_newest_first_with_lastmod(client, release):
    newer = make_release("Newer", published_at=timezone.now() - timedelta(minutes=5))
    draft = make_draft("Secret draft")
    scheduled = make_scheduled("Not yet")

    entries = sitemap_entries(client, "/sitemap-news.xml")

    assert list(entries) == [
        f"http://testserver{newer.get_absolute_url()}",
        f"http://testserver{release.get_absolute_url()}",
    ]
    assert entries[f"http://testserver{release.get_absolute_url()}"] == (
        f"{timezone.localdate(release.updated_at):%Y-%m-%d}"
    )
    body = client.get("/sitemap-news.xml").content.decode()
    assert draft.slug not in body and scheduled.slug not in body


def test_lastmod_of_the_news_and_the_newsroom_ignores_drafts_and_future_releases(client, release):
    three_days_ago = timezone.now() - timedelta(days=3)
    PressRelease.objects.filter(pk=release.pk).update(
        published_at=three_days_ago - timedelta(hours=1), updated_at=three_days_ago
    )
    make_draft("Secret draft")  # changed just now
    make_scheduled("Not yet")

    pages = sitemap_entries(client, "/sitemap-pages.xml")
    index = sitemap_entries(client, "/sitemap.xml")

    assert pages["http://testserver/news/"] == f"{timezone.localdate(three_days_ago):%Y-%m-%d}"
    # The home page shows the latest news: it changes with it.
    assert pages["http://testserver/"] == pages["http://testserver/news/"]
    news_lastmod = timezone.datetime.fromisoformat(index["http://testserver/sitemap-news.xml"])
    assert news_lastmod == three_days_ago


def test_news_sitemap_is_paginated_by_the_framework(client, monkeypatch):
    assert PressReleaseSitemap.limit == 50_000  # the framework's (and the protocol's) limit
    monkeypatch.setattr(PressReleaseSitemap, "limit", 2)
    now = timezone.now()
    releases = [make_release(published_at=now - timedelta(hours=hours + 1)) for hours in range(3)]

    index = sitemap_entries(client, "/sitemap.xml")
    second_page = sitemap_entries(client, "/sitemap-news.xml?p=2")

    assert "http://testserver/sitemap-news.xml?p=2" in index
    assert list(second_page) == [f"http://testserver{releases[2].get_absolute_url()}"]
    assert client.get("/sitemap-news.xml?p=3").status_code == 404


def test_empty_sitemap_sections_and_unknown_sections(client):
    assert sitemap_entries(client, "/sitemap-news.xml") == {}
    assert "http://testserver/sitemap-news.xml" in sitemap_entries(client, "/sitemap.xml")
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_sitemap_query_count_is_pinned(client):
    def add_content(count):
        for _ in range(count):
            make_release()
            make_field()
            make_state()
            make_department(make_operation())

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = [
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/sitemap-pages.xml",
        "/sitemap-states.xml",
        "/sitemap-departments.xml",
    ]
    add_content(3)
    client.get("/sitemap.xml")  # the sites framework caches its Site row after the first request
    few = [count(url) for url in urls]
    add_content(27)
    many = [count(url) for url in urls]

    # The index: a count per section and each section's latest change (one aggregate per object
    # section, one per page of the pages section); each page of "pages" has its own lastmod.
    # One more than before languages: the news section pages each release in every language it
    # is published in, so the index counts its pages on the releases and their translations
    # (read in two queries rather than counted in one); and so do the sections of fields of
    # work, States, structures and operations (one query more each: their translations).
    # Six more for the departments: their pages are counted on the departments, their
    # translations and their operations' (which decide the languages they exist in). Two more
    # for the editable pages' section (its pages, read with their translations and lineages to
    # be paged, none here; and their latest change). Four more for people: whether the
    # Leadership page lists a position (none here), and the people's pages, counted with their
    # translations, and their latest change. Two more for the publications' section: its count
    # and its latest change. Two more for the projects' section: its count and its latest
    # change. Four more for meetings and conferences: the events' and the series' sections,
    # each its count and its latest change.
    assert few == many == [41, 2, 6, 2, 5]


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# Canonical address, Open Graph and JSON-LD


@pytest.mark.parametrize(
    ("url", "canonical", "title"),
    [
        ("/", "http://testserver/", "Home"),
        ("/fields-of-work/?utm_source=x", "http://testserver/fields-of-work/", "Fields of work"),
        ("/fields-of-work/elections/", "http://testserver/fields-of-work/elections/", "Elections"),
        ("/structures/", "http://testserver/structures/", "Structures and institutions"),
    ],
)
def test_pages_have_a_canonical_address_and_open_graph_tags(client, release, url, canonical, title):
    head = head_of(client, url)

    assert [link["href"] for link in head.links["canonical"]] == [canonical]
    assert head.meta["og:url"] == canonical
    assert head.meta["og:site_name"] == "OSCE"
    assert head.meta["og:type"] == "website"
    assert head.meta["og:title"] == title
    assert head.meta["og:description"]
    assert head.json_ld == []


def test_newsroom_canonical_address_drops_the_query_string(client, release):
    head = head_of(client, "/news/?field=elections&page=1")

    assert head.links["canonical"][0]["href"] == "http://testserver/news/"
    assert head.meta["og:type"] == "website"


def test_open_graph_description_is_the_meta_description(client, field):
    page = client.get(field.get_absolute_url()).content.decode()

    head = Head(page)
    description = re.search(r'<meta name="description" content="([^"]*)">', page)
    assert head.meta["og:description"] == html.unescape(description[1])
    assert head.meta["og:description"] == "How the OSCE helps elections stay free."


def test_release_page_is_an_article_with_its_photo(client, release):
    add_photo(release)

    head = head_of(client, release.get_absolute_url())

    url = "http://testserver/news/chairperson-visits-belgrade/"
    assert head.links["canonical"][0]["href"] == url
    assert head.meta["og:url"] == url
    assert head.meta["og:type"] == "article"
    assert head.meta["og:title"] == "Chairperson visits Belgrade"
    assert head.meta["og:description"] == "A visit to the Mission."
    # A release's photographs are served by the view that checks the release (news/media/).
    assert head.meta["og:image"].startswith("http://testserver/news/media/CACHE/images/")
    assert head.meta["og:image"].endswith(".jpg")
    assert head.meta["og:image:alt"] == "Participants around a table"
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("40", "30")
    published = timezone.datetime.fromisoformat(head.meta["article:published_time"])
    assert published == release.published_at.replace(microsecond=published.microsecond)


def test_release_page_without_photo_has_no_image_tags(client, release):
    head = head_of(client, release.get_absolute_url())

    assert "og:image" not in head.meta
    assert "image" not in json.loads(head.json_ld[0])


def test_release_json_ld_is_a_news_article(client, release):
    add_photo(release)

    head = head_of(client, release.get_absolute_url())

    [data] = [json.loads(text) for text in head.json_ld]
    url = "http://testserver/news/chairperson-visits-belgrade/"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Chairperson visits Belgrade"
    assert data["url"] == url
    assert data["description"] == "A visit to the Mission."
    assert timezone.datetime.fromisoformat(data["datePublished"]) == release.published_at
    assert timezone.datetime.fromisoformat(data["dateModified"]) == release.updated_at
    picture = release.photo_open_graph
    assert data["image"]["url"] == f"http://testserver{picture.url}"
    assert (data["image"]["width"], data["image"]["height"]) == (picture.width, picture.height)
    assert picture.url != release.photo.url  # a resized copy, never the upload
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["alternateName"] == "OSCE"
    assert [(a["@type"], a["name"]) for a in data["author"]] == [
        ("Organization", "OSCE Chairpersonship"),
        ("Organization", "OSCE Mission to Serbia"),
    ]
    assert data["locationCreated"] == [{"@type": "Place", "name": "Belgrade"}]
    assert data["about"] == [
        {
            "@type": "Thing",
            "name": "Elections",
            "url": "http://testserver/fields-of-work/elections/",
        }
    ]


def test_a_title_cannot_break_out_of_the_json_ld_script(client, field):
    title = "Talks </script><script>alert(1)</script> & <!-- more"
    release = make_release(title, summary="</SCRIPT>", fields=[field])

    page = client.get(release.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in page
    assert "</SCRIPT>" not in page
    head = Head(page)
    [data] = [json.loads(text) for text in head.json_ld]
    assert data["headline"] == title
    assert data["description"] == "</SCRIPT>"
    assert head.meta["og:title"] == title


def test_every_page_in_the_sitemap_has_a_lastmod(client, release, field, mission, serbia):
    field.summary = "Edited today."
    field.save()
    make_department(mission)
    make_page("About us")
    sections = [
        "pages",
        "fields-of-work",
        "field-operations",
        "departments",
        "states",
        "structures",
        "news",
        "editable-pages",
    ]
    for section in sections:
        entries = sitemap_entries(client, f"/sitemap-{section}.xml")
        assert entries, section
        assert all(entries.values()), f"{section}: {entries}"
    fields = sitemap_entries(client, "/sitemap-fields-of-work.xml")
    field.refresh_from_db()
    assert timezone.datetime.fromisoformat(
        fields[f"http://testserver{field.get_absolute_url()}"]
    ) == (field.updated_at.replace(microsecond=0)) or fields[
        f"http://testserver{field.get_absolute_url()}"
    ].startswith(timezone.localtime(field.updated_at).date().isoformat())
