"""Press releases in every language (issue 12, step 3): each translation has its own workflow,
and the newsroom, feeds, facets, search and sitemap of a language list the releases published
in it."""

from datetime import timedelta
from urllib.parse import unquote

import feedparser
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import PressRelease, PressReleaseTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db

Status = PressRelease.Status


def translate(release, language="ru", **fields):
    fields.setdefault("title", f"Пресс-релиз {release.pk}")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timedelta(minutes=30))
    return PressReleaseTranslation.objects.create(item=release, language=language, **fields)


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return [release.pk for release in response.context["releases"]]


def test_published_in_a_language_mirrors_is_public_in():
    now = timezone.now()
    english = [
        factories.make_release(),
        factories.make_draft(),
        factories.make_scheduled(),
    ]
    cases = [
        {},
        {"status": Status.DRAFT},
        {"status": Status.SCHEDULED, "published_at": now + timedelta(days=1)},
        {"published_at": now - timedelta(days=2), "expires_at": now - timedelta(days=1)},
        {"status": Status.ARCHIVED},
    ]
    for release in english:
        for case in cases:
            PressReleaseTranslation.objects.filter(item=release).delete()
            translate(release, **case)
            release = PressRelease.objects.get(pk=release.pk)
            for language in ["en", "ru", "fr"]:
                public = PressRelease.objects.published(language).filter(pk=release.pk).exists()
                assert release.is_public_in(language) == public, (release.status, case, language)
    # published(None) and published("en") are the English rule.
    assert set(PressRelease.objects.published()) == set(PressRelease.objects.published("en"))


def test_a_russian_version_published_a_day_after_the_english(client, release):
    tomorrow = timezone.now() + timedelta(days=1)
    russian = translate(
        release,
        title="Председатель посетил Белград",
        slug="председатель-посетил-белград",
        status=Status.SCHEDULED,
        published_at=tomorrow,
    )
    assert release.pk in listed(client, "/news/")
    assert release.pk not in listed(client, "/ru/news/")
    feed = client.get("/ru/news/feed/rss/")
    assert "Председатель" not in feed.content.decode()
    # Its address in Russian is a 404 that links to the English version.
    missing = client.get(f"/ru/news/{release.slug}/")
    assert missing.status_code == 404
    assert f'href="/news/{release.slug}/"' in missing.content.decode()

    PressReleaseTranslation.objects.filter(pk=russian.pk).update(
        published_at=timezone.now() - timedelta(minutes=1)
    )
    cache.clear()
    assert release.pk in listed(client, "/ru/news/")
    page = client.get("/ru/news/председатель-посетил-белград/")
    assert page.status_code == 200
    assert "Председатель посетил Белград" in page.content.decode()
    # The English address under the prefix goes on to the Russian one.
    assert client.get(f"/ru/news/{release.slug}/").status_code == 301
    parsed = feedparser.parse(client.get("/ru/news/feed/rss/").content)
    assert [entry.title for entry in parsed.entries] == ["Председатель посетил Белград"]
    assert unquote(parsed.entries[0].link).endswith("/ru/news/председатель-посетил-белград/")
    # Dated when it appeared in Russian, and the feed says it is Russian.
    russian.refresh_from_db()
    assert parsed.entries[0].published_parsed[:5] == russian.published_at.utctimetuple()[:5]
    assert parsed.feed.language == "ru"
    # The English feed is unchanged.
    english = feedparser.parse(client.get("/news/feed/rss/").content)
    assert [entry.title for entry in english.entries] == [release.title]


def test_an_english_release_taken_off_takes_its_translations_off(client, release):
    translate(release)
    assert release.pk in listed(client, "/ru/news/")
    PressRelease.objects.filter(pk=release.pk).update(status=Status.DRAFT)
    cache.clear()
    assert release.pk not in listed(client, "/ru/news/")


def test_the_russian_newsroom_by_field_counts_the_releases_published_in_russian(client, field):
    both = [factories.make_release(fields=[field]) for _ in range(3)]
    for release in both[:2]:
        translate(release)
    factories.make_release(fields=[field])  # English only

    assert sorted(listed(client, "/ru/news/?field=elections")) == sorted(r.pk for r in both[:2])
    response = client.get("/ru/news/?field=elections")
    fields = next(facet for facet in response.context["facets"] if facet.name == "field")
    assert [(value.count, value.selected) for value in fields.values] == [(2, True)]
    assert response.context["paginator"].count == 2

    # The English newsroom, whose counts are cached apart, is unchanged.
    response = client.get("/news/?field=elections")
    assert response.context["paginator"].count == 4
    fields = next(facet for facet in response.context["facets"] if facet.name == "field")
    assert [value.count for value in fields.values] == [4]


def test_a_field_is_named_in_the_page_language_on_cards(client, release, field):
    translate(release)
    field.translations.create(language="ru", name="Выборы")
    html = client.get("/ru/news/").content.decode()
    assert ">Выборы</a>" in html
    # A place with no Russian name is named in English, marked as such.
    assert '<span lang="en">BELGRADE</span>' in html


def test_search_in_russian_looks_at_the_russian_texts(client, release):
    translate(release, title="Председатель посетил Белград", body="<p>Встреча с миссией</p>")
    other = factories.make_release("Meeting in Vienna", body="<p>Встреча</p>")
    translate(other, title="Совещание в Вене", body="<p>Другое</p>")

    assert listed(client, "/ru/news/?q=Председатель") == [release.pk]
    assert listed(client, "/ru/news/?q=Встреча") == [release.pk]
    assert listed(client, "/news/?q=Председатель") == []
    assert listed(client, "/news/?q=Meeting") == [other.pk]
    site = client.get("/ru/search/?q=Председатель")
    assert [item.pk for item in site.context["news"]] == [release.pk]
    assert site.context["news"][0].title == "Председатель посетил Белград"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text search")
