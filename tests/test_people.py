"""People, positions and appointments (issue 13): one holder per position at a time, the
Leadership and person pages, the Chairperson-in-Office wherever the Chairpersonship is shown and
on the releases of its days, an operation's Head of Mission, translations without fallback,
mission staff's boundaries, pinned query counts."""

import datetime
import io
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.cache import cache as django_cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from core import cache
from people.menus import leadership
from people.models import Appointment, Person, PersonTranslation, Position, PositionTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data
from tests.test_operation_scopes import png

pytestmark = pytest.mark.django_db

D = datetime.date
POSTGRES = connection.vendor == "postgresql"
TODAY = timezone.localdate()


@pytest.fixture
def secretariat(db):
    return factories.make_structure("Secretariat", kind="secretariat")


@pytest.fixture
def secretary_general(secretariat):
    return factories.make_position(
        secretariat,
        "OSCE Secretary General",
        kind=Position.Kind.SECRETARY_GENERAL,
        leadership=True,
        position=2,
    )


@pytest.fixture
def cio(chairpersonship):
    return factories.make_position(
        chairpersonship,
        "OSCE Chairperson-in-Office",
        kind=Position.Kind.CHAIRPERSON_IN_OFFICE,
        leadership=True,
        position=1,
    )


@pytest.fixture
def head_of_serbia(mission):
    return factories.make_position(
        mission,
        "Head of the OSCE Mission to Serbia",
        kind=Position.Kind.HEAD_OF_MISSION,
        leadership=True,
        position=3,
    )


@pytest.fixture
def kurz_and_kneissl(cio):
    kurz, kneissl = factories.make_person("Sebastian Kurz"), factories.make_person("Karin Kneissl")
    factories.appoint(kurz, cio, D(2017, 1, 1), D(2017, 12, 17))
    factories.appoint(kneissl, cio, D(2017, 12, 18), D(2017, 12, 31))
    return kurz, kneissl


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


# One holder at a time -----------------------------------------------------------------------


def test_an_overlapping_appointment_is_refused_with_a_clear_error(secretary_general):
    greminger = factories.make_person("Thomas Greminger")
    factories.appoint(greminger, secretary_general, D(2017, 7, 18), D(2020, 7, 18))
    clash = Appointment(
        person=factories.make_person("Someone Else"),
        position=secretary_general,
        start=D(2020, 7, 1),
    )

    with pytest.raises(ValidationError) as error:
        clash.full_clean()

    message = " ".join(error.value.messages)
    assert "Thomas Greminger" in message and "18 July 2020" in message


def test_an_open_appointment_clashes_with_any_later_one(secretary_general):
    factories.appoint(factories.make_person("Holder"), secretary_general, D(2020, 1, 1))
    later = Appointment(
        person=factories.make_person("Next"), position=secretary_general, start=D(2030, 1, 1)
    )
    with pytest.raises(ValidationError):
        later.full_clean()


def test_the_next_holder_may_start_the_day_after_the_last_one_ended(cio):
    factories.appoint(factories.make_person("Sebastian Kurz"), cio, D(2017, 1, 1), D(2017, 12, 17))
    next_one = Appointment(
        person=factories.make_person("Karin Kneissl"), position=cio, start=D(2017, 12, 18)
    )
    next_one.full_clean()  # no error


def test_another_position_may_have_a_holder_on_the_same_days(cio, secretary_general):
    person = factories.make_person()
    factories.appoint(person, cio, D(2020, 1, 1), D(2020, 12, 31))
    Appointment(person=person, position=secretary_general, start=D(2020, 1, 1)).full_clean()


