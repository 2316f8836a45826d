"""The site's menus as editors make them (pages.MenuItem): the model's rules, the navigation
they render in every language, changes visible on the next page view whatever the write path,
who may change them, bad input, and pinned query counts."""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from core import menus
from pages.models import MenuItem, MenuItemTranslation, Page
from seed.menus import load_menus
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:pages_menuitem_changelist")
ADD_URL = reverse("admin:pages_menuitem_add")
MOVE_URL = CHANGELIST + "move/"  # treebeard's drag and drop


def navigation(client, url="/"):
    html = client.get(url).content.decode()
    return html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]


def item(key):
    return MenuItem.objects.get(seed_key=key)


def add_item(parent=None, **fields):
    entry = MenuItem(**fields)
    if parent is None:
        return MenuItem.objects.add_root(instance=entry)
    parent.refresh_from_db()
    return MenuItem.objects.add_child(parent, instance=entry)


@pytest.fixture
def site(db, serbia, chairpersonship, field, mission):
    """A State and its Chairpersonship this year, a field of work, an operation, the
    Secretariat and a unit (the default menus are loaded for every test: tests/conftest.py;
    `load_menus()` adds those whose targets are here now: the Chairpersonship's)."""
    factories.make_chairpersonship(serbia, timezone.localdate().year)
    secretariat = factories.make_structure("Secretariat", kind="secretariat")
    factories.make_structure(
        "Conflict Prevention Centre", kind="secretariat_unit", parent=secretariat
    )
    load_menus()
    return {"secretariat": secretariat}


@pytest.fixture
def mission_staff(roles, django_user_model, mission):
    """An Editor limited to the Mission to Serbia (mission staff)."""
    return factories.staff_client(django_user_model, "serbia-editor", "Editor", sources=[mission])


# The model -------------------------------------------------------------------------------------


def test_an_item_has_one_target_at_most():
    entry = MenuItem(label="Two", route="news:list", group="fields_of_work")
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert "group" in error.value.message_dict


def test_the_database_refuses_two_targets_too(field):
    with pytest.raises(IntegrityError), transaction.atomic():
        add_item(label="Two", route="news:list", field_of_work=field)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"label": "Nowhere", "route": "admin:index"}, "route"),
        ({"group": "no_such_group"}, "group"),
        ({"group": "fields_of_work", "fragment": "top"}, "fragment"),
        ({"route": "news:list"}, "label"),
        ({}, "label"),
    ],
)
def test_clean_refuses_what_no_menu_can_show(fields, error):
    with pytest.raises(ValidationError) as raised:
        MenuItem(**fields).clean()
    assert error in raised.value.message_dict


def test_a_field_operation_is_chosen_as_one_not_as_a_structure(mission):
    with pytest.raises(ValidationError) as raised:
        MenuItem(structure=mission.structure_ptr).clean()
    assert "structure" in raised.value.message_dict
    MenuItem(operation=mission).clean()  # as an operation it is fine


# The navigation --------------------------------------------------------------------------------


def test_the_default_menus_render_todays_navigation(client, site):
    nav = navigation(client)

    summaries = [part.split("</summary>")[0] for part in nav.split("<summary>")[1:]]
    assert summaries == [
        "Fields of work",
        "Countries",
        "Structures and institutions",
        "Field operations",
        "Meetings and conferences",
        "About us",
        "Leadership",
    ]
    assert (
        'class="menu__list menu__list--columns">\n  <li><a href="/fields-of-work/elections/">'
        in nav
    )
    assert (
        '<p class="menu__heading"><a href="/participating-states/">Participating States</a></p>'
        in nav
    )
    assert "Serbia – OSCE Chairpersonship" in nav
    assert 'href="/participating-states/#asian-partners">Asian Partners for Co-operation' in nav
    secretariat = nav.split(">Secretariat</a>", 1)[1].split("</li>\n", 1)[0]
    assert 'class="menu__sublist"' in secretariat and "Conflict Prevention Centre" in secretariat
    assert 'href="/field-operations/#closed">Closed field activities' in nav
    assert 'class="site-nav__link" href="/news/">Newsroom' in nav
    # About us has no page yet (the demo content brings them); Leadership no position yet, so
    # only its page.
    about = nav.split("<summary>About us</summary>", 1)[1].split("</details>", 1)[0]
    assert "Partners for Co-operation" in about and "/about-us/" not in about
    leadership = nav.split("<summary>Leadership</summary>", 1)[1].split("</details>", 1)[0]
    assert leadership.count("<a ") == 1 and '<a href="/leadership/">Leadership</a>' in leadership