def test_the_russian_configuration_stems_russian_words(client, release):
    translate(release, title="Выборы в парламент", body="<p>Наблюдатели выборов</p>")
    # "выбор" is the stem of выборы and выборов: found by the stemmer, not as a prefix only.
    assert listed(client, "/ru/news/?q=выборами") == [release.pk]
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('osce_russian', 'выборами')::text")
        assert "выбор" in cursor.fetchone()[0]
        cursor.execute("SELECT to_tsvector('osce_simple', 'Priština')::text")
        assert "pristina" in cursor.fetchone()[0]


def count_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_translations(client, field):
    releases = [factories.make_release(fields=[field]) for _ in range(3)]
    for release in releases:
        translate(release, slug=f"ru-{release.pk}")
    release = releases[0]
    urls = ["/ru/news/", f"/ru/news/ru-{release.pk}/", "/ru/news/?field=elections"]
    few = [count_queries(client, url) for url in urls]
    for release in releases:
        for language in ["fr", "de", "it", "es"]:
            translate(release, language=language)
    many = [count_queries(client, url) for url in urls]
    assert few == many


def test_an_editor_cannot_publish_a_translation_by_posting_directly(editor, publisher, release):
    russian = translate(release, status=Status.DRAFT)
    data = change_form_data(editor, release)
    data["translations-0-status"] = Status.PUBLISHED
    response = editor.post(change_url(release), data)
    russian.refresh_from_db()
    assert russian.status == Status.DRAFT
    assert response.status_code == 200  # "published" is no choice of theirs

    # Nor take a published one off: its workflow fields are not theirs to post.
    PressReleaseTranslation.objects.filter(pk=russian.pk).update(status=Status.PUBLISHED)
    data = change_form_data(editor, release)
    data["translations-0-status"] = Status.DRAFT
    data["translations-0-title"] = "Исправлено"
    assert editor.post(change_url(release), data).status_code == 302
    russian.refresh_from_db()
    assert (russian.status, russian.title) == (Status.PUBLISHED, "Исправлено")

    # A publisher can.
    data = change_form_data(publisher, release)
    data["translations-0-status"] = Status.DRAFT
    assert publisher.post(change_url(release), data).status_code == 302
    russian.refresh_from_db()
    assert russian.status == Status.DRAFT


def test_staff_preview_a_translation_that_is_not_public(editor_client, release):
    translate(release, slug="черновик", status=Status.DRAFT, title="Черновик")
    assert Client().get("/ru/news/черновик/").status_code == 404
    response = editor_client.get("/ru/news/черновик/")
    assert response.status_code == 200
    assert response.context["preview"]
    assert "no-cache" in response["Cache-Control"]
    assert "Черновик" in response.content.decode()


def test_a_renamed_public_translation_keeps_its_old_address(client, release):
    russian = translate(release, slug="старый")
    russian.slug = "новый"
    russian.save()
    response = client.get("/ru/news/старый/")
    assert response.status_code == 301
    assert response["Location"].endswith("/ru/news/%D0%BD%D0%BE%D0%B2%D1%8B%D0%B9/")


def test_a_renamed_draft_translation_reveals_no_old_slug(client, release):
    russian = translate(release, slug="тайна", status=Status.DRAFT)
    russian.slug = "тайна-2"
    russian.status = Status.PUBLISHED
    russian.save()
    assert client.get("/ru/news/тайна/").status_code == 404


def test_the_sitemap_lists_each_language_version(client, release):
    translate(release, slug="визит")
    factories.make_release("English only")
    text = client.get("/sitemap-news.xml").content.decode()
    assert "/ru/news/%D0%B2%D0%B8%D0%B7%D0%B8%D1%82/" in text
    assert 'hreflang="ru"' in text
    assert 'hreflang="x-default"' in text
    assert "/fr/news/" not in text
    assert "http://testserver/news/" in text


def test_a_translation_of_a_release_with_a_photograph_describes_it(release):
    from django.core.exceptions import ValidationError
    from django.core.files.base import ContentFile

    from seed.images import draw_photo

    release.photo.save("p.jpg", ContentFile(draw_photo("alt test"), name="p.jpg"), save=False)
    release.photo_alt = "Two people shaking hands"
    release.save()
    row = PressReleaseTranslation(item=release, language="ru", title="Визит", photo_alt=" ")
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert "photo_alt" in error.value.message_dict
    row.photo_alt = "Два человека пожимают руки"
    row.full_clean()


def test_the_russian_newsroom_names_its_facets_and_filters_in_russian(client, release, field):
    from fields.models import FieldOfWorkTranslation
    from structures.models import StructureTranslation

    translate(release)
    FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    source = release.sources.first()
    StructureTranslation.objects.create(item=source, language="ru", name="Источник-ру")
    response = client.get("/ru/news/", {"field": field.slug, "source": source.slug})
    assert response.status_code == 200
    facets = {facet.name: facet for facet in response.context["facets"]}
    assert "Источник-ру" in [value.label for value in facets["source"].values]
    assert [chip.label for chip in response.context["chips"]] == ["Выборы", "Источник-ру"]
