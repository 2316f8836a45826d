"""A release's translations under the workflow's rules, posted directly as each role (issue 12):
the joint-release rule on every path that puts a translation on the site, changes when it is
there or takes it off, and reverting one translation without touching English or the other
languages.

`release` (tests/conftest.py) is a joint release of the Mission to Serbia and the
Chairpersonship; `serbia_staff` is a publisher whose editorial scope is the Mission only.
"""

from datetime import timedelta

import pytest
import reversion
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from news.models import PressRelease, PressReleaseTranslation
from tests import factories
from tests.admin_forms import change_form_data, change_url, form_page_data, shown_value
from tests.test_release_translations import translate
from tests.test_translation_guards import translate_url
from tests.test_workflow import publication

pytestmark = pytest.mark.django_db

Status = PressRelease.Status


def status_of(obj):
    obj.refresh_from_db()
    return obj.status


def inline_post(client, release, **changes):
    """The release's change form as shown, with `changes` to its first translation's fields."""
    return change_form_data(
        client, release, **{f"translations-0-{name}": value for name, value in changes.items()}
    )


def with_new_translation(data, language, **fields):
    """`data` (a release's change form) with a new translation added in its inline."""
    index = int(data["translations-TOTAL_FORMS"])
    data["translations-TOTAL_FORMS"] = str(index + 1)
    data.update({f"translations-{index}-{name}": value for name, value in fields.items()})
    data[f"translations-{index}-language"] = language
    return data


def refused_for_scope(response):
    assert response.status_code == 200
    assert "Chairpersonship" in response.text
    assert "outside your editorial scope" in response.text


@pytest.fixture
def own_release(mission, field, belgrade):
    """A release of the Mission to Serbia alone."""
    return factories.make_release(
        "Serbia's own", sources=[mission], fields=[field], places=[belgrade]
    )


# The joint-release rule -------------------------------------------------------------------------


def test_mission_staff_cannot_publish_a_translation_of_a_joint_release(serbia_staff, release):
    russian = translate(release, status=Status.DRAFT)

    response = serbia_staff.post(
        change_url(release), inline_post(serbia_staff, release, status=Status.PUBLISHED)
    )

    refused_for_scope(response)
    assert status_of(russian) == Status.DRAFT


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Status.DRAFT},  # unpublish
        {"status": Status.ARCHIVED},
        publication("published_at", timezone.now() + timedelta(days=2)),  # reschedule
        publication("expires_at", timezone.now() + timedelta(days=2)),
    ],
)
def test_mission_staff_cannot_take_off_or_reschedule_a_joint_releases_translation(
    serbia_staff, release, changes
):
    russian = translate(release)
    before = (russian.status, russian.published_at, russian.expires_at)

    response = serbia_staff.post(change_url(release), inline_post(serbia_staff, release, **changes))

    refused_for_scope(response)
    russian.refresh_from_db()
    assert (russian.status, russian.published_at, russian.expires_at) == before


def test_mission_staff_correct_a_joint_releases_live_translation(serbia_staff, release):
    russian = translate(release)

    response = serbia_staff.post(
        change_url(release), inline_post(serbia_staff, release, title="Исправлено")
    )

    assert response.status_code == 302  # correcting the text speaks for no source
    russian.refresh_from_db()
    assert (russian.title, russian.status) == ("Исправлено", Status.PUBLISHED)


def test_mission_staff_cannot_add_a_published_translation_to_a_joint_release(serbia_staff, release):
    fields = {"title": "Визит", **publication("published_at", timezone.now())}
    data = with_new_translation(
        change_form_data(serbia_staff, release), "ru", status=Status.PUBLISHED, **fields
    )

    refused_for_scope(serbia_staff.post(change_url(release), data))
    assert not PressReleaseTranslation.objects.exists()

    data = with_new_translation(
        change_form_data(serbia_staff, release), "ru", status=Status.DRAFT, **fields
    )
    assert serbia_staff.post(change_url(release), data).status_code == 302
    assert PressReleaseTranslation.objects.get().status == Status.DRAFT


def test_mission_staff_cannot_delete_a_joint_releases_live_translation(serbia_staff, release):
    russian = translate(release)
    draft = translate(release, "fr", status=Status.DRAFT)
    data = change_form_data(serbia_staff, release)
    forms = {data[f"translations-{i}-id"]: i for i in range(2)}

    live = {f"translations-{forms[russian.pk]}-DELETE": "on"}
    response = serbia_staff.post(change_url(release), {**data, **live})

    refused_for_scope(response)
    assert PressReleaseTranslation.objects.filter(pk=russian.pk).exists()
    # A draft is on no site: deleting it speaks for nobody.
    not_live = {f"translations-{forms[draft.pk]}-DELETE": "on"}
    assert serbia_staff.post(change_url(release), {**data, **not_live}).status_code == 302
    assert not PressReleaseTranslation.objects.filter(pk=draft.pk).exists()


