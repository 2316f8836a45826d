"""Full-text search over press releases.

PostgreSQL: a weighted `tsvector` per release (title A; summary, places and tags B; photo caption
and body C) in `PressRelease.search_vector`, a GIN index on it, and highlighted snippets. The
text search configuration `osce_english` is PostgreSQL's English one with `unaccent` before the
stemmer, so "Pristina" finds Priština and "Lajcak" Lajčák (`ensure_configuration` creates it
after every migrate). What visitors type matches whole words (as English stems) and word
prefixes ("Prist"), every word required; with quotes, OR or a -exclusion it is read as a web
search (`websearch_to_tsquery`) instead. Ranking reads `search_rank_vector`, the same
document without the body: small enough to stay in the row, where the full one is stored out of
line and costs a read per match. A match in the body alone still matches; it ranks after the
title and summary matches, newest first.

Long texts: PostgreSQL refuses a tsvector whose lexemes and positions take more than 1 MB
("string is too long for tsvector"); a 2.4 MB body would fail every rebuild of its document. The
text is kept whole and the document is built from its start, `INDEXED_CHARACTERS` of each part.
Measured on PostgreSQL 15, a character of text costs at most 4 bytes of tsvector (a different
letter of four bytes between every two spaces: the letter and two bytes each of position count
and position, for two characters; three-byte letters take a byte of alignment instead), so
250,000 characters in all always fit: the first 35,000 words or so of a body, the whole of every
real one. Snippets are cut from the same start of the body.

SQLite: every word must start a word (whatever the case and accents, core.search) of the title,
summary, photo caption, body, a place or a tag; the same results as PostgreSQL for whole words
and prefixes, without stemming or ranking.
"""

import re
from html import escape, unescape

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, connections
from django.db.models import F, Func, Value
from django.db.models.functions import Left
from taggit.models import TaggedItem

from core import search as words

from .models import PressRelease

CONFIG = "osce_english"
# What makes a query a web search: a quoted phrase, OR between words, a word to exclude.
WEB_SEARCH_SYNTAX = re.compile(r'"|\sOR\s|(?:^|\s)-\w')
# Too common to stand for a prefix: these words only match as themselves (if not stop words).
NOT_PREFIXES = {"the", "and", "for", "with", "from", "that", "this", "are", "was", "has"}
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x02", "\x03"
MAX_TSVECTOR_BYTES = 1_048_575  # PostgreSQL's limit
WORST_TSVECTOR_BYTES_PER_CHARACTER = 4
# The title is a column of 300 characters, the caption 500; places and tags are all their names
# together.
INDEXED_CHARACTERS = {
    "title": 300,
    "summary": 20_000,
    "places": 5_000,
    "tags": 5_000,
    "caption": 500,
    "body": 219_200,
}
assert sum(INDEXED_CHARACTERS.values()) * WORST_TSVECTOR_BYTES_PER_CHARACTER <= MAX_TSVECTOR_BYTES


def uses_postgres():
    return connection.vendor == "postgresql"


def ensure_configuration(using="default", **kwargs):
    """Create the text search configuration CONFIG if it is missing, and then build every
    release's document with it (a post_migrate receiver: once on an existing database, and on
    every new one, the test databases included, which are made without migrations)."""
    db = connections[using]
    if db.vendor != "postgresql":
        return
    words.ensure_unaccent(using)
    with db.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)")
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem"
        )
    refresh_search_index()


