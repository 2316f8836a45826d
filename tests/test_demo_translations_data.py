"""The demo translations (seed/data/demo_translations.py) cover their English sources.

Every English text the data translates has a translation in each language it names, rich texts
keep the English paragraphs, slugs are Latin, texts fit the fields they are to be stored in, and
no translation is an untranslated copy of its English source. Pure data: no database.
"""

import re

import pytest

from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import DepartmentTranslation, FieldOperation, GalleryPhoto, WorkSection
from news.models import PressRelease
from seed.data import demo, reference
from seed.data import demo_translations as tr
from seed.management.commands.load_demo_content import ELECTIONS_TEXT_FIELDS, paragraphs

RICH_FIELDS = {"challenge", "action", "institutions_text", "operations_text", "text"}
SLUG = re.compile(r"^[-a-z0-9]+$")
LATIN = re.compile(r"[A-Za-z]")
RELEASE_LANGUAGES = {
    "osce-chairperson-in-office-visits-belgrade-2017": {"ru": 1, "fr": 1, "sr": 0},
    "chairperson-lajcak-visits-mission-in-kosovo-2019": {"ru": 1, "fr": 1},
}
DATELINES = {
    ("osce-chairperson-in-office-visits-belgrade-2017", "ru"): "БЕЛГРАД, 13 февраля 2017 г. –",
    ("osce-chairperson-in-office-visits-belgrade-2017", "fr"): "BELGRADE, 13 février 2017 –",
    ("osce-chairperson-in-office-visits-belgrade-2017", "sr"): "БЕОГРАД, 13. фебруар 2017. –",
    ("chairperson-lajcak-visits-mission-in-kosovo-2019", "ru"): "ПРИШТИНА, 21 июня 2019 г. –",
    ("chairperson-lajcak-visits-mission-in-kosovo-2019", "fr"): (
        "PRISHTINË/PRIŠTINA, 21 juin 2019 –"
    ),
}
ENGLISH_RELEASES = {entry["slug"]: entry for entry in demo.PRESS_RELEASES}
SERBIA = next(entry for entry in reference.FIELD_OPERATIONS if entry["slug"] == "mission-to-serbia")
SECTIONS = {entry["title"]: entry for entry in demo.SERBIA_SECTIONS}


def max_length(model, name):
    return model._meta.get_field(name).max_length


def tags(html):
    return re.findall(r"</?[a-z]+>", html)


def pairs():
    """(where, field, English, translation) for every translated text."""
    for language, page in tr.ELECTIONS_PAGE.items():
        yield f"elections/{language}", "name", "Elections", page["name"]
        for name in ELECTIONS_TEXT_FIELDS:
            yield f"elections/{language}", name, demo.ELECTIONS_PAGE[name], page[name]
    for slug, versions in tr.RELEASES.items():
        english = ENGLISH_RELEASES[slug]
        for language, version in versions.items():
            where = f"{slug}/{language}"
            for name in ["title", "slug", "summary"]:
                yield where, name, english[name], version[name]
            for number, (source, text) in enumerate(
                zip(english["body"], version["body"], strict=False)
            ):
                yield where, f"body {number + 1}", source, text
            if english["photo"]:
                yield where, "photo_caption", english["photo"]["caption"], version["photo_caption"]
                yield where, "photo_alt", english["photo"]["alt"], version["photo_alt"]
    for language, page in tr.SERBIA_PAGE.items():
        where = f"serbia/{language}"
        yield where, "tagline", SERBIA["description"], page["tagline"]
        yield where, "our_work_intro", demo.SERBIA_INTRO, page["our_work_intro"]
        yield where, "mandate_text", demo.SERBIA_MANDATE, page["mandate_text"]
        for title, section in page["sections"].items():
            for name, text in section.items():
                yield f"{where}/{title}", name, SECTIONS[title][name], text
        for position, photo in page["gallery"].items():
            for name, text in photo.items():
                source = demo.SERBIA_GALLERY[position - 1][name]
                yield f"{where}/gallery {position}", name, source, text
    for language, texts in tr.SERBIA_DEPARTMENT.items():
        for name, text in texts.items():
            yield f"department/{language}", name, demo.SERBIA_DEPARTMENT[name], text


PAIRS = list(pairs())


def test_the_elections_page_has_every_text_but_the_slug():
    assert set(tr.ELECTIONS_PAGE) == {"ru", "fr"}
    for page in tr.ELECTIONS_PAGE.values():
        assert set(page) == {"name", *ELECTIONS_TEXT_FIELDS}
        assert set(page) <= set(FieldOfWork.translated_fields) - {"slug"}
    assert tr.ELECTIONS_PAGE["ru"]["name"] == "Выборы"
    assert tr.ELECTIONS_PAGE["fr"]["name"] == "Élections"
    assert tr.ELECTIONS_PAGE["ru"]["commitment_source"] == (
        "Копенгагенский документ 1990 года, пункт 7"
    )
    assert tr.ELECTIONS_PAGE["fr"]["commitment_source"] == (
        "Document de Copenhague de 1990, paragraphe 7"
    )


