"""Hostile input, public and admin (issue 10): whatever is sent, the answer is a page, a form
error, a 400 or a 404, never a server error; an editor's text is never lost; and feeds hand
readers what editors wrote as text.

Run these on SQLite and on PostgreSQL: PostgreSQL is where NUL characters, numbers too big for
their column and over-long search documents fail.
"""

import html
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

import feedparser
import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from countries.models import Chairpersonship
from fields.models import ResourceLink
from tests.admin_forms import change_form_data, change_url
from tests.factories import (
    make_field,
    make_operation,
    make_place,
    make_release,
    make_section,
    make_state,
    make_structure,
)

pytestmark = pytest.mark.django_db

NEWS = "/news/"
FEEDS = ["/news/feed/rss/", "/news/feed/atom/"]
PUBLIC_LISTS = [NEWS, *FEEDS]
FILTERS = ["field", "source", "country", "type", "tag", "year", "from", "to", "q", "page"]

# What an attacker (or a confused client) puts in a query string or a form, by name.
HOSTILE = {
    "first-day": "0001-01-01",
    "last-day": "9999-12-31",
    "day-zero": "0000-00-00",
    "short-date": "1-1-1",
    "year-five-digits": "99999-01-01",
    "minus-one": "-1",
    "zero": "0",
    "year-10000": "10000",
    "twenty-digits": "99999999999999999999",
    "arabic-indic": "٢٠٢٤",
    "full-width": "２０２４",
    "superscript": "²",
    "arabic-indic-date": "٢٠٢٤-٠١-٠١",
    "full-width-date": "２０２４-０１-０１",
    "nul": "\x00",
    "nul-inside": "2024\x00",
    "control": "\x01\x02\x1b",
    "long": "x" * 10_000,
    "long-digits": "9" * 10_000,
    "markup": "<script>alert(1)</script>",
    "exponent": "1e9999",
    "padded": " 2024 ",
    "right-to-left": "\u202e2024",
}
# Percent-encodings that are not UTF-8: an invalid byte, a lone surrogate, an overlong slash.
RAW = {"invalid-byte": "%ff", "lone-surrogate": "%ed%a0%80", "overlong": "%c0%af"}
REPEATED = {
    "twice": "{name}=2020&{name}=2021",
    "good-then-bad": "{name}=2020&{name}=%00",
    "bad-then-good": "{name}=%00&{name}=2020",
    "empty-and-nul": "{name}=&{name}=%ff%00",
}


def query_cases():
    """(id, query string) for every hostile value in one parameter."""
    for name, value in HOSTILE.items():
        yield name, lambda param, value=value: urlencode({param: value})
    for name, raw in RAW.items():
        yield name, lambda param, raw=raw: f"{param}={raw}"
    for name, template in REPEATED.items():
        yield name, lambda param, template=template: template.format(name=param)


QUERY_CASES = dict(query_cases())


@pytest.fixture
def newsroom(db):
    """One release in each relation the filters read, so every filter reaches the database."""
    field = make_field("Elections")
    source = make_structure("Secretariat", kind="secretariat")
    state = make_state("Serbia", code="RS")
    return make_release(
        "Observers report",
        summary="Observers reported on the elections.",
        body="<p>The observers met.</p>",
        fields=[field],
        sources=[source],
        places=[make_place("Belgrade", state=state)],
        states=[state],
        tags=["elections"],
    )


class ShownText(HTMLParser):
    """What a browser shows of a page: its text, not its attributes (where input comes back
    escaped, in links that keep the filters and in the search box), scripts or styles."""

    def __init__(self, content):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0
        self.feed(content)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def __str__(self):
        return "".join(self.parts)


def assert_safe_answer(response, *, allowed=(200, 400, 404), admin=False):
    """A client error or a page, and nothing of the raw input a browser could run or choke on:
    no NUL (on the public site not even in an attribute), no markup, no megabytes of it."""
    assert response.status_code in allowed, (response.status_code, response.content[:500])
    content = response.content
    kind = response["Content-Type"]
    if kind.startswith("text/plain"):  # a feed's 400, which no browser takes for HTML
        assert response["X-Content-Type-Options"] == "nosniff"
    else:
        assert b"<script>alert(1)" not in content
    if not admin:
        assert b"\x00" not in content
    text = content.decode(errors="replace")
    if kind.startswith("text/html"):
        text = str(ShownText(text))
    assert "\x00" not in text
    assert "x" * 1000 not in text


