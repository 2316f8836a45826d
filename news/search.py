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

Other languages: each translation of a release (news.PressReleaseTranslation) has the same
two documents, of its own title, summary, caption and body, the release's places as its page
names them (in the translation's language where a place has a name in it, news.PlaceTranslation,
else in English) and its tags (which have English names only), built with its language's
configuration: `osce_russian`, `osce_french`, `osce_german`, `osce_italian` and
`osce_spanish` are PostgreSQL's stemmers of those languages with `unaccent` before them, as
`osce_english` is; Serbian, Albanian, Macedonian and Ukrainian have no stemmer in PostgreSQL 15
and use `osce_simple` (lower case and unaccent, whole words and prefixes). A search in a
language looks at that language's documents only, as its newsroom lists only releases
published in it.

SQLite: every word must start a word (whatever the case and accents, core.search) of the title,
summary, photo caption, body, a place or a tag (in another language: of the translation's
texts, a place as named in that language, or a tag); the same results as PostgreSQL for whole
words and prefixes, without stemming or ranking.
"""

from html import escape, unescape

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.db import connection
from django.db.models import Exists, F, Func, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Left
from taggit.models import TaggedItem

from core import languages
from core import search as words

from .models import PlaceTranslation, PressRelease, PressReleaseTranslation, ReleasePlace

# The text search configurations and the reading of a visitor's words are the site's
# (core.search: publications use them too).
CONFIG = words.CONFIG
config_for = words.config_for
web_query = words.web_query
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x02", "\x03"
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
assert (
    sum(INDEXED_CHARACTERS.values()) * words.WORST_TSVECTOR_BYTES_PER_CHARACTER
    <= words.MAX_TSVECTOR_BYTES
)


def uses_postgres():
    return connection.vendor == "postgresql"


def ensure_configuration(using="default", **kwargs):
    """Create the text search configurations that are missing (core.search), and then build
    every release's and translation's documents with them (a post_migrate receiver: once on
    an existing database, and on every new one, the test databases included, which are made
    without migrations)."""
    if words.ensure_configurations(using):
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
        count = cursor.rowcount
    refresh_translation_index(release_ids)
    return count


def refresh_translation_index(release_ids=None):
    """Rebuild the search documents of the translations of the given releases (all when None),
    each with its language's configuration and its places named in its language (in English
    where a place has no name in it, as the release's page names it). PostgreSQL only."""
    if not uses_postgres():
        return 0
    translations = PressReleaseTranslation._meta.db_table
    places = PressRelease.places.through._meta.db_table
    place = PressRelease.places.field.related_model._meta.db_table
    place_names = PlaceTranslation._meta.db_table
    only = "WHERE h.item_id = ANY(%(ids)s)" if release_ids is not None else ""
    # The configuration by the row's language: a CASE of the constants, as a regconfig.
    config = words.config_of_column("h.language")
    sql = f"""
        UPDATE {translations} AS r SET
            search_rank_vector = d.heading,
            search_vector = d.heading || setweight(to_tsvector(d.config, left(
                regexp_replace(coalesce(r.body, ''), '<[^>]+>', ' ', 'g'), %(body)s)), 'C')
        FROM (
            SELECT h.id, {config} AS config,
                setweight(to_tsvector({config}, left(coalesce(h.title, ''), %(title)s)), 'A')
                || setweight(to_tsvector({config},
                    left(coalesce(h.summary, ''), %(summary)s)), 'B')
                || setweight(to_tsvector({config}, left(coalesce((
                    SELECT string_agg(coalesce(pn.name, p.name), ' ' ORDER BY rp.position, rp.id)
                    FROM {place} p JOIN {places} rp ON rp.place_id = p.id
                    LEFT JOIN {place_names} pn ON pn.item_id = p.id AND pn.language = h.language
                    WHERE rp.pressrelease_id = h.item_id
                ), ''), %(places)s)), 'B')
                || setweight(to_tsvector({config}, left(coalesce((
                    SELECT string_agg(t.name, ' ') FROM taggit_tag t
                    JOIN taggit_taggeditem ti ON ti.tag_id = t.id
                    WHERE ti.object_id = h.item_id AND ti.content_type_id = %(content_type)s
                ), ''), %(tags)s)), 'B')
                || setweight(to_tsvector({config},
                    left(coalesce(h.photo_caption, ''), %(caption)s)), 'C') AS heading
            FROM {translations} h {only}
        ) AS d
        WHERE d.id = r.id
    """  # table names and configurations come from the code; values are parameters
    params = {
        "content_type": ContentType.objects.get_for_model(PressRelease).pk,
        **INDEXED_CHARACTERS,
    }
    if release_ids is not None:
        params["ids"] = list(release_ids)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