def test_translate_keeps_the_joint_release_rule(serbia_staff, release, own_release):
    posted = {"title": "Визит", **publication("published_at", timezone.now())}

    response = serbia_staff.post(translate_url(release, "ru"), {**posted, "status": "published"})

    refused_for_scope(response)
    assert not release.translations.exists()
    response = serbia_staff.post(translate_url(release, "ru"), {**posted, "status": "draft"})
    assert response.status_code == 302
    assert release.translations.get().status == Status.DRAFT
    # Their own operation's release they translate and publish at once.
    response = serbia_staff.post(
        translate_url(own_release, "ru"), {**posted, "status": "published"}
    )
    assert response.status_code == 302
    assert own_release.translations.get().status == Status.PUBLISHED


def test_mission_staff_publish_their_own_releases_translations(serbia_staff, own_release):
    russian = translate(own_release, status=Status.DRAFT)

    response = serbia_staff.post(
        change_url(own_release), inline_post(serbia_staff, own_release, status=Status.PUBLISHED)
    )

    assert response.status_code == 302
    assert status_of(russian) == Status.PUBLISHED


def test_co_crediting_and_publishing_a_translation_in_one_post_is_refused(
    serbia_staff, chairpersonship, mission, field, belgrade
):
    draft = factories.make_draft(
        "Serbia's draft", sources=[mission], fields=[field], places=[belgrade]
    )
    russian = translate(draft, status=Status.DRAFT)
    data = inline_post(serbia_staff, draft, status=Status.PUBLISHED)
    data["sources"] = [mission.pk, chairpersonship.pk]  # English stays a draft: that alone is fine

    refused_for_scope(serbia_staff.post(change_url(draft), data))
    assert status_of(russian) == Status.DRAFT
    assert [source.pk for source in draft.sources.all()] == [mission.pk]


def test_mission_staff_cannot_drop_the_chairpersonship_from_a_live_joint_release(
    serbia_staff, release, mission
):
    data = change_form_data(serbia_staff, release, sources=[mission.pk])

    response = serbia_staff.post(change_url(release), data)

    refused_for_scope(response)
    assert release.sources.count() == 2


def test_a_publisher_without_a_scope_publishes_a_joint_releases_translation(publisher, release):
    russian = translate(release, status=Status.DRAFT)

    response = publisher.post(
        change_url(release), inline_post(publisher, release, status=Status.PUBLISHED)
    )

    assert response.status_code == 302
    assert status_of(russian) == Status.PUBLISHED


# Reverting --------------------------------------------------------------------------------------


def saved_version(obj, **changes):
    """Save `obj` with `changes` in a revision of its own; return its version in it."""
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
    return Version.objects.get_for_object(obj).first()


def history_url(release, language):
    return reverse("admin:news_pressrelease_translation_history", args=[release.pk, language])


def revision_url(release, language, version):
    return reverse(
        "admin:news_pressrelease_translation_revision", args=[release.pk, language, version.pk]
    )


def revert_form_data(client, url, **overrides):
    """What the revert form at `url` posts as shown (disabled fields are not posted)."""
    response = client.get(url)
    assert response.status_code == 200
    data = {}
    for bound in response.context["form"]:
        if not bound.field.disabled:
            data.update(shown_value(bound))
    return {**data, **overrides}


@pytest.fixture
def languages(release):
    """The release in English, Russian and French; the Russian one in two versions, the first
    published with its own texts, the second (now) corrected; English and French changed
    since."""
    russian = translate(release, title="Первый заголовок", body="<p>Первый текст.</p>")
    first = saved_version(russian)
    saved_version(russian, title="Второй заголовок", body="<p>Второй текст.</p>")
    french = translate(release, "fr", title="Visite")
    saved_version(release, title="Chairperson visits Belgrade again")
    return {"russian": russian, "french": french, "first": first}


def test_reverting_a_translation_restores_its_texts_alone(editor, release, languages):
    russian, french = languages["russian"], languages["french"]
    url = revision_url(release, "ru", languages["first"])

    response = editor.post(url, revert_form_data(editor, url))

    assert response.status_code == 302
    russian.refresh_from_db()
    assert (russian.title, russian.body) == ("Первый заголовок", "<p>Первый текст.</p>")
    # It translates the English texts it translated then: the board says it is outdated.
    assert russian.source_texts["title"] == "Chairperson visits Belgrade"
    assert russian.is_outdated()
    release.refresh_from_db()
    assert release.title == "Chairperson visits Belgrade again"
    french.refresh_from_db()
    assert (french.title, french.status) == ("Visite", Status.PUBLISHED)
    newest = Version.objects.get_for_object(russian).first()
    assert newest.revision.user == editor.user


def test_the_releases_history_links_each_translations_history(editor, release, languages):
    change = editor.get(change_url(release)).text
    assert f'href="{history_url(release, "ru")}"' in change

    response = editor.get(history_url(release, "ru"))

    assert response.status_code == 200
    urls = [action["url"] for action in response.context["action_list"]]
    assert revision_url(release, "ru", languages["first"]) in urls
    assert len(urls) == 2  # its two versions, not the release's saves that held it unchanged


