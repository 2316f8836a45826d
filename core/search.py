"""What visitors type, matched the same way on both databases: whole words and word prefixes,
ignoring case and accents. "Pristina" finds Priština, "Lajcak" Lajčák, "Nis" Niš and Niška Banja,
but not Afghanistan or Tunisia (a word must start where the typed one does).

PostgreSQL compares the text through `unaccent` (the extension, which `ensure_unaccent` creates;
news.search runs it after every migrate) with a regular expression anchored at a word's start
(`\\m`). SQLite has no such function: the pattern spells each letter as the class of every letter
that folds to it ("s" is [sśšşș…]), anchored with `\\b`, for Django's REGEXP function (Python's
`re`).

The newsroom's full-text search (news.search) uses its own index on PostgreSQL and these
patterns on SQLite.
"""

import re
import unicodedata
from functools import cache

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet

MAX_WORDS = 20
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
    from django.db import connections

    db = connections[using]
    if db.vendor == "postgresql":
        with db.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
