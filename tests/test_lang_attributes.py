"""`<html lang>` is the page's language, and whatever a page shows in another language carries its
own `lang` (issue 12): a newsroom filter with no name in the page's language, a Chairpersonship's
State or Chairperson-in-Office known in English only, and the structured data of a release, which
speaks the page's language and says so (`inLanguage`)."""

import json
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from countries.models import Chairpersonship, ParticipatingStateTranslation
from fields.models import FieldOfWorkTranslation
from news.models import PlaceTranslation, PressRelease, PressReleaseTranslation
from structures.models import StructureTranslation
from tests import factories

pytestmark = pytest.mark.django_db

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Languages(HTMLParser):
    """Each text of a page with the language it is in (its nearest element's with a `lang`) and
    the classes of the elements around it; and the page's <title> and JSON-LD."""

    def __init__(self, text):
        super().__init__()
        self.texts = []  # (text, language, classes of the elements around it)
        self.title, self.json_ld = "", []
        self._open = []  # (tag, lang, classes)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        language = attrs.get("lang") or (self._open[-1][1] if self._open else None)
        classes = set((attrs.get("class") or "").split())
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self.json_ld.append("")
        if tag not in VOID:
            self._open.append((tag, language, classes))

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = data.strip()
        if not text or not self._open:
            return
        tag, language, _classes = self._open[-1]
        if tag == "title":
            self.title += text
        elif tag == "script":
            if self.json_ld:
                self.json_ld[-1] += data
        else:
            around = set().union(*(classes for _tag, _lang, classes in self._open))
            self.texts.append((text, language, around))

    def languages_of(self, text, *, within):
        """The languages `text` is shown in inside elements of class `within`."""
        return {
            language for shown, language, around in self.texts if shown == text and within in around
        }


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, Languages(response.content.decode())


def translate(release, **texts):
    texts.setdefault("title", "Председатель посетил Белград")
    return PressReleaseTranslation.objects.create(
        item=release,
        language="ru",
        status=PressRelease.Status.PUBLISHED,
        published_at=timezone.now() - timedelta(minutes=30),
        **texts,
    )


# The newsroom's facets and active filters ----------------------------------------------------


@pytest.fixture
def russian_newsroom(release, field, other_field, chairpersonship):
    """The release in Russian, in two fields: one named in Russian ("Выборы"), one not; from two
    sources: one named in Russian, one (the Mission) not."""
    translate(release)
    release.fields_of_work.add(other_field)
    FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    StructureTranslation.objects.create(
        item=chairpersonship,
        language="ru",
        name="Председательство",
        full_name="Председательство ОБСЕ",
    )
    return release


FILTERS = {"field": ["elections", "rule-of-law"], "source": "mission-to-serbia", "tag": "visit"}


def query(**extra):
    """The newsroom's query string with FILTERS and `extra`."""
    pairs = {**FILTERS, **extra}.items()
    return "&".join(
        f"{name}={value}"
        for name, values in pairs
        for value in ([values] if isinstance(values, str) else values)
    )


def test_a_facet_value_named_in_english_on_a_russian_page_says_so(client, russian_newsroom):
    response, html = page(client, "/ru/news/")

    assert html.languages_of("Выборы", within="facet") == {"ru"}
    assert html.languages_of("Председательство ОБСЕ", within="facet") == {"ru"}
    assert html.languages_of("Rule of law", within="facet") == {"en"}
    assert html.languages_of("OSCE Mission to Serbia", within="facet") == {"en"}
    # The facet values know the language of their labels.
    facets = {facet.name: facet.values for facet in response.context["facets"]}
    assert {value.label: value.language for value in facets["field"]} == {
        "Выборы": "ru",
        "Rule of law": "en",
    }
    assert {value.language for value in facets["year"] + facets["type"]} == {"ru"}