def test_the_about_us_menu_lists_its_pages_once_they_exist(client, site):
    about = factories.make_page("About us", slug="about-us")
    factories.make_page("Our history", parent=about)
    load_menus()

    nav = navigation(client)
    menu = nav.split("<summary>About us</summary>", 1)[1].split("</details>", 1)[0]
    assert '<a href="/about-us/">About us</a>' in menu
    assert '<a href="/about-us/our-history/">Our history</a>' in menu
    assert '<a href="/structures/chairpersonship/">Chairpersonship</a>' in menu


def test_the_leadership_menu_lists_the_positions_with_todays_holders(client, site, mission):
    secretariat = factories.make_structure("Office of the Secretary General")
    general = factories.make_position(secretariat, "Secretary General", leadership=True)
    head = factories.make_position(mission, "Head of Mission", leadership=True, position=2)
    factories.make_position(secretariat, "Adviser")  # not a leadership position
    today = timezone.localdate()
    factories.appoint(factories.make_person("Former Holder"), general, date(2001, 1, 1), today)
    factories.appoint(factories.make_person("Next Holder"), general, today + timedelta(days=1))

    menu = navigation(client).split("<summary>Leadership</summary>", 1)[1]
    menu = menu.split("</details>", 1)[0]
    assert '<a href="/leadership/former-holder/">Secretary General – Former Holder</a>' in menu
    assert f'<a href="/leadership/#{head.slug}">Head of Mission</a>' in menu  # vacant
    assert "Adviser" not in menu and "Next Holder" not in menu

    # The holder's term ends: the next change of the people retires the menu, which moves on.
    general.appointments.filter(person__name="Former Holder").update(end=today - timedelta(1))
    factories.appoint(factories.make_person("Today Holder"), general, today, today)
    assert "Secretary General – Today Holder" in navigation(client)


def test_the_leadership_group_is_placed_once_its_app_has_registered_it(site, monkeypatch):
    MenuItem.objects.get(seed_key="leadership-group").delete()
    monkeypatch.delitem(menus._groups, "leadership")
    load_menus()
    assert not MenuItem.objects.filter(seed_key="leadership-group").exists()

    monkeypatch.undo()  # the people app's registration (people.apps)
    load_menus()
    assert MenuItem.objects.get(seed_key="leadership-group").group == "leadership"


def test_a_page_moved_in_the_shell_moves_in_the_menus_on_the_next_page_view(client, site):
    about = factories.make_page("About us", slug="about-us")
    history = factories.make_page("Our history", parent=about)
    load_menus()
    assert 'href="/about-us/our-history/"' in navigation(client)

    Page.objects.move(history, about, "left")  # to the top, beside About us (no signal)

    nav = navigation(client)
    assert 'href="/our-history/"' in nav and "/about-us/our-history/" not in nav


def test_the_loader_keeps_an_editors_changes(site):
    newsroom = item("newsroom")
    newsroom.label = "News"
    newsroom.hidden = True
    newsroom.save()
    count = MenuItem.objects.count()

    assert load_menus() == 0
    assert MenuItem.objects.count() == count
    assert (item("newsroom").label, item("newsroom").hidden) == ("News", True)


# Changes visible on the next page view, whatever the write path ----------------------------------


def test_a_rename_in_the_shell_shows_on_the_next_page_view(client, site):
    assert ">Newsroom</a>" in navigation(client)  # now cached
    newsroom = item("newsroom")
    newsroom.label = "Press room"
    newsroom.save()
    assert ">Press room</a>" in navigation(client)