# Public: the newsroom and its feeds, every filter ----------------------------------------------


@pytest.mark.parametrize("case", QUERY_CASES)
@pytest.mark.parametrize("param", FILTERS)
@pytest.mark.parametrize("url", PUBLIC_LISTS)
def test_hostile_filter_values_are_a_client_error_or_a_page(client, newsroom, url, param, case):
    response = client.get(f"{url}?{QUERY_CASES[case](param)}")

    assert_safe_answer(response)
    if url in FEEDS and response.status_code == 400:
        assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize("url", PUBLIC_LISTS)
def test_every_filter_hostile_at_once(client, newsroom, url):
    query = "&".join(f"{param}=%00%ff{quote('٢٠٢٤')}" for param in FILTERS)
    assert_safe_answer(client.get(f"{url}?{query}"))


@pytest.mark.parametrize(
    "query",
    [
        {"from": "0001-01-01"},
        {"to": "9999-12-31"},
        {"from": "0001-01-01", "to": "9999-12-31"},
        {"year": "10000"},
        {"year": "0"},
    ],
)
@pytest.mark.parametrize("url", PUBLIC_LISTS)
def test_dates_at_the_edges_of_the_calendar_are_a_400(client, newsroom, url, query):
    assert client.get(url, query).status_code == 400


@pytest.mark.parametrize("url", PUBLIC_LISTS)
def test_a_type_error_does_not_echo_the_value(client, newsroom, url):
    response = client.get(url, {"type": "\x00" + "y" * 5000})
    assert response.status_code == 400
    assert b"\x00" not in response.content
    text = response.content.decode()
    assert "y" * 100 not in (str(ShownText(text)) if url == NEWS else text)


# Public: the site search, the sitemaps, detail pages -------------------------------------------


@pytest.mark.parametrize("case", QUERY_CASES)
def test_hostile_site_search(client, newsroom, case):
    assert_safe_answer(client.get(f"{reverse('search:results')}?{QUERY_CASES[case]('q')}"))


@pytest.mark.parametrize("case", QUERY_CASES)
@pytest.mark.parametrize("section", ["news", "fields-of-work", "pages"])
def test_hostile_sitemap_page(client, newsroom, section, case):
    response = client.get(f"/sitemap-{section}.xml?{QUERY_CASES[case]('p')}")
    assert_safe_answer(response)


@pytest.mark.parametrize(
    "slug",
    ["x" * 10_000, "a" * 201, "٢٠٢٤", "%00", "%ff", "%ed%a0%80", "0", "-", "_" * 300],
)
@pytest.mark.parametrize(
    "prefix",
    ["/news/", "/fields-of-work/", "/field-operations/", "/participating-states/", "/structures/"],
)
def test_hostile_detail_slugs_are_a_404(client, newsroom, prefix, slug):
    response = client.get(f"{prefix}{slug}/")
    assert_safe_answer(response, allowed=(404,))


# Admin: the release list's filters, the calendar, the autocomplete --------------------------

RELEASES = "/admin/news/pressrelease/"
OPERATIONS = "/admin/missions/fieldoperation/"
CALENDAR = "/admin/news/pressrelease/calendar/"
AUTOCOMPLETE = "/admin/autocomplete/"
CHANGELIST_PARAMS = [
    "visibility",
    "year",
    "published_at__year",
    "q",
    "o",
    "p",
    "fields_of_work__id__exact",
    "sources__id__exact",
]
DATE_HIERARCHY_QUERIES = [
    "{field}__year=99999999999&{field}__month=13",
    "{field}__year=99999999999",
    "{field}__year=10000",
    "{field}__year=9999",
    "{field}__year=9999&{field}__month=12",
    "{field}__year=9999&{field}__month=12&{field}__day=31",
    "{field}__year=1&{field}__month=1&{field}__day=1",
    "{field}__year=1",
    "{field}__year=0",
    "{field}__year=-1",
    "{field}__year=2024&{field}__month=0",
    "{field}__year=2024&{field}__month=2&{field}__day=30",
    "{field}__year=2024&{field}__month=99999999999999999999",
    "{field}__year=%D9%A2%D9%A0%D9%A2%D9%A4&{field}__month=%C2%B2",
    "{field}__year=%00",
]


