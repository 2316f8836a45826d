"""The interface catalogs: up to date with the code, complete, and what pages show.

The up-to-date test runs makemessages as `make messages` does, but into a copy of locale/, and
compares the strings it finds with the committed catalogs': a string added to a template or to
Python code without its catalog entry fails it, and so does an entry whose string is gone.
"""

import io
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext

from news.forms import NewsFilterForm
from news.models import PressRelease
from tests import factories
from tests.catalogs import IGNORED, LOCALE_DIR, catalogs, plural_count, read_catalog

LANGUAGES = ["fr", "ru"]  # the catalogs written for the site; the others fall back to English


def test_each_written_language_has_a_catalog():
    assert sorted(po.parent.parent.name for po in catalogs()) == LANGUAGES


SOURCES = {".py", ".html", ".txt"}  # what makemessages reads for the "django" domain


def copy_of_the_project(settings, target):
    """The files makemessages reads, and the catalogs, in a folder of their own: makemessages
    writes to the locale/ folder of the tree it walks, and leaves temporary files beside the
    templates while it reads them, so it never runs in the project itself."""

    def left_out(folder, names):
        return [
            name
            for name in names
            if name in IGNORED
            or name.startswith(".")
            or ((Path(folder) / name).is_file() and Path(name).suffix not in SOURCES)
        ]

    shutil.copytree(settings.BASE_DIR, target, ignore=left_out, symlinks=True)
    shutil.rmtree(target / "locale")
    shutil.copytree(LOCALE_DIR, target / "locale", ignore=shutil.ignore_patterns("*.mo"))
    return target


def test_catalogs_hold_every_string_of_the_code_and_no_other(tmp_path, settings, monkeypatch):
    project = copy_of_the_project(settings, tmp_path / "project")
    monkeypatch.chdir(project)
    settings.LOCALE_PATHS = [project / "locale"]
    call_command(
        "makemessages",
        locale=LANGUAGES,
        ignore_patterns=IGNORED,
        no_obsolete=True,
        verbosity=0,
        stdout=io.StringIO(),
    )
    for language in LANGUAGES:
        path = f"{language}/LC_MESSAGES/django.po"
        extracted = {entry.key for entry in read_catalog(project / "locale" / path)}
        committed = {entry.key for entry in read_catalog(LOCALE_DIR / path)}
        assert extracted - committed == set(), f"{path}: not in the catalog (make messages)"
        assert committed - extracted == set(), f"{path}: no longer in the code (make messages)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    forms = plural_count(path)
    untranslated, fuzzy = [], []
    for entry in read_catalog(path):
        expected = forms if entry.msgid_plural else 1
        if len(entry.msgstr) != expected or not all(entry.msgstr.values()):
            untranslated.append(entry.msgid)
        if "fuzzy" in entry.flags:
            fuzzy.append(entry.msgid)
    assert untranslated == []
    assert fuzzy == []


def test_russian_has_three_plural_forms_and_french_two():
    assert plural_count(LOCALE_DIR / "ru/LC_MESSAGES/django.po") == 3
    assert plural_count(LOCALE_DIR / "fr/LC_MESSAGES/django.po") == 2


def test_the_compiled_catalogs_are_what_the_site_reads():
    with translation.override("ru"):
        assert gettext("Newsroom") == "Пресс-центр"
        assert pgettext("the site's search page", "Search") == "Поиск"
    with translation.override("fr"):
        assert gettext("Newsroom") == "Salle de presse"
    with translation.override("en-gb"):
        assert gettext("Newsroom") == "Newsroom"


def test_a_language_without_our_catalog_shows_the_interface_in_english():
    """German has Django's catalogs but not ours: the site's words stay English, even those
    Django's own catalogs hold ("Page not found", "Skip to main content", "Tags")."""
    with translation.override("de"):
        assert gettext("Newsroom") == "Newsroom"
        assert pgettext("error page", "Page not found") == "Page not found"
        assert pgettext("link at the top of every page", "Skip to main content") == (
            "Skip to main content"
        )
        assert pgettext("of a press release", "Tags") == "Tags"


