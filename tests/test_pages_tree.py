"""Editable pages (pages.Page): addresses from the tree, what the public sees, the workflow and
its permissions on direct posts, revisions, old addresses after renames and moves, and the
catch-all address that must never shadow another page of the site."""

import io
from datetime import timedelta

import pytest
import reversion
from django.contrib.auth.models import Group
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from reversion.models import Version

from pages import addresses
from pages.models import MAX_DEPTH, Page, PageSection
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

Status = Page.Status
PAGES_URL = reverse("admin:pages_page_changelist")
ADD_URL = reverse("admin:pages_page_add")


@pytest.fixture
def about(db):
    return factories.make_page("About us", strapline="Who we are and how we work.")


@pytest.fixture
def history(about):
    return factories.make_page("Our history", parent=about, summary="From Helsinki to Vienna.")


def fresh(page):
    return Page.objects.get(pk=page.pk)


def redirects():
    return dict(Redirect.objects.values_list("old_path", "new_path"))


def add_form_data(client, **overrides):
    return form_page_data(client, ADD_URL, **overrides)


def status_of(page):
    return fresh(page).status


# Addresses from the tree ----------------------------------------------------------------------


def test_a_pages_address_is_the_path_of_its_slugs(client, history):
    deeper = factories.make_page("Helsinki Final Act", parent=history)

    assert fresh(deeper).get_absolute_url() == "/about-us/our-history/helsinki-final-act/"
    response = client.get("/about-us/our-history/helsinki-final-act/")
    assert response.status_code == 200
    assert response.context["page"].pk == deeper.pk


def test_a_page_shows_its_breadcrumbs_and_lists_its_public_children(client, about, history):
    factories.make_page("Our principles", parent=about, summary="The commitments we share.")
    factories.make_page("Not yet", parent=about, status=Status.DRAFT)

    page = client.get("/about-us/").text
    crumbs = client.get("/about-us/our-history/").text

    assert 'href="/about-us/our-history/"' in page and "The commitments we share." in page
    assert "Not yet" not in page
    assert '<nav class="breadcrumbs"' in crumbs
    assert '<a href="/about-us/">About us</a>' in crumbs
    assert 'aria-current="page">Our history</a>' in crumbs


def test_siblings_cannot_share_a_slug_but_cousins_can(about, history):
    other = factories.make_page("Elsewhere")
    factories.make_page("Our history", parent=other)  # same slug, another parent

    with pytest.raises(ValidationError) as refused:
        addresses.check_place(Page(title="Again", slug="our-history"), fresh(about))
    assert refused.value.code == "slug_taken"
    # The database's unique index, whatever the write path.
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.make_page("Our history", parent=fresh(about))


def test_pages_go_at_most_max_depth_levels_deep(db):
    page = None
    for level in range(MAX_DEPTH):
        page = factories.make_page(f"Level {level}", parent=page)

    with pytest.raises(ValidationError) as refused:
        addresses.check_place(Page(title="Too deep", slug="too-deep"), fresh(page))
    assert refused.value.code == "too_deep"


# What the public sees ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Status.DRAFT},
        {"status": Status.IN_REVIEW},
        {"status": Status.ARCHIVED},
        {"status": Status.SCHEDULED, "published_at": timezone.now() + timedelta(days=1)},
        {"expires_at": timezone.now() - timedelta(minutes=1)},
    ],
)
def test_a_page_not_public_is_a_404_in_the_sites_design(client, history, changes):
    Page.objects.filter(pk=history.pk).update(**changes)

    response = client.get("/about-us/our-history/")

    assert response.status_code == 404
    assert "There is no page at this address" in response.text
    assert not Page.objects.published().filter(pk=history.pk).exists()
    assert not fresh(history).is_public_in("en")


def test_a_page_is_public_only_while_every_page_above_it_is(client, about, history):
    Page.objects.filter(pk=about.pk).update(status=Status.DRAFT)

    assert client.get("/about-us/our-history/").status_code == 404
    assert list(Page.objects.published()) == []
    assert not fresh(history).is_public_in("en")  # the instance's rule agrees with the query


