"""The editable footer (pages.SiteFooter, FooterLink, pages.footer): what it shows in each
language, its revisions, and its cached copy retired once any write commits."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from reversion.models import Version

from pages.models import FooterLink, FooterLinkTranslation, Page, SiteFooter
from tests import factories
from tests.admin_forms import change_form_data, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def footer(db):
    return SiteFooter.objects.create(address="Wallnerstrasse 6\n1010 Vienna\nAustria")


@pytest.fixture
def privacy(db):
    return factories.make_page("Privacy notice", slug="privacy")


def link(footer, kind, position, **target):
    return FooterLink.objects.create(footer=footer, kind=kind, position=position, **target)


def footer_html(client, url="/"):
    html = client.get(url).content.decode()
    return html[html.index('<footer class="site-footer">') :]


def test_the_footer_shows_the_contact_details_and_links_by_group(client, footer, privacy):
    link(footer, "social", 2, label="YouTube", url="https://www.youtube.com/user/osce")
    link(footer, "social", 1, label="Facebook", url="https://www.facebook.com/osce.org")
    link(footer, "privacy", 1, page=privacy)
    link(footer, "contact", 1, label="Write to us", url="mailto:info@example.org")

    html = footer_html(client)

    assert "Wallnerstrasse 6<br>1010 Vienna<br>Austria" in html
    assert '<a href="mailto:info@example.org">Write to us</a>' in html
    assert '<a href="/privacy/">Privacy notice</a>' in html
    assert html.index("Facebook") < html.index("YouTube")  # the editors' order
    assert 'href="https://www.facebook.com/osce.org" rel="me noopener"' in html


def test_in_another_language_only_translated_labels_and_public_pages_show(client, footer, privacy):
    facebook = link(footer, "social", 1, label="Facebook", url="https://www.facebook.com/osce.org")
    link(footer, "social", 2, label="Untranslated", url="https://example.org/")
    link(footer, "privacy", 1, page=privacy)
    FooterLinkTranslation.objects.create(item=facebook, language="ru", label="Фейсбук")

    html = footer_html(client, "/ru/")
    assert "Фейсбук" in html
    assert "Untranslated" not in html and "Privacy notice" not in html  # no Russian version

    factories.translate_page(privacy, title="Конфиденциальность", slug="konfidentsialnost")
    html = footer_html(client, "/ru/")
    assert '<a href="/ru/konfidentsialnost/">Конфиденциальность</a>' in html


def test_a_link_to_a_page_that_is_not_public_is_left_out(client, footer, privacy):
    link(footer, "privacy", 1, page=privacy)
    privacy.status = Page.Status.DRAFT
    privacy.save()

    assert "Privacy notice" not in footer_html(client)


def test_a_page_without_its_row_still_has_a_footer(client):
    html = footer_html(client)
    assert "Organization for Security and Co-operation in Europe" in html


def test_a_link_has_an_address_or_a_page_and_an_address_a_label(footer, privacy):
    for target in ({}, {"url": "https://example.org/", "page": privacy}):
        with pytest.raises(ValidationError):
            FooterLink(footer=footer, kind="social", label="X", **target).full_clean()
    with pytest.raises(ValidationError):
        FooterLink(footer=footer, kind="social", url="https://example.org/").full_clean()
    for url in ("javascript:alert(1)", "//evil.example/", "mailto:"):
        with pytest.raises(ValidationError):
            FooterLink(footer=footer, kind="contact", label="A", url=url).full_clean()
    for url in ("https://x.com/OSCE", "/structures/secretariat/", "mailto:a@example.org"):
        FooterLink(footer=footer, kind="contact", label="A", url=url).full_clean()


# The admin ------------------------------------------------------------------------------------


def link_forms(*rows, initial=0):
    data = {
        "links-TOTAL_FORMS": str(len(rows) + initial),
        "links-INITIAL_FORMS": str(initial),
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows, start=initial):
        for name, value in row.items():
            data[f"links-{number}-{name}"] = value
    return data


def test_an_editor_changes_the_footer_with_a_revision(client, editor, footer):
    client.get("/")  # the footer is cached now
    data = change_form_data(editor, footer, address="Another address")
    data.update(
        link_forms({"kind": "social", "position": 1, "label": "X", "url": "https://x.com/OSCE"})
    )

    response = editor.post(change_url(footer), data)

    assert response.status_code == 302
    assert footer.links.get().label == "X"
    assert Version.objects.get_for_object(footer).count() == 1
    history = editor.get(reverse("admin:pages_sitefooter_history", args=[footer.pk]))
    assert history.status_code == 200
    html = footer_html(client)  # retired on commit: the next page shows the change
    assert "Another address" in html and '<a href="https://x.com/OSCE"' in html


def test_the_admin_refuses_a_link_without_a_target(editor, footer):
    data = change_form_data(editor, footer)
    data.update(link_forms({"kind": "social", "position": 1, "label": "X"}))

    response = editor.post(change_url(footer), data)

    assert response.status_code == 200 and response.context["errors"]
    assert not footer.links.exists()


def test_a_links_translated_label_is_changed_on_its_own_page(client, editor, footer):
    facebook = link(footer, "social", 1, label="Facebook", url="https://www.facebook.com/osce.org")
    client.get("/ru/")
    data = change_form_data(editor, facebook)
    data.update(
        {
            "translations-TOTAL_FORMS": "1",
            "translations-INITIAL_FORMS": "0",
            "translations-MIN_NUM_FORMS": "0",
            "translations-MAX_NUM_FORMS": "1000",
            "translations-0-language": "ru",
            "translations-0-label": "Фейсбук",
        }
    )

    assert editor.post(change_url(facebook), data).status_code == 302
    assert "Фейсбук" in footer_html(client, "/ru/")


def test_nobody_adds_a_second_footer_or_deletes_it(editor_client, footer):
    assert editor_client.get(reverse("admin:pages_sitefooter_add")).status_code == 403
    delete = reverse("admin:pages_sitefooter_delete", args=[footer.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert SiteFooter.objects.count() == 1


def test_mission_staff_cannot_change_the_footer_by_a_direct_post(serbia_staff, footer):
    data = change_form_data(serbia_staff, footer, address="Mission staff's address")

    assert serbia_staff.post(change_url(footer), data).status_code == 403
    footer.refresh_from_db()
    assert footer.address.startswith("Wallnerstrasse")


# The cached copy ------------------------------------------------------------------------------


def test_the_footer_is_rendered_once_and_costs_no_query_warm(
    client, footer, privacy, django_assert_num_queries
):
    """Cold: the footer's row, its links, the pages they link to (in Russian also the links'
    and the pages' translations); warm: none."""
    link(footer, "privacy", 1, page=privacy)
    link(footer, "social", 2, label="X", url="https://x.com/OSCE")
    from tests.test_query_counts import PAGES

    cache.clear()
    with django_assert_num_queries(PAGES["fields list"][1] + 2):
        client.get("/fields-of-work/")
    with django_assert_num_queries(PAGES["fields list"][1] - 8):  # the menus' 8 (test_menus)
        client.get("/fields-of-work/")


