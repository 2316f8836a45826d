"""Meetings and conferences (issue 14): the public rule, the list's order and filters, time zones
and all-day events across daylight saving time, the series as renamable menu data, mission
staff's scope by direct posts, the demo content, the site search and the pinned query counts."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.contrib.redirects.models import Redirect
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from events.models import Event, EventSeries, whole_days
from seed.events import load_events, load_series
from tests import factories
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

VIENNA = ZoneInfo("Europe/Vienna")
NOW = timezone.now()


@pytest.fixture
def council(db):
    return factories.make_series("Plenary meetings of the Permanent Council", position=20)


@pytest.fixture
def forum(db):
    return factories.make_series("Economic and Environmental Forum", position=30)


def titles(html, *candidates):
    """The `candidates` in the order `html` shows them."""
    return sorted((c for c in candidates if c in html), key=html.index)


# The public rule ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "published_at", "expires_at", "public"),
    [
        ("published", -1, None, True),
        ("scheduled", +1, None, False),
        ("scheduled", -1, None, True),
        ("draft", -1, None, False),
        ("in_review", -1, None, False),
        ("archived", -1, None, False),
        ("published", -2, -1, False),
    ],
)
def test_published_agrees_with_is_published(council, status, published_at, expires_at, public):
    hour = timedelta(hours=1)
    event = factories.make_event(
        series=council,
        status=status,
        published_at=NOW + published_at * hour,
        expires_at=NOW + expires_at * hour if expires_at else None,
    )
    assert event.is_published is public
    assert Event.objects.published().filter(pk=event.pk).exists() is public


def test_a_draft_is_nowhere(client, council):
    draft = factories.make_event("Secret meeting", series=council, status="draft")
    assert client.get(f"/events/{draft.slug}/").status_code == 404
    assert client.get(f"/events/{draft.slug}/event.ics").status_code == 404
    assert "Secret meeting" not in client.get("/events/").content.decode()
    assert "Secret meeting" not in client.get(council.get_absolute_url()).content.decode()
    assert "Secret meeting" not in client.get("/events/calendar.ics").content.decode()
    assert "Secret meeting" not in client.get("/search/?q=secret").content.decode()
    assert draft.slug not in client.get("/sitemap-events.xml").content.decode()


def test_an_event_exists_in_another_language_with_a_translation_only(client, council):
    event = factories.make_event("Plenary meeting", series=council)
    assert client.get(f"/ru/events/{event.slug}/").status_code == 404
    event.translations.create(language="ru", title="Пленарное заседание", slug="plenarnoe")
    council.translations.create(language="ru", name="Пленарные заседания")
    page = client.get("/ru/events/plenarnoe/")
    assert page.status_code == 200 and "Пленарное заседание" in page.content.decode()
    assert "Пленарное заседание" in client.get("/ru/events/").content.decode()
    # Its free-text filter reads the texts the page shows: the translation's.
    assert "Пленарное" in client.get("/ru/events/?q=заседание").content.decode()
    assert "Пленарное" not in client.get("/ru/events/?q=plenary").content.decode()


def test_a_change_in_the_admin_makes_a_revision(editor_client, council, mission):
    from reversion.models import Version

    event = factories.make_event("Plenary", series=council, organisers=[mission])
    data = change_form_data(editor_client, event, title="Plenary, moved")
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302
    versions = Version.objects.get_for_object(event)
    assert versions.count() == 1 and "Plenary, moved" in versions[0].serialized_data


# The list -----------------------------------------------------------------------------------


def test_upcoming_soonest_first_then_the_past_newest_first(client, council):
    for title, days in [("Far", 30), ("Soon", 2), ("Long ago", -300), ("Lately", -3)]:
        factories.make_event(title, series=council, start=NOW + timedelta(days=days))
    html = client.get("/events/").content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert titles(upcoming, "Far", "Soon") == ["Soon", "Far"]
    assert titles(past, "Long ago", "Lately") == ["Lately", "Long ago"]


def test_an_event_under_way_is_upcoming_until_it_ends(client, council):
    factories.make_event("Under way", series=council, start=NOW - timedelta(hours=1), hours=3)
    upcoming = client.get("/events/").content.decode().split('id="past-heading"')[0]
    assert "Under way" in upcoming


@pytest.mark.parametrize(
    "query",
    [
        "series=nope",
        "field=nope",
        "country=atlantis",
        "year=abc",
        "year=1800",
        "year=99999999999999999999",
        "q=%00",
        "series=%00",
        "field=a%20b",
    ],
)
def test_bad_filters_are_a_400_never_a_500(client, council, query):
    response = client.get(f"/events/?{query}")
    assert response.status_code == 400
    assert "This filter could not be applied" in response.content.decode()
    assert client.get(f"/events/calendar.ics?{query}").status_code == 400


def test_filters_select_what_they_say(client, council, forum, field, serbia, belgrade):
    plenary = factories.make_event(
        "Weekly plenary", series=council, start=datetime(2025, 3, 6, 9, tzinfo=UTC)
    )
    session = factories.make_event(
        "Forum session", series=forum, place=belgrade, start=datetime(2024, 5, 6, 9, tzinfo=UTC)
    )
    session.fields_of_work.add(field)
    plenary.summary = "Reports of the field operations"
    plenary.save()

    def shown(query):
        html = client.get(f"/events/?{query}").content.decode()
        return titles(html, "Weekly plenary", "Forum session")

    assert shown(f"series={council.slug}") == ["Weekly plenary"]
    assert shown(f"field={field.slug}") == ["Forum session"]
    assert shown(f"country={serbia.slug}") == ["Forum session"]
    assert shown("year=2025") == ["Weekly plenary"]
    assert shown("q=field+operations") == ["Weekly plenary"]
    assert shown("q=belgrade") == ["Forum session"]


# Time zones and all-day events --------------------------------------------------------------


def admin_data(series, **overrides):
    data = {
        "series": series.pk,
        "title": "A meeting",
        "slug": "a-meeting",
        "status": "draft",
        "published_at_0": "2026-01-05",
        "published_at_1": "10:00:00",
        "event_status": "scheduled",
        "time_zone": "Europe/Vienna",
        "start_0": "2027-03-25",
        "start_1": "10:00:00",
        "end_0": "2027-03-25",
        "end_1": "13:00:00",
        "venue": "",
        "summary": "",
        "body": "",
        "livestream_url": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def form_for(django_user_model, mission):
    """The admin's event form (with its split date and time widgets), bound to what a browser
    posts, as a superuser gets it."""
    request = RequestFactory().get("/admin/")
    request.user = django_user_model.objects.create_superuser("root", password="pw")
    form_class = admin.site._registry[Event].get_form(request)

    def bound(series, **overrides):
        form = form_class(data={"organisers": [mission.pk], **admin_data(series, **overrides)})
        form.is_valid()
        return form

    return bound


def test_times_are_typed_in_the_events_own_zone(form_for, council):
    form = form_for(council, time_zone="Asia/Tokyo")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] == datetime(2027, 3, 25, 1, 0, tzinfo=UTC)


def test_the_same_hour_either_side_of_daylight_saving_time(form_for, council):
    before = form_for(council).cleaned_data["start"]
    after = form_for(council, start_0="2027-04-01", end_0="2027-04-01").cleaned_data["start"]
    assert before == datetime(2027, 3, 25, 9, tzinfo=UTC)  # CET, UTC+1
    assert after == datetime(2027, 4, 1, 8, tzinfo=UTC)  # CEST, UTC+2


def test_a_time_the_clocks_skip_is_a_form_error(form_for, council):
    form = form_for(council, start_0="2027-03-28", start_1="02:30:00", end_0="2027-03-28")
    assert "start" in form.errors


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"end_1": "09:00:00"}, "end"),
        ({"all_day": "on", "end_0": "2027-03-20"}, "end"),
    ],
)
def test_the_admin_refuses_what_cannot_be(form_for, council, overrides, field):
    assert field in form_for(council, **overrides).errors


def test_an_all_day_event_across_daylight_saving_time_keeps_whole_days(client, form_for, council):
    form = form_for(
        council,
        all_day="on",
        start_0="2027-03-27",
        start_1="15:00:00",
        end_0="2027-03-29",
        end_1="00:00:00",
    )
    assert form.is_valid(), form.errors
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    assert start == datetime(2027, 3, 26, 23, tzinfo=UTC)  # midnight in Vienna, winter time
    assert end == datetime(2027, 3, 29, 22, tzinfo=UTC)  # midnight after the 29th, summer time
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=71)
    event = factories.make_event(
        "Three-day meeting", series=council, all_day=True, start=start, end=end
    )
    assert (event.first_day, event.last_day) == (date(2027, 3, 27), date(2027, 3, 29))
    html = client.get(event.get_absolute_url()).content.decode()
    assert '<time datetime="2027-03-27">27 March 2027</time>' in html
    assert '<time datetime="2027-03-29">29 March 2027</time>' in html
    assert "CET" not in html.split("<h1>", 1)[1].split("</dl>", 1)[0]


def test_an_all_day_event_must_run_from_midnight_to_midnight(council):
    start = datetime(2027, 3, 27, 10, tzinfo=UTC)
    event = Event(series=council, title="x", slug="x", all_day=True, start=start)
    event.end = start + timedelta(days=1)
    with pytest.raises(Exception, match="midnight"):
        event.full_clean()


def test_a_page_shows_the_events_time_in_its_zone(client, council):
    start = datetime(2027, 6, 15, 0, 30, tzinfo=UTC)
    event = factories.make_event(
        "Asian conference", series=council, start=start, time_zone="Asia/Tokyo"
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "15 June 2027, 09:30" in html and "Asia/Tokyo time, JST" in html


def test_the_admin_shows_an_events_times_in_its_zone(editor_client, council, mission):
    start = datetime(2027, 6, 15, 0, 30, tzinfo=UTC)
    event = factories.make_event(
        "Asian conference",
        series=council,
        start=start,
        time_zone="Asia/Tokyo",
        organisers=[mission],
    )
    data = change_form_data(editor_client, event)
    assert (str(data["start_0"]), str(data["start_1"])) == ("2027-06-15", "09:30:00")
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.start == start  # saved as shown: not shifted by the admin's zone


def test_whole_days_are_midnights_in_the_zone():
    start, end = whole_days(date(2026, 10, 24), date(2026, 10, 25), VIENNA)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=49)  # a 25-hour day


# Sequence -----------------------------------------------------------------------------------


def test_every_change_raises_the_sequence(council):
    event = factories.make_event(series=council)
    assert event.sequence == 0
    event.title = "Renamed"
    event.save()
    event.status = "archived"
    event.save(update_fields=["status"])
    event.refresh_from_db()
    assert event.sequence == 2
    event.translations.create(language="fr", title="Réunion")
    event.refresh_from_db()
    assert event.sequence == 3


# The series: renamed, reordered, in the menu ------------------------------------------------


def navigation(client, url="/"):
    html = client.get(url).content.decode()
    return html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]


def test_the_menu_lists_the_series_in_their_order(client, council, forum):
    menu = navigation(client).split("<summary>Meetings and conferences</summary>", 1)[1]
    menu = menu.split("</details>", 1)[0]
    assert titles(menu, council.name, forum.name) == [council.name, forum.name]
    assert f'href="{council.get_absolute_url()}"' in menu
    assert 'href="/events/">All meetings and conferences' in menu


def test_reordering_the_series_retires_the_cached_menus(client, council, forum):
    navigation(client)  # cached
    forum.position = 1
    forum.save()
    menu = navigation(client).split("<summary>Meetings and conferences</summary>", 1)[1]
    assert titles(menu, council.name, forum.name) == [forum.name, council.name]


def test_a_rename_is_one_change_and_keeps_the_old_address(client, editor, roles):
    series = factories.make_series("Gender equality conferences")
    event = factories.make_event("Review conference", series=series)
    old = series.get_absolute_url()
    navigation(client)  # cached with the old name
    data = change_form_data(
        editor,
        series,
        name="Gender Equality Review Conferences",
        slug="gender-equality-review-conferences",
    )
    response = editor.post(reverse("admin:events_eventseries_change", args=[series.pk]), data)
    assert response.status_code == 302
    new = "/events/series/gender-equality-review-conferences/"
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == new
    assert client.get(new).status_code == 200
    assert Redirect.objects.filter(old_path=old, new_path=new).exists()
    # A filter link made with the old slug goes on to the list with the new one.
    response = client.get("/events/?series=gender-equality-conferences")
    assert response.status_code == 301
    assert response["Location"] == "/events/?series=gender-equality-review-conferences"
    response = client.get("/events/calendar.ics?series=gender-equality-conferences")
    assert response.status_code == 301
    assert "Gender Equality Review Conferences" in navigation(client)
    assert "Review conference" in client.get(new).content.decode()
    assert event.series_id == series.pk


def test_the_loader_never_overwrites_an_editors_rename(db):
    assert load_series() == 17
    series = EventSeries.objects.get(slug="gender-equality-review-conferences")
    series.name, series.slug = "Gender equality", "gender-equality"
    series.save()
    assert load_series() == 0
    series.refresh_from_db()
    assert series.name == "Gender equality"
    assert EventSeries.objects.count() == 17
    names = list(EventSeries.objects.values_list("name", flat=True))
    assert names[0] == "Summit meetings" and names[-1] == "Partnerships"


# Mission staff and roles, by direct posts ---------------------------------------------------


def test_mission_staff_change_their_operations_events_only(serbia_staff, mission, council):
    other = factories.make_operation("Mission to Moldova")
    own = factories.make_event("Serbia round table", series=council, organisers=[mission])
    theirs = factories.make_event("Moldova round table", series=council, organisers=[other])
    url = reverse("admin:events_event_change", args=[theirs.pk])
    assert serbia_staff.get(url).status_code in (302, 404)
    data = change_form_data(serbia_staff, own, title="Changed")
    response = serbia_staff.post(url, data)
    assert response.status_code in (302, 404)
    theirs.refresh_from_db()
    assert theirs.title == "Moldova round table"

    changelist = serbia_staff.get(reverse("admin:events_event_changelist")).content.decode()
    assert "Serbia round table" in changelist and "Moldova round table" not in changelist

    own_url = reverse("admin:events_event_change", args=[own.pk])
    response = serbia_staff.post(own_url, change_form_data(serbia_staff, own, title="Renamed"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.title == "Renamed"
    # Nor may they hand it to another operation.
    response = serbia_staff.post(
        own_url, change_form_data(serbia_staff, own, organisers=[other.pk])
    )
    assert response.status_code == 200
    assert list(own.organisers.values_list("pk", flat=True)) == [mission.pk]


def test_mission_staff_do_not_rename_series(serbia_staff, council):
    url = reverse("admin:events_eventseries_change", args=[council.pk])
    response = serbia_staff.post(url, {"name": "Hijacked", "slug": "hijacked", "position": 1})
    assert response.status_code in (302, 403)
    council.refresh_from_db()
    assert council.name == "Plenary meetings of the Permanent Council"


def test_an_editor_cannot_publish_by_posting_the_status(editor, council, mission):
    response = editor.post(
        reverse("admin:events_event_add"),
        {
            **admin_data(council, status="published", slug="posted"),
            "organisers": [mission.pk],
            "translations-TOTAL_FORMS": "0",
            "translations-INITIAL_FORMS": "0",
            "_save": "Save",
        },
    )
    assert not Event.objects.filter(slug="posted", status="published").exists()
    assert response.status_code in (200, 302)


def test_a_publisher_adds_an_event(publisher, council, mission):
    response = publisher.post(
        reverse("admin:events_event_add"),
        {
            **admin_data(council, status="published", slug="posted", time_zone="Asia/Almaty"),
            "organisers": [mission.pk],
            "translations-TOTAL_FORMS": "0",
            "translations-INITIAL_FORMS": "0",
            "_save": "Save",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get(slug="posted")
    assert event.is_published
    assert event.local_start.hour == 10 and event.time_zone == "Asia/Almaty"


# Demo content and search --------------------------------------------------------------------


def test_the_demo_events_load_once(db):
    from django.core.management import call_command

    call_command("load_reference_data", verbosity=0)
    added = load_events()
    assert added >= 10
    assert load_events() == 0
    statuses = set(Event.objects.values_list("event_status", flat=True))
    assert statuses == {"scheduled", "postponed", "cancelled"}
    assert Event.objects.filter(start__gt=datetime(2026, 12, 2, tzinfo=UTC)).count() >= 3
    council = Event.objects.get(slug="30th-osce-ministerial-council-skopje-2023")
    assert council.all_day and council.first_day == date(2023, 11, 30)
    assert council.documents.exists()


def test_the_site_search_finds_events_and_says_so(client, council):
    factories.make_event("Plenary on water diplomacy", series=council)
    html = client.get("/search/?q=water+diplomacy").content.decode()
    section = html.split('id="found-events"', 1)[1].split("</section>", 1)[0]
    assert "Meetings and conferences" in section and "Plenary on water diplomacy" in section
    assert "Meeting" in section


def test_the_sitemap_lists_events_and_series(client, council):
    event = factories.make_event(series=council)
    assert event.get_absolute_url() in client.get("/sitemap-events.xml").content.decode()
    assert council.get_absolute_url() in client.get("/sitemap-event-series.xml").content.decode()


# Query counts -------------------------------------------------------------------------------


def many_events(council, mission, field, serbia, count=6):
    place = factories.make_place("Vienna", state=serbia)
    release = factories.make_release("About the meeting")
    for number in range(count):
        event = factories.make_event(
            f"Meeting {number}",
            series=council,
            place=place,
            organisers=[mission],
            start=NOW + timedelta(days=number * 20 - 50),
        )
        event.fields_of_work.add(field)
        event.states.add(serbia)
        event.related_news.add(release)


def test_the_list_query_count(client, council, mission, field, serbia, django_assert_num_queries):
    many_events(council, mission, field, serbia)
    client.get("/events/")  # warm the menus and footer caches
    with django_assert_num_queries(10):
        assert client.get("/events/").status_code == 200


def test_an_event_page_query_count(
    client, council, mission, field, serbia, django_assert_num_queries
):
    many_events(council, mission, field, serbia, count=1)
    url = Event.objects.get().get_absolute_url()
    client.get(url)
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200


def test_a_series_page_query_count(
    client, council, mission, field, serbia, django_assert_num_queries
):
    many_events(council, mission, field, serbia)
    client.get(council.get_absolute_url())
    with django_assert_num_queries(8):
        assert client.get(council.get_absolute_url()).status_code == 200


def test_the_admin_changelist_query_count(
    editor_client, council, mission, field, serbia, django_assert_num_queries
):
    many_events(council, mission, field, serbia)
    url = reverse("admin:events_event_changelist")
    editor_client.get(url)
    with django_assert_num_queries(13):
        assert editor_client.get(url).status_code == 200


def test_the_series_changelist_query_count(
    editor_client, council, forum, django_assert_num_queries
):
    url = reverse("admin:events_eventseries_changelist")
    editor_client.get(url)
    with django_assert_num_queries(8):
        assert editor_client.get(url).status_code == 200


# Reverts and translations move SEQUENCE and LAST-MODIFIED forward --------------------------


def test_a_revert_raises_the_sequence_and_the_last_change(council):
    import reversion
    from reversion.models import Version

    event = factories.make_event(series=council, title="First")
    with reversion.create_revision():
        event.save()
    for title in ["Second", "Third"]:
        event.title = title
        with reversion.create_revision():
            event.save()
    event.refresh_from_db()
    before, changed = event.sequence, event.updated_at
    first = Version.objects.get_for_object(event).order_by("pk").first()
    first.revision.revert()  # a raw save: Event.save() does not run
    event.refresh_from_db()
    assert event.title == "First"
    assert event.sequence > before
    assert event.updated_at > changed


def test_a_translations_change_moves_the_last_change(council):
    event = factories.make_event(series=council)
    changed = event.updated_at
    event.translations.create(language="fr", title="Réunion")
    event.refresh_from_db()
    assert event.updated_at > changed


def test_the_list_never_echoes_raw_input(client, council):
    response = client.get("/events/?q=a%00b&series=x%01y")
    assert response.status_code == 400
    html = response.content.decode()
    assert "\x00" not in html and "\x01" not in html
    assert "a\x00b" not in html


def test_the_calendar_link_carries_the_valid_filters_only(client, council):
    factories.make_event(series=council)
    query = f"series={council.slug}&year=2026&q=plenary&page=1&other=%01x"
    html = client.get(f"/events/?{query}").content.decode()
    assert f'/events/calendar.ics?series={council.slug}&amp;year=2026&amp;q=plenary"' in html
    links = [part.split('"', 1)[0] for part in html.split('href="/events/calendar.ics')[1:]]
    assert links and all("other" not in link for link in links)


@pytest.mark.parametrize("page", ["x", "0", "99", "1.5"])
def test_a_bad_page_is_a_404_as_in_the_newsroom(client, council, page):
    factories.make_event(series=council, start=NOW - timedelta(days=9))
    assert client.get(f"/events/?page={page}").status_code == 404
    assert client.get("/news/?page=99").status_code == 404


def test_the_demo_places_and_titles(db):
    from django.core.management import call_command

    from news.models import Place

    call_command("load_reference_data", verbosity=0)
    Place.objects.create(name="Skopje", slug="skopje-kept")  # an editor's address, kept
    load_events()
    assert Place.objects.get(name="Łódź").slug == "lodz"
    assert Place.objects.get(name="Skopje").slug == "skopje-kept"
    demo = Event.objects.filter(title__startswith="Permanent Council plenary meeting")
    assert demo.count() == 4
    assert all(event.title.endswith("(demo)") for event in demo)
    load_events()
    assert Place.objects.get(name="Łódź").slug == "lodz"


def test_the_changelist_shows_the_local_start_with_its_zone(editor_client, council, mission):
    start = datetime(2027, 6, 15, 0, 30, tzinfo=UTC)
    factories.make_event(
        "Asian conference",
        series=council,
        start=start,
        time_zone="Asia/Tokyo",
        organisers=[mission],
    )
    html = editor_client.get(reverse("admin:events_event_changelist")).content.decode()
    row = html.split("Asian conference", 1)[1].split("</tr>", 1)[0]
    assert "15 June 2027, 09:30 JST" in row


def test_mission_staff_link_only_documents_and_news_they_may_see(serbia_staff, mission, council):
    from publications.models import Publication

    other = factories.make_operation("Mission to Moldova")
    hidden = Publication.objects.create(
        slug="moldova-draft",
        title="Moldova draft",
        type=Publication.Type.FACTSHEET,
        status="draft",
    )
    hidden.sources.set([other])
    public = Publication.objects.create(
        slug="public-factsheet",
        title="Public factsheet",
        type=Publication.Type.FACTSHEET,
        status="published",
        published_at=NOW - timedelta(hours=1),
    )
    draft_news = factories.make_release("Moldova draft news", status="draft", sources=[other])
    own = factories.make_event("Serbia round table", series=council, organisers=[mission])
    url = reverse("admin:events_event_change", args=[own.pk])
    for name, value in (("documents", hidden.pk), ("related_news", draft_news.pk)):
        response = serbia_staff.post(url, change_form_data(serbia_staff, own, **{name: [value]}))
        assert response.status_code == 200
        assert name in response.context["adminform"].form.errors
    assert not own.documents.exists() and not own.related_news.exists()
    response = serbia_staff.post(url, change_form_data(serbia_staff, own, documents=[public.pk]))
    assert response.status_code == 302
    assert list(own.documents.all()) == [public]


def test_the_year_is_the_events_own_calendars(client, council):
    start, end = whole_days(date(2027, 1, 1), date(2027, 1, 1), VIENNA)  # 31 Dec 23:00 UTC
    event = factories.make_event(
        "New Year meeting", series=council, start=start, end=end, all_day=True
    )
    assert (event.local_first_day, event.local_last_day) == (date(2027, 1, 1), date(2027, 1, 1))
    for year, listed in ((2026, False), (2027, True)):
        html = client.get(f"/events/?year={year}").content.decode()
        assert ("New Year meeting" in html) is listed
        feed = client.get(f"/events/calendar.ics?year={year}").content.decode()
        assert (f"event-{event.pk}@" in feed) is listed
    # A change of its times moves its days, by any save.
    event.start, event.end = whole_days(date(2026, 12, 31), date(2026, 12, 31), VIENNA)
    event.save(update_fields=["start", "end"])
    assert "New Year meeting" in client.get("/events/?year=2026").content.decode()


def test_a_wall_time_the_admins_zone_skips_is_fine_elsewhere(editor_client, council, mission):
    # 02:30 on 28 March 2027 does not exist in Vienna (the admin's zone), but does in Almaty.
    event = factories.make_event(
        "Almaty seminar", series=council, time_zone="Asia/Almaty", organisers=[mission]
    )
    data = change_form_data(
        editor_client,
        event,
        start_0="2027-03-28",
        start_1="02:30:00",
        end_0="2027-03-28",
        end_1="05:00:00",
    )
    response = editor_client.post(reverse("admin:events_event_change", args=[event.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    almaty = ZoneInfo("Asia/Almaty")
    assert event.start == datetime(2027, 3, 28, 2, 30, tzinfo=almaty)
    assert event.end == datetime(2027, 3, 28, 5, tzinfo=almaty)