# Where a word is looked for on SQLite.
SQLITE_FIELDS = ["title", "summary", "photo_caption", "body"]
TAGS = words.in_rows(
    TaggedItem.objects.filter(content_type__app_label="news", content_type__model="pressrelease"),
    "object_id",
    "tag__name",
)
RELATED = [words.in_rows(ReleasePlace, "pressrelease", "place__name"), TAGS]


def places_named_in(language):
    """(SQLite) A word of a release's place as its page in `language` names it: by its name
    in that language, by its English one where it has none (what a translation's document
    holds on PostgreSQL)."""
    name = PlaceTranslation.objects.filter(item=OuterRef("place"), language=language)
    links = ReleasePlace.objects.annotate(
        shown_name=Coalesce(Subquery(name.order_by().values("name")[:1]), F("place__name"))
    )
    return words.in_rows(links, "pressrelease", "shown_name")


def translated_rows(language):
    return PressReleaseTranslation.objects.filter(language=language, item=OuterRef("pk"))


def in_source_language(language):
    return language is None or language == languages.SOURCE_LANGUAGE


def matching(releases, text, language=None):
    """Only the releases matching what a visitor typed, in `language`'s texts (None: English;
    no ranking: for counts and facets)."""
    if uses_postgres():
        query = web_query(text, config_for(language))
        # No word at all ("!!!"): no search, as on SQLite.
        if query is None:
            return releases
        if in_source_language(language):
            return releases.filter(search_vector=query)
        return releases.filter(Exists(translated_rows(language).filter(search_vector=query)))
    query = words.Query(text)
    if not query:
        return releases
    if in_source_language(language):
        return releases.filter(query.condition(*SQLITE_FIELDS, related=RELATED))
    texts = words.in_rows(
        PressReleaseTranslation.objects.filter(language=language), "item", *SQLITE_FIELDS
    )
    return releases.filter(query.condition(related=[texts, places_named_in(language), TAGS]))


def search(releases, text, language=None):
    """Releases matching what a visitor typed, in `language`'s texts; on PostgreSQL best
    first, with snippets."""
    releases = matching(releases, text, language)
    query = web_query(text, config_for(language)) if uses_postgres() else None
    if query is not None and not in_source_language(language):
        rows = translated_rows(language)
        rank = rows.annotate(rank=SearchRank(F("search_rank_vector"), query)).values("rank")
        snippet = rows.annotate(snippet=headline(query, config_for(language))).values("snippet")
        return releases.annotate(rank=Subquery(rank[:1]), snippet=Subquery(snippet[:1])).order_by(
            "-rank", "-shown_published_at", "-id"
        )
    if query is not None:
        return releases.annotate(
            rank=SearchRank(F("search_rank_vector"), query),
            snippet=headline(query, CONFIG),
        ).order_by("-rank", "-shown_published_at", "-id")
    return releases


def headline(query, config):
    """The highlighted matches of `query` in the indexed start of the row's body."""
    return SearchHeadline(
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
        config=config,
        start_sel=HIGHLIGHT_START,
        stop_sel=HIGHLIGHT_STOP,
        max_fragments=2,
        max_words=30,
        min_words=12,
    )


def highlighted(snippet):
    """Safe HTML for a ts_headline snippet: the text escaped, the matches in <mark>."""
    text = escape(" ".join(unescape(snippet).split()))
    return text.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