def assert_admin_answer(client, response):
    """A page, or Django's redirect to the "?e=1" page for lookups it cannot apply: not a 500."""
    assert_safe_answer(response, allowed=(200, 302, 400, 404), admin=True)
    if response.status_code == 302:
        assert_safe_answer(client.get(response["Location"]), allowed=(200,), admin=True)


@pytest.mark.parametrize("case", QUERY_CASES)
@pytest.mark.parametrize("param", CHANGELIST_PARAMS)
def test_hostile_release_list_filters(editor_client, release, param, case):
    response = editor_client.get(f"{RELEASES}?{QUERY_CASES[case](param)}")
    assert_admin_answer(editor_client, response)


@pytest.mark.parametrize("query", DATE_HIERARCHY_QUERIES)
@pytest.mark.parametrize(("url", "name"), [(RELEASES, "published_at"), (OPERATIONS, "established")])
def test_date_hierarchy_at_the_edges_of_the_calendar(editor_client, release, url, name, query):
    response = editor_client.get(f"{url}?{query.format(field=name)}")
    assert_admin_answer(editor_client, response)


@pytest.mark.parametrize("year", ["²", "٢٠٢٤", "10000", "99999999999999999999", "0"])
def test_release_list_year_filter(editor_client, release, year):
    assert_admin_answer(editor_client, editor_client.get(RELEASES, {"year": year}))


@pytest.mark.parametrize("case", QUERY_CASES)
def test_hostile_calendar_start(editor_client, release, case):
    response = editor_client.get(f"{CALENDAR}?{QUERY_CASES[case]('start')}")
    assert_safe_answer(response, allowed=(200,), admin=True)


@pytest.mark.parametrize("start", ["0001-01-01", "0001-01-08", "9999-12-31", "9999-12-06"])
def test_calendar_at_the_edges_of_the_calendar(editor_client, release, start):
    response = editor_client.get(CALENDAR, {"start": start})
    assert response.status_code == 200
    # Its links to the four weeks before and after are dates a calendar can show.
    links = " ".join(re.findall(r'href="[^"]*"', response.text))
    assert "9999-" not in links and "0001-" not in links


@pytest.mark.parametrize("term", ["\x00", "a\x00b", "x" * 10_000, "%", "_", "\\", "٢٠٢٤", "'"])
@pytest.mark.parametrize("field_name", ["places", "sources", "fields_of_work", "states"])
def test_hostile_autocomplete_term(editor_client, release, field_name, term):
    query = {"app_label": "news", "model_name": "pressrelease", "field_name": field_name}
    response = editor_client.get(AUTOCOMPLETE, {**query, "term": term})
    assert_safe_answer(response, allowed=(200, 400), admin=True)


@pytest.mark.parametrize("page", ["0", "-1", "99999999999999999999", "9" * 5000, "٢", "²", "\x00"])
def test_hostile_autocomplete_page(editor_client, release, page):
    query = {"app_label": "news", "model_name": "pressrelease", "field_name": "places"}
    response = editor_client.get(AUTOCOMPLETE, {**query, "term": "b", "page": page})
    assert_safe_answer(response, allowed=(200, 400, 404), admin=True)


# Admin: the release form ---------------------------------------------------------------------

RELEASE_FIELDS = [
    "type",
    "title",
    "slug",
    "status",
    "published_at_0",
    "published_at_1",
    "expires_at_0",
    "expires_at_1",
    "places",
    "sources",
    "fields_of_work",
    "states",
    "summary",
    "body",
    "tags",
    "photo_alt",
    "photo_caption",
    "photo_credit",
    "opened_version",
]


def post_change(client, obj, **overrides):
    return client.post(change_url(obj), change_form_data(client, obj, **overrides))


