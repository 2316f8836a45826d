"""A release's type (press release, news item, press statement, feature story, speech, media
advisory) is the editors' to set: in the admin, kept in revisions, filtered by in the newsroom,
and varied in the demo content."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version

from news.models import PressRelease
from seed.data import demo
from tests.admin_forms import change_form_data, change_url, form_page_data

pytestmark = pytest.mark.django_db

Type = PressRelease.Type


def save(client, obj, **changes):
    response = client.post(change_url(obj), change_form_data(client, obj, **changes))
    assert response.status_code == 302, response.context and response.context["errors"]


def newsroom_titles(client, **query):
    response = client.get(reverse("news:list"), query)
    assert response.status_code == 200
    return [release.title for release in response.context["releases"]]


def test_the_add_form_offers_every_type_with_press_release_chosen(editor_client):
    response = editor_client.get(reverse("admin:news_pressrelease_add"))

    form = response.context["adminform"].form
    assert form["type"].value() == Type.PRESS_RELEASE
    assert [value for value, _label in form.fields["type"].choices] == Type.values
    assert '<select name="type"' in response.text


def test_an_editor_sets_the_type_and_the_newsroom_filters_by_it(editor, release, client):
    assert release.type == Type.PRESS_RELEASE

    save(editor, release, type=Type.SPEECH)

    release.refresh_from_db()
    assert release.type == Type.SPEECH
    assert newsroom_titles(client, type="speech") == [release.title]
    assert newsroom_titles(client, type="press_release") == []
    page = client.get(release.get_absolute_url()).text
    assert '<p class="eyebrow">Speech</p>' in page  # not "Press release" whatever the type


def test_a_bad_type_is_a_form_error(editor, release):
    data = change_form_data(editor, release, type="op-ed")
    response = editor.post(change_url(release), data)

    assert response.status_code == 200
    assert "type" in response.context["adminform"].form.errors
    release.refresh_from_db()
    assert release.type == Type.PRESS_RELEASE


def test_revisions_keep_the_type_compare_it_and_restore_it(editor_client, release):
    save(editor_client, release, type=Type.NEWS_ITEM)
    save(editor_client, release, type=Type.FEATURE)
    newer, older = Version.objects.get_for_object(release)[:2]
    assert (older.field_dict["type"], newer.field_dict["type"]) == ("news_item", "feature")

    compare = editor_client.get(
        reverse("admin:news_pressrelease_compare", args=[release.pk]),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    assert compare.status_code == 200
    assert "News item" in compare.text and "Feature story" in compare.text

    url = reverse("admin:news_pressrelease_revision", args=[release.pk, older.pk])
    assert editor_client.post(url, form_page_data(editor_client, url)).status_code == 302
    release.refresh_from_db()
    assert release.type == Type.NEWS_ITEM


# Demo content ------------------------------------------------------------------------------


def demo_type(slug):
    entry = next(entry for entry in demo.PRESS_RELEASES if entry["slug"] == slug)
    return entry.get("type", Type.PRESS_RELEASE)


def test_the_demo_content_has_releases_of_several_types(db, client):
    call_command("load_demo_content", verbosity=0)

    types = set(PressRelease.objects.values_list("type", flat=True))
    assert len(types) >= 4
    assert Type.PRESS_RELEASE in types
    # The conference announced ahead is a media advisory; the reference releases stay releases.
    advisory = PressRelease.objects.get(published_at__date=date(2027, 2, 10))
    assert advisory.type == Type.MEDIA_ADVISORY
    assert PressRelease.objects.get(published_at__date=date(2017, 2, 13)).type == (
        Type.PRESS_RELEASE
    )
    # The newsroom's type facet and filter have something to show.
    assert newsroom_titles(client, type="feature")


def test_a_new_run_types_demo_releases_nobody_changed_and_keeps_editors_types(db, editor_client):
    call_command("load_demo_content", verbosity=0)
    # As `make run` does next: every release gets its initial revision, which is no one's change.
    call_command("createinitialrevisions", verbosity=0)
    typed = [entry["slug"] for entry in demo.PRESS_RELEASES if entry.get("type")]
    untouched, edited = PressRelease.objects.filter(slug__in=typed[:2]).order_by("slug")
    # As the demo content loaded before it had types left them; an editor then chose one.
    PressRelease.objects.filter(pk__in=[untouched.pk, edited.pk]).update(type=Type.PRESS_RELEASE)
    save(editor_client, edited, type=Type.PRESS_RELEASE, title="Checked by an editor")

    call_command("load_demo_content", verbosity=0)

    untouched.refresh_from_db()
    edited.refresh_from_db()
    assert untouched.type == demo_type(untouched.slug) != Type.PRESS_RELEASE
    assert edited.type == Type.PRESS_RELEASE  # the editor's choice, kept
    assert edited.title == "Checked by an editor"
