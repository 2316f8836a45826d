"""The site's languages and the address of a page in each of them.

English is the source language: every item is written in English first, lives at the
unprefixed addresses it always had, and its other language versions are translations of it
(core.translations). Every other language of `settings.LANGUAGES` lives under its prefix
(`/ru/news/`), set by `osce_site.urls` with Django's `i18n_patterns`; which language a request
is in comes from its path alone (core.middleware), so a page's address names its language and a
front cache needs nothing else to tell two versions apart.

A page tells the language switcher and its hreflang links which languages it exists in by
setting `request.language_versions` (see `set_versions`): a mapping of language code to the
address of the page in that language, or None where the page does not exist in it. Pages of the
interface (the home page, lists, search) exist in every language and need not set anything.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

SOURCE_LANGUAGE = "en"


def codes():
    """The site's language codes, English first."""
    return [code for code, _name in settings.LANGUAGES]


def translation_codes():
    """The languages an item can be translated into: all but the source language."""
    return [code for code in codes() if code != SOURCE_LANGUAGE]


def translation_choices():
    """Choices for a translation's language field (a callable, so that adding a language to
    the settings needs no migration)."""
    return [(code, name) for code, name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def active():
    """The language of the request being answered (the source language outside one)."""
    language = translation.get_language() or SOURCE_LANGUAGE
    return language if language in codes() else SOURCE_LANGUAGE


def local_name(code):
    """The language's name in itself ("Русский", "Français"), as a switcher shows it."""
    return LANG_INFO.get(code, {}).get("name_local", code)


def url_in(language, path):
    """`path` (a page of the interface, with its query string, in the active language) in
    `language`, or None when it is no page of the site. Unlike Django's `translate_url`, which
    answers with the path unchanged, an address that does not resolve has no other version."""
    parts = urlsplit(path)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    with translation.override(language):
        try:
            translated = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    return urlunsplit(("", "", translated, parts.query, ""))


def set_versions(request, versions):
    """Declare which languages the page being answered exists in: `versions` maps each
    language code to the page's address in it (a missing code or None: not in that language)."""
    request.language_versions = {code: versions.get(code) for code in codes()}


def versions_of_page(request):
    """{code: address or None} for the page being answered: what it declared, else (a page of
    the interface) the same path in every language."""
    declared = getattr(request, "language_versions", None)
    if declared is not None:
        return declared
    path = request.get_full_path()
    return {code: url_in(code, path) for code in codes()}


def switcher_entries(request):
    """The language switcher's entries, one per language in the settings' order."""
    current = active()
    return [
        {
            "code": code,
            "name": local_name(code),
            "url": url,
            "current": code == current,
        }
        for code, url in versions_of_page(request).items()
    ]
