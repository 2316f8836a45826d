"""A release's date in a language is its version's there (issue 12): a release published in
English on 31 December and in Russian on 2 January is dated, listed, filtered and counted by 2
January in Russian and by 31 December in English. And a translation's search document names
the release's places as its page does, in the translation's language."""

import json
import re
from datetime import date, datetime, time
from urllib.parse import unquote

import feedparser
import pytest
from django.contrib.sites.models import Site
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone, translation

from fields.models import FieldOfWorkTranslation
from news.models import PlaceTranslation, PressRelease, PressReleaseTranslation
from news.pagination import NewsPaginator
from tests import factories

pytestmark = pytest.mark.django_db

DAY_1, DAY_2, DAY_3 = date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 2)


def noon(day):
    return timezone.make_aware(datetime.combine(day, time(12)))


def translate(release, language="ru", **fields):
    fields.setdefault("title", f"Пресс-релиз {release.pk}")
    fields.setdefault("status", PressRelease.Status.PUBLISHED)
    fields.setdefault("published_at", release.published_at)
    return PressReleaseTranslation.objects.create(item=release, language=language, **fields)


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return [release.pk for release in response.context["releases"]]


def shown_dates(html):
    """The dates of the releases on a page, in its order, as the <time> elements give them."""
    return re.findall(r'<time datetime="([^"]+)"', html)


def iso(moment):
    return timezone.localtime(moment).isoformat()


@pytest.fixture
def field(db):
    """A field of work whose page exists in Russian."""
    field = factories.make_field("Elections")
    FieldOfWorkTranslation.objects.create(
        item=field, language="ru", name="Выборы", summary="Как ОБСЕ помогает выборам."
    )
    return field


@pytest.fixture
def late(field):
    """Published in English on day 1, in Russian on day 3."""
    release = factories.make_release("Meeting one", published_at=noon(DAY_1), fields=[field])
    translate(release, title="Встреча", slug="встреча-позже", published_at=noon(DAY_3))
    return release


@pytest.fixture
def same_day(field):
    """Published on day 2 in both languages."""
    release = factories.make_release("Meeting two", published_at=noon(DAY_2), fields=[field])
    translate(release, title="Встреча", slug="встреча-в-тот-же-день")
    return release


def test_each_newsroom_lists_and_dates_the_releases_by_its_own_dates(client, late, same_day):
    russian = client.get("/ru/news/")
    assert [release.pk for release in russian.context["releases"]] == [late.pk, same_day.pk]
    assert shown_dates(russian.content.decode()) == [iso(noon(DAY_3)), iso(noon(DAY_2))]
    english = client.get("/news/")
    assert [release.pk for release in english.context["releases"]] == [same_day.pk, late.pk]
    assert shown_dates(english.content.decode()) == [iso(noon(DAY_2)), iso(noon(DAY_1))]


def test_the_release_page_in_russian_shows_the_russian_date(client, late):
    html = client.get("/ru/news/встреча-позже/").content.decode()
    with translation.override("ru"):
        russian_day = formats.date_format(noon(DAY_3), "DATE_FORMAT")
        english_day = formats.date_format(noon(DAY_1), "DATE_FORMAT")
    assert f'<time datetime="{iso(noon(DAY_3))}">{russian_day}</time>' in html
    assert english_day not in html
    assert f'<meta property="article:published_time" content="{iso(noon(DAY_3))}">' in html
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1]
    assert json.loads(json_ld)["datePublished"] == iso(noon(DAY_3))

    english = client.get(late.get_absolute_url()).content.decode()
    assert shown_dates(english) == [iso(noon(DAY_1))]


def test_date_filters_in_russian_use_the_russian_dates(client, late, same_day):
    assert listed(client, "/ru/news/?year=2024") == [late.pk, same_day.pk]
    assert listed(client, "/news/?year=2024") == [same_day.pk]
    assert listed(client, "/ru/news/?year=2023") == []
    assert listed(client, "/news/?year=2023") == [late.pk]
    assert listed(client, "/ru/news/?from=2024-01-02") == [late.pk]
    assert listed(client, "/news/?from=2024-01-02") == []
    assert listed(client, "/ru/news/?to=2024-01-01") == [same_day.pk]
    assert listed(client, "/news/?to=2024-01-01") == [same_day.pk, late.pk]
    assert listed(client, "/ru/news/?from=2023-12-31&to=2023-12-31") == []

    def years(url):
        year = next(facet for facet in client.get(url).context["facets"] if facet.name == "year")
        return {value.label: value.count for value in year.values}

    assert years("/ru/news/") == {"2024": 2}
    assert years("/news/") == {"2024": 1, "2023": 1}
    # Counted apart: the Russian year's count is its own, not the English one's.
    assert years("/ru/news/?year=2024") == {"2024": 2}
    assert client.get("/ru/news/?year=2024").context["paginator"].count == 2


