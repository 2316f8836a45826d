"""What visitors type, matched the same way on both databases: whole words and word prefixes,
ignoring case and accents. "Pristina" finds Priština, "Lajcak" Lajčák, "Nis" Niš and Niška Banja,
but not Afghanistan or Tunisia (a word must start where the typed one does).

PostgreSQL compares the text through `unaccent` (the extension, which `ensure_unaccent` creates;
news.search runs it after every migrate) with a regular expression anchored at a word's start
(`\\m`). SQLite has no such function: the pattern spells each letter as the class of every letter
that folds to it ("s" is [sśšşș…]), anchored with `\\b`, for Django's REGEXP function (Python's
`re`).

The newsroom's full-text search (news.search) and the publications' texts (publications.search)
use PostgreSQL's text search on PostgreSQL and these patterns on SQLite. Their text search
configurations are made here (`ensure_configurations`), one per language (`config_for`), and
what a visitor typed is read for them by `web_query`: whole words (as the language's stems)
and word prefixes ("Prist"), every word required; with quotes, OR or a -exclusion it is read as
a web search (`websearch_to_tsquery`) instead.

PostgreSQL refuses a tsvector whose lexemes and positions take more than MAX_TSVECTOR_BYTES; a
character of text costs at most WORST_TSVECTOR_BYTES_PER_CHARACTER of it (news.search says how
that was measured), so a document is built from at most MAX_TSVECTOR_BYTES / that characters.
"""

import re
import unicodedata
from functools import cache

from django.contrib.postgres.search import SearchQuery
from django.db import connection, connections
from django.db.models import Exists, OuterRef, Q, QuerySet

from . import languages

MAX_WORDS = 20

# PostgreSQL's text search configurations, one per language: each is PostgreSQL's own with
# `unaccent` before its dictionary, so that "Pristina" finds Priština in every language.
CONFIG = "osce_english"
# {language: configuration}; a language not named here (no stemmer in PostgreSQL 15: Serbian,
# Albanian, Macedonian, Ukrainian) uses SIMPLE_CONFIG (lower case and unaccent, whole words
# and prefixes).
CONFIGS = {
    "en": CONFIG,
    "ru": "osce_russian",
    "fr": "osce_french",
    "de": "osce_german",
    "it": "osce_italian",
    "es": "osce_spanish",
}
SIMPLE_CONFIG = "osce_simple"
# {configuration: (the one it copies, its dictionary)}
BUILT_ON = {
    **{name: (name[len("osce_") :], f"{name[len('osce_') :]}_stem") for name in CONFIGS.values()},
    SIMPLE_CONFIG: ("simple", "simple"),
}
MAX_TSVECTOR_BYTES = 1_048_575  # PostgreSQL's limit
WORST_TSVECTOR_BYTES_PER_CHARACTER = 4
# What makes a query a web search: a quoted phrase, OR between words, a word to exclude.
WEB_SEARCH_SYNTAX = re.compile(r'"|\sOR\s|(?:^|\s)-\w')
# Too common to stand for a prefix: these words only match as themselves (if not stop words).
NOT_PREFIXES = {"the", "and", "for", "with", "from", "that", "this", "are", "was", "has"}


def config_for(language):
    """The text search configuration of `language` (None: English)."""
    return CONFIGS.get(language or languages.SOURCE_LANGUAGE, SIMPLE_CONFIG)


def config_of_column(column):
    """SQL: the configuration of the language in `column` (a column name from the code, never
    from input), as a regconfig."""
    cases = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in CONFIGS.items())
    return f"(CASE {column} {cases} ELSE '{SIMPLE_CONFIG}' END)::regconfig"


def web_query(text, config=CONFIG):
    """The PostgreSQL query for what a visitor typed (see the module's docstring), in the text
    search configuration `config`; None when it has no word."""
    if WEB_SEARCH_SYNTAX.search(text):
        return SearchQuery(text, search_type="websearch", config=config)
    query = None
    for word in words(text):
        # The word as a stem ("elections" is elect) or, unstemmed, a word's start.
        either = SearchQuery(word, search_type="plain", config=config)
        if len(word) >= 3 and word not in NOT_PREFIXES:
            either |= SearchQuery(f"{word}:*", search_type="raw", config="simple")
        query = either if query is None else query & either
    return query


# Letters that carry no combining mark, so that NFKD leaves them as they are.
OTHER_FOLDS = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l"}
# Letters that fold to two (as PostgreSQL's unaccent folds them): "Strasse" finds Straße.
TWO_LETTER_FOLDS = {"ß": "ss", "æ": "ae", "œ": "oe"}
# The scripts of the OSCE's languages with accented letters (Latin, Greek, Cyrillic).
ACCENTED_RANGES = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1FFF)]