def test_a_shell_write_retires_the_footer_only_once_it_commits(client, footer):
    client.get("/")
    with transaction.atomic():
        footer.address = "Changed in a shell"
        footer.save()
        assert "Changed in a shell" not in footer_html(client)  # not committed yet
    assert "Changed in a shell" in footer_html(client)


def test_a_rolled_back_write_leaves_the_cached_footer(client, footer):
    client.get("/")
    with pytest.raises(RuntimeError), transaction.atomic():
        link(footer, "social", 1, label="Rolled back", url="https://example.org/")
        raise RuntimeError
    assert "Rolled back" not in footer_html(client)


def test_renaming_or_moving_a_linked_page_retires_the_footer(client, footer, privacy):
    link(footer, "privacy", 1, page=privacy)
    about = factories.make_page("About us")
    client.get("/")

    privacy.title = "Privacy"
    privacy.save()
    assert ">Privacy<" in footer_html(client)

    privacy.refresh_from_db()
    about.refresh_from_db()
    Page.objects.move(privacy, about, "last-child")
    assert 'href="/about-us/privacy/"' in footer_html(client)


def test_a_translated_label_written_in_a_shell_shows_after_commit(client, footer):
    facebook = link(footer, "social", 1, label="Facebook", url="https://www.facebook.com/osce.org")
    client.get("/ru/")
    FooterLinkTranslation.objects.create(item=facebook, language="ru", label="Фейсбук")
    assert "Фейсбук" in footer_html(client, "/ru/")


def test_a_footer_revision_holds_its_links_and_their_translations(editor, footer):
    facebook = link(footer, "social", 1, label="Facebook", url="https://www.facebook.com/osce.org")
    FooterLinkTranslation.objects.create(item=facebook, language="ru", label="Фейсбук")

    editor.post(change_url(footer), change_form_data(editor, footer, address="New"))

    revision = Version.objects.get_for_object(footer).get().revision
    held = {version.content_type.model for version in revision.version_set.all()}
    assert held == {"sitefooter", "footerlink", "footerlinktranslation"}


def test_the_demo_footer_has_the_secretariats_address_and_links_in_every_language(client):
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)  # idempotent

    footer = SiteFooter.objects.get()
    assert footer.links.count() == 8
    english = footer_html(client)
    assert "Wallnerstrasse 6" in english
    assert ">Privacy notice<" in english and ">Accessibility statement<" in english
    assert 'href="https://x.com/OSCE"' in english
    russian = footer_html(client, "/ru/")
    assert ">Заявление о доступности<" in russian and ">О Секретариате<" in russian
    assert 'href="https://www.linkedin.com/company/osce"' in russian