def test_the_releases_are_the_two_reference_releases_in_their_languages():
    assert {slug: set(versions) for slug, versions in tr.RELEASES.items()} == {
        slug: set(languages) for slug, languages in RELEASE_LANGUAGES.items()
    }
    for slug, versions in tr.RELEASES.items():
        english = ENGLISH_RELEASES[slug]
        photo_keys = {"photo_caption", "photo_alt"} if english["photo"] else set()
        for language, version in versions.items():
            assert set(version) == {
                "title",
                "slug",
                "summary",
                "body",
                "published_after_days",
                *photo_keys,
            }
            assert version["published_after_days"] == RELEASE_LANGUAGES[slug][language]
            assert len(version["body"]) == len(english["body"])
            assert paragraphs(version["body"]).count("<p>") == len(english["body"])
            assert version["body"][0].startswith(DATELINES[slug, language])


def test_the_serbia_page_covers_every_section_and_photograph():
    assert set(tr.SERBIA_PAGE) == {"ru", "fr", "sr"}
    for page in tr.SERBIA_PAGE.values():
        assert set(page) == {"tagline", "our_work_intro", "mandate_text", "sections", "gallery"}
        assert set(page["sections"]) == set(SECTIONS)
        for title, section in page["sections"].items():
            photo = {"photo_caption", "photo_alt"} if SECTIONS[title]["photo_alt"] else set()
            assert set(section) == {"title", "strapline", "text", *photo}
        assert set(page["gallery"]) == set(range(1, len(demo.SERBIA_GALLERY) + 1))
        for photo in page["gallery"].values():
            assert set(photo) == {"caption", "alt"}


@pytest.mark.parametrize(("where", "name", "english", "text"), PAIRS, ids=lambda v: str(v)[:40])
def test_every_text_is_translated(where, name, english, text):
    assert text.strip(), (where, name)
    assert text != english, (where, name)
    assert text == text.strip() and "  " not in text, (where, name)


def test_rich_texts_keep_the_english_html():
    for where, name, english, text in PAIRS:
        if name in RICH_FIELDS:
            assert tags(text) == tags(english), (where, name)
        else:
            assert "<" not in text, (where, name)


def test_serbian_is_in_cyrillic():
    for where, name, _english, text in PAIRS:
        if "/sr" in where and name != "slug":
            assert not LATIN.search(re.sub(r"</?p>", "", text)), (where, name, text)


def test_slugs_are_latin_and_new():
    english = set(ENGLISH_RELEASES)
    slugs = [version["slug"] for versions in tr.RELEASES.values() for version in versions.values()]
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert SLUG.match(slug), slug
        assert len(slug) <= max_length(PressRelease, "slug")
        assert slug not in english


def test_texts_fit_their_fields():
    limits = {
        ("release", "title"): max_length(PressRelease, "title"),
        ("release", "photo_caption"): max_length(PressRelease, "photo_caption"),
        ("release", "photo_alt"): max_length(PressRelease, "photo_alt"),
        ("section", "title"): max_length(WorkSection, "title"),
        ("section", "strapline"): max_length(WorkSection, "strapline"),
        ("section", "photo_caption"): max_length(WorkSection, "photo_caption"),
        ("section", "photo_alt"): max_length(WorkSection, "photo_alt"),
        ("gallery", "caption"): max_length(GalleryPhoto, "photo_caption"),
        ("gallery", "alt"): max_length(GalleryPhoto, "photo_alt"),
        ("operation", "tagline"): max_length(FieldOperation, "tagline"),
        ("operation", "our_work_intro"): max_length(FieldOperation, "our_work_intro"),
        ("elections", "name"): max_length(FieldOfWorkTranslation, "name"),
        ("elections", "commitment_source"): max_length(FieldOfWorkTranslation, "commitment_source"),
        ("department", "title"): max_length(DepartmentTranslation, "title"),
        ("department", "gallery_title"): max_length(DepartmentTranslation, "gallery_title"),
    }
    for where, name, _english, text in PAIRS:
        if where.startswith("elections"):
            kind = "elections"
        elif where.startswith("department"):
            kind = "department"
        elif where.startswith("serbia"):
            kind = (
                "gallery"
                if "/gallery" in where
                else "section"
                if where.count("/") == 2
                else "operation"
            )
        else:
            kind = "release"
        limit = limits.get((kind, name))
        if limit is not None:
            assert len(text) <= limit, (where, name, len(text), limit)


def test_the_department_has_its_title_and_introduction_in_serbian():
    assert set(tr.SERBIA_DEPARTMENT) == {"sr"}
    assert set(tr.SERBIA_DEPARTMENT["sr"]) == {"title", "intro", "gallery_title"}
    assert set(tr.SERBIA_DEPARTMENT["sr"]) <= set(DepartmentTranslation.source_fields())


def test_one_translation_is_outdated():
    assert tr.OUTDATED["data"] == "ELECTIONS_PAGE"
    assert tr.OUTDATED["language"] in tr.ELECTIONS_PAGE
    for name, older in tr.OUTDATED["source_texts"].items():
        assert name in ELECTIONS_TEXT_FIELDS
        assert older and older != demo.ELECTIONS_PAGE[name]
        assert tr.ELECTIONS_PAGE[tr.OUTDATED["language"]][name] not in (
            older,
            demo.ELECTIONS_PAGE[name],
        )


def test_what_is_left_untranslated_is_not_translated():
    given = (
        set(tr.ELECTIONS_PAGE)
        | {language for versions in tr.RELEASES.values() for language in versions}
        | set(tr.SERBIA_PAGE)
    )
    assert not given & set(tr.UNTRANSLATED["languages"])
    assert not set(tr.ELECTIONS_PAGE) & set(tr.UNTRANSLATED["ELECTIONS_PAGE"])
    for slug, languages in tr.UNTRANSLATED["RELEASES"].items():
        assert not set(tr.RELEASES[slug]) & set(languages)