def refused(response):
    """The form came back with errors (and with what was posted): nothing saved, nothing lost."""
    assert response.status_code == 200, response.status_code
    form = response.context["adminform"].form
    inlines = response.context["inline_admin_formsets"]
    assert form.errors or any(inline.formset.errors for inline in inlines)
    return form


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("name", RELEASE_FIELDS)
def test_hostile_release_form_values(editor_client, release, name, value):
    response = post_change(editor_client, release, **{name: value})

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        form = refused(response)
        if name in form.data and "_" not in name[-2:]:
            assert form.data.getlist(name) == [value]  # shown again to the editor
    if "\x00" in value:
        assert response.status_code == 200  # PostgreSQL cannot store it: the form refuses it


@pytest.mark.parametrize(
    ("name", "date", "time"),
    [
        ("published_at", "0001-01-01", "00:00"),
        ("published_at", "0001-01-01", "01:05"),
        ("published_at", "9999-12-31", "23:59"),
        ("published_at", "1900-01-01", "00:00"),
        ("published_at", "2150-01-01", "00:00"),
        ("published_at", "٢٠٢٤-٠١-٠١", "٢٣:٥٩"),
        ("expires_at", "9999-12-31", "23:59"),
        ("expires_at", "0001-01-01", "00:00"),
    ],
)
def test_publication_times_far_in_the_past_or_future_are_refused(
    editor_client, release, name, date, time
):
    response = post_change(editor_client, release, **{f"{name}_0": date, f"{name}_1": time})

    form = refused(response)
    assert name in form.errors


@pytest.mark.parametrize(
    "tags",
    [
        "x" * 101,
        "short, " + "y" * 300,
        '"' + "z" * 150 + '"',
        "ﷺ" * 10,  # ten characters, a slug of 170
        "tag\x00",
    ],
)
def test_over_long_tags_are_refused(editor_client, release, tags):
    form = refused(post_change(editor_client, release, tags=tags))
    assert "tags" in form.errors


def test_many_tags_at_the_limit_are_kept(editor_client, release):
    tags = [f"{'t' * 80} {number}" for number in range(30)]
    response = post_change(editor_client, release, tags=", ".join(tags))

    assert response.status_code == 302
    assert sorted(release.tags.names()) == sorted(tags)


def distinct_words(size):
    """Text of about `size` characters made of different words: the hardest text to index."""
    words, length = [], 0
    while length < size:
        words.append(f"word{len(words):x}")
        length += len(words[-1]) + 1
    return " ".join(words)


def test_a_huge_body_is_saved_whole_and_indexed_from_its_start(editor_client, release):
    body = f"<p>Zanzibarian opening. {distinct_words(2_400_000)} Closingmarker.</p>"
    assert len(body) > 2_400_000

    response = post_change(editor_client, release, body=body)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.body == body  # the editor's text is never lost
    found = Client().get(NEWS, {"q": "zanzibarian"})
    assert [each.pk for each in found.context["releases"]] == [release.pk]
    if connection.vendor == "postgresql":
        assert release.search_vector is not None


def test_a_huge_summary_is_saved_whole(editor_client, release):
    summary = f"Zanzibarian summary {distinct_words(1_500_000)}"

    response = post_change(editor_client, release, summary=summary)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.summary == summary
    found = Client().get(NEWS, {"q": "zanzibarian"})
    assert [each.pk for each in found.context["releases"]] == [release.pk]


def test_a_huge_body_written_outside_the_admin_is_indexed(release):
    release.body = f"<p>Zanzibarian {distinct_words(2_400_000)}</p>"
    release.save()
    found = Client().get(NEWS, {"q": "zanzibarian"})
    assert [each.pk for each in found.context["releases"]] == [release.pk]


@pytest.mark.parametrize("raw", RAW.values(), ids=RAW.keys())
@pytest.mark.parametrize("name", ["title", "summary", "body", "tags"])
def test_invalid_utf8_in_a_release_form(editor_client, release, name, raw):
    data = change_form_data(editor_client, release)
    data[name] = "MARKER"
    encoded = urlencode(data, doseq=True).replace("MARKER", f"Talks{raw}")
    response = editor_client.post(
        change_url(release), encoded, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 302)


NOT_KEYS = ["²", "٢٠٢٤-٠١-٠١", "99999999999999999999", "\x00", "x" * 5000]