def test_a_move_in_the_shell_shows_on_the_next_page_view(client, site):
    navigation(client)
    MenuItem.objects.move(item("search"), item("fields-of-work"), "left")
    nav = navigation(client)
    assert nav.index(">Search</a>") < nav.index("<summary>Fields of work")


def test_hiding_an_item_hides_what_is_under_it(client, site):
    navigation(client)
    countries = item("countries")
    countries.hidden = True
    countries.save()
    nav = navigation(client)
    assert "Countries" not in nav and "/participating-states/serbia/" not in nav
    assert "Fields of work" in nav


def test_a_rename_in_the_admin_shows_on_the_next_page_view(client, editor, site):
    assert ">Newsroom</a>" in navigation(client)
    newsroom = item("newsroom")
    response = editor.post(change_url(newsroom), change_form_data(editor, newsroom, label="News"))
    assert response.status_code == 302
    assert ">News</a>" in navigation(client)
    assert Version.objects.get_for_object(item("newsroom")).count() == 1


def test_moves_and_actions_in_the_admin_show_on_the_next_page_view(client, editor, site):
    navigation(client)
    search = item("search")
    response = editor.post(reverse("admin:pages_menuitem_move_step", args=[search.pk, "up"]))
    assert response.status_code == 302
    nav = navigation(client)
    assert nav.index(">Search</a>") < nav.index(">Newsroom</a>")
    assert Version.objects.get_for_object(search).get().revision.comment == "Moved."

    response = editor.post(
        CHANGELIST, {"action": "hide", "_selected_action": [item("newsroom").pk]}
    )
    assert response.status_code == 302
    assert ">Newsroom</a>" not in navigation(client)

    response = editor.post(
        MOVE_URL,
        {"node": search.pk, "target": item("fields-of-work").pk, "relation": "sibling"},
    )
    assert response.status_code == 200
    nav = navigation(client)
    assert nav.index(">Search</a>") < nav.index("<summary>Fields of work")


def test_drag_and_drop_keeps_to_the_forms_placement_rules(client, editor, site):
    group, search = item("fields-of-work-group"), item("search")
    deep = add_item(add_item(item("about-us"), label="Second"), label="Third")  # level 3
    for node, target, relation in [
        (group, item("fields-of-work"), "sibling"),  # a group at the top
        (search, group, "child"),  # under a group
        (search, deep, "child"),  # a fourth level
        (item("about-us"), deep, "sibling"),  # under itself
    ]:
        before = MenuItem.objects.get(pk=node.pk).path
        response = editor.post(
            MOVE_URL, {"node": node.pk, "target": target.pk, "relation": relation}
        )
        assert response.status_code == 400, (node, relation, target)
        assert MenuItem.objects.get(pk=node.pk).path == before
    assert "<summary>Fields of work</summary>" in navigation(client)  # the page still renders