def refresh_search_index(release_ids=None):
    """Rebuild the search document of the given releases (all when None). PostgreSQL only.

    Called after a release or its places and tags change (admin, import commands).
    """
    if not uses_postgres():
        return 0
    releases = PressRelease._meta.db_table
    places = PressRelease.places.through._meta.db_table
    place = PressRelease.places.field.related_model._meta.db_table
    only = "WHERE h.id = ANY(%(ids)s)" if release_ids is not None else ""
    sql = f"""
        UPDATE {releases} AS r SET
            search_rank_vector = d.heading,
            search_vector = d.heading || setweight(to_tsvector(%(config)s, left(
                regexp_replace(coalesce(r.body, ''), '<[^>]+>', ' ', 'g'), %(body)s)), 'C')
        FROM (
            SELECT h.id,
                setweight(to_tsvector(%(config)s, left(coalesce(h.title, ''), %(title)s)), 'A')
                || setweight(to_tsvector(%(config)s,
                    left(coalesce(h.summary, ''), %(summary)s)), 'B')
                || setweight(to_tsvector(%(config)s, left(coalesce((
                    SELECT string_agg(p.name, ' ' ORDER BY rp.position, rp.id) FROM {place} p
                    JOIN {places} rp ON rp.place_id = p.id WHERE rp.pressrelease_id = h.id
                ), ''), %(places)s)), 'B')
                || setweight(to_tsvector(%(config)s, left(coalesce((
                    SELECT string_agg(t.name, ' ') FROM taggit_tag t
                    JOIN taggit_taggeditem ti ON ti.tag_id = t.id
                    WHERE ti.object_id = h.id AND ti.content_type_id = %(content_type)s
                ), ''), %(tags)s)), 'B')
                || setweight(to_tsvector(%(config)s,
                    left(coalesce(h.photo_caption, ''), %(caption)s)), 'C') AS heading
            FROM {releases} h {only}
        ) AS d
        WHERE d.id = r.id
    """  # table names come from the models; values are parameters
    params = {
        "config": CONFIG,
        "content_type": ContentType.objects.get_for_model(PressRelease).pk,
        **INDEXED_CHARACTERS,
    }
    if release_ids is not None:
        params["ids"] = list(release_ids)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def plain_words(text):
    """The words of what a visitor typed (folded: lower case, no accents), at most
    core.search.MAX_WORDS."""
    return words.words(text)


# Where a word is looked for on SQLite.
SQLITE_FIELDS = ["title", "summary", "photo_caption", "body"]
RELATED = [
    words.in_rows(PressRelease.places.through, "pressrelease", "place__name"),
    words.in_rows(
        TaggedItem.objects.filter(
            content_type__app_label="news", content_type__model="pressrelease"
        ),
        "object_id",
        "tag__name",
    ),
]


def web_query(text):
    """The PostgreSQL query for what a visitor typed (see the module's docstring)."""
    if WEB_SEARCH_SYNTAX.search(text):
        return SearchQuery(text, search_type="websearch", config=CONFIG)
    query = None
    for word in plain_words(text):
        # The word as an English stem ("elections" is elect) or, unstemmed, a word's start.
        either = SearchQuery(word, search_type="plain", config=CONFIG)
        if len(word) >= 3 and word not in NOT_PREFIXES:
            either |= SearchQuery(f"{word}:*", search_type="raw", config="simple")
        query = either if query is None else query & either
    return query


def matching(releases, text):
    """Only the releases matching what a visitor typed (no ranking: for counts and facets)."""
    if uses_postgres():
        query = web_query(text)
        # No word at all ("!!!"): no search, as on SQLite.
        return releases if query is None else releases.filter(search_vector=query)
    query = words.Query(text)
    return releases.filter(query.condition(*SQLITE_FIELDS, related=RELATED)) if query else releases


def search(releases, text):
    """Releases matching what a visitor typed; on PostgreSQL best first, with snippets."""
    releases = matching(releases, text)
    query = web_query(text) if uses_postgres() else None
    if query is not None:
        return releases.annotate(
            rank=SearchRank(F("search_rank_vector"), query),
            snippet=SearchHeadline(
                Left(  # the indexed start of the body, where the matches are
                    Func(
                        F("body"),
                        Value("<[^>]+>"),
                        Value(" "),
                        Value("g"),
                        function="regexp_replace",
                    ),
                    INDEXED_CHARACTERS["body"],
                ),
                query,
                config=CONFIG,
                start_sel=HIGHLIGHT_START,
                stop_sel=HIGHLIGHT_STOP,
                max_fragments=2,
                max_words=30,
                min_words=12,
            ),
        ).order_by("-rank", "-published_at", "-id")
    return releases


def highlighted(snippet):
    """Safe HTML for a ts_headline snippet: the text escaped, the matches in <mark>."""
    text = escape(" ".join(unescape(snippet).split()))
    return text.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