@pytest.mark.parametrize("status", list(Status))
def test_is_published_agrees_with_published(about, history, status):
    Page.objects.filter(pk=about.pk).update(status=status)
    for page in Page.objects.all():
        assert page.is_public_in("en") == Page.objects.published().filter(pk=page.pk).exists()


@pytest.mark.parametrize(
    "path", ["/news/", "/fields-of-work/", "/search/", "/structures/", "/field-operations/"]
)
def test_the_catch_all_shadows_no_other_address(client, path):
    factories.make_page("Anything", slug="anything")
    resolved = client.get(path)
    assert resolved.status_code == 200
    assert resolved.resolver_match.view_name != "pages:page"
    assert client.get("/admin/login/").resolver_match.view_name == "admin:login"


@pytest.mark.parametrize("slug", ["news", "search", "admin", "ru", "static", "media"])
def test_a_top_page_cannot_take_another_part_of_the_sites_address(editor_client, slug):
    data = add_form_data(editor_client, title="Clash", slug=slug, treebeard_position="first-child")

    response = editor_client.post(ADD_URL, data)

    assert response.status_code == 200
    assert "address of another part of the site" in response.text
    assert not Page.objects.exists()


def test_an_unknown_address_under_a_page_is_a_404(client, history):
    assert client.get("/about-us/nothing-here/").status_code == 404
    assert client.get("/nothing/our-history/").status_code == 404


# Preview -------------------------------------------------------------------------------------


def test_staff_preview_a_draft_on_its_real_page_marked_and_uncached(editor, about):
    draft = factories.make_page("Finance", parent=about, status=Status.DRAFT)

    response = editor.get("/about-us/finance/")

    assert response.status_code == 200
    assert "<strong>Preview</strong>" in response.text
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert fresh(draft).is_public_in("en") is False


def test_a_preview_under_a_draft_says_so(editor, about, history):
    Page.objects.filter(pk=about.pk).update(status=Status.DRAFT)

    response = editor.get("/about-us/our-history/")

    assert response.status_code == 200
    assert "“About us”, is not public" in response.text


@pytest.mark.parametrize("who", ["client", "nobody"])
def test_nobody_else_sees_a_draft(request, django_user_model, about, who):
    factories.make_page("Finance", parent=about, status=Status.DRAFT)
    client = (
        request.getfixturevalue("client")
        if who == "client"
        else factories.staff_client(django_user_model, "nobody")
    )

    assert client.get("/about-us/finance/").status_code == 404


# The workflow, on direct posts ---------------------------------------------------------------


def test_an_editor_cannot_publish_a_page_even_by_a_direct_post(editor, about):
    data = add_form_data(
        editor,
        title="Employment",
        slug="employment",
        status=Status.PUBLISHED,
        treebeard_position="first-child",
        treebeard_ref_node=about.pk,
    )

    response = editor.post(ADD_URL, data)

    assert response.status_code == 200  # the form refuses the status
    assert not Page.objects.filter(slug="employment").exists()


def test_an_editor_writes_a_draft_under_a_page_and_submits_it_for_review(editor, about):
    data = add_form_data(
        editor,
        title="Employment",
        slug="employment",
        status=Status.DRAFT,
        treebeard_position="first-child",
        treebeard_ref_node=about.pk,
    )
    assert editor.post(ADD_URL, data).status_code == 302
    page = Page.objects.get(slug="employment")
    assert fresh(page).get_absolute_url() == "/about-us/employment/"

    editor.post(PAGES_URL, {"action": "submit_for_review", "_selected_action": [page.pk]})
    assert status_of(page) == Status.IN_REVIEW
    editor.post(PAGES_URL, {"action": "publish", "_selected_action": [page.pk]})
    assert status_of(page) == Status.IN_REVIEW  # not an editor's action