def test_an_item_added_in_the_admin_shows_on_the_next_page_view(client, editor, site, field):
    navigation(client)
    data = form_page_data(
        editor,
        ADD_URL,
        label="",
        field_of_work=field.pk,
        treebeard_position="right",
        treebeard_ref_node=item("fields-of-work").pk,
    )
    response = editor.post(ADD_URL, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    nav = navigation(client)
    assert 'class="site-nav__link" href="/fields-of-work/elections/">Elections</a>' in nav


# Who may change the menus ----------------------------------------------------------------------


def test_mission_staff_cannot_see_or_change_the_menus(mission_staff, serbia_staff, site):
    newsroom = item("newsroom")
    for client in (mission_staff, serbia_staff):
        assert client.get(CHANGELIST).status_code == 403
        assert client.get(change_url(newsroom)).status_code == 403
        assert client.post(change_url(newsroom), {"label": "Mine"}).status_code == 403
        assert client.post(ADD_URL, {"label": "Mine", "route": "news:list"}).status_code == 403
        step = reverse("admin:pages_menuitem_move_step", args=[newsroom.pk, "up"])
        assert client.post(step).status_code == 403
        move = MOVE_URL
        data = {"node": newsroom.pk, "target": item("search").pk, "relation": "sibling"}
        assert client.post(move, data).status_code == 403
        assert (
            client.post(
                CHANGELIST, {"action": "hide", "_selected_action": [newsroom.pk]}
            ).status_code
            == 403
        )
        history = reverse("admin:pages_menuitem_history", args=[newsroom.pk])
        assert client.get(history).status_code == 403
    assert (item("newsroom").label, item("newsroom").hidden) == ("Newsroom", False)
    assert list(MenuItem.objects.filter(label="Mine")) == []


def test_anonymous_visitors_are_sent_to_log_in(client, site):
    newsroom = item("newsroom")
    response = client.post(change_url(newsroom), {"label": "Mine"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    step = reverse("admin:pages_menuitem_move_step", args=[newsroom.pk, "up"])
    assert client.post(step).status_code == 302
    assert item("newsroom").label == "Newsroom"


def test_editors_change_but_do_not_delete_menu_items(editor, site):
    newsroom = item("newsroom")
    delete = reverse("admin:pages_menuitem_delete", args=[newsroom.pk])
    assert editor.post(delete, {"post": "yes"}).status_code == 403
    assert MenuItem.objects.filter(pk=newsroom.pk).exists()


# Bad input ------------------------------------------------------------------------------------


def test_bad_input_is_a_form_error_or_a_4xx(editor, site, field):
    newsroom = item("newsroom")
    two = change_form_data(editor, newsroom, field_of_work=field.pk)
    response = editor.post(change_url(newsroom), two)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors

    unknown = change_form_data(editor, newsroom, route="admin:index")
    response = editor.post(change_url(newsroom), unknown)
    assert response.status_code == 200 and "route" in response.context["adminform"].form.errors

    under_group = change_form_data(
        editor,
        newsroom,
        treebeard_position="first-child",
        treebeard_ref_node=item("fields-of-work-group").pk,
    )
    response = editor.post(change_url(newsroom), under_group)
    assert response.status_code == 200
    assert "treebeard_ref_node" in response.context["adminform"].form.errors

    too_deep = change_form_data(
        editor,
        item("countries"),
        treebeard_position="first-child",
        treebeard_ref_node=item("participating-states").pk,
    )
    response = editor.post(change_url(item("countries")), too_deep)
    assert response.status_code == 200
    assert "treebeard_ref_node" in response.context["adminform"].form.errors

    at_the_top = form_page_data(
        editor,
        ADD_URL,
        group="partners",
        treebeard_position="left",
        treebeard_ref_node=newsroom.pk,
    )
    response = editor.post(ADD_URL, at_the_top)
    assert response.status_code == 200 and "group" in response.context["adminform"].form.errors

    step = reverse("admin:pages_menuitem_move_step", args=[newsroom.pk, "sideways"])
    assert editor.post(step).status_code == 404
    assert (
        editor.get(reverse("admin:pages_menuitem_move_step", args=[newsroom.pk, "up"])).status_code
        == 405
    )
    missing = reverse("admin:pages_menuitem_move_step", args=[10**9, "up"])
    assert editor.post(missing).status_code == 404
    move = MOVE_URL
    assert editor.post(move, {"node": "x", "target": "9" * 30, "relation": "?"}).status_code == 400
    assert editor.get(CHANGELIST, {"target": "nonsense", "hidden__exact": "1"}).status_code == 200
    assert item("newsroom").label == "Newsroom"


# Languages ------------------------------------------------------------------------------------


def test_other_languages_show_translated_labels_and_leave_out_untranslated_ones(client, site):
    ru = navigation(client, "/ru/")
    assert "<summary>Направления деятельности</summary>" in ru
    assert ">Пресс-центр</a>" in ru
    fr = navigation(client, "/fr/")
    assert ">Salle de presse</a>" in fr or "news/" in fr

    newsroom = item("newsroom")
    MenuItemTranslation.objects.filter(item=newsroom, language="ru").delete()
    ru = navigation(client, "/ru/")
    assert "/ru/news/" not in ru and "Newsroom" not in ru  # never the English label
    assert "/fr/news/" in navigation(client, "/fr/")


def test_a_page_without_a_version_in_a_language_is_left_out_there(client, site):
    about = factories.make_page("About us", slug="about-us")
    history = factories.make_page("Our history", parent=about)
    factories.translate_page(about, "ru", title="Об ОБСЕ", slug="ob-obse")
    load_menus()

    ru = navigation(client, "/ru/")
    assert '<a href="/ru/ob-obse/">Об ОБСЕ</a>' in ru
    assert "Our history" not in ru and "our-history" not in ru
    factories.translate_page(history, "ru", title="Наша история", slug="nasha-istoriya")
    assert '<a href="/ru/ob-obse/nasha-istoriya/">Наша история</a>' in navigation(client, "/ru/")


def test_an_operation_named_in_a_language_leads_to_its_english_page_there(client, site, mission):
    from structures.models import StructureTranslation

    StructureTranslation.objects.create(item=mission, language="ru", name="Миссия в Сербии")
    ru = navigation(client, "/ru/")
    assert f'href="{mission.get_absolute_url()}" hreflang="en">Миссия в Сербии</a>' in ru


# Query counts ---------------------------------------------------------------------------------


def count_navigation(client, url):
    """Queries of the page at `url` with nothing cached, and with the navigation cached: their
    difference is the navigation's."""
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold) - len(warm)


def grow_menus(site, rounds):
    """`rounds` more items of each kind of target, under a menu of their own."""
    menu = add_item(label="More")
    for _ in range(rounds):
        number = MenuItem.objects.count()
        page = factories.make_page(f"Extra page {number}")
        factories.translate_page(page, "ru")
        for fields in [
            {"page": page},
            {"field_of_work": factories.make_field(f"Extra field {number}")},
            {"operation": factories.make_operation(f"Extra mission {number}")},
            {"structure": factories.make_structure(f"Extra body {number}")},
            {"state": factories.make_state(f"Extra State {number}")},
            {"route": "news:list", "label": f"News {number}"},
            {"group": "closed_field_operations"},
        ]:
            add_item(menu, **fields)


# In English: the menu items with their labels (1); the targets of the extra items, one query
# for each kind (pages, with no lineage above a top page; fields; operations; structures; States);
# the groups: the default menus' fields, States with the Chairpersonship, structures and
# operations, and the closed operations (placed many times, read once); the Partners' none. In
# Russian, each kind with something in Russian reads its translations too (here the pages', the
# structures', the operations' for the groups and the targets). And the leadership positions
# (with none here, neither their holders nor their translations), and the footer's row, which is
# rendered once and cached as the navigation is. And the series of the "Meetings and conferences"
# menu (one query; their translations none here, with no series).
@pytest.mark.parametrize(("language", "pinned"), [("en", 14), ("ru", 18)])
def test_the_navigations_query_count_is_pinned_whatever_the_number_of_items(
    client, site, language, pinned
):
    url = "/fields-of-work/" if language == "en" else f"/{language}/fields-of-work/"
    grow_menus(site, 1)
    few = count_navigation(client, url)
    grow_menus(site, 4)
    many = count_navigation(client, url)
    assert few == many, f"{few} queries with a few items, {many} with more"
    assert many == pinned


def test_the_default_navigation_costs_what_it_did_before_menus_were_editable(
    client, serbia, field, mission
):
    # Five, as before: the menu items' query replaces the Chairpersonship's, which is read with
    # the States now; and two more: the Leadership menu's positions, and the footer's row (its
    # fragment is cached as the navigation's is); and one for the series of the "Meetings and
    # conferences" menu.
    factories.make_chairpersonship(serbia, timezone.localdate().year)
    assert count_navigation(client, "/fields-of-work/") == 8


# Whatever the number of items: the targets are joined to the items (list_select_related),
# and the tree is one level at a time (treebeard), or one list when searched.
@pytest.mark.parametrize(("view", "pinned"), [("changelist", 9), ("search", 8)])
def test_the_admins_list_of_menu_items_is_pinned(editor_client, site, view, pinned):
    params = {} if view == "changelist" else {"q": "extra"}
    grow_menus(site, 1)
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(CHANGELIST, params).status_code == 200
    grow_menus(site, 5)
    with CaptureQueriesContext(connection) as many:
        assert editor_client.get(CHANGELIST, params).status_code == 200
    assert len(few) == len(many) == pinned