def fold(text):
    """`text` in lower case without accents: "Priština" → "pristina"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(OTHER_FOLDS.get(char) or TWO_LETTER_FOLDS.get(char, char) for char in bare)


def words(text):
    """The words of `text` (letters and digits; hyphens and apostrophes separate), at most
    MAX_WORDS, folded."""
    return [fold(word) for word in re.findall(r"[^\W_]+", text)][:MAX_WORDS]


@cache
def letters_folding_to():
    """{folded letter: every letter that folds to it, itself included}."""
    classes = {}
    for start, end in ACCENTED_RANGES:
        for code in range(start, end + 1):
            char = chr(code)
            folded = fold(char)
            if len(folded) == 1 and folded != char.lower():
                classes.setdefault(folded, {folded}).update({char.lower(), char.upper()})
    return {letter: "".join(sorted(chars)) for letter, chars in classes.items()}


# Not a word of the text but of its markup: inside a tag (<strong>, href="https…") or an entity
# (&amp;, &nbsp;). Rich text is stored as HTML; both engines take these lookarounds.
NOT_IN_ENTITY = "(?<!&)(?<!&#)"
NOT_IN_TAG = "(?![^<>]*>)"


def word_start_pattern(word):
    """A regular expression for text with a word that starts with `word` (folded), for the
    current database; a word of the HTML markup does not count."""
    if connection.vendor == "postgresql":
        return NOT_IN_ENTITY + r"\m" + re.escape(word) + NOT_IN_TAG
    classes, letters, at = letters_folding_to(), [], 0
    while at < len(word):
        pair = word[at : at + 2]
        one = next((char for char, two in TWO_LETTER_FOLDS.items() if two == pair), None)
        if one:
            letters.append(f"(?:{pair}|{one})")
            at += 2
            continue
        char = word[at]
        letters.append(f"[{re.escape(classes[char])}]" if char in classes else re.escape(char))
        at += 1
    return NOT_IN_ENTITY + r"\b" + "".join(letters) + NOT_IN_TAG


def matches_word(field, word):
    """Q: `field` has a word starting with `word` (folded), whatever the case and accents."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__unaccent__iregex": word_start_pattern(word)})
    return Q(**{f"{field}__iregex": word_start_pattern(word)})


class Query:
    """What a visitor typed, read as web-search syntax: words are required; a quoted phrase
    requires its words; `A OR B` requires either; `-word` excludes. (PostgreSQL's newsroom
    search reads the same syntax itself, websearch_to_tsquery.)"""

    TOKENS = re.compile(r'-?"[^"]*"?|\S+')

    def __init__(self, text):
        self.groups, self.excluded = [], []  # groups: [alternatives: [words]]
        either = False
        for token in self.TOKENS.findall(text):
            if token == "OR":
                either = bool(self.groups)
                continue
            found = words(token.lstrip("-"))
            if not found:
                continue
            if token.startswith("-") and len(token) > 1:
                self.excluded.extend(found)
            elif either:
                self.groups[-1].append(found)
            else:
                self.groups.append([found])
            either = False

    def __bool__(self):
        return bool(self.groups)

    def condition(self, *fields, related=()):
        """Q: the objects whose `fields` (or `related` texts, see `containing`) match."""
        condition = Q()
        for alternatives in self.groups:
            any_alternative = Q()
            for found in alternatives:
                any_alternative |= containing(found, *fields, related=related)
            condition &= any_alternative
        for word in self.excluded:
            condition &= ~containing([word], *fields, related=related)
        return condition


def containing(typed_words, *fields, related=()):
    """Q: every word starts a word in one of `fields`, or in one of the `related` conditions
    (callables word → Q or Exists, for texts in other tables)."""
    condition = Q()
    for word in typed_words:
        any_field = Q()
        for field in fields:
            any_field |= matches_word(field, word)
        for match in related:
            any_field |= match(word)
        condition &= any_field
    return condition


def in_rows(rows, link, *fields):
    """For `containing`'s `related`: a word in one of `fields` of a row of `rows` (a model or
    a queryset) whose `link` is the object looked for."""
    rows = rows if isinstance(rows, QuerySet) else rows._default_manager.all()

    def match(word):
        condition = Q()
        for field in fields:
            condition |= matches_word(field, word)
        return Exists(rows.filter(condition, **{link: OuterRef("pk")}))

    return match


def ensure_unaccent(using="default", **kwargs):
    """Create PostgreSQL's `unaccent` extension if it is missing (a post_migrate receiver: the
    test databases, made without migrations, need it too). A trusted extension: the database's
    owner may create it."""
    db = connections[using]
    if db.vendor == "postgresql":
        with db.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


def ensure_configurations(using="default"):
    """Create the text search configurations (CONFIGS, SIMPLE_CONFIG) that are missing, and
    `unaccent` they use; return whether any was created (the apps then build their documents:
    news.search.ensure_configuration, after every migrate). PostgreSQL only."""
    db = connections[using]
    if db.vendor != "postgresql":
        return False
    ensure_unaccent(using)
    created = False
    with db.cursor() as cursor:
        for name, (copied, dictionary) in BUILT_ON.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            # Names from the constants above, never from input.
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {copied})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
            )
            created = True
    return created