@pytest.mark.parametrize("value", NOT_KEYS)
@pytest.mark.parametrize("name", ["places", "sources", "fields_of_work", "states"])
def test_autocomplete_fields_show_a_bad_choice_as_a_form_error(editor_client, release, name, value):
    response = post_change(editor_client, release, **{name: [str(release.places.get().pk), value]})
    assert name in refused(response).errors


# Admin: other apps' forms (positions, dates, NUL) --------------------------------------------


@pytest.fixture
def operation(db):
    operation = make_operation("Mission to Skopje", established=timezone.now().date())
    make_section(operation, "Democratization", position=1, text="<p>Elections.</p>")
    return operation


NUMBERS = {
    "column-overflow": "99999999",
    "smallint-plus-one": "32768",
    "twenty-digits": "99999999999999999999",
    "minus-one": "-1",
    "arabic-indic": "٢",
    "full-width": "２",
    "superscript": "²",
    "nul": "1\x00",
    "exponent": "1e5",
    "long": "9" * 5000,
}


@pytest.mark.parametrize("value", NUMBERS.values(), ids=NUMBERS.keys())
@pytest.mark.parametrize("name", ["position", "sections-0-position"])
def test_hostile_positions(editor_client, operation, name, value):
    response = post_change(editor_client, operation, **{name: value})
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # SQLite holds any 64-bit number; PostgreSQL does not
        low, high = connection.ops.integer_field_range("PositiveSmallIntegerField")
        operation.refresh_from_db()
        assert low <= operation.position <= high
        assert all(low <= each.position <= high for each in operation.sections.all())


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "x" * 10_000, "٢٠٢٤", "0001-01-01"])
@pytest.mark.parametrize(
    "name", ["name", "tagline", "headquarters", "sections-0-title", "sections-0-text"]
)
def test_hostile_operation_text(editor_client, operation, name, value):
    response = post_change(editor_client, operation, **{name: value})
    assert response.status_code in (200, 302)
    if "\x00" in value:
        refused(response)


@pytest.mark.parametrize("value", NOT_KEYS)
@pytest.mark.parametrize("name", ["host_country", "sections-0-fields_of_work"])
def test_operation_autocomplete_fields_with_a_bad_choice(editor_client, operation, name, value):
    refused(post_change(editor_client, operation, **{name: value}))


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "٢٠٢٤-٠١-٠١", "\x00", "0000-00-00"])
@pytest.mark.parametrize("name", ["established", "closed"])
def test_hostile_operation_dates(editor_client, operation, name, value):
    response = post_change(editor_client, operation, **{name: value})
    assert response.status_code in (200, 302)
    # The operation's page and the admin list still show.
    assert Client().get(operation.get_absolute_url()).status_code in (200, 404)
    assert editor_client.get(OPERATIONS).status_code == 200


@pytest.mark.parametrize("value", NUMBERS.values(), ids=NUMBERS.keys())
def test_hostile_chairpersonship_year(editor_client, value):
    chair = Chairpersonship.objects.create(state=make_state("Malta"), year=2024)
    response = post_change(editor_client, chair, year=value)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "x" * 10_000])
@pytest.mark.parametrize("name", ["name", "slug", "summary", "links-0-title", "links-0-position"])
def test_hostile_field_of_work_form(editor_client, name, value):
    subject = make_field("Media freedom")
    ResourceLink.objects.create(
        field_of_work=subject, category="projects", title="A", url="https://x.org", position=1
    )
    response = post_change(editor_client, subject, **{name: value})
    if "\x00" in value or name != "summary":  # the summary is a text of any length
        refused(response)
    else:
        assert response.status_code == 302


@pytest.mark.parametrize("query", ["year=10000", "published_at__year=9999&published_at__month=12"])
def test_release_list_facets_with_a_bad_filter(editor_client, release, query):
    assert_admin_answer(editor_client, editor_client.get(f"{RELEASES}?_facets=True&{query}"))


@pytest.mark.parametrize("tags", ["!!!", "???, ...", "٢٠٢٤", "“quoted”"])
def test_tags_without_a_slug_of_letters_still_show(editor_client, release, tags):
    response = post_change(editor_client, release, tags=tags)
    assert response.status_code in (200, 302)
    assert Client().get(release.get_absolute_url()).status_code == 200
    assert Client().get(NEWS).status_code == 200