def test_an_editor_corrects_a_live_page_but_cannot_unpublish_it(editor, history):
    data = change_form_data(editor, history, title="Our long history", status=Status.DRAFT)

    assert editor.post(change_url(history), data).status_code == 302
    page = fresh(history)
    assert page.title == "Our long history"
    assert page.status == Status.PUBLISHED  # the publication fields are a publisher's


def test_a_publisher_schedules_a_page_and_it_goes_live_by_the_clock(publisher, client, about):
    tomorrow = timezone.localtime() + timedelta(days=1)
    data = add_form_data(
        publisher,
        title="Employment",
        slug="employment",
        status=Status.PUBLISHED,
        published_at_0=tomorrow.strftime("%Y-%m-%d"),
        published_at_1=tomorrow.strftime("%H:%M:%S"),
        treebeard_position="first-child",
        treebeard_ref_node=about.pk,
    )

    assert publisher.post(ADD_URL, data).status_code == 302
    page = Page.objects.get(slug="employment")
    assert page.status == Status.SCHEDULED
    assert client.get("/about-us/employment/").status_code == 404
    Page.objects.filter(pk=page.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert client.get("/about-us/employment/").status_code == 200  # nobody had to act


def test_a_publisher_unpublishes_and_archives_with_a_revision_each(publisher, history):
    for action, expected in [("unpublish", Status.DRAFT), ("archive", Status.ARCHIVED)]:
        publisher.post(PAGES_URL, {"action": action, "_selected_action": [history.pk]})
        assert status_of(history) == expected
    comments = [v.revision.comment for v in Version.objects.get_for_object(history)]
    assert comments == ["Archived.", "Set back to draft."]


def test_the_status_filter_finds_live_and_embargoed_pages(editor, about):
    factories.make_page(
        "Later",
        status=Status.SCHEDULED,
        published_at=timezone.now() + timedelta(days=2),
    )

    live = editor.get(PAGES_URL, {"visibility": "live"}).context["cl"].result_list
    embargoed = editor.get(PAGES_URL, {"visibility": "embargoed"}).context["cl"].result_list

    assert [page.title for page in live] == ["About us"]
    assert [page.title for page in embargoed] == ["Later"]


# Revisions -----------------------------------------------------------------------------------


def saved_version(page, **changes):
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(page, name, value)
        page.save()
    return Version.objects.get_for_object(page).first()


def test_an_earlier_revision_is_restored_with_its_sections_but_not_its_place(
    editor_client, about, history
):
    section = factories.make_page_section(history, text="<p>The first text.</p>")
    first = saved_version(fresh(history), title="Our history")
    PageSection.objects.filter(pk=section.pk).update(text="<p>Rewritten.</p>")
    factories.make_page_section(history, text="<p>Added later.</p>")
    saved_version(fresh(history), title="Our past")
    elsewhere = factories.make_page("Elsewhere")
    Page.objects.move(fresh(history), fresh(elsewhere), "first-child")

    url = reverse("admin:pages_page_revision", args=[history.pk, first.pk])
    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    page = fresh(history)
    assert page.title == "Our history"
    assert [s.text for s in page.sections.all()] == ["<p>The first text.</p>"]
    assert page.get_absolute_url() == "/elsewhere/our-history/"  # a revert does not move it
    assert all(not problems for problems in Page.objects.find_problems())  # the tree is whole


def test_a_pages_version_cannot_be_reverted_through_another_admin(editor_client, history):
    version = saved_version(fresh(history), title="Secret title")
    operation = factories.make_operation("Mission with a page's id", id=history.pk)

    url = reverse("admin:missions_fieldoperation_revision", args=[operation.pk, version.pk])
    assert editor_client.get(url).status_code == 404


def test_deleted_pages_are_not_recovered(editor_client, history):
    assert editor_client.get(reverse("admin:pages_page_recoverlist")).status_code == 403


def test_a_page_with_pages_under_it_cannot_be_deleted(editor_client, about, history):
    with pytest.raises(ProtectedError):
        fresh(about).delete()
    response = editor_client.post(
        reverse("admin:pages_page_delete", args=[about.pk]), {"post": "yes"}
    )
    assert response.status_code == 200  # the confirmation page, listing what is in the way
    assert "Our history" in response.text
    assert Page.objects.count() == 2


# Old addresses -------------------------------------------------------------------------------


def test_renaming_a_page_redirects_its_address_and_every_address_under_it(
    editor_client, client, about, history
):
    deeper = factories.make_page("Helsinki", parent=history)

    data = change_form_data(editor_client, about, slug="who-we-are")
    assert editor_client.post(change_url(about), data).status_code == 302

    assert redirects() == {
        "/about-us/": "/who-we-are/",
        "/about-us/our-history/": "/who-we-are/our-history/",
        "/about-us/our-history/helsinki/": "/who-we-are/our-history/helsinki/",
    }
    response = client.get("/about-us/our-history/helsinki/")
    assert (
        response.status_code == 301 and response["Location"] == "/who-we-are/our-history/helsinki/"
    )
    assert fresh(deeper).get_absolute_url() == "/who-we-are/our-history/helsinki/"


def test_moving_a_subtree_in_a_shell_redirects_every_address_in_it(about, history):
    factories.make_page("Helsinki", parent=history)
    bodies = factories.make_page("Decision-making bodies")

    Page.objects.move(fresh(history), fresh(bodies), "first-child")

    assert redirects() == {
        "/about-us/our-history/": "/decision-making-bodies/our-history/",
        "/about-us/our-history/helsinki/": "/decision-making-bodies/our-history/helsinki/",
    }


def test_the_admins_drag_and_drop_moves_a_subtree_and_redirects_it(editor_client, about, history):
    bodies = factories.make_page("Decision-making bodies")

    response = editor_client.post(
        reverse("admin:pages_page_changelist") + "move/",
        {"node": history.pk, "target": bodies.pk, "relation": "child"},
    )

    assert response.status_code == 200
    assert fresh(history).get_absolute_url() == "/decision-making-bodies/our-history/"
    assert redirects() == {"/about-us/our-history/": "/decision-making-bodies/our-history/"}
    assert Version.objects.get_for_object(history).first().revision.comment == "Moved."


def test_a_move_to_a_place_with_the_same_slug_is_refused_with_a_message(
    editor_client, about, history
):
    other = factories.make_page("Elsewhere")
    factories.make_page("Our history", parent=other)

    response = editor_client.post(
        PAGES_URL + "move/", {"node": history.pk, "target": other.pk, "relation": "child"}
    )

    assert response.status_code == 400
    assert fresh(history).get_absolute_url() == "/about-us/our-history/"


def test_move_up_and_down_reorder_siblings_without_changing_addresses(editor_client, about):
    first = factories.make_page("First", parent=about)
    second = factories.make_page("Second", parent=about)

    response = editor_client.post(reverse("admin:pages_page_move_step", args=[second.pk, "up"]))

    assert response.status_code == 302
    assert [child.title for child in Page.objects.get_children(fresh(about))] == [
        "Second",
        "First",
    ]
    assert redirects() == {}
    editor_client.post(reverse("admin:pages_page_move_step", args=[second.pk, "down"]))
    assert [child.title for child in Page.objects.get_children(fresh(about))] == [
        "First",
        "Second",
    ]
    assert (
        editor_client.get(reverse("admin:pages_page_move_step", args=[first.pk, "up"])).status_code
        == 405
    )


def test_a_revert_that_renames_redirects_the_subtree(editor_client, about, history):
    first = saved_version(fresh(about))
    saved_version(fresh(about), slug="who-we-are")
    Redirect.objects.all().delete()

    url = reverse("admin:pages_page_revision", args=[about.pk, first.pk])
    editor_client.post(url, form_page_data(editor_client, url))

    assert fresh(about).slug == "about-us"
    assert redirects() == {
        "/who-we-are/": "/about-us/",
        "/who-we-are/our-history/": "/about-us/our-history/",
    }


def test_a_drafts_old_address_is_never_remembered(about):
    draft = factories.make_page("Working title", parent=about, status=Status.DRAFT)

    draft.slug = "final-title"
    draft.save()

    assert redirects() == {}


def test_two_revisions_of_a_page_can_be_compared(editor_client, history):
    first = saved_version(fresh(history), title="Our history")
    second = saved_version(fresh(history), title="Our long history")

    response = editor_client.get(
        reverse("admin:pages_page_compare", args=[history.pk]),
        {"version_id1": first.pk, "version_id2": second.pk},
    )

    assert response.status_code == 200
    assert "Our long history" in response.text
    assert "numchild" not in response.text  # the tree's own columns are not a change


# Everywhere else pages are listed ------------------------------------------------------------


def test_the_sitemap_lists_public_pages_in_each_language(client, about, history):
    factories.translate_page(about, "ru", title="О нас", slug="o-nas")
    factories.make_page("Draft", parent=about, status=Status.DRAFT)

    text = client.get("/sitemap-editable-pages.xml").text

    assert "http://testserver/about-us/our-history/" in text
    assert "http://testserver/ru/o-nas/" in text
    assert "/draft/" not in text
    assert "http://testserver/ru/o-nas/our-history/" not in text  # no Russian version


def test_the_site_search_finds_pages_by_their_sections_in_each_language(client, about):
    factories.make_page_section(
        about,
        text="<p>Signed in Helsinki.</p>",
        translations={"ru": {"text": "<p>Подписан в Хельсинки.</p>"}},
    )
    factories.translate_page(about, "ru", title="О нас", slug="o-nas")
    factories.make_page("Hidden Helsinki", status=Status.DRAFT)

    english = client.get("/search/", {"q": "helsinki"})
    russian = client.get("/ru/search/", {"q": "хельсинки"})

    assert [page.title for page in english.context["pages"]] == ["About us"]
    assert [page.get_absolute_url() for page in russian.context["pages"]] == ["/ru/o-nas/"]
    assert not client.get("/ru/search/", {"q": "helsinki"}).context["pages"]


def test_a_photograph_section_shows_its_renditions_caption_and_credit(client, about):
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), "teal").save(buffer, "JPEG")
    section = PageSection(
        page=about,
        kind=PageSection.Kind.PHOTO,
        photo_alt="Delegates at a table",
        photo_caption="A meeting in Vienna",
        photo_credit="OSCE/Name Surname",
    )
    section.photo.save(
        "meeting.jpg", ContentFile(buffer.getvalue(), name="meeting.jpg"), save=False
    )
    section.save()

    text = client.get("/about-us/").text

    assert 'alt="Delegates at a table"' in text
    assert "A meeting in Vienna (OSCE/Name Surname)" in text
    assert "<picture>" in text


def test_create_roles_lets_editors_write_pages_and_publishers_publish_them(roles):
    def codenames(group):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label="pages")
            .values_list("codename", flat=True)
        )

    assert {"add_page", "change_page", "view_page", "change_pagesection"} <= codenames("Editor")
    assert "publish_page" not in codenames("Editor")
    assert "delete_page" not in codenames("Editor")
    assert "publish_page" in codenames("Publisher")


def test_the_admins_list_says_when_a_page_above_keeps_a_live_page_off(
    editor_client, about, history
):
    Page.objects.filter(pk=about.pk).update(status=Status.DRAFT)

    text = editor_client.get(PAGES_URL, {"q": "history"}).text

    assert "(a page above it is not public)" in text


def test_sections_rich_text_is_sanitised_in_every_language(client, about):
    factories.make_page_section(
        about,
        text='<p onclick="steal()">Hello<script>alert(1)</script></p>',
        translations={"ru": {"text": '<p>Привет<img src=x onerror="steal()"></p>'}},
    )

    section = about.sections.get()

    assert section.text == "<p>Hello</p>"
    assert section.translations.get().text == "<p>Привет</p>"
    assert "<script>" not in client.get("/about-us/").text
