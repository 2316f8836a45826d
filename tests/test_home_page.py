"""The editable home page (pages.HomePage, pages.home): its lead story and highlights follow the
public rule in every language, and only editors who may change it change it."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from missions.models import FieldOperationTranslation
from news.models import PressReleaseTranslation
from pages.models import HomeHighlight, HomePage, HomePageTranslation
from structures.models import StructureTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db

HOME = "/"
HOME_RU = "/ru/"


def translate_release(release, language="ru", **fields):
    fields.setdefault("title", f"Пресс-релиз {release.pk}")
    fields.setdefault("status", release.Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timedelta(minutes=30))
    return PressReleaseTranslation.objects.create(item=release, language=language, **fields)


def translate_operation(operation, language="ru"):
    StructureTranslation.objects.create(
        item=operation.structure_ptr, language=language, name=f"{operation.name} ({language})"
    )
    FieldOperationTranslation.objects.create(item=operation, language=language, tagline="—")


@pytest.fixture
def home(db):
    return HomePage.objects.create()


def highlight(home, position, **target):
    return HomeHighlight.objects.create(home=home, position=position, **target)


def shown(client, url=HOME):
    response = client.get(url)
    assert response.status_code == 200
    return response.context


def test_the_chosen_lead_story_leads_with_its_large_photograph(client, home, release):
    newer = factories.make_release("A newer release", published_at=timezone.now())
    home.lead_release = release
    home.save()

    context = shown(client)

    assert context["lead"] == release
    assert [item.pk for item in context["latest_news"]] == [newer.pk]  # the lead is not again
    html = client.get(HOME).content.decode()
    assert 'id="lead-story"><a href="/news/chairperson-visits-belgrade/">' in html


def test_the_lead_story_is_shown_with_a_photograph_from_renditions_loaded_at_once(
    client, home, release
):
    from django.core.files.base import ContentFile

    from seed.images import draw_photo

    release.photo.save("lead.jpg", ContentFile(draw_photo("lead"), name="lead.jpg"), save=False)
    release.photo_alt = "The Chairperson greets the Mission's staff"
    release.save()
    home.lead_release = release
    home.save()

    html = client.get(HOME).content.decode()

    lead = html[html.index('<article class="home-lead"') : html.index("</article>")]
    assert "<picture>" in lead and 'sizes="(min-width: 74rem) 70rem' in lead  # full width
    assert 'loading="lazy"' not in lead  # the top of the page: loaded at once
    assert 'alt="The Chairperson greets the Mission&#x27;s staff"' in lead


def test_a_draft_lead_story_gives_way_to_the_newest_public_release(client, home, release):
    draft = factories.make_draft("Not yet")
    home.lead_release = draft
    home.save()

    context = shown(client)

    assert context["lead"] == release
    assert "Not yet" not in client.get(HOME).content.decode()


def test_a_page_may_lead_and_a_draft_page_gives_way(client, home, release):
    page = factories.make_page("Our history", strapline="Since 1975.")
    home.lead_page = page
    home.save()
    assert shown(client)["lead"] == page

    page.status = page.Status.DRAFT
    page.save()
    assert shown(client)["lead"] == release


def test_an_english_lead_story_does_not_lead_in_russian(client, home, release):
    """No fallback: a lead story without a Russian version gives way there to the newest
    release public in Russian, and with none the Russian home page has no lead story."""
    home.lead_release = release
    home.save()
    assert shown(client, HOME_RU)["lead"] is None

    other = factories.make_release("Translated one")
    translate_release(other, title="Переведенный")
    context = shown(client, HOME_RU)
    assert context["lead"] == other
    assert context["lead"].title == "Переведенный"

    translate_release(release, title="Председатель в Белграде")
    assert shown(client, HOME_RU)["lead"].title == "Председатель в Белграде"


def test_highlights_in_order_each_kind_only_where_public(client, home, release, mission):
    page = factories.make_page("About us", summary="What the OSCE is.")
    draft_page = factories.make_page("Draft page", status="draft")
    draft = factories.make_draft("Draft release")
    scheduled = factories.make_scheduled("Embargoed release")
    highlight(home, 3, release=release)
    highlight(home, 1, operation=mission)
    highlight(home, 2, page=page)
    for position, target in enumerate(
        [{"page": draft_page}, {"release": draft}, {"release": scheduled}], start=4
    ):
        highlight(home, position, **target)
    home.lead_page = factories.make_page("Leading page")
    home.save()

    context = shown(client)

    assert context["highlights"] == [mission, page, release]
    html = client.get(HOME).content.decode()
    for hidden in ("Draft page", "Draft release", "Embargoed release"):
        assert hidden not in html
    assert "What the OSCE is." in html


def test_the_lead_story_is_not_highlighted_again(client, home, release):
    home.lead_release = release
    home.save()
    highlight(home, 1, release=release)

    assert shown(client)["highlights"] == []


def test_in_russian_only_highlights_public_in_russian_are_shown(client, home, release, mission):
    page = factories.make_page("About us")
    other = factories.make_release("Other")
    kosovo = factories.make_operation("Mission in Kosovo")
    highlight(home, 1, release=release)
    highlight(home, 2, release=other)
    highlight(home, 3, page=page)
    highlight(home, 4, operation=mission)
    highlight(home, 5, operation=kosovo)
    translate_release(other, title="Другой")
    translate_release(release, title="Черновик", status="draft")  # a Russian draft
    factories.translate_page(page, title="Об ОБСЕ", slug="ob-obse")
    translate_operation(mission)
    StructureTranslation.objects.create(item=kosovo.structure_ptr, language="ru", name="Косово")
    home.lead_page = factories.make_page("Leading page")  # English only: no lead in Russian
    home.save()

    context = shown(client, HOME_RU)

    # The newest release public in Russian leads there, and is not highlighted again.
    assert context["lead"] == other
    assert [item.pk for item in context["highlights"]] == [page.pk, mission.pk]
    html = client.get(HOME_RU).content.decode()
    assert "Другой" in html and "Об ОБСЕ" in html and "/ru/ob-obse/" in html
    for hidden in ("Chairperson visits Belgrade", "Черновик", "Leading page"):
        assert hidden not in html  # Kosovo is named in the menus, not highlighted: its page
        # is not in Russian (context["highlights"] above)


def test_the_texts_show_only_in_the_languages_they_are_translated_into(client, home):
    home.strapline = "Security through co-operation, edited."
    home.highlights_heading = "In focus"
    home.save()
    highlight(home, 1, page=factories.make_page("About us"))
    page = HomeHighlight.objects.get().page
    factories.translate_page(page, title="Об ОБСЕ")

    english = client.get(HOME).content.decode()
    assert "Security through co-operation, edited." in english and ">In focus<" in english
    russian = client.get(HOME_RU).content.decode()
    assert "edited." not in russian and "In focus" not in russian

    HomePageTranslation.objects.create(
        item=home, language="ru", strapline="Отредактировано.", highlights_heading="В фокусе"
    )
    russian = client.get(HOME_RU).content.decode()
    assert "Отредактировано." in russian and ">В фокусе<" in russian


def test_a_home_page_without_its_row_still_answers(client, release):
    context = shown(client)
    assert context["lead"] == release and context["highlights"] == []


# Validation ----------------------------------------------------------------------------------


def test_a_highlight_needs_exactly_one_target(home, release, mission):
    with pytest.raises(ValidationError) as none:
        HomeHighlight(home=home, position=1).full_clean()
    assert "Choose what to highlight" in str(none.value)

    with pytest.raises(ValidationError) as several:
        HomeHighlight(home=home, position=1, release=release, operation=mission).full_clean()
    assert "only one" in str(several.value)

    HomeHighlight(home=home, position=1, operation=mission).full_clean()  # one: fine


def test_the_database_refuses_a_highlight_with_none_or_several_targets(home, release, mission):
    for targets in ({}, {"release": release, "operation": mission}):
        with pytest.raises(IntegrityError), transaction.atomic():
            HomeHighlight.objects.create(home=home, position=1, **targets)


def test_the_lead_story_is_a_release_or_a_page_not_both(home, release):
    home.lead_release, home.lead_page = release, factories.make_page("About us")
    with pytest.raises(ValidationError):
        home.full_clean()


# The admin -----------------------------------------------------------------------------------


def highlight_forms(*rows):
    data = {
        "highlights-TOTAL_FORMS": str(len(rows)),
        "highlights-INITIAL_FORMS": "0",
        "highlights-MIN_NUM_FORMS": "0",
        "highlights-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows):
        for name, value in row.items():
            data[f"highlights-{number}-{name}"] = value
    return data


def test_an_editor_chooses_the_lead_story_and_highlights(editor, home, release, mission):
    data = change_form_data(editor, home, lead_release=release.pk)
    data.update(highlight_forms({"position": 1, "operation": mission.pk}))

    response = editor.post(change_url(home), data)

    assert response.status_code == 302
    home.refresh_from_db()
    assert home.lead_release == release
    assert [h.operation for h in home.highlights.all()] == [mission]


def test_the_admin_refuses_a_highlight_with_none_or_several_targets(editor, home, release, mission):
    for row in ({"position": 1}, {"position": 1, "release": release.pk, "operation": mission.pk}):
        data = change_form_data(editor, home)
        data.update(highlight_forms(row))
        response = editor.post(change_url(home), data)
        assert response.status_code == 200  # the form again, with its error
        assert response.context["errors"]
    assert not home.highlights.exists()


def test_nobody_adds_a_second_home_page_or_deletes_it(editor_client, publisher, home):
    add = reverse("admin:pages_homepage_add")
    delete = reverse("admin:pages_homepage_delete", args=[home.pk])
    for client in (editor_client, publisher):  # a superuser too
        assert client.get(add).status_code == 403
        assert client.post(add, {"strapline": "Second"}).status_code == 403
        assert client.post(delete, {"post": "yes"}).status_code == 403
    assert HomePage.objects.count() == 1


def test_mission_staff_only_look_at_the_home_page(serbia_staff, home, release, mission):
    data = change_form_data(serbia_staff, home, strapline="Mission staff wrote this")
    data.update(highlight_forms({"position": 1, "operation": mission.pk}))

    response = serbia_staff.post(change_url(home), data)

    assert response.status_code == 403
    home.refresh_from_db()
    assert home.strapline == "" and not home.highlights.exists()


def test_a_change_of_the_home_page_has_a_revision(editor, home):
    from reversion.models import Version

    editor.post(change_url(home), change_form_data(editor, home, strapline="A new strap line"))

    assert Version.objects.get_for_object(home).count() == 1
    assert editor.get(reverse("admin:pages_homepage_history", args=[home.pk])).status_code == 200


# Query counts --------------------------------------------------------------------------------


def count(client, url, django_assert_num_queries, queries):
    from django.core.cache import cache

    cache.clear()
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_the_home_pages_queries_do_not_grow_with_its_highlights(
    client, home, release, mission, django_assert_num_queries
):
    """The page's 17 without a row (tests/test_query_counts.py), and with one: its highlights
    (1), the chosen lead with its listing relations (4), then one query per kind highlighted,
    and the pages' lineages; the same for 3 highlights as for 9."""
    home.lead_release = release
    home.save()
    pages = []

    def add(number):
        for _ in range(number):
            page = factories.make_page()
            pages.append(page)
            highlight(home, len(pages), page=page)
            highlight(home, len(pages), release=factories.make_release())
            highlight(home, len(pages), operation=factories.make_operation())

    add(1)
    count(client, HOME, django_assert_num_queries, 24)
    add(3)
    count(client, HOME, django_assert_num_queries, 24)