# Feeds: what editors wrote reaches readers as text (item 2) -------------------------------

WRITTEN = {
    "markup-and-script": "Talks & <b>results</b> <script>alert(1)</script>",
    "markup": "Talks & <b>results</b>",  # looks like HTML to feedparser
    "entity": "AT&T &amp; partners",
    "less-than": "Less < more & so on",
    "quotes": "“Quoted” and 'single' \"double\"",
}


class Markup(HTMLParser):
    """The elements and the text of an HTML fragment."""

    def __init__(self, fragment):
        super().__init__(convert_charrefs=True)
        self.elements, self.parts = [], []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def as_read(value, detail=None):
    """What a reader shows of a feed value: HTML is rendered, so it must hold no element."""
    if detail is not None and detail.type in ("text/html", "application/xhtml+xml"):
        markup = Markup(value)
        assert markup.elements == [], (value, markup.elements)
        return "".join(markup.parts)
    return value


@pytest.fixture
def written(request, db):
    """A release whose every name and text is `request.param`, with fixed slugs to filter by."""
    text = request.param
    field = make_field(text, slug="hostile-field")
    source = make_structure(text + " (short)", full_name=text, slug="hostile-source")
    state = make_state(text, slug="hostile-state", code="HX")
    release = make_release(
        text,
        summary=text,
        body=f"<p>{html.escape(text)}</p>",
        fields=[field],
        sources=[source],
        places=[make_place(text, slug="hostile-place", state=state)],
        states=[state],
        tags=[text],
    )
    tag = release.tags.get()
    return text, release, tag


def parsed_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("written", WRITTEN.values(), ids=WRITTEN.keys(), indirect=True)
@pytest.mark.parametrize("url", FEEDS)
def test_every_item_field_reaches_readers_as_written(client, url, written):
    text, _release, _tag = written

    entry = parsed_feed(client, url).entries[0]

    assert as_read(entry.title, entry.title_detail) == text
    # The place's dateline, then the summary.
    assert as_read(entry.summary, entry.summary_detail) == f"{text.upper()} – {text}"
    assert [as_read(each.term) for each in entry.tags] == [text]  # the field of work
    assert entry.author == text  # the source's full name, plain text to feedparser


@pytest.mark.parametrize("written", WRITTEN.values(), ids=WRITTEN.keys(), indirect=True)
@pytest.mark.parametrize(
    ("param", "slug"),
    [
        ("field", "hostile-field"),
        ("source", "hostile-source"),
        ("country", "hostile-state"),
        ("tag", None),
    ],
)
@pytest.mark.parametrize("url", FEEDS)
def test_feed_titles_name_the_filters_as_written(client, url, written, param, slug):
    text, _release, tag = written

    feed = parsed_feed(client, f"{url}?{urlencode({param: slug or tag.slug})}").feed

    title = as_read(feed.title, feed.title_detail)
    subtitle = as_read(feed.subtitle, feed.subtitle_detail)
    shown = text + " (short)" if param == "source" else text  # the filter names the short name
    assert title == f"OSCE newsroom: {shown}"
    assert f": {shown})." in subtitle
    assert len(parsed_feed(client, f"{url}?{urlencode({param: slug or tag.slug})}").entries) == 1


@pytest.mark.parametrize("url", FEEDS)
def test_a_search_in_the_feed_title_reaches_readers_as_written(client, url):
    make_release("Talks")
    query = "Talks & <b>results</b>"

    feed = parsed_feed(client, f"{url}?{urlencode({'q': query})}").feed

    assert as_read(feed.title, feed.title_detail) == f"OSCE newsroom: “{query}”"


@pytest.mark.parametrize("url", FEEDS)
def test_feed_links_carry_the_valid_selection_only(client, url, newsroom):
    junk = urlencode({"utm": "x" * 5000, "page": "7", "year": "junk"})
    feed = parsed_feed(client, f"{url}?{junk}&year=2024&field=elections").feed

    assert feed.link == "http://testserver/news/?field=elections&year=2024"
    assert "x" * 100 not in feed.get("id", "") + str(feed.get("links"))
