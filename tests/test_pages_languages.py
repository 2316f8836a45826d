"""Editable pages in other languages: a page exists in Russian only when it and every page above
it have a Russian version published by its own workflow; its address is the path of their
Russian slugs; its sections show their Russian texts, and those without one are left out."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pages.models import Page, PageSection, PageTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db

Status = Page.Status


@pytest.fixture
def about(db):
    page = factories.make_page("About us")
    factories.translate_page(page, "ru", title="О нас", slug="o-nas")
    return page


@pytest.fixture
def history(about):
    return factories.make_page("Our history", parent=about)


def fresh(page):
    return Page.objects.get(pk=page.pk)


def test_a_russian_page_is_a_404_until_its_translation_is_published(client, history):
    row = factories.translate_page(
        history, "ru", title="Наша история", slug="istoriya", status=Status.DRAFT
    )

    missing = client.get("/ru/o-nas/our-history/")
    draft_slug = client.get("/ru/o-nas/istoriya/")
    PageTranslation.objects.filter(pk=row.pk).update(status=Status.PUBLISHED)
    published = client.get("/ru/o-nas/istoriya/")

    assert missing.status_code == 404
    assert 'hreflang="en"' in missing.text  # the 404 links to the English page
    # A draft's slug finds nothing: its 404 names no language the page exists in.
    assert draft_slug.status_code == 404 and 'href="/about-us/our-history/"' not in draft_slug.text
    assert published.status_code == 200
    assert "Наша история" in published.text
    assert '<html lang="ru">' in published.text


def test_a_translated_address_is_the_path_of_the_translated_slugs(client, history):
    factories.translate_page(history, "ru", title="Наша история", slug="istoriya")
    factories.translate_page(history, "fr", title="Notre histoire")  # keeps the English slug

    page = fresh(history)

    assert page.language_versions() == {
        "en": "/about-us/our-history/",
        "ru": "/ru/o-nas/istoriya/",
    }
    assert client.get("/ru/o-nas/istoriya/").status_code == 200
    # English slugs under the Russian prefix go on to the Russian address.
    english = client.get("/ru/about-us/our-history/")
    assert english.status_code == 301 and english["Location"] == "/ru/o-nas/istoriya/"


def test_a_page_exists_in_a_language_only_with_every_page_above_it(client, about, history):
    factories.translate_page(history, "fr", title="Notre histoire")

    assert client.get("/fr/about-us/our-history/").status_code == 404  # "About us" has no French
    assert not Page.objects.published("fr").exists()
    factories.translate_page(about, "fr", title="À propos de nous", slug="a-propos")
    assert client.get("/fr/a-propos/our-history/").status_code == 200
    assert set(Page.objects.published("fr")) == {about, history}


def test_taking_the_english_page_off_takes_every_version_off(client, about, history):
    factories.translate_page(history, "ru", title="Наша история", slug="istoriya")
    Page.objects.filter(pk=about.pk).update(status=Status.DRAFT)

    assert client.get("/ru/o-nas/istoriya/").status_code == 404
    assert not PageTranslation.objects.published().exists()


def test_an_expired_translation_is_off_alone(client, about):
    PageTranslation.objects.filter(item=about).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    assert client.get("/ru/o-nas/").status_code == 404
    assert client.get("/about-us/").status_code == 200


def test_sections_show_their_translations_and_untranslated_ones_are_left_out(client, editor, about):
    factories.make_page_section(
        about,
        text="<p>Founded in Helsinki.</p>",
        translations={"ru": {"text": "<p>Основана в Хельсинки.</p>"}},
    )
    factories.make_page_section(about, text="<p>Only in English.</p>")
    factories.make_page_section(about, PageSection.Kind.OVERVIEW)  # nothing to translate

    russian = client.get("/ru/o-nas/")
    PageTranslation.objects.filter(item=about).update(status=Status.DRAFT)
    preview = editor.get("/ru/o-nas/")

    assert "Основана в Хельсинки." in russian.text
    assert "Only in English." not in russian.text
    assert [s.kind for s in russian.context["sections"]] == ["text", "overview"]
    assert "Only in English." in client.get("/about-us/").text
    # The preview tells editors what the page in this language leaves out (in its language).
    assert "1 раздел без перевода на этот язык не показан." in preview.text


def test_renaming_a_translation_redirects_its_address_and_those_under_it(
    editor_client, client, about, history
):
    factories.translate_page(history, "ru", title="Наша история", slug="istoriya")
    row = PageTranslation.objects.get(item=about, language="ru")

    row.slug = "kto-my"
    row.save()

    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/ru/o-nas/": "/ru/kto-my/",
        "/ru/o-nas/istoriya/": "/ru/kto-my/istoriya/",
    }
    response = client.get("/ru/o-nas/istoriya/")
    assert response.status_code == 301 and response["Location"] == "/ru/kto-my/istoriya/"


def test_a_renamed_english_slug_moves_versions_that_keep_it(editor_client, about):
    factories.translate_page(about, "fr", title="À propos de nous")

    data = change_form_data(editor_client, about, slug="who-we-are")
    response = editor_client.post(change_url(about), data)
    assert response.status_code == 302, response.context["errors"]

    redirects = dict(Redirect.objects.values_list("old_path", "new_path"))
    assert redirects == {"/about-us/": "/who-we-are/", "/fr/about-us/": "/fr/who-we-are/"}


def test_two_siblings_cannot_share_a_translated_slug(about, history):
    sister = factories.make_page("Our principles", parent=about)
    factories.translate_page(history, "ru", title="Наша история", slug="nashe")
    row = PageTranslation(item=sister, language="ru", title="Наши принципы", slug="nashe")

    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "Another page under the same parent has this slug." in str(refused.value)


def test_a_top_pages_translated_slug_cannot_take_another_address(about):
    row = PageTranslation.objects.get(item=about, language="ru")
    row.slug = "news"

    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "address of another part of the site" in str(refused.value)


def test_the_translation_board_lists_pages_and_their_sections(editor_client, about):
    factories.make_page_section(about, text="<p>Founded in Helsinki.</p>")

    pages = editor_client.get("/admin/translations/", {"type": "pages.page"})
    sections = editor_client.get("/admin/translations/", {"type": "pages.pagesection"})

    assert pages.status_code == 200 and "About us" in pages.text
    assert sections.status_code == 200
    assert [line["item"].pk for line in sections.context["lines"]] == [about.sections.get().pk]
    states = {cell["code"]: cell["state"] for cell in pages.context["lines"][0]["cells"]}
    assert states["ru"] == "published" and states["fr"] == "missing"


def test_translate_from_the_board_creates_a_draft_version_of_a_page(editor_client, about):
    url = reverse("translate", args=[ContentType.objects.get_for_model(Page).pk, about.pk, "fr"])
    form = editor_client.get(url)
    assert form.status_code == 200
    assert form.context["form"].initial["title"] == "About us"  # prefilled with the English

    response = editor_client.post(
        url,
        {
            "title": "À propos de nous",
            "slug": "a-propos",
            "status": Status.DRAFT,
            "published_at_0": timezone.localtime().strftime("%Y-%m-%d"),
            "published_at_1": timezone.localtime().strftime("%H:%M:%S"),
        },
    )

    assert response.status_code == 302
    row = PageTranslation.objects.get(item=about, language="fr")
    assert row.status == Status.DRAFT
    assert Client().get("/fr/a-propos/").status_code == 404  # a visitor's