def test_the_admin_pages_queries_are_pinned(
    editor_client, home, release, mission, django_assert_num_queries
):
    """The change page: nine queries, and one per highlight, by which Django's autocomplete
    names the item it shows chosen (a row of highlights is a few items); the list: eight."""

    def add(number):
        for _ in range(number):
            highlight(home, 1, release=factories.make_release())
            highlight(home, 2, page=factories.make_page())

    add(1)
    editor_client.get(change_url(home))  # the session's first request updates it
    for number in (4, 7):
        add(3)
        with django_assert_num_queries(9 + 2 * number):
            assert editor_client.get(change_url(home)).status_code == 200
    with django_assert_num_queries(8):
        response = editor_client.get(reverse("admin:pages_homepage_changelist"))
        assert response.status_code == 200


@pytest.mark.parametrize(
    ("model_name", "field_name"),
    [("homepage", "lead_release"), ("homepage", "lead_page"), ("homehighlight", "page")],
)
def test_the_autocompletes_find_releases_and_pages_by_their_titles(
    editor, release, model_name, field_name
):
    factories.make_page("Our history")
    query = {"app_label": "pages", "model_name": model_name, "field_name": field_name}

    response = editor.get(reverse("admin:autocomplete"), {**query, "term": "o"})

    assert response.status_code == 200
    texts = [result["text"] for result in response.json()["results"]]
    assert texts == (["Our history"] if field_name.endswith("page") else [release.title])


# The demo content --------------------------------------------------------------------------


def test_the_demo_home_page_has_a_lead_story_and_three_highlights_and_keeps_an_edit(client):
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
    home = HomePage.objects.get()
    assert home.lead_release.photo
    context = shown(client)
    assert context["lead"] == home.lead_release
    assert [item.highlight_kind for item in context["highlights"]] == [
        "release",
        "page",
        "operation",
    ]
    assert len(shown(client, HOME_RU)["highlights"]) == 3  # all translated in the demo

    home.highlights.first().delete()  # an editor's change
    call_command("load_demo_content", verbosity=0)
    assert HomePage.objects.count() == 1 and home.highlights.count() == 2