def test_an_active_filter_named_in_english_on_a_russian_page_says_so(
    client, russian_newsroom, serbia
):
    response, html = page(client, "/ru/news/?" + query(country="serbia"))

    assert html.languages_of("Выборы", within="chips") == {"ru"}
    assert html.languages_of("Rule of law", within="chips") == {"en"}
    assert html.languages_of("OSCE Mission to Serbia", within="chips") == {"en"}
    assert html.languages_of("Serbia", within="chips") == {"en"}  # no Russian name
    # A tag is named in English whatever the page: its chip's wording is the page's, the name not.
    assert html.languages_of("Тег:", within="chips") == {"ru"}
    assert html.languages_of("visit", within="chips") == {"en"}
    # The chip's link is named by its text (an aria-label could not mark a language in it).
    assert html.languages_of("Убрать фильтр:", within="chips") == {"ru"}
    # The title and the description cannot mark a language: they name the filters that have a
    # name in the page's, and the fields only where all of them have one.
    assert "Выборы" in html.title
    assert "Rule of law" not in html.title and "visit" not in html.title
    assert response.context["active_fields"] == []


def test_a_russian_state_in_an_active_filter_is_named_in_russian(client, russian_newsroom, serbia):
    ParticipatingStateTranslation.objects.create(item=serbia, language="ru", name="Сербия")

    _response, html = page(client, "/ru/news/?country=serbia&field=elections")

    assert html.languages_of("Сербия", within="chips") == {"ru"}
    assert "Сербия" in html.title


def test_the_english_newsroom_marks_no_language(client, russian_newsroom, serbia):
    _response, html = page(client, "/news/?" + query(country="serbia"))

    for within in ("facet", "chips"):
        assert {language for _text, language, around in html.texts if within in around} == {"en"}
    assert html.languages_of("Tag: visit", within="chips") == {"en"}
    assert "Rule of law" in html.title


# The Chairpersonship's table and banners -----------------------------------------------------


@pytest.fixture
def chairs(chairpersonship, serbia):
    """A Chairpersonship's page in Russian and its years: Serbia (named in Russian) this year,
    Finland (no Russian name) next year, and Czechoslovakia, a former State, in 1992."""
    this_year = timezone.localdate().year
    StructureTranslation.objects.create(
        item=chairpersonship, language="ru", name="Председательство"
    )
    ParticipatingStateTranslation.objects.create(item=serbia, language="ru", name="Сербия")
    finland = factories.make_state("Finland", code="FI")
    for year, state in ((this_year, serbia), (this_year + 1, finland)):
        Chairpersonship.objects.create(year=year, state=state, chairperson=f"Chair of {state}")
    Chairpersonship.objects.create(year=1992, former_state="Czechoslovakia")
    return {"serbia": serbia, "finland": finland}


def test_the_russian_chairpersonship_table_marks_what_it_names_in_english(client, chairs):
    response, html = page(client, "/ru/structures/chairpersonship/")

    table = "chair-table"
    assert html.languages_of("Сербия", within=table) == {"ru"}
    assert html.languages_of("Finland", within=table) == {"en"}
    assert html.languages_of("Czechoslovakia", within=table) == {"en"}
    assert html.languages_of("Chair of Serbia", within=table) == {"en"}
    assert html.languages_of("Chair of Finland", within=table) == {"en"}
    content = response.content.decode()
    # Finland has no Russian page: its link says it leads to the English one.
    assert '<a href="/participating-states/finland/" lang="en" hreflang="en">Finland</a>' in content
    assert '<a href="/ru/participating-states/serbia/">Сербия</a>' in content


def test_the_english_chairpersonship_table_marks_nothing(client, chairs):
    response, html = page(client, "/structures/chairpersonship/")

    assert {language for _text, language, around in html.texts if "chair-table" in around} == {"en"}
    assert 'lang="en"' not in response.content.decode().split('class="chair-table"')[1]


def test_the_russian_chairpersonship_table_names_its_states_in_one_query(client, chairs):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/ru/structures/chairpersonship/")
        return len(captured)

    queries()  # the navigation's cache warms
    few = queries()
    for number in range(3):
        state = factories.make_state(f"State {number}")
        ParticipatingStateTranslation.objects.create(item=state, language="ru", name=f"Г{number}")
        factories.make_chairpersonship(state, 2000 + number)
    queries()  # the new States retired the navigation: it warms again
    assert queries() == few


