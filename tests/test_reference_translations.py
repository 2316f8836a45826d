"""The reference content in other languages (issue 12, step 2): States, structures and places
translated, field operations named (their pages need their own texts translated too), the
menus and the home page per language, the reference names loaded once and never over an
editor's."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.translations import shown_or_source
from countries.models import ParticipatingState, ParticipatingStateTranslation
from fields.models import FieldOfWork, FieldOfWorkTranslation
from news.models import Place, PlaceTranslation
from structures.models import Structure, StructureTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["fr", "de", "it", "es", "sr"]


def name_state(state, language="ru", **texts):
    texts.setdefault("name", f"{state.name} ({language})")
    return ParticipatingStateTranslation.objects.create(item=state, language=language, **texts)


def name_structure(structure, language="ru", **texts):
    texts.setdefault("name", f"{structure.name} ({language})")
    return StructureTranslation.objects.create(item=structure, language=language, **texts)


def body(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def main(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def menus(html):
    return html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]


@pytest.fixture
def mission_in_russian(mission):
    name_structure(mission, name="Миссия в Сербии", full_name="Миссия ОБСЕ в Сербии")
    return mission


# States -----------------------------------------------------------------------------------------


def test_a_state_page_in_russian(client, serbia, mission_in_russian):
    name_state(serbia, name="Сербия", description="Государство-участник с 2000 года.")
    html = body(client, "/ru/participating-states/serbia/")
    assert '<html lang="ru"' in html
    content = main(html)
    assert "<h1>Сербия</h1>" in content
    assert "Государство-участник с 2000 года." in content
    # Its operation by its Russian name, leading to its page in English (not translated yet).
    assert (
        '<a href="/field-operations/mission-to-serbia/" hreflang="en">Миссия ОБСЕ в Сербии</a>'
        in content
    )
    assert "Mission to Serbia" not in content
    # The English page names its Russian version.
    assert 'hreflang="ru"' in body(client, "/participating-states/serbia/")


def test_a_state_missing_in_russian_is_a_404_that_links_to_english(client, serbia):
    html = body(client, "/ru/participating-states/serbia/", status=404)
    assert 'href="/participating-states/serbia/" lang="en" hreflang="en"' in html


def test_the_list_in_russian_has_what_exists_in_it_in_russian_order(client):
    names = {
        "Austria": "Австрия",
        "Belgium": "Бельгия",
        "Germany": "Германия",
        "Hungary": "Венгрия",
        "Switzerland": "Швейцария",
    }
    for english, russian in names.items():
        name_state(factories.make_state(english), name=russian)
    factories.make_state("France")  # no Russian name: not in the Russian list
    japan = factories.make_state("Japan", kind=ParticipatingState.Kind.ASIAN_PARTNER)
    name_state(japan, name="Япония")

    response = client.get("/ru/participating-states/")
    listed = [state.name for state in response.context["participating_states"]]
    assert listed == ["Австрия", "Бельгия", "Венгрия", "Германия", "Швейцария"]
    assert [state.name for state in response.context["asian_partners"]] == ["Япония"]
    assert "/ru/participating-states/austria/" in main(response.content.decode())
    english = client.get("/participating-states/").context["participating_states"]
    assert [state.name for state in english] == [
        "Austria",
        "Belgium",
        "France",
        "Germany",
        "Hungary",
        "Switzerland",
    ]


# Structures and operations ----------------------------------------------------------------------


def test_a_structure_page_in_russian_with_its_units_in_russian(client):
    secretariat = factories.make_structure("Secretariat", kind="secretariat")
    name_structure(secretariat, name="Секретариат", full_name="Секретариат ОБСЕ")
    centre = factories.make_structure(
        "Conflict Prevention Centre", kind="secretariat_unit", parent=secretariat
    )
    name_structure(centre, name="Центр по предотвращению конфликтов")
    factories.make_structure("Untranslated Unit", kind="secretariat_unit", parent=secretariat)

    content = main(body(client, "/ru/structures/secretariat/"))
    assert "<h1>Секретариат ОБСЕ</h1>" in content
    assert "Центр по предотвращению конфликтов" in content
    assert "Untranslated Unit" not in content
    unit = main(body(client, "/ru/structures/conflict-prevention-centre/"))
    assert '<a href="/ru/structures/secretariat/">Секретариат</a>' in unit

    response = client.get("/ru/structures/")
    assert [s.name for s in response.context["structures"]] == ["Секретариат"]
    assert [s.name for s in response.context["structures"][0].units] == [
        "Центр по предотвращению конфликтов"
    ]


def test_an_operation_is_a_404_in_russian_that_links_to_english(client, mission_in_russian):
    html = body(client, "/ru/field-operations/mission-to-serbia/", status=404)
    assert 'href="/field-operations/mission-to-serbia/" lang="en" hreflang="en"' in html
    assert "Миссия" not in main(html)
    # In English it is its page, which has no other language version yet.
    english = body(client, "/field-operations/mission-to-serbia/")
    assert 'hreflang="ru"' not in english


def test_a_field_of_work_page_names_its_teams_in_its_language(client, field, mission):
    FieldOfWorkTranslation.objects.create(
        item=field, language="ru", name="Выборы", summary="Как ОБСЕ помогает выборам."
    )
    name_structure(mission, name="Миссия в Сербии")
    odihr = factories.make_structure("ODIHR")
    name_structure(odihr, name="БДИПЧ")
    untranslated = factories.make_structure("Untranslated Office")
    field.institutions.add(odihr, untranslated)
    field.operations.add(mission)

    content = main(body(client, "/ru/fields-of-work/elections/"))
    assert '<a href="/ru/structures/odihr/">БДИПЧ</a>' in content
    assert "Untranslated Office" not in content
    assert "Миссия в Сербии" in content and "Mission to Serbia" not in content
    english = main(body(client, "/fields-of-work/elections/"))
    assert "Untranslated Office" in english and "Mission to Serbia" in english


def test_a_field_with_only_its_name_in_a_language_is_named_but_has_no_page(client, field):
    FieldOfWorkTranslation.objects.create(item=field, language="ru", name="Выборы")
    body(client, "/ru/fields-of-work/elections/", status=404)
    assert client.get("/ru/fields-of-work/").context["fields_of_work"] == []
    assert list(FieldOfWork.objects.in_language("ru")) == []
    named = shown_or_source(FieldOfWork.objects.get(pk=field.pk), "ru")
    assert named.name == "Выборы"
    assert named.get_absolute_url() == "/fields-of-work/elections/"  # its English page


# Navigation ---------------------------------------------------------------------------------------


@pytest.fixture
def named_site(field, other_field, serbia, mission_in_russian):
    FieldOfWorkTranslation.objects.create(
        item=field, language="ru", name="Выборы", summary="Как ОБСЕ помогает выборам."
    )
    FieldOfWorkTranslation.objects.create(item=other_field, language="ru", name="Верховенство")
    name_state(serbia, name="Сербия")
    secretariat = factories.make_structure("Secretariat", kind="secretariat")
    name_structure(secretariat, name="Секретариат")
    factories.make_structure("Untranslated Body")


def test_the_menus_are_in_the_pages_language(client, named_site):
    english = menus(body(client, "/"))  # cached first: the Russian page must not get it
    russian = menus(body(client, "/ru/"))
    for name in ["Выборы", "Сербия", "Секретариат", "Миссия в Сербии"]:
        assert name in russian and name not in english
    for name in ["Elections", "Serbia", "Secretariat", "Mission to Serbia", "Untranslated Body"]:
        assert name in english and name not in russian
    assert "Верховенство" not in russian  # a name alone is no page: not in the menus
    assert 'href="/ru/fields-of-work/elections/"' in russian
    assert 'href="/field-operations/mission-to-serbia/" hreflang="en">Миссия в Сербии' in russian
    # And from the cache, each language keeps its own.
    assert menus(body(client, "/ru/news/")) == russian
    assert menus(body(client, "/news/")) == english
    assert menus(body(client, "/fr/")) != russian


def test_a_translation_saved_retires_the_menus(client, named_site, serbia):
    assert "Сербия" in menus(body(client, "/ru/"))
    row = ParticipatingStateTranslation.objects.get(item=serbia, language="ru")
    row.name = "Республика Сербия"
    row.save()
    assert "Республика Сербия" in menus(body(client, "/ru/"))


def test_the_home_page_lists_in_its_language(client, named_site):
    response = client.get("/ru/")
    assert [field.name for field in response.context["fields_of_work"]] == ["Выборы"]
    assert [op.name for op in response.context["operations"]] == ["Миссия в Сербии"]


# Query counts ---------------------------------------------------------------------------------


RUSSIAN_PAGES = [
    "/ru/",
    "/ru/participating-states/",
    "/ru/participating-states/serbia/",
    "/ru/structures/",
    "/ru/structures/secretariat/",
    "/ru/fields-of-work/elections/",
    "/ru/field-operations/",
]


@pytest.mark.parametrize("url", RUSSIAN_PAGES)
def test_russian_pages_cost_the_same_with_one_or_five_languages(client, named_site, url):
    def queries():
        client.get(url)  # the navigation warms (a translation saved retires it)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    one = queries()
    for language in OTHER_LANGUAGES:
        for state in ParticipatingState.objects.all():
            name_state(state, language)
        for structure in Structure.objects.all():
            name_structure(structure, language)
        for field in FieldOfWork.objects.all():
            FieldOfWorkTranslation.objects.create(
                item=field, language=language, name=f"{field.name} {language}", summary="…"
            )
    assert queries() == one


# Reference data ---------------------------------------------------------------------------------


def load():
    call_command("load_reference_data", stdout=io.StringIO())


def test_the_reference_names_load_once_and_keep_an_editors_change(belgrade):
    load()
    austria = ParticipatingState.objects.get(code="AT")
    row = ParticipatingStateTranslation.objects.get(item=austria, language="ru")
    assert row.name == "Австрия"
    assert not row.is_outdated()
    secretariat = StructureTranslation.objects.get(item__slug="secretariat", language="de")
    assert secretariat.name and secretariat.full_name
    serbia_mission = StructureTranslation.objects.get(item__slug="mission-to-serbia", language="ru")
    assert serbia_mission.name and serbia_mission.full_name
    assert PlaceTranslation.objects.get(item=belgrade, language="ru").name == "Белград"
    assert shown_or_source(Place.objects.get(pk=belgrade.pk), "ru").name == "Белград"
    # A field of work gets its name only: named in Russian, no page in Russian yet.
    elections = FieldOfWorkTranslation.objects.get(item__slug="elections", language="ru")
    assert elections.name and elections.summary == "" and not elections.is_public()

    counts = {
        model: model.objects.count()
        for model in [
            ParticipatingStateTranslation,
            StructureTranslation,
            FieldOfWorkTranslation,
            PlaceTranslation,
        ]
    }
    row.name = "Австрийская Республика"
    row.save()
    load()
    assert {model: model.objects.count() for model in counts} == counts
    assert ParticipatingStateTranslation.objects.get(pk=row.pk).name == "Австрийская Республика"
    # Only the languages of the settings.
    assert not ParticipatingStateTranslation.objects.exclude(
        language__in=["fr", "de", "it", "ru", "es", "sr", "sq", "mk", "uk"]
    ).exists()


# Admin ----------------------------------------------------------------------------------------


def translation_post(client, state):
    return change_form_data(
        client,
        state,
        **{
            "translations-TOTAL_FORMS": "1",
            "translations-INITIAL_FORMS": "0",
            "translations-0-language": "ru",
            "translations-0-name": "Сербия",
            "translations-0-slug": "",
            "translations-0-description": "",
        },
    )


def test_an_editor_cannot_translate_a_state(editor, serbia):
    data = change_form_data(editor, serbia)
    data.update(
        {
            "translations-TOTAL_FORMS": "1",
            "translations-INITIAL_FORMS": "0",
            "translations-MIN_NUM_FORMS": "0",
            "translations-MAX_NUM_FORMS": "1000",
            "translations-0-language": "ru",
            "translations-0-name": "Сербия",
        }
    )
    response = editor.post(change_url(serbia), data)
    assert response.status_code == 403
    assert not ParticipatingStateTranslation.objects.exists()


def test_an_administrator_translates_a_state(roles, django_user_model, serbia):
    administrator = factories.staff_client(django_user_model, "admin", "Administrator")
    response = administrator.post(change_url(serbia), translation_post(administrator, serbia))
    assert response.status_code == 302, response.context and response.context["errors"]
    row = ParticipatingStateTranslation.objects.get(item=serbia, language="ru")
    assert row.name == "Сербия"
    assert row.source_texts == {"name": "Serbia", "description": ""}
