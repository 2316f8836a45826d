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
from django.db.models import Q

MAX_WORDS = 20
# Letters that carry no combining mark, so that NFKD leaves them as they are.
OTHER_FOLDS = {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l"}
# The scripts of the OSCE's languages with accented letters (Latin, Greek, Cyrillic).
ACCENTED_RANGES = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1FFF)]


def fold(text):
    """`text` in lower case without accents: "Priština" → "pristina"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(OTHER_FOLDS.get(char, char) for char in bare)


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


def word_start_pattern(word):
    """A regular expression for text with a word that starts with `word` (folded), for the
    current database."""
    if connection.vendor == "postgresql":
        return r"\m" + re.escape(word)
    classes = letters_folding_to()
    return r"\b" + "".join(
        f"[{re.escape(classes[char])}]" if char in classes else re.escape(char) for char in word
    )


def matches_word(field, word):
    """Q: `field` has a word starting with `word` (folded), whatever the case and accents."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__unaccent__iregex": word_start_pattern(word)})
    return Q(**{f"{field}__iregex": word_start_pattern(word)})


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


def ensure_unaccent(using="default", **kwargs):
    """Create PostgreSQL's `unaccent` extension if it is missing (a post_migrate receiver: the
    test databases, made without migrations, need it too). A trusted extension: the database's
    owner may create it."""
    from django.db import connections

    db = connections[using]
    if db.vendor == "postgresql":
        with db.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