@pytest.mark.parametrize(
    "then, now", [(Status.PUBLISHED, Status.DRAFT), (Status.DRAFT, Status.PUBLISHED)]
)
def test_an_editors_revert_keeps_the_translations_publication(editor, release, then, now):
    russian = translate(release, title="Тогда", status=then)
    old = saved_version(russian)
    saved_version(russian, title="Сейчас", status=now)
    url = revision_url(release, "ru", old)

    assert editor.post(url, revert_form_data(editor, url)).status_code == 302
    russian.refresh_from_db()
    assert (russian.title, russian.status) == ("Тогда", now)
    # Posting the status anyway changes nothing: a form error, or a field that is not theirs.
    response = editor.post(url, revert_form_data(editor, url, status=then))
    assert response.status_code in (200, 302)
    assert status_of(russian) == now


def test_a_publishers_revert_restores_the_status_by_the_clock(publisher, release):
    russian = translate(release, title="Тогда", status=Status.DRAFT)
    old = saved_version(russian, status=Status.SCHEDULED)  # scheduled then, for a time now past
    saved_version(russian, title="Сейчас", status=Status.DRAFT)
    url = revision_url(release, "ru", old)

    assert publisher.post(url, revert_form_data(publisher, url)).status_code == 302
    assert status_of(russian) == Status.PUBLISHED


def test_mission_staff_revert_a_joint_releases_translation_but_not_its_publication(
    serbia_staff, release
):
    russian = translate(release, title="Тогда", status=Status.DRAFT)
    old = saved_version(russian, status=Status.PUBLISHED)
    saved_version(russian, title="Сейчас", status=Status.DRAFT)
    url = revision_url(release, "ru", old)

    assert serbia_staff.post(url, revert_form_data(serbia_staff, url)).status_code == 302
    russian.refresh_from_db()
    assert (russian.title, russian.status) == ("Тогда", Status.DRAFT)
    refused_for_scope(
        serbia_staff.post(url, revert_form_data(serbia_staff, url, status="published"))
    )
    assert status_of(russian) == Status.DRAFT


def test_other_operations_staff_and_staff_without_permissions_reach_no_translation_history(
    django_user_model, roles, release, languages
):
    other = factories.make_operation("Mission to Albania")
    albania_staff = factories.staff_client(
        django_user_model, "albania", "Publisher", sources=[other]
    )
    nobody = factories.staff_client(django_user_model, "nobody")
    url = revision_url(release, "ru", languages["first"])

    for client, code in [(albania_staff, 404), (nobody, 403)]:
        assert client.get(history_url(release, "ru")).status_code == code
        assert client.get(url).status_code == code
        assert client.post(url, {"title": "Взлом", "_save": "Save"}).status_code == code
    languages["russian"].refresh_from_db()
    assert languages["russian"].title == "Второй заголовок"


def test_a_version_of_anything_else_is_a_404(editor_client, release, languages):
    french_version = saved_version(languages["french"], title="Visite, encore")
    release_version = Version.objects.get_for_object(release).first()
    other_russian = translate(factories.make_release(), title="Чужой")
    foreign = saved_version(other_russian)

    for version in [french_version, release_version, foreign]:
        url = revision_url(release, "ru", version)
        assert editor_client.get(url).status_code == 404
        assert editor_client.post(url, {"title": "Взлом", "_save": "Save"}).status_code == 404
    for language, number in [("ru", "99999999999999999999"), ("ru", "٣"), ("xx", "1"), ("de", "1")]:
        url = f"{history_url(release, language)}{number}/"
        assert editor_client.get(url).status_code == 404
    languages["russian"].refresh_from_db()
    assert languages["russian"].title == "Второй заголовок"


def test_reverting_the_release_leaves_its_translations_as_they_are(editor_client, release):
    russian = translate(release, title="Тогда")
    with reversion.create_revision():  # a version of the release that holds the Russian one
        release.save()
        russian.save()
    old = Version.objects.get_for_object(release).first()
    saved_version(release, title="English now")
    saved_version(russian, title="Сейчас", status=Status.DRAFT)
    french = translate(release, "fr", title="Ajoutée depuis")
    url = reverse("admin:news_pressrelease_revision", args=[release.pk, old.pk])

    response = editor_client.post(url, form_page_data(editor_client, url))

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title == "Chairperson visits Belgrade"
    russian.refresh_from_db()
    assert (russian.title, russian.status) == ("Сейчас", Status.DRAFT)
    assert PressReleaseTranslation.objects.filter(pk=french.pk).exists()


def test_a_recovered_release_comes_back_with_its_translations(editor_client, release):
    translate(release, title="Визит")
    saved_version(release)
    pk = release.pk
    release.delete()
    version = Version.objects.get_deleted(PressRelease).get(object_id=str(pk))
    url = reverse("admin:news_pressrelease_recover", args=[version.pk])

    assert editor_client.post(url, form_page_data(editor_client, url)).status_code == 302
    assert PressReleaseTranslation.objects.get(item_id=pk).title == "Визит"