def test_the_russian_banners_mark_a_chairperson_and_a_state_known_in_english(client, chairs):
    chairs["serbia"].translations.all().delete()

    _response, home = page(client, "/ru/")
    assert home.languages_of("Serbia", within="chair-banner") == {"en"}
    assert home.languages_of("Chair of Serbia", within="chair-banner") == {"en"}

    _response, states = page(client, "/ru/participating-states/")
    assert states.languages_of("Serbia", within="chair-banner") == {"en"}
    assert states.languages_of("Chair of Serbia", within="chair-banner") == {"en"}


def test_a_former_state_on_the_russian_home_page_says_it_is_english(client, chairs):
    Chairpersonship.objects.filter(year=timezone.localdate().year).update(
        state=None, former_state="Yugoslavia", chairperson=""
    )
    _response, home = page(client, "/ru/")

    assert home.languages_of("Yugoslavia", within="chair-banner") == {"en"}


# Structured data ---------------------------------------------------------------------------


def json_ld(client, url):
    _response, html = page(client, url)
    [data] = [json.loads(text) for text in html.json_ld]
    return data


def plain_texts(data, skip=("@context", "@type", "url", "mainEntityOfPage", "alternateName")):
    """Every plain string of the JSON-LD but addresses, dates, types and value objects."""
    if isinstance(data, list):
        return [text for item in data for text in plain_texts(item)]
    if not isinstance(data, dict) or "@value" in data:
        return []
    texts = []
    for key, value in data.items():
        if key in skip or key.startswith("date"):
            continue
        texts += [value] if isinstance(value, str) else plain_texts(value)
    return texts


def test_a_russian_releases_structured_data_is_in_russian(client, release, field, belgrade):
    translate(release, slug="председатель-посетил-белград", summary="Визит в Миссию.")
    FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    PlaceTranslation.objects.create(item=belgrade, language="ru", name="Белград")
    shown = release.in_language("ru")
    address = f"http://testserver{shown.get_absolute_url()}"

    data = json_ld(client, shown.get_absolute_url())

    assert data["inLanguage"] == "ru"
    assert data["headline"] == "Председатель посетил Белград"
    assert data["description"] == "Визит в Миссию."
    assert data["url"] == data["mainEntityOfPage"] == address
    assert address.startswith("http://testserver/ru/news/")
    assert data["publisher"]["name"] == "Организация по безопасности и сотрудничеству в Европе"
    assert data["publisher"]["url"] == "http://testserver/ru/"
    assert data["locationCreated"] == [{"@type": "Place", "name": "Белград"}]
    # Named in Russian; the field's page is not translated: its address is the English one.
    assert data["about"] == [
        {"@type": "Thing", "name": "Выборы", "url": "http://testserver/fields-of-work/elections/"}
    ]
    # The sources have no Russian names: English, and saying so.
    assert [author["name"] for author in data["author"]] == [
        {"@value": "OSCE Chairpersonship", "@language": "en"},
        {"@value": "OSCE Mission to Serbia", "@language": "en"},
    ]
    english = {release.title, release.summary, "Elections", "Belgrade", "OSCE Mission to Serbia"}
    assert not english & set(plain_texts(data))


def test_an_english_releases_structured_data_says_it_is_english(client, release):
    translate(release)

    data = json_ld(client, release.get_absolute_url())

    assert data["inLanguage"] == "en"
    assert data["headline"] == "Chairperson visits Belgrade"
    assert data["url"] == "http://testserver/news/chairperson-visits-belgrade/"
    assert data["publisher"]["name"] == "Organization for Security and Co-operation in Europe"
    assert [author["name"] for author in data["author"]] == [
        "OSCE Chairpersonship",
        "OSCE Mission to Serbia",
    ]
