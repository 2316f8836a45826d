"""The demo content's editable pages: every page of the reference navigation's About us,
Institutions and Organizational structure is there, published, in English and (About us and
Our history) in Russian and French; loading again adds nothing and changes nothing an editor
changed; the organizational structure is drawn from the structures' data."""

import pytest
from django.core.management import call_command

from pages.models import Page, PageSection, PageTranslation
from seed.data import demo_pages
from structures.models import Structure

pytestmark = pytest.mark.django_db

ADDRESSES = [
    "/about-us/",
    "/about-us/decision-making-bodies/",
    "/about-us/decision-making-bodies/summit/",
    "/about-us/decision-making-bodies/ministerial-council/",
    "/about-us/decision-making-bodies/permanent-council/",
    "/about-us/decision-making-bodies/forum-for-security-co-operation/",
    "/about-us/our-history/",
    "/about-us/our-principles/",
    "/about-us/finance-and-administration/",
    "/about-us/internal-oversight/",
    "/about-us/employment/",
    "/about-us/networks-and-research/",
    "/institutions/",
    "/organizational-structure/",
]


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def test_every_demo_page_is_published_at_its_address(demo, client):
    for address in ADDRESSES:
        response = client.get(address)

        assert response.status_code == 200, address
        assert response.context["sections"], f"{address} has no body"


def test_the_translated_demo_pages_have_their_own_addresses(demo, client):
    russian = client.get("/ru/ob-obse/nasha-istoriya/")
    french = client.get("/fr/a-propos/notre-histoire/")

    assert russian.status_code == 200 and "Наша история" in russian.text
    assert "Парижская хартия для новой Европы, 1990 год" in russian.text
    assert french.status_code == 200 and "Notre histoire" in french.text
    assert client.get("/ru/ob-obse/").context["sections"][0].shown_language == "ru"
    # Pages without a Russian version are not in Russian.
    assert client.get("/ru/ob-obse/employment/").status_code == 404


def test_the_institutions_page_links_the_three_institutions_pages(demo, client):
    text = client.get("/institutions/").text

    for slug in [
        "office-for-democratic-institutions-and-human-rights",
        "high-commissioner-on-national-minorities",
        "representative-on-freedom-of-the-media",
    ]:
        assert f'href="/structures/{slug}/"' in text


def test_the_organizational_structure_follows_the_structures_data(demo, client):
    secretariat = Structure.objects.get(slug="secretariat")
    Structure.objects.create(
        name="Office of a New Unit",
        slug="office-of-a-new-unit",
        kind="secretariat_unit",
        parent=secretariat,
    )

    text = client.get("/organizational-structure/").text

    assert 'href="/structures/office-of-a-new-unit/"' in text  # added as data, shown at once
    assert 'href="/field-operations/mission-to-serbia/"' in text
    assert 'href="/structures/parliamentary-assembly/"' in text


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("path", "slug", "title", "status")),
        "sections": sorted(PageSection.objects.values_list("page", "position", "text")),
        "translations": sorted(PageTranslation.objects.values_list("item", "language", "title")),
    }


def test_loading_again_adds_nothing_and_keeps_editors_changes(demo):
    history = Page.objects.get(slug="our-history")
    history.title = "Our long history"
    history.save()
    Page.objects.get(slug="employment").sections.first().delete()
    PageTranslation.objects.filter(item__slug="about-us", language="fr").delete()
    moved = Page.objects.get(slug="summit")
    Page.objects.move(moved, Page.objects.get(slug="institutions"), "last-child")
    before = snapshot()

    call_command("load_demo_content", verbosity=0)

    assert snapshot() == before  # the moved page is not missing: it is elsewhere
    assert Page.objects.get(slug="our-history").title == "Our long history"


def test_the_demo_translations_follow_the_english_sections():
    """Each translated page has as many translated sections as the English page has sections."""

    def english(path):
        entries, page = demo_pages.PAGES, None
        for slug in path.split("/"):
            page = next(entry for entry in entries if entry["slug"] == slug)
            entries = page["children"]
        return page

    for versions in demo_pages.TRANSLATIONS.values():
        for path, texts in versions.items():
            assert len(texts["sections"]) == len(english(path)["sections"]), path