def test_latest_news_and_feeds_follow_the_dates_of_their_language(client, late, same_day, field):
    first, second = (release.in_language("ru").get_absolute_url() for release in (late, same_day))
    for page in ["/ru/", field.in_language("ru").get_absolute_url()]:
        html = client.get(page).content.decode()
        assert 0 <= html.index(f'href="{first}"') < html.index(f'href="{second}"'), page

    feed = feedparser.parse(client.get("/ru/news/feed/rss/").content)
    assert [unquote(entry.link) for entry in feed.entries] == [
        f"http://testserver{unquote(address)}" for address in (first, second)
    ]
    english = feedparser.parse(client.get("/news/feed/rss/").content)
    assert [entry.title for entry in english.entries] == ["Meeting two", "Meeting one"]


def test_search_results_of_equal_rank_follow_the_dates_of_their_language(client, late, same_day):
    assert listed(client, "/ru/news/?q=Встреча") == [late.pk, same_day.pk]
    assert listed(client, "/news/?q=Meeting") == [same_day.pk, late.pk]
    russian = client.get("/ru/search/?q=Встреча").context["news"]
    assert [release.pk for release in russian] == [late.pk, same_day.pk]
    assert [release.shown_published_at for release in russian] == [noon(DAY_3), noon(DAY_2)]
    english = client.get("/search/?q=Meeting").context["news"]
    assert [release.pk for release in english] == [same_day.pk, late.pk]


def test_pages_read_from_either_end_keep_the_russian_order():
    # English dates in one order, the Russian ones in the other.
    releases = []
    for number in range(5):
        release = factories.make_release(published_at=noon(date(2024, 1, 1 + number)))
        translate(release, published_at=noon(date(2024, 2, 10 - number)))
        releases.append(release)
    paginator = NewsPaginator(PressRelease.objects.newsroom("ru"), 2)
    # The last page is past the middle: its ids are read from the other end.
    listed = [release.pk for number in (1, 2, 3) for release in paginator.page(number)]
    assert listed == [release.pk for release in releases]


def count_queries(client, url):
    """Queries of a request with nothing cached (the sites framework's Site row neither)."""
    cache.clear()
    Site.objects.clear_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_the_russian_dates_cost_no_query_per_release(client, late, same_day, field):
    urls = ["/ru/news/", "/ru/", field.in_language("ru").get_absolute_url(), "/ru/news/feed/rss/"]
    few = [count_queries(client, url) for url in urls]
    for day in range(4, 8):
        release = factories.make_release(published_at=noon(date(2024, 1, day)), fields=[field])
        translate(release, published_at=noon(date(2024, 1, day + 1)))
    assert [count_queries(client, url) for url in urls] == few


# The place names of a translation's search document -----------------------------------------


@pytest.fixture
def russian(release):
    """The release datelined Belgrade, in Russian, without the place's name in its texts."""
    return translate(release, title="Председатель посетил миссию", slug="визит")


def found(client, language, text):
    prefix = "" if language == "en" else f"/{language}"
    return listed(client, f"{prefix}/news/?q={text}")


def test_a_search_in_russian_finds_a_release_by_the_russian_name_of_its_place(
    client, release, russian, belgrade
):
    # Named in English while it has no Russian name: found by that.
    assert found(client, "ru", "Belgrade") == [release.pk]
    assert found(client, "ru", "Белград") == []

    PlaceTranslation.objects.create(item=belgrade, language="ru", name="Белград")

    assert found(client, "ru", "Белград") == [release.pk]
    site = client.get("/ru/search/?q=Белград").context["news"]
    assert [item.pk for item in site] == [release.pk]
    assert site[0].title == "Председатель посетил миссию"
    # The Russian page names it Белград, and so does its document; English has its own name.
    assert found(client, "ru", "Belgrade") == []
    assert found(client, "en", "Белград") == []
    assert found(client, "en", "Belgrade") == [release.pk]


def test_a_place_name_changed_or_deleted_reaches_the_documents_at_once(
    client, release, russian, belgrade
):
    name = PlaceTranslation.objects.create(item=belgrade, language="ru", name="Белград")
    assert found(client, "ru", "Белград") == [release.pk]

    name.name = "Београд"
    name.save()
    assert found(client, "ru", "Београд") == [release.pk]
    assert found(client, "ru", "Белград") == []

    name.delete()
    assert found(client, "ru", "Београд") == []
    assert found(client, "ru", "Belgrade") == [release.pk]


def test_place_names_loaded_with_the_reference_data_reach_the_documents(
    client, release, russian, belgrade
):
    assert found(client, "ru", "Белград") == []

    call_command("load_reference_data", verbosity=0)  # Belgrade's names, bulk-created

    assert belgrade.translations.filter(language="ru", name="Белград").exists()
    assert found(client, "ru", "Белград") == [release.pk]
