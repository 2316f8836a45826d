"""The site in every language (issue 12): English at its old addresses, every other language
under its prefix, no fallback from a missing translation to English, and a page that knows
which languages it exists in (switcher, hreflang, the 404 that links to them)."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core import languages
from fields.models import FieldOfWork, FieldOfWorkTranslation

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    """What a page says about its languages: <html lang>, hreflang links, the switcher."""

    def __init__(self, text):
        super().__init__()
        self.lang, self.hreflang, self.canonical = None, {}, None
        self.switcher_links, self.switcher_missing, self.current = {}, [], None
        self._in_bar = False
        self._missing = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.hreflang[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "nav" and "language-bar" in attrs.get("class", ""):
            self._in_bar = True
        elif self._in_bar and tag == "a":
            self.switcher_links[attrs["lang"]] = attrs["href"]
        elif self._in_bar and tag == "span":
            if "language-bar__current" in attrs.get("class", ""):
                self.current = attrs["lang"]
            elif "language-bar__missing" in attrs.get("class", ""):
                self._missing = True
            elif self._missing and "lang" in attrs:
                self.switcher_missing.append(attrs["lang"])
                self._missing = False

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_bar = False


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response, Page(response.content.decode())


def translate(field, language="ru", **texts):
    texts.setdefault("name", f"{field.name} ({language})")
    texts.setdefault("summary", f"{field.summary} ({language})")  # a page needs its summary
    return FieldOfWorkTranslation.objects.create(item=field, language=language, **texts)


def test_the_languages_are_the_settings_english_first():
    assert languages.codes()[0] == "en"
    assert set(languages.codes()) == {"en", "fr", "de", "it", "ru", "es", "sr", "sq", "mk", "uk"}
    assert "en" not in dict(languages.translation_choices())


def test_english_keeps_its_addresses_and_speaks_english(client, field):
    assert field.get_absolute_url() == "/fields-of-work/elections/"
    response, html = page(client, "/fields-of-work/elections/")
    assert html.lang == "en"
    assert response["Content-Language"] == "en"
    # The language is in the path: a front cache needs no Vary on the browser's language.
    assert "Accept-Language" not in response.get("Vary", "")


def test_english_is_english_whatever_the_browser_prefers(client, field):
    response = client.get("/fields-of-work/elections/", headers={"accept-language": "ru"})
    assert Page(response.content.decode()).lang == "en"


@pytest.mark.parametrize("language", ["ru", "fr", "sr", "uk"])
def test_every_language_has_its_interface_pages_under_its_prefix(client, language):
    for name in ["pages:home", "fields:list", "news:list", "search:results"]:
        with translation.override(language):
            url = reverse(name)
        assert url.startswith(f"/{language}/")
        response, html = page(client, url)
        assert html.lang == language
        assert response["Content-Language"] == language


def test_a_missing_translation_is_a_404_in_the_language_linking_to_the_versions(client, field):
    response, html = page(client, "/ru/fields-of-work/elections/", status=404)
    assert html.lang == "ru"
    body = response.content.decode()
    assert field.name not in body.split("<main")[1]  # nothing pretends to be Russian
    assert 'href="/fields-of-work/elections/" lang="en" hreflang="en"' in body
    # The switcher leads to English and marks every other language as unavailable.
    assert html.switcher_links == {"en": "/fields-of-work/elections/"}
    assert set(html.switcher_missing) == set(languages.codes()) - {"en", "ru"}
    assert html.hreflang == {
        "en": "http://testserver/fields-of-work/elections/",
        "x-default": "http://testserver/fields-of-work/elections/",
    }


def test_an_unknown_address_in_another_language_links_nowhere(client):
    _response, html = page(client, "/ru/fields-of-work/no-such-field/", status=404)
    assert html.lang == "ru"
    assert html.switcher_links == {}
    assert html.hreflang == {}


def test_a_published_translation_is_its_own_page(client, field):
    translate(field, "ru", name="Выборы", summary="Как ОБСЕ помогает проводить честные выборы.")
    response, html = page(client, "/ru/fields-of-work/elections/")
    body = response.content.decode()
    assert "<h1>Выборы</h1>" in body
    assert "How the OSCE helps" not in body  # no English text under a Russian heading
    assert html.lang == "ru"
    assert html.canonical == "http://testserver/ru/fields-of-work/elections/"
    # hreflang: exactly the published versions, English as x-default.
    assert html.hreflang == {
        "en": "http://testserver/fields-of-work/elections/",
        "ru": "http://testserver/ru/fields-of-work/elections/",
        "x-default": "http://testserver/fields-of-work/elections/",
    }
    assert html.current == "ru"
    assert html.switcher_links == {"en": "/fields-of-work/elections/"}
    assert "fr" in html.switcher_missing
    # And the English page now names its Russian version.
    _response, english = page(client, "/fields-of-work/elections/")
    assert english.switcher_links == {"ru": "/ru/fields-of-work/elections/"}
    assert set(english.hreflang) == {"en", "ru", "x-default"}


def test_lists_in_a_language_show_only_what_exists_in_it(client, field, other_field):
    translate(field, "ru", name="Выборы")
    response, _html = page(client, "/ru/fields-of-work/")
    names = [f.name for f in response.context["fields_of_work"]]
    assert names == ["Выборы"]
    assert [f.get_absolute_url() for f in response.context["fields_of_work"]] == [
        "/ru/fields-of-work/elections/"
    ]
    response, _html = page(client, "/fr/fields-of-work/")
    assert list(response.context["fields_of_work"]) == []


def test_a_translated_slug_is_the_address_and_the_english_slug_leads_to_it(client, field):
    translate(field, "ru", name="Выборы", slug="vybory")
    page(client, "/ru/fields-of-work/vybory/")
    response = client.get("/ru/fields-of-work/elections/")
    assert response.status_code == 301
    assert response["Location"] == "/ru/fields-of-work/vybory/"
    # The English address is untouched, and no other language answers to the Russian slug.
    page(client, "/fields-of-work/elections/")
    page(client, "/fr/fields-of-work/vybory/", status=404)


def test_cyrillic_slugs_work(client, field):
    translate(field, "ru", name="Выборы", slug="выборы")
    response, html = page(client, "/ru/fields-of-work/выборы/")
    assert (
        html.canonical
        == "http://testserver/ru/fields-of-work/%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B/"
    )
    response = client.get("/ru/fields-of-work/elections/")
    assert response.status_code == 301


def test_a_renamed_translated_slug_keeps_its_old_address(client, field):
    row = translate(field, "ru", name="Выборы", slug="vybory")
    row.slug = "vybory-i-nablyudenie"
    row.save()
    response = client.get("/ru/fields-of-work/vybory/")
    assert response.status_code == 301
    assert response["Location"] == "/ru/fields-of-work/vybory-i-nablyudenie/"


def renamed(row, slug):
    row.slug = slug
    row.save()


def test_two_languages_former_slugs_of_the_same_name_find_their_own_items(
    client, field, other_field
):
    # The French version of one field and the German version of another were once both
    # called "droit": each old address must still reach its own item.
    french = translate(field, "fr", name="Droit", slug="droit")
    german = translate(other_field, "de", name="Recht", slug="droit")
    renamed(french, "elections-fr")
    renamed(german, "recht")
    response = client.get("/fr/fields-of-work/droit/")
    assert (response.status_code, response["Location"]) == (301, "/fr/fields-of-work/elections-fr/")
    response = client.get("/de/fields-of-work/droit/")
    assert (response.status_code, response["Location"]) == (301, "/de/fields-of-work/recht/")
    # A slug taken again in one language stops being former there only.
    renamed(german, "droit")
    page(client, "/de/fields-of-work/droit/")
    response = client.get("/fr/fields-of-work/droit/")
    assert (response.status_code, response["Location"]) == (301, "/fr/fields-of-work/elections-fr/")


def test_a_renamed_english_slug_keeps_its_address_in_other_languages(client, field):
    translate(field, "ru", name="Выборы")
    field.slug = "elections-and-observation"
    field.save()
    response = client.get("/ru/fields-of-work/elections/")
    assert response.status_code == 301
    assert response["Location"] == "/ru/fields-of-work/elections-and-observation/"
    assert client.get("/fields-of-work/elections/").status_code == 301  # English, as before


def test_a_translated_slug_cannot_take_another_items_english_address(field, other_field):
    from django.core.exceptions import ValidationError

    row = FieldOfWorkTranslation(item=field, language="ru", name="Выборы", slug="rule-of-law")
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert "slug" in error.value.message_dict


def test_a_translated_copy_is_never_saved_over_the_english(field):
    translate(field, "ru", name="Выборы")
    shown = field.in_language("ru")
    assert shown.name == "Выборы" and shown.get_absolute_url() == "/ru/fields-of-work/elections/"
    with pytest.raises(TypeError):
        shown.save()
    assert FieldOfWork.objects.get(pk=field.pk).name == "Elections"


def test_an_english_item_on_another_languages_page_links_to_its_english_page(field):
    with translation.override("ru"):
        assert field.get_absolute_url() == "/fields-of-work/elections/"


def test_a_translation_knows_when_the_english_changed_since(field):
    row = translate(field, "ru", name="Выборы", summary="Как ОБСЕ помогает выборам.")
    assert not row.is_outdated()
    field.summary = "How the OSCE helps elections stay free and fair."
    field.save()
    row.refresh_from_db()
    assert row.is_outdated()
    assert row.changes_since() == {
        "summary": (
            "How the OSCE helps elections stay free.",
            "How the OSCE helps elections stay free and fair.",
        )
    }
    row.summary = "Как ОБСЕ помогает свободным и честным выборам."
    row.save()  # the translator brought it up to date
    assert not row.is_outdated()


def test_the_query_count_of_a_page_does_not_grow_with_its_languages(client, field):
    translate(field, "ru", name="Выборы")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ru/fields-of-work/elections/").status_code == 200
        return len(captured)

    queries()  # the navigation's cache warms
    one = queries()
    for language in ["fr", "de", "it", "es", "sr"]:
        translate(field, language)
    queries()  # the translations retired the navigation: it warms again
    assert queries() == one


def test_the_admin_speaks_the_editors_language(client):
    response = client.get("/admin/login/", headers={"accept-language": "fr"})
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    assert "Accept-Language" in response["Vary"]
    assert "Nom d’utilisateur" in response.content.decode()  # Django's own French
    response = client.get("/admin/login/")
    assert response["Content-Language"] == settings.LANGUAGE_CODE


def test_an_editor_chooses_the_admins_language(client, django_user_model):
    from tests.factories import log_in_verified

    user = django_user_model.objects.create_superuser(
        "chooser", "c@example.org", "pw-long-enough-1"
    )
    log_in_verified(client, user)
    page_before = client.get("/admin/").content.decode()
    assert 'id="admin-language"' in page_before
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response["Content-Language"] == "ru"
    assert "Администрирование" in response.content.decode() or "Выйти" in response.content.decode()
    # The public site is not affected: its language is its path's.
    assert client.get("/fields-of-work/")["Content-Language"] == "en"
    # An unknown language is no choice.
    client.post("/i18n/setlang/", {"language": "xx", "next": "/admin/"})
    assert client.get("/admin/")["Content-Language"] == "ru"


def test_the_sitemaps_list_each_language_version_and_nothing_missing(client, field, other_field):
    translate(field, "ru", name="Выборы", summary="Как ОБСЕ помогает выборам.", slug="vybory")
    text = client.get("/sitemap-fields-of-work.xml").content.decode()
    assert "<loc>http://testserver/ru/fields-of-work/vybory/</loc>" in text
    assert "<loc>http://testserver/fields-of-work/elections/</loc>" in text
    assert "<loc>http://testserver/fields-of-work/rule-of-law/</loc>" in text
    assert "/ru/fields-of-work/rule-of-law/" not in text  # not in Russian: not listed
    assert "/fr/fields-of-work/" not in text
    assert 'hreflang="ru" href="http://testserver/ru/fields-of-work/vybory/"' in text
    # The lists and the home page exist in every language.
    pages = client.get("/sitemap-pages.xml").content.decode()
    for language in languages.codes():
        prefix = "" if language == "en" else f"/{language}"
        assert f"<loc>http://testserver{prefix}/fields-of-work/</loc>" in pages


def test_the_site_search_in_a_language_finds_by_its_texts_and_shows_only_what_exists(
    client, field, other_field
):
    translate(field, "ru", name="Выборы", summary="Наблюдение за выборами.")
    found = client.get("/ru/search/", {"q": "выборы"})
    assert [f.name for f in found.context["fields_of_work"]] == ["Выборы"]
    assert "/ru/fields-of-work/elections/" in found.content.decode()
    # An English word finds nothing on the Russian page: its texts are Russian.
    assert list(client.get("/ru/search/", {"q": "elections"}).context["fields_of_work"]) == []
    # Nor is a field without a Russian page found in Russian.
    assert list(client.get("/ru/search/", {"q": "law"}).context["fields_of_work"]) == []
    english = client.get("/search/", {"q": "elections"})
    assert [f.name for f in english.context["fields_of_work"]] == ["Elections"]


def test_names_sort_by_their_letters_whatever_their_accents():
    from types import SimpleNamespace

    from core.translations import by_name

    names = ["Finlande", "États-Unis", "Espagne", "Égypte", "Autriche", "Zambie"]
    items = [SimpleNamespace(name=name) for name in names]
    assert [item.name for item in by_name(items, "fr")] == [
        "Autriche",
        "Égypte",
        "Espagne",
        "États-Unis",
        "Finlande",
        "Zambie",
    ]


def test_texts_that_exist_in_english_only_say_so_on_other_pages(client, mission):
    from missions.models import FieldOperationTranslation
    from structures.models import StructureTranslation

    mission.headquarters = "Belgrade"
    mission.save()
    StructureTranslation.objects.create(item=mission.structure_ptr, language="ru", name="Миссия")
    FieldOperationTranslation.objects.create(item=mission, language="ru", tagline="Т.")
    page = client.get("/ru/field-operations/mission-to-serbia/").content.decode()
    assert '<dd lang="en">Belgrade</dd>' in page
    english = client.get("/field-operations/mission-to-serbia/").content.decode()
    assert "<dd>Belgrade</dd>" in english
