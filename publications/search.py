"""Finding publications by what visitors type: their title and summary (in the page's
language), and the words inside their PDFs, each file in its own language.

A file's text is read by its processing (publications.tasks) and kept whole up to
TEXT_CHARACTERS: what PostgreSQL can always make one document of (core.search). On PostgreSQL
the file's `search_vector` is that text in its language's text search configuration
(core.search.config_for), and a typed text is read for each language's configuration in
turn (core.search.web_query): "elections" finds "election" in an English file, "выборы"
finds "выборов" in a Russian one. On SQLite the words must start words of the text (whatever
the case and accents, core.search), as for the rest of the site.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Left

from core import languages
from core import search as words

from .models import PublicationFile, PublicationTranslation

TEXT_CHARACTERS = words.MAX_TSVECTOR_BYTES // words.WORST_TSVECTOR_BYTES_PER_CHARACTER - 5_000
assert TEXT_CHARACTERS * words.WORST_TSVECTOR_BYTES_PER_CHARACTER <= words.MAX_TSVECTOR_BYTES


def refresh_file_document(file_id):
    """Build the file's search document from its text (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return
    row = PublicationFile.objects.filter(pk=file_id).values("language").first()
    if row is None:
        return
    PublicationFile.objects.filter(pk=file_id).update(
        search_vector=SearchVector(
            Left("text", TEXT_CHARACTERS), config=words.config_for(row["language"])
        )
    )


def files_matching(text):
    """Exists: a file of the publication whose text matches `text`, in the file's language;
    None when `text` has no word."""
    files = PublicationFile.objects.filter(publication=OuterRef("pk"))
    if connection.vendor == "postgresql":
        condition = Q()
        known = [code for code, _name in settings.LANGUAGES if code in words.CONFIGS]
        for code in known:
            query = words.web_query(text, words.config_for(code))
            if query is None:
                return None
            condition |= Q(language=code, search_vector=query)
        simple = words.web_query(text, words.SIMPLE_CONFIG)
        condition |= Q(search_vector=simple) & ~Q(language__in=known)
        return Exists(files.filter(condition))
    query = words.Query(text)
    if not query:
        return None
    return Exists(files.filter(query.condition("text")))


def matching(publications, text, language=None):
    """The publications of `publications` whose title or summary in `language` (None:
    English), or whose files' texts, match what a visitor typed."""
    query = words.Query(text)
    if not query:
        return publications
    if language is None or language == languages.SOURCE_LANGUAGE:
        own = query.condition("title", "summary")
    else:
        translations = PublicationTranslation.objects.filter(language=language)
        own = query.condition(related=[words.in_rows(translations, "item", "title", "summary")])
    inside = files_matching(text)
    return publications.filter(own if inside is None else own | inside)