def test_an_appointment_cannot_end_before_it_starts(cio):
    wrong = Appointment(
        person=factories.make_person(), position=cio, start=D(2020, 5, 1), end=D(2020, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        wrong.full_clean()
    assert "end" in error.value.message_dict


@pytest.mark.skipif(not POSTGRES, reason="an exclusion constraint is PostgreSQL's (CI runs both)")
def test_the_database_refuses_two_holders_at_once_on_postgresql(secretary_general):
    factories.appoint(factories.make_person(), secretary_general, D(2017, 7, 18), D(2020, 7, 18))

    with pytest.raises(IntegrityError), transaction.atomic():
        factories.appoint(factories.make_person(), secretary_general, D(2020, 7, 18))
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.appoint(factories.make_person(), secretary_general, D(2016, 1, 1))  # open

    factories.appoint(factories.make_person(), secretary_general, D(2020, 7, 19))  # the day after


@pytest.mark.skipif(not POSTGRES, reason="an exclusion constraint is PostgreSQL's (CI runs both)")
def test_the_constraint_s_own_validation_names_the_clash_on_postgresql(secretary_general):
    factories.appoint(factories.make_person(), secretary_general, D(2017, 7, 18), D(2020, 7, 18))
    clash = Appointment(
        person=factories.make_person(), position=secretary_general, start=D(2019, 1, 1)
    )
    with pytest.raises(ValidationError):
        clash.validate_constraints()


@pytest.mark.skipif(POSTGRES, reason="what SQLite does without the constraint")
def test_on_sqlite_the_constraint_neither_writes_sql_nor_queries(secretary_general):
    constraint = next(
        each for each in Appointment._meta.constraints if each.name.startswith("one_holder")
    )
    editor = SimpleNamespace(connection=connection)  # all a schema editor gives it to decide
    assert constraint.create_sql(Appointment, editor) is None
    assert constraint.constraint_sql(Appointment, editor) is None
    assert constraint.remove_sql(Appointment, editor) is None
    with CaptureQueriesContext(connection) as queries:
        constraint.validate(Appointment, Appointment(position=secretary_general, start=TODAY))
    assert len(queries) == 0


def appointment_row(prefix, number, **values):
    return {f"{prefix}-{number}-{name}": value for name, value in values.items()}


def test_a_person_s_page_refuses_two_new_rows_that_clash_with_each_other(
    editor, cio, chairpersonship
):
    person = factories.make_person("Edi Rama")
    url = change_url(person)
    data = change_form_data(editor, person)
    data.update(
        {
            "appointments-TOTAL_FORMS": "2",
            **appointment_row("appointments", 0, position=cio.pk, start="2020-01-01"),
            **appointment_row(
                "appointments", 1, position=cio.pk, start="2020-06-01", end="2020-12-31"
            ),
        }
    )

    response = editor.post(url, data)

    assert response.status_code == 200
    assert "already has a holder" in response.content.decode()
    assert not Appointment.objects.exists()


def test_the_appointment_form_shows_the_overlap_as_a_form_error(editor, secretary_general):
    factories.appoint(
        factories.make_person("Lamberto Zannier"), secretary_general, D(2011, 7, 1), D(2017, 6, 30)
    )
    person = factories.make_person("Thomas Greminger")
    add_url = reverse("admin:people_appointment_add")
    data = form_page_data(
        editor,
        add_url,
        person=person.pk,
        position=secretary_general.pk,
        start="2017-06-30",
        end="2020-07-18",
    )

    response = editor.post(add_url, data)

    assert response.status_code == 200
    assert "Lamberto Zannier" in response.content.decode()
    assert Appointment.objects.count() == 1
    data["start"] = "2017-07-18"
    assert editor.post(add_url, data).status_code == 302


# Public pages -------------------------------------------------------------------------------


def test_the_leadership_page_lists_today_s_holders_and_vacancies(
    client, cio, secretary_general, head_of_serbia
):
    cassis = factories.make_person("Ignazio Cassis")
    factories.appoint(cassis, cio, D(TODAY.year, 1, 1), D(TODAY.year, 12, 31))
    factories.appoint(
        factories.make_person("Thomas Greminger"), secretary_general, D(2017, 7, 18), D(2020, 7, 18)
    )
    acting = factories.make_person("Acting Head")
    factories.appoint(acting, head_of_serbia, TODAY - timedelta(days=10), acting=True)
    factories.make_position(secretary_general.structure, "Not listed", leadership=False)

    html = page(client, reverse("people:leadership"))

    assert f'<a href="{cassis.get_absolute_url()}">Ignazio Cassis</a>' in html
    assert "Greminger" not in html  # a past holder
    assert html.index("OSCE Chairperson-in-Office") < html.index("OSCE Secretary General")
    assert html.count("No holder recorded") == 1  # the Secretary General's
    assert "Acting Head</a> (acting)" in html
    assert "Not listed" not in html


def test_the_leadership_page_says_when_no_position_is_listed(client, db):
    assert "No leadership positions are listed yet." in page(client, reverse("people:leadership"))


def test_a_person_s_page_shows_current_and_past_positions_and_the_releases_naming_them(
    client, cio, secretary_general
):
    person = factories.make_person("Thomas Greminger", biography="<p>A Swiss diplomat.</p>")
    factories.appoint(person, secretary_general, D(2017, 7, 18), D(2020, 7, 18))
    factories.appoint(person, cio, TODAY - timedelta(days=5))
    named = factories.make_release("The Secretary General speaks")
    named.related_people.add(person)
    draft = factories.make_draft("A draft naming him")
    draft.related_people.add(person)
    factories.make_release("Unrelated release")

    html = page(client, person.get_absolute_url()).split("<main", 1)[1]  # not the menus

    current, past = html.index("Current position"), html.index("Past positions")
    assert current < html.index("OSCE Chairperson-in-Office") < past
    assert past < html.index("OSCE Secretary General")
    assert "18 July 2017" in html and "<p>A Swiss diplomat.</p>" in html
    assert "The Secretary General speaks" in html
    assert "A draft naming him" not in html and "Unrelated release" not in html


def test_an_unknown_person_is_a_404(client, db):
    assert client.get("/leadership/nobody/").status_code == 404


def test_a_renamed_person_s_old_address_redirects(client, db):
    person = factories.make_person("Ann Linde")
    person.slug = "ann-linde-sweden"
    person.save()
    response = client.get("/leadership/ann-linde/")
    assert response.status_code == 301
    assert response["Location"] == "/leadership/ann-linde-sweden/"


# The Chairperson-in-Office ------------------------------------------------------------------


def release_on(day, sources, **extra):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    return factories.make_release(published_at=moment, sources=sources, **extra)


def test_a_chairpersonship_release_names_the_chair_of_its_date_even_after_their_term(
    client, chairpersonship, mission, kurz_and_kneissl
):
    kurz, kneissl = kurz_and_kneissl
    june = release_on(D(2017, 6, 1), [chairpersonship])
    december = release_on(D(2017, 12, 20), [chairpersonship, mission])
    mission_only = release_on(D(2017, 6, 1), [mission])

    html = page(client, june.get_absolute_url())
    assert "Chairperson-in-Office" in html
    assert f'<a href="{kurz.get_absolute_url()}">Sebastian Kurz</a>' in html  # term over now
    assert "Karin Kneissl" not in html
    assert f'<a href="{kneissl.get_absolute_url()}">Karin Kneissl</a>' in page(
        client, december.get_absolute_url()
    )
    assert "Sebastian Kurz" not in page(client, mission_only.get_absolute_url())


def test_a_release_names_its_related_people_once(client, chairpersonship, kurz_and_kneissl):
    kurz, kneissl = kurz_and_kneissl
    release = release_on(D(2017, 6, 1), [chairpersonship])
    release.related_people.add(kurz, kneissl)

    html = page(client, release.get_absolute_url())

    assert html.count("Sebastian Kurz</a>") == 1  # as the chair, not again as a related person
    assert f'<a href="{kneissl.get_absolute_url()}">Karin Kneissl</a>' in html


def test_the_current_chair_is_named_wherever_the_chairpersonship_is_shown(
    client, cio, chairpersonship, serbia
):
    factories.make_chairpersonship(serbia, TODAY.year)
    factories.make_chairpersonship(serbia, 2017).__class__.objects.filter(year=2017).update(
        chairperson="Sebastian Kurz, then Karin Kneissl"
    )
    factories.make_chairpersonship(serbia, 2016).__class__.objects.filter(year=2016).update(
        chairperson="Frank-Walter Steinmeier"
    )
    chair = factories.make_person("Current Chair")
    factories.appoint(chair, cio, D(TODAY.year, 1, 1), D(TODAY.year, 12, 31))
    kurz = factories.make_person("Sebastian Kurz")
    kneissl = factories.make_person("Karin Kneissl")
    factories.appoint(kurz, cio, D(2017, 1, 1), D(2017, 12, 17))
    factories.appoint(kneissl, cio, D(2017, 12, 18), D(2017, 12, 31))
    link = f'<a href="{chair.get_absolute_url()}">Current Chair</a>'

    assert link in page(client, "/")
    assert link in page(client, "/participating-states/")
    table = page(client, chairpersonship.get_absolute_url())
    assert link in table
    assert f'<a href="{kurz.get_absolute_url()}">Sebastian Kurz</a>, then <a' in table
    assert "Frank-Walter Steinmeier" in table  # a year before the people's data: its name


# Head of Mission ----------------------------------------------------------------------------


def test_an_operation_s_page_shows_its_head_of_mission(client, mission, head_of_serbia):
    former = factories.make_person("Former Head")
    factories.appoint(former, head_of_serbia, D(2015, 1, 1), D(2020, 1, 1))
    assert "No holder recorded" in page(client, mission.get_absolute_url())

    head = factories.make_person("Current Head")
    factories.appoint(head, head_of_serbia, D(2020, 1, 2))
    html = page(client, mission.get_absolute_url())

    assert f'<dt>Head of Mission</dt><dd><a href="{head.get_absolute_url()}">Current Head' in html
    assert "Former Head" not in html and "No holder recorded" not in html


def test_an_operation_without_such_a_position_names_no_head(client, mission):
    assert "Head of Mission" not in page(client, mission.get_absolute_url())


# Languages ----------------------------------------------------------------------------------


def test_russian_pages_name_positions_and_people_in_russian_or_mark_the_english(
    client, cio, secretary_general
):
    PositionTranslation.objects.create(
        item=cio, language="ru", title="Действующий председатель ОБСЕ"
    )
    chair = factories.make_person("Ignazio Cassis")
    PersonTranslation.objects.create(item=chair, language="ru", name="Иньяцио Кассис")
    factories.appoint(chair, cio, D(TODAY.year, 1, 1))

    html = page(client, "/ru/leadership/")

    assert "<h2>Действующий председатель ОБСЕ</h2>" in html
    assert '<h2 lang="en">OSCE Secretary General</h2>' in html  # no Russian title: English, marked
    assert "Иньяцио Кассис</a>" in html


def test_a_person_s_page_exists_in_a_language_only_with_the_biography_translated(client, db):
    person = factories.make_person("Ann Linde", biography="<p>Swedish foreign minister.</p>")
    assert client.get("/fr/leadership/ann-linde/").status_code == 404  # no row at all
    row = PersonTranslation.objects.create(item=person, language="fr", name="Ann Linde")
    assert client.get("/fr/leadership/ann-linde/").status_code == 404  # a name is no page

    row.biography = "<p>Ministre suédoise des affaires étrangères.</p>"
    row.save()
    html = page(client, "/fr/leadership/ann-linde/")
    assert "Ministre suédoise" in html and "Swedish foreign minister" not in html


def test_a_person_without_a_biography_has_a_page_where_they_are_named(client, db):
    person = factories.make_person("Edi Rama")
    PersonTranslation.objects.create(item=person, language="ru", name="Эди Рама")
    assert "<h1>Эди Рама</h1>" in page(client, "/ru/leadership/edi-rama/")
    assert client.get("/fr/leadership/edi-rama/").status_code == 404  # not named in French


def test_the_sitemap_lists_each_person_in_the_languages_they_exist_in(client, db):
    person = factories.make_person("Edi Rama")
    PersonTranslation.objects.create(item=person, language="ru", name="Эди Рама")
    xml = page(client, "/sitemap-people.xml")
    assert "/leadership/edi-rama/" in xml and "/ru/leadership/edi-rama/" in xml
    assert "/fr/leadership/edi-rama/" not in xml
    assert "/leadership/" not in page(client, "/sitemap-leadership.xml")  # lists nothing yet


def test_the_leadership_page_is_in_the_sitemap_in_every_language_once_it_lists_one(client, cio):
    appointment = factories.appoint(factories.make_person(), cio, TODAY)
    xml = page(client, "/sitemap-leadership.xml")
    assert "/leadership/</loc>" in xml and "/fr/leadership/</loc>" in xml
    assert f"<lastmod>{timezone.localdate(appointment.updated_at):%Y-%m-%d}" in xml


# Admin: roles and scopes --------------------------------------------------------------------


@pytest.fixture
def kosovo(db):
    return factories.make_operation("Mission in Kosovo")


@pytest.fixture
def head_of_kosovo(kosovo):
    return factories.make_position(
        kosovo, "Head of the OSCE Mission in Kosovo", kind=Position.Kind.HEAD_OF_MISSION
    )


def test_editors_add_people_and_appointments(editor, cio):
    add_url = reverse("admin:people_person_add")
    data = form_page_data(
        editor,
        add_url,
        name="Elina Valtonen",
        slug="elina-valtonen",
        **{
            "appointments-TOTAL_FORMS": "1",
            **appointment_row(
                "appointments", 0, position=cio.pk, start="2025-01-01", end="2025-12-31"
            ),
        },
    )
    response = editor.post(add_url, data)
    assert response.status_code == 302
    assert Appointment.objects.get().person.name == "Elina Valtonen"


def test_mission_staff_do_not_see_other_operations_positions(
    serbia_staff, head_of_serbia, head_of_kosovo
):
    listed = serbia_staff.get(reverse("admin:people_position_changelist"))
    assert [each.title for each in listed.context["cl"].result_list] == [head_of_serbia.title]
    assert serbia_staff.get(change_url(head_of_kosovo)).status_code == 404
    assert serbia_staff.get(change_url(head_of_serbia)).status_code == 200


def test_mission_staff_cannot_change_another_operations_position_by_posting(
    serbia_staff, editor, head_of_kosovo
):
    data = change_form_data(editor, head_of_kosovo, title="Taken over")
    response = serbia_staff.post(change_url(head_of_kosovo), data)
    assert response.status_code == 404
    assert Position.objects.get(pk=head_of_kosovo.pk).title == head_of_kosovo.title


def test_mission_staff_cannot_move_their_position_to_another_operation(
    serbia_staff, head_of_serbia, kosovo
):
    data = change_form_data(serbia_staff, head_of_serbia, structure=kosovo.pk)
    serbia_staff.post(change_url(head_of_serbia), data)
    assert Position.objects.get(pk=head_of_serbia.pk).structure_id == head_of_serbia.structure_id


def test_mission_staff_set_neither_a_positions_kind_nor_the_leadership_list(
    serbia_staff, head_of_serbia, mission
):
    data = change_form_data(serbia_staff, head_of_serbia, title="Head of Mission (renamed)")
    site_wide = {"kind": "chairperson_in_office", "leadership": "on", "position": "0"}
    assert serbia_staff.post(change_url(head_of_serbia), {**data, **site_wide}).status_code == 302
    changed = Position.objects.get(pk=head_of_serbia.pk)
    assert changed.title == "Head of Mission (renamed)"  # their own position's title: theirs
    assert (changed.kind, changed.leadership, changed.position) == (
        head_of_serbia.kind,
        head_of_serbia.leadership,
        head_of_serbia.position,
    )

    add_url = reverse("admin:people_position_add")
    data = form_page_data(serbia_staff, add_url, title="Deputy Head", slug="deputy-head")
    response = serbia_staff.post(add_url, {**data, "structure": mission.pk, **site_wide})
    assert response.status_code == 302
    added = Position.objects.get(slug="deputy-head")
    assert (added.kind, added.leadership) == (Position.Kind.OTHER, False)


def test_there_is_one_chairperson_in_office_position(cio, mission):
    second = Position(
        title="Another chair", slug="another", kind=Position.Kind.CHAIRPERSON_IN_OFFICE
    )
    second.structure = mission
    with pytest.raises(ValidationError, match="one Chairperson-in-Office position already"):
        second.full_clean()


def test_mission_staff_add_positions_for_their_operation_only(serbia_staff, mission, kosovo):
    add_url = reverse("admin:people_position_add")
    data = form_page_data(
        serbia_staff, add_url, title="Deputy Head", slug="deputy-head", kind="other"
    )
    response = serbia_staff.post(add_url, {**data, "structure": kosovo.pk})
    assert response.status_code == 200 and not Position.objects.exists()  # invalid choice
    assert serbia_staff.post(add_url, {**data, "structure": mission.pk}).status_code == 302
    assert Position.objects.get().structure_id == mission.pk


def test_mission_staff_appoint_nobody_to_another_operations_position(
    serbia_staff, head_of_serbia, head_of_kosovo
):
    person = factories.make_person("Someone")
    add_url = reverse("admin:people_appointment_add")
    data = {"person": person.pk, "start": "2024-01-01", "_save": "Save"}
    response = serbia_staff.post(add_url, {**data, "position": head_of_kosovo.pk})
    assert response.status_code == 200 and not Appointment.objects.exists()
    other = factories.appoint(person, head_of_kosovo, D(2020, 1, 1), D(2020, 12, 31))
    assert serbia_staff.get(change_url(other)).status_code == 404
    assert (
        serbia_staff.post(
            reverse("admin:people_appointment_delete", args=[other.pk]), {"post": "yes"}
        ).status_code
        == 404
    )
    assert serbia_staff.post(add_url, {**data, "position": head_of_serbia.pk}).status_code == 302


def test_mission_staff_change_no_person(serbia_staff, editor):
    person = factories.make_person("Someone")
    data = change_form_data(editor, person, name="Renamed")
    response = serbia_staff.post(change_url(person), data)
    assert response.status_code == 403
    assert Person.objects.get(pk=person.pk).name == "Someone"


def test_an_appointment_retires_the_cached_navigation_once_it_commits(cio):
    before = cache.content_version(cache.NAVIGATION)
    with transaction.atomic():
        factories.appoint(factories.make_person(), cio, TODAY)
        assert cache.content_version(cache.NAVIGATION) == before  # not before the commit
    assert cache.content_version(cache.NAVIGATION) > before


# Query counts -------------------------------------------------------------------------------


def count_queries(client, url):
    django_cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_people(cio, secretariat, count):
    for _ in range(count):
        position = factories.make_position(secretariat, leadership=True)
        person = factories.make_person()
        PersonTranslation.objects.create(item=person, language="ru", name=f"{person.name} ru")
        PositionTranslation.objects.create(item=position, language="ru", title="ru")
        factories.appoint(person, position, TODAY - timedelta(days=3))
        factories.make_release(sources=[cio.structure]).related_people.add(person)


@pytest.mark.parametrize(
    ("url", "pinned"),
    [
        # Navigation (5, and its Leadership menu's 2 or 4 below again), the footer (1) and the
        # language versions' queries aside: the positions, their holders with their people (and
        # in Russian the translations of both); and the Meetings and conferences menu's series.
        ("/leadership/", 11),
        ("/ru/leadership/", 15),
    ],
)
def test_the_leadership_page_s_queries_are_pinned(client, cio, secretariat, url, pinned):
    add_people(cio, secretariat, 2)
    few = count_queries(client, url)
    add_people(cio, secretariat, 10)
    assert count_queries(client, url) == few == pinned


@pytest.mark.parametrize(
    ("language", "pinned"),
    [
        # One more than before meetings and conferences: their menu's series.
        # Navigation (5), the person with their translations (2), their appointments with
        # their positions, the releases naming them (with their relations and translations).
        # And the footer (1), and the Leadership menu's positions and their holders (2).
        ("en", 16),
        # In Russian, the translations in it of the nationality, positions and structures, and
        # the releases published in it (none here: their relations are not read); the Leadership
        # menu reads its positions' translations too (and their holders' people's, none here).
        ("ru", 18),
    ],
)
def test_a_person_s_page_s_queries_are_pinned(
    client, cio, secretariat, secretary_general, language, pinned
):
    person = factories.make_person("Thomas Greminger", nationality=factories.make_state())
    PersonTranslation.objects.create(item=person, language="ru", name="Томас Гремингер")
    url = person.get_absolute_url() if language == "en" else f"/ru{person.get_absolute_url()}"
    factories.appoint(person, secretary_general, D(2017, 7, 18), D(2020, 7, 18))
    factories.make_release(sources=[secretariat]).related_people.add(person)
    few = count_queries(client, url)
    for year in range(2000, 2010):
        position = factories.make_position(secretariat)
        PositionTranslation.objects.create(item=position, language="ru", title=f"{year} ru")
        factories.appoint(person, position, D(year, 1, 1), D(year, 6, 1))
        factories.make_release(sources=[secretariat]).related_people.add(person)
    assert count_queries(client, url) == few == pinned


def test_the_operation_page_s_queries_are_the_same_with_a_head_of_mission_or_none(
    client, mission, head_of_serbia
):
    # The position, then its holder with their person: 2 queries (pinned in
    # tests/test_query_counts.py without a position, which is one).
    vacant = count_queries(client, mission.get_absolute_url())
    factories.appoint(factories.make_person(), head_of_serbia, TODAY)
    assert count_queries(client, mission.get_absolute_url()) == vacant


@pytest.mark.parametrize(
    ("changelist", "pinned"),
    [("person", 12), ("position", 12), ("appointment", 14)],
)
def test_the_admin_lists_queries_are_pinned(editor, cio, secretariat, changelist, pinned):
    add_people(cio, secretariat, 2)
    url = reverse(f"admin:people_{changelist}_changelist")
    few = count_queries(editor, url)
    add_people(cio, secretariat, 10)
    assert count_queries(editor, url) == few == pinned


# Reference data -----------------------------------------------------------------------------


def test_the_reference_data_appoints_the_chairs_of_the_public_record_once(db):
    call_command("load_reference_data", stdout=io.StringIO())
    call_command("load_reference_data", stdout=io.StringIO())

    chairs = Appointment.objects.chairing(2017)
    assert [(each.person.name, each.start, each.end) for each in chairs] == [
        ("Sebastian Kurz", D(2017, 1, 1), D(2017, 12, 17)),
        ("Karin Kneissl", D(2017, 12, 18), D(2017, 12, 31)),
    ]
    assert [each.person.name for each in Appointment.objects.chairing(2018)] == [
        "Angelino Alfano",
        "Enzo Moavero Milanesi",
    ]
    assert Appointment.objects.chairing(2019).get().person.name == "Miroslav Lajčák"
    assert not Appointment.objects.chairing(2016).exists()
    assert Person.objects.get(slug="miroslav-lajcak").nationality.code == "SK"
    assert PersonTranslation.objects.get(item__slug="edi-rama", language="ru").name == "Эди Рама"


def test_the_reference_data_never_doubles_an_editor_s_corrected_dates(db):
    call_command("load_reference_data", stdout=io.StringIO())
    Appointment.objects.filter(person__slug="edi-rama").update(start=D(2020, 1, 2))
    call_command("load_reference_data", stdout=io.StringIO())
    assert Appointment.objects.filter(person__slug="edi-rama").count() == 1


def test_the_site_search_finds_people_by_their_name_in_the_page_s_language(client, db):
    person = factories.make_person("Miroslav Lajčák")
    PersonTranslation.objects.create(item=person, language="ru", name="Мирослав Лайчак")
    link = f'<a href="{person.get_absolute_url()}">Miroslav Lajčák</a>'

    assert link in page(client, "/search/?q=lajcak")  # whatever the accents
    # (Not "Лайчак": core.search.fold takes "й" for "и", PostgreSQL's unaccent does not.)
    assert "Мирослав Лайчак</a>" in page(client, "/ru/search/?q=Мирослав")
    assert "Лайчак" not in page(client, "/ru/search/?q=lajcak")  # not by the English name


def test_admin_changes_are_revisions_that_can_be_restored(editor, secretary_general):
    person = factories.make_person("Thomas Greminger")
    editor.post(change_url(person), change_form_data(editor, person, name="T. Greminger"))
    editor.post(change_url(person), change_form_data(editor, person, name="Thomas Greminger!"))
    versions = Version.objects.get_for_object(person)
    assert versions.count() == 2
    history = reverse("admin:people_person_history", args=[person.pk])
    assert editor.get(history).status_code == 200

    revision_url = reverse("admin:people_person_revision", args=[person.pk, versions.last().pk])
    editor.post(revision_url, form_page_data(editor, revision_url))
    assert Person.objects.get(pk=person.pk).name == "T. Greminger"


def test_mission_staff_open_no_history_of_another_operations_position(serbia_staff, head_of_kosovo):
    history = reverse("admin:people_position_history", args=[head_of_kosovo.pk])
    assert serbia_staff.get(history).status_code == 404


def test_the_leadership_menu_group_gives_today_s_holders_in_the_language(cio, secretary_general):
    PositionTranslation.objects.create(item=cio, language="fr", title="Président en exercice")
    chair = factories.make_person("Ignazio Cassis")
    factories.appoint(chair, cio, D(TODAY.year, 1, 1))

    group = leadership("fr")

    assert [position.title for position in group] == [
        "Président en exercice",
        secretary_general.title,
    ]
    assert [holder.person.name for holder in group[0].holders] == ["Ignazio Cassis"]
    assert group[1].holders == []


def test_a_portrait_needs_its_alt_text_and_shows_on_the_person_s_page(editor, client):
    person = factories.make_person("Ann Linde")
    data = change_form_data(editor, person, photo=png(), photo_alt="")
    response = editor.post(change_url(person), data)
    assert response.status_code == 200  # refused: no alt text
    assert "Describe the photograph" in response.content.decode()

    data = change_form_data(editor, person, photo=png(), photo_alt="Ann Linde at a podium")
    assert editor.post(change_url(person), data).status_code == 302
    assert 'alt="Ann Linde at a podium"' in page(client, person.get_absolute_url())


def test_a_translated_portrait_needs_its_alt_text(db):
    person = factories.make_person("Portrayed", photo=png(), photo_alt="A portrait")
    translation = PersonTranslation(item=person, language="ru", name="Портрет")
    with pytest.raises(ValidationError, match="portrait for screen readers"):
        translation.clean()
    translation.photo_alt = "Портрет"
    translation.clean()