def render(source, **context):
    return Template("{% load i18n humanize %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [
        ("en-gb", "1 December 2026", "1 December 2026, 09:30"),
        ("ru", "1 декабря 2026 г.", "1 декабря 2026 г. 9:30"),
        ("fr", "1 décembre 2026", "1 décembre 2026 09:30"),
    ],
)
def test_dates_are_written_as_the_language_writes_them(language, day, moment):
    with translation.override(language):
        assert render('{{ day|date:"DATE_FORMAT" }}', day=date(2026, 12, 1)) == day
        assert render('{{ at|date:"DATETIME_FORMAT" }}', at=datetime(2026, 12, 1, 9, 30)) == moment


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en-gb", {1: "1 result", 3: "3 results", 1234: "1,234 results"}),
        (
            "ru",
            {
                1: "1 результат",
                3: "3 результата",
                5: "5 результатов",
                11: "11 результатов",
                21: "21 результат",
                1234: "1\xa0234 результата",
            },
        ),
        ("fr", {0: "0 résultat", 1: "1 résultat", 2: "2 résultats", 1234: "1\xa0234 résultats"}),
    ],
)
def test_result_counts_take_the_languages_plural_and_grouping(language, counts):
    source = (
        "{% blocktranslate count counter=n with number=n|intcomma %}{{ number }} result"
        "{% plural %}{{ number }} results{% endblocktranslate %}"
    )
    with translation.override(language):
        assert {n: render(source, n=n) for n in counts} == counts


@pytest.fixture
def request_for_page(rf):
    return rf.get("/no-such-page/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-gb", ["<title>Page not found | Organization for Security and Co-operation in Europe"]),
        (
            "ru",
            [
                "<title>Страница не найдена | Организация по безопасности и сотрудничеству в "
                "Европе",
                "По этому адресу страницы нет.",
                "Перейдите на главную страницу</a>",
                ">Пресс-центр</a>",  # the navigation and the footer
                "Перейти к основному содержанию",
            ],
        ),
        (
            "fr",
            [
                "<title>Page introuvable | Organisation pour la sécurité et la coopération en "
                "Europe",
                "Il n'y a pas de page à cette adresse.",
                ">Salle de presse</a>",
                "Aller au contenu principal",
            ],
        ),
    ],
)
def test_the_404_page_in_each_language(language, expected, request_for_page):
    with translation.override(language):
        html = render_to_string("404.html", request=request_for_page)
    for text in expected:
        assert text in html


@pytest.mark.django_db
def test_the_navigation_is_cached_per_language(request_for_page):
    """Rendered once and reused: the English menus must not be served on a Russian page."""
    with translation.override("en-gb"):
        english = render_to_string("404.html", request=request_for_page)
    with translation.override("ru"):
        russian = render_to_string("404.html", request=request_for_page)
    assert "<summary>Fields of work</summary>" in english
    assert "<summary>Направления деятельности</summary>" in russian


@pytest.mark.parametrize(
    ("language", "labels", "error", "choice"),
    [
        (
            "en-gb",
            ["Search the news", "Type", "Year", "From", "To"],
            "Enter a date as YYYY-MM-DD.",
            "Press release",
        ),
        (
            "ru",
            ["Поиск по новостям", "Тип", "Год", "С", "По"],
            "Введите дату в виде ГГГГ-ММ-ДД.",
            "Пресс-релиз",
        ),
        (
            "fr",
            ["Rechercher dans les actualités", "Type", "Année", "Du", "Au"],
            "Saisissez une date au format AAAA-MM-JJ.",
            "Communiqué de presse",
        ),
    ],
)
@pytest.mark.django_db
def test_the_newsroom_filter_form_in_each_language(language, labels, error, choice):
    with translation.override(language):
        form = NewsFilterForm({"from": "1 December"})
        names = ["q", "type", "year", "from", "to"]
        assert [str(form.fields[name].label) for name in names] == labels
        assert form.errors["from"] == [error]
        assert str(dict(form.fields["type"].choices)[PressRelease.Type.PRESS_RELEASE]) == choice


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-gb", ["<dt>Date</dt>", ">1 December 2026</time>", "<dt>Fields of work</dt>"]),
        ("ru", ["<dt>Дата</dt>", ">1 декабря 2026 г.</time>", "<dt>Направления деятельности</dt>"]),
        ("fr", ["<dt>Date</dt>", ">1 décembre 2026</time>", "<dt>Domaines d'action</dt>"]),
    ],
)
def test_a_release_card_in_each_language(language, expected):
    field = factories.make_field("Elections")
    release = factories.make_release(
        "Observers meet",
        fields=[field],
        published_at=timezone.make_aware(datetime(2026, 12, 1, 10, 0)),
    )
    release = PressRelease.objects.with_listing_relations().get(pk=release.pk)
    with translation.override(language):
        html = render_to_string("includes/release_card.html", {"release": release})
    for text in expected:
        assert text in html
