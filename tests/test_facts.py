"""Facts as the site states them: counts, the Chairpersonship in the right tense and with its
Chairperson-in-Office, the years of closed field activities, one spelling of each place.

The pages are read through the client over the reference data, on fixed dates.
"""

import re
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse

from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from seed.data import reference
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db):
    call_command("load_reference_data", verbosity=0)


def on(day):
    """Today is `day` in the site's time zone."""
    return mock.patch("django.utils.timezone.localdate", return_value=day)


def page(client, url, day=date(2026, 6, 1)):
    with on(day):
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def state_page(client, code, day=date(2026, 6, 1)):
    return page(client, ParticipatingState.objects.get(code=code).get_absolute_url(), day)


def text(html):
    """The page's text, tags removed and white space collapsed, as a reader sees it."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# The States list ---------------------------------------------------------------------------------


def test_states_list_counts_the_partners_it_lists(client, loaded):
    html = text(page(client, reverse("countries:list")))

    assert "57 participating States" in html
    assert "and 11 Partners for Co-operation" in html


# A State's Chairpersonships, in the right tense ----------------------------------------------


def test_a_coming_chairpersonship_is_in_the_future_tense(client, loaded):
    html = text(state_page(client, "CY", date(2026, 6, 1)))

    assert "Cyprus will hold the OSCE Chairpersonship in 2027." in html
    assert "has held" not in html
    assert "Cyprus held" not in html


def test_this_years_chairpersonship_is_in_the_present_tense(client, loaded):
    html = text(state_page(client, "CY", date(2027, 1, 1)))

    assert "Cyprus holds the OSCE Chairpersonship in 2027." in html
    assert "will hold" not in html


def test_a_past_chairpersonship_is_in_the_past_tense(client, loaded):
    html = text(state_page(client, "RS"))

    assert "Serbia held the OSCE Chairpersonship in 2015." in html
    assert "has held" not in html


def test_switzerland_lists_all_three_chairpersonships_each_in_its_tense(client, loaded):
    html = text(state_page(client, "CH", date(2026, 12, 31)))

    assert "Switzerland held the OSCE Chairpersonship in 1996 and 2014." in html
    assert "Switzerland holds the OSCE Chairpersonship in 2026." in html

    later = text(state_page(client, "CH", date(2027, 1, 1)))
    assert "Switzerland held the OSCE Chairpersonship in 1996, 2014 and 2026." in later
    assert "holds" not in later


def test_a_state_that_never_chaired_says_nothing_about_it(client, loaded):
    html = text(state_page(client, "AD"))

    assert "Chairpersonship in" not in html


# The reference data ------------------------------------------------------------------------------

CHAIRS_BY_YEAR = {
    1991: "Germany",
    1992: "Czechoslovakia",
    1993: "Sweden",
    1994: "Italy",
    1995: "Hungary",
    1996: "Switzerland",
    1997: "Denmark",
    1998: "Poland",
    1999: "Norway",
    2000: "Austria",
    2001: "Romania",
    2002: "Portugal",
    2003: "The Netherlands",
    2004: "Bulgaria",
    2005: "Slovenia",
    2006: "Belgium",
    2007: "Spain",
    2008: "Finland",
    2009: "Greece",
    2010: "Kazakhstan",
    2011: "Lithuania",
    2012: "Ireland",
    2013: "Ukraine",
    2014: "Switzerland",
    2015: "Serbia",
    2016: "Germany",
    2017: "Austria",
    2018: "Italy",
    2019: "Slovakia",
    2020: "Albania",
    2021: "Sweden",
    2022: "Poland",
    2023: "North Macedonia",
    2024: "Malta",
    2025: "Finland",
    2026: "Switzerland",
    2027: "Cyprus",
}


def test_every_chairpersonship_since_the_first_is_loaded(loaded):
    chairs = {chair.year: chair.state_name for chair in Chairpersonship.objects.all()}

    assert chairs == CHAIRS_BY_YEAR


def test_a_former_state_chairs_under_its_name_and_is_no_participating_state(loaded):
    chair = Chairpersonship.objects.for_year(1992)

    assert chair.state is None
    assert chair.former_state == "Czechoslovakia"
    assert str(chair) == "Czechoslovakia – OSCE Chairpersonship 1992"
    assert not ParticipatingState.objects.filter(name="Czechoslovakia").exists()
    assert (
        not Chairpersonship.objects.exclude(state=None)
        .exclude(state__kind=ParticipatingState.Kind.PARTICIPATING)
        .exists()
    )


@pytest.mark.parametrize(
    "year, chairperson",
    [
        (1996, "Flavio Cotti"),
        (2014, "Didier Burkhalter"),
        (2015, "Ivica Dačić"),
        (2019, "Miroslav Lajčák"),
        (2026, "Ignazio Cassis"),
        (2027, ""),  # not known yet
    ],
)
def test_the_chairperson_in_office_is_loaded_where_public_record_gives_one(
    loaded, year, chairperson
):
    assert Chairpersonship.objects.for_year(year).chairperson == chairperson


def test_the_2017_chairpersonship_names_sebastian_kurz_first(loaded):
    assert Chairpersonship.objects.for_year(2017).chairperson.startswith("Sebastian Kurz")


# The Chairperson-in-Office on the home page and on the Chairpersonship's page ----------------


@pytest.mark.parametrize(
    "day, state, chairperson",
    [
        (date(2017, 2, 13), "Austria", "Sebastian Kurz"),
        (date(2019, 6, 21), "Slovakia", "Miroslav Lajčák"),
        (date(2026, 3, 1), "Switzerland", "Ignazio Cassis"),
    ],
)
def test_home_banner_names_the_chairperson_in_office(client, loaded, day, state, chairperson):
    html = text(page(client, reverse("pages:home"), day))

    assert f"Chairpersonship {day.year}: {state}" in html
    assert f"Chairperson-in-Office: {chairperson}" in html


def test_home_banner_leaves_out_a_chairperson_not_yet_known(client, loaded):
    html = text(page(client, reverse("pages:home"), date(2027, 3, 1)).split("<main", 1)[1])

    assert "Chairpersonship 2027: Cyprus" in html
    assert "Chairperson-in-Office" not in html


@pytest.fixture
def chair_page(client, loaded):
    return page(client, reverse("structures:detail", kwargs={"slug": "chairpersonship"}))


def row(year, state, chairperson=""):
    return rf'<tr>\s*<th scope="row">{year}</th>\s*<td>{state}</td>\s*<td>{chairperson}</td>'


def test_chairpersonship_page_lists_every_year_with_its_chairperson(chair_page):
    for year in range(1991, 2028):
        assert f'<th scope="row">{year}</th>' in chair_page
    # From 2017 the Chairpersons-in-Office are people with a page (people.Appointment).
    assert re.search(
        row(
            2026,
            '<a href="/participating-states/switzerland/">Switzerland</a>',
            '<a href="/leadership/ignazio-cassis/">Ignazio Cassis</a>',
        ),
        chair_page,
    )
    assert re.search(
        row(
            2017,
            '<a href="/participating-states/austria/">Austria</a>',
            '<a href="/leadership/sebastian-kurz/">Sebastian Kurz</a>, then '
            '<a href="/leadership/karin-kneissl/">Karin Kneissl</a>',
        ),
        chair_page,
    )
    assert re.search(
        row(1996, '<a href="/participating-states/switzerland/">Switzerland</a>', "Flavio Cotti"),
        chair_page,
    )
    assert re.search(row(1992, "Czechoslovakia", ".+?"), chair_page)
    assert re.search(row(2027, '<a href="/participating-states/cyprus/">Cyprus</a>'), chair_page)


def test_chairpersonship_page_puts_this_year_and_the_coming_ones_before_the_past(chair_page):
    current = chair_page.index("This year")
    coming = chair_page.index("Coming")
    past = chair_page.index("Past Chairpersonships")

    assert current < chair_page.index('<th scope="row">2026</th>') < coming
    assert coming < chair_page.index('<th scope="row">2027</th>') < past
    # The past, most recent first.
    assert past < chair_page.index('<th scope="row">2025</th>')
    assert chair_page.index('<th scope="row">2025</th>') < chair_page.index(
        '<th scope="row">1991</th>'
    )


def test_other_structures_have_no_chairpersonship_table(client, loaded):
    html = page(client, reverse("structures:detail", kwargs={"slug": "secretariat"}))

    assert "Past Chairpersonships" not in html


# Editors record a former State -----------------------------------------------------------------


def test_a_chairpersonship_has_a_state_or_a_former_states_name_not_both(loaded):
    germany = ParticipatingState.objects.get(code="DE")
    for chair in [
        Chairpersonship(year=1980),
        Chairpersonship(year=1980, state=germany, former_state="West Germany"),
    ]:
        with pytest.raises(ValidationError):
            chair.full_clean()
        with pytest.raises(IntegrityError), transaction.atomic():
            chair.save()


def test_admin_refuses_a_chairpersonship_with_neither_a_state_nor_a_former_one(
    editor_client, loaded
):
    chair = Chairpersonship.objects.for_year(2015)

    response = editor_client.post(
        change_url(chair), change_form_data(editor_client, chair, state="", former_state="")
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert Chairpersonship.objects.for_year(2015).state.code == "RS"


def test_admin_saves_a_former_states_chairpersonship(editor_client, loaded):
    chair = Chairpersonship.objects.for_year(1992)

    response = editor_client.post(
        change_url(chair), change_form_data(editor_client, chair, chairperson="Jiří Dienstbier")
    )

    assert response.status_code == 302
    assert Chairpersonship.objects.for_year(1992).chairperson == "Jiří Dienstbier"


# Closed field activities -----------------------------------------------------------------------


@pytest.fixture
def operations_list(client, loaded):
    return page(client, reverse("missions:list"))


def closed_entry(html, name):
    """The text of the closed activity `name` in the list."""
    match = re.search(rf"<h3><a [^>]+>{re.escape(name)}</a></h3>\s*<p[^>]*>(.*?)</p>", html)
    assert match, name
    return text(match.group(1))


@pytest.mark.parametrize(
    "name, years",
    [
        ("Mission to Croatia", "1996–2007"),
        ("Mission to Georgia", "1992–2009"),
        ("Office in Baku", "2000–2015"),
        ("Office in Yerevan", "2000–2017"),
        ("Project Co-ordinator in Ukraine", "1999–2022"),
        ("Special Monitoring Mission to Ukraine", "2014–2022"),
        ("Office in Minsk", "2003–2011"),
        ("Mission to Estonia", "1993–2001"),
        ("Mission to Latvia", "1993–2001"),
        ("Assistance Group to Chechnya", "1995–2003"),
    ],
)
def test_closed_activities_show_both_years(operations_list, name, years):
    assert closed_entry(operations_list, name) == years


def test_no_closed_activity_shows_a_dangling_dash(operations_list):
    closed = operations_list[operations_list.index("Closed field activities") :]

    assert not re.search(r">\s*–", closed)


def test_every_closed_activity_in_the_reference_data_has_both_years():
    for entry in reference.FIELD_OPERATIONS:
        if entry["closed"]:
            assert entry["established"], entry["slug"]


def test_an_unknown_start_reads_as_until_the_closing_year(client, loaded):
    FieldOperation.objects.filter(slug="mission-to-georgia").update(established=None)

    html = page(client, reverse("missions:list"))

    assert closed_entry(html, "Mission to Georgia") == "until 2009"


def test_an_unrecorded_end_reads_as_from_the_opening_year(client, loaded):
    FieldOperation.objects.filter(slug="mission-to-georgia").update(closed=None)

    html = page(client, reverse("missions:list"))

    assert closed_entry(html, "Mission to Georgia") == "from 1992"


def test_a_year_only_date_shows_the_year_alone(client, loaded):
    georgia = FieldOperation.objects.get(slug="mission-to-georgia")
    assert georgia.established_year_only

    html = text(page(client, georgia.get_absolute_url()))

    assert "Established 1992" in html
    assert "1 January 1992" not in html
    assert "Closed 30 June 2009" in html


def test_a_full_date_is_shown_in_full(client, loaded):
    html = text(page(client, reverse("missions:detail", kwargs={"slug": "mission-to-croatia"})))

    assert "Established 18 April 1996" in html
    assert "Closed 31 December 2007" in html


def test_field_of_work_page_says_in_for_a_year_and_on_for_a_day(client, loaded):
    FieldOperation.objects.filter(slug="mission-to-serbia").update(established_year_only=True)
    field = FieldOfWork.objects.get(slug="elections")
    field.operations.set(
        FieldOperation.objects.filter(slug__in=["mission-to-serbia", "mission-to-skopje"])
    )

    html = text(page(client, field.get_absolute_url()))

    assert "Established in 2001." in html
    assert "Established on 18 September 1992." in html


def test_a_closed_operations_page_does_not_promise_news(client, loaded):
    georgia = page(client, reverse("missions:detail", kwargs={"slug": "mission-to-georgia"}))
    serbia = page(client, reverse("missions:detail", kwargs={"slug": "mission-to-serbia"}))

    assert "yet" not in text(georgia)
    assert "This site holds no news from this operation." in text(georgia)
    assert "No news from this operation yet." in text(serbia)


# One spelling of each place ------------------------------------------------------------------


def test_chisinau_is_spelt_one_way_in_the_data_and_the_templates():
    root = Path(settings.BASE_DIR)
    data = [path for path in (root / "seed" / "data").glob("*.py") if path.name != "superseded.py"]
    files = [*data, *(root / "templates").rglob("*.html")]
    assert len(files) > 20

    spelt_without_diacritics = [
        str(f.relative_to(root)) for f in files if "Chisinau" in f.read_text()
    ]

    assert spelt_without_diacritics == []


def test_only_the_record_of_earlier_values_keeps_the_old_spelling():
    """seed/data/superseded.py lists what earlier versions of the data shipped, so that an
    upgrade recognises an entry no editor changed: the one place the old spelling may stay."""
    from seed.data import superseded

    old = superseded.FIELD_OPERATIONS["mission-to-moldova"]["headquarters"]
    assert old == ["Chisinau"]


def test_the_mission_to_moldova_is_in_chisinau(client, loaded):
    html = page(client, reverse("missions:list"))

    assert "Chișinău" in html
    assert "Chisinau" not in html


# An existing install gets the new facts, and keeps its editors' changes -------------------------


def as_installed_before():
    """The reference data as the previous version of `load_reference_data` left it."""
    Chairpersonship.objects.filter(year__lt=2010).delete()
    Chairpersonship.objects.filter(year=2027).delete()
    Chairpersonship.objects.update(chairperson="")
    FieldOperation.objects.filter(slug="mission-to-moldova").update(headquarters="Chisinau")
    FieldOperation.objects.filter(
        slug__in=[
            "project-co-ordinator-in-ukraine",
            "mission-to-georgia",
            "office-in-minsk",
            "office-in-yerevan",
            "mission-to-estonia",
            "mission-to-latvia",
        ]
    ).update(established=None, established_year_only=False)
    FieldOperation.objects.filter(
        slug__in=["office-in-baku", "assistance-group-to-chechnya"]
    ).delete()


def test_an_upgrade_brings_unchanged_entries_up_to_date(loaded):
    as_installed_before()

    call_command("load_reference_data", verbosity=0)

    assert set(Chairpersonship.objects.values_list("year", flat=True)) == set(CHAIRS_BY_YEAR)
    assert Chairpersonship.objects.for_year(2026).chairperson == "Ignazio Cassis"
    moldova = FieldOperation.objects.get(slug="mission-to-moldova")
    assert moldova.headquarters == "Chișinău"
    georgia = FieldOperation.objects.get(slug="mission-to-georgia")
    assert (georgia.established.year, georgia.established_year_only) == (1992, True)
    assert FieldOperation.objects.filter(slug="office-in-baku").exists()


def test_an_upgrade_keeps_what_editors_changed(loaded):
    as_installed_before()
    Chairpersonship.objects.filter(year=2015).update(chairperson="Ivica Dačić (edited)")
    Chairpersonship.objects.filter(year=2014).update(
        state=ParticipatingState.objects.get(code="AT")
    )
    FieldOperation.objects.filter(slug="mission-to-moldova").update(headquarters="Kishinev")
    FieldOperation.objects.filter(slug="mission-to-georgia").update(
        established=date(1992, 12, 3), established_year_only=False
    )

    call_command("load_reference_data", verbosity=0)

    assert Chairpersonship.objects.for_year(2015).chairperson == "Ivica Dačić (edited)"
    assert Chairpersonship.objects.for_year(2014).state.code == "AT"
    assert FieldOperation.objects.get(slug="mission-to-moldova").headquarters == "Kishinev"
    georgia = FieldOperation.objects.get(slug="mission-to-georgia")
    assert (georgia.established, georgia.established_year_only) == (date(1992, 12, 3), False)


def test_closed_activities_are_listed_most_recently_closed_first(operations_list):
    closed = operations_list[operations_list.index("Closed field activities") :]
    names = re.findall(r"<h3><a [^>]+>([^<]+)</a></h3>", closed)
    ends = [FieldOperation.objects.get(name=name).closed for name in names]

    assert len(names) == 13
    assert ends == sorted(ends, reverse=True)


def test_the_admins_operation_list_writes_a_year_only_date_as_a_year(loaded, editor_client):
    response = editor_client.get(
        reverse("admin:missions_fieldoperation_changelist"), {"q": "Georgia"}
    )
    assert response.status_code == 200
    cells = re.findall(r'<td class="field-established_on">([^<]*)</td>', response.text)
    assert cells == ["1992"]
