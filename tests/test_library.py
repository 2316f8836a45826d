"""The library's facets, previews, actions, feeds and demo content (issue 14): counts per facet
value under combined filters, in the page's language; every bad parameter a 400 with the
form's error; a draft's page and files for the staff who may change it only; the admin's bulk
actions as each role, posted directly; the feeds of new publications in each language; the demo
publications loaded once, never over an editor's change."""

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader
from reversion.models import Version

from fields.models import FieldOfWork
from missions.models import FieldOperation
from publications.models import Publication
from seed.data.publications import PUBLICATIONS
from seed.publications import has_unicode_font, load_publications
from tests import factories
from tests.test_publications import add_file, make_publication

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
CHANGELIST = reverse("admin:publications_publication_changelist")


@pytest.fixture
def library(mission, field, other_field, serbia):
    """Four publications public in English (two of them in Russian too), and a draft."""
    odihr = factories.make_structure("Office for Democratic Institutions and Human Rights")
    report = make_publication(
        "election-report",
        title="Election report",
        type=Publication.Type.REPORT,
        sources=[odihr],
        published_on=date(2023, 5, 1),
    )
    report.fields_of_work.add(field)
    report.states.add(serbia)
    report.translations.create(language="ru", title="Доклад о выборах")
    add_file(report)
    add_file(report, language="ru")
    guide = make_publication(
        "election-guide",
        title="Election guide",
        type=Publication.Type.GUIDE,
        sources=[odihr],
        published_on=date(2023, 9, 1),
    )
    guide.fields_of_work.add(field)
    add_file(guide)
    law_guide = make_publication(
        "law-guide",
        title="Rule of law guide",
        type=Publication.Type.GUIDE,
        sources=[mission],
        published_on=date(2022, 3, 1),
    )
    law_guide.fields_of_work.add(other_field)
    law_guide.states.add(serbia)
    law_guide.translations.create(language="ru", title="Руководство по верховенству права")
    add_file(law_guide)
    add_file(law_guide, language="fr")
    factsheet = make_publication(
        "mission-factsheet", sources=[mission], published_on=date(2022, 6, 1)
    )
    add_file(factsheet)
    draft = make_publication(
        "draft-election-guide",
        title="Draft election guide",
        type=Publication.Type.GUIDE,
        status="draft",
        sources=[mission],
        published_on=date(2023, 1, 1),
    )
    draft.fields_of_work.add(field)
    add_file(draft)
    return {"report": report, "guide": guide, "law_guide": law_guide, "draft": draft}


def facet_counts(response):
    """{facet name: {label: count}} as the page shows them."""
    return {
        facet.name: {value.label: value.count for value in facet.values}
        for facet in response.context["facets"]
    }


def titles(response):
    return [publication.title for publication in response.context["publications"]]


# Facets -------------------------------------------------------------------------------------


def test_facet_counts_leave_out_their_own_filter_only(client, library):
    response = client.get("/publications/?type=guide&field=elections")
    assert response.status_code == 200
    assert titles(response) == ["Election guide"]  # never the draft
    counts = facet_counts(response)
    # Without the type filter: the report and the guide on elections.
    assert counts["type"] == {"Report": 1, "Manual or guide": 1}
    # Without the field filter: both guides.
    assert counts["field"] == {"Elections": 1, "Rule of law": 1}
    # The other facets under both filters: the election guide alone.
    assert counts["language"] == {"English": 1}
    assert counts["year"] == {"2023": 1}
    assert counts["source"] == {"Office for Democratic Institutions and Human Rights": 1}
    assert counts["country"] == {}


def test_the_language_facet_counts_the_files(client, library):
    counts = facet_counts(client.get("/publications/?type=guide"))
    assert counts["language"] == {"English": 2, "français": 1}
    response = client.get("/publications/?language=fr")
    assert titles(response) == ["Rule of law guide"]
    # Its own filter left out: every language a public publication has a file in.
    assert facet_counts(response)["language"] == {"English": 4, "Русский": 1, "français": 1}
    assert facet_counts(response)["type"] == {"Manual or guide": 1}


def test_a_selected_value_is_a_link_that_removes_it_and_chips_clear(client, library):
    response = client.get("/publications/?type=guide&country=serbia")
    page = response.content.decode()
    types = next(facet for facet in response.context["facets"] if facet.name == "type")
    guide = next(value for value in types.values if value.label == "Manual or guide")
    assert guide.selected and guide.url == "?country=serbia"
    assert [chip.label for chip in response.context["chips"]] == ["Manual or guide", "Serbia"]
    assert 'class="chips__clear" href="/publications/"' in page
    assert "(2 active)" in page  # the phone's "Filter" disclosure says how many
    assert titles(response) == ["Rule of law guide"]


def test_counts_are_in_the_pages_language(client, library):
    with_russian = client.get("/ru/publications/")
    assert sorted(titles(with_russian)) == ["Доклад о выборах", "Руководство по верховенству права"]
    counts = facet_counts(with_russian)
    assert sum(counts["type"].values()) == 2
    assert counts["year"] == {"2023": 1, "2022": 1}
    assert facet_counts(client.get("/ru/publications/?year=2023"))["type"] == {"Доклад": 1}


def test_a_year_chosen_with_nothing_in_it_stays_removable(client, library):
    response = client.get("/publications/?year=2001")
    assert response.status_code == 200 and titles(response) == []
    years = next(facet for facet in response.context["facets"] if facet.name == "year")
    assert next((value.label, value.count, value.selected) for value in years.values) == (
        "2023",
        2,
        False,
    )
    assert ("2001", 0, True) in [(v.label, v.count, v.selected) for v in years.values]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("type=nope", "no type of publication"),
        ("field=no-such-field", "no field of work"),
        ("source=no-such-source", "no source"),
        ("country=no-such-country", "no participating State"),
        ("year=nineteen", "whole number"),
        ("year=1066", "greater than or equal"),
        ("language=xx", "no language by that name"),
        ("q=" + "x" * 201, "at most 200"),
        ("q=a%00b", ""),
        ("field=%00", ""),
    ],
)
def test_each_bad_parameter_is_a_400_with_the_forms_error(client, library, query, words):
    response = client.get(f"/publications/?{query}")
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="form-errors" role="alert"' in page
    assert words in page
    assert titles(response) == []


def test_the_filtered_library_query_counts(client, library, django_assert_num_queries):
    client.get("/publications/")  # warm the menus and footer caches
    client.get("/ru/publications/")
    # The form's field, source and State; the count and the page, its sources, fields and
    # files; six counts; the names of the fields, sources and States counted.
    with django_assert_num_queries(14):
        assert client.get("/publications/?type=guide&field=elections").status_code == 200
    # In Russian, the State's, the counted values' and the page's relations' and publications'
    # translations too: a fixed number, whatever the number of publications or values.
    with django_assert_num_queries(22):
        assert client.get("/ru/publications/?type=guide&country=serbia").status_code == 200


# Previews -----------------------------------------------------------------------------------


@pytest.fixture
def viewer(roles, django_user_model):
    """Staff who may look at publications in the admin but not change them."""
    client = factories.staff_client(django_user_model, "viewer")
    client.user.user_permissions.add(Permission.objects.get(codename="view_publication"))
    return client


@pytest.fixture
def moldova_staff(roles, django_user_model):
    other = factories.make_operation("Mission to Moldova")
    return factories.staff_client(django_user_model, "moldova", "Publisher", sources=[other])


def draft_urls(library):
    draft = library["draft"]
    return draft.get_absolute_url(), draft.files.get().get_absolute_url()


@pytest.mark.parametrize("who", ["anonymous", "viewer", "moldova_staff"])
def test_a_draft_and_its_file_are_404_to_those_who_may_not_preview_it(
    request, client, library, who
):
    visitor = client if who == "anonymous" else request.getfixturevalue(who)
    page, pdf = draft_urls(library)
    assert visitor.get(page).status_code == 404
    assert visitor.get(pdf).status_code == 404
    assert visitor.head(pdf).status_code == 404
    assert visitor.post(pdf).status_code == 405  # whoever asks: before any lookup


@pytest.mark.parametrize("who", ["publisher", "editor", "serbia_staff"])
def test_staff_who_may_change_a_draft_preview_it_and_its_file(request, library, who):
    staff = request.getfixturevalue(who)
    page, pdf = draft_urls(library)
    response = staff.get(page)
    assert response.status_code == 200
    html = response.content.decode()
    assert "preview-banner" in html and "Draft election guide" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    download = staff.get(pdf)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert "private" in download["Cache-Control"] and "public" not in download["Cache-Control"]
    assert "no-store" in download["Cache-Control"]


def test_a_public_publication_is_no_preview_and_its_file_is_cached(publisher, library):
    response = publisher.get(library["guide"].get_absolute_url())
    assert response.status_code == 200
    assert "preview-banner" not in response.content.decode()
    download = publisher.get(library["guide"].files.get().get_absolute_url())
    assert "public" in download["Cache-Control"]


# Bulk actions -------------------------------------------------------------------------------


def act(client, action, *publications):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [p.pk for p in publications]}
    )


def statuses(*publications):
    return [Publication.objects.get(pk=p.pk).status for p in publications]


def revisions(publication):
    return Version.objects.get_for_object(publication).count()


def test_a_publisher_publishes_unpublishes_and_archives_with_a_revision_each(publisher, library):
    draft, guide = library["draft"], library["guide"]
    assert act(publisher, "publish", draft).status_code == 302
    assert statuses(draft) == ["published"]
    assert revisions(draft) == 1
    act(publisher, "unpublish", draft, guide)
    assert statuses(draft, guide) == ["draft", "draft"]
    assert (revisions(draft), revisions(guide)) == (2, 1)
    act(publisher, "archive", draft, guide)
    assert statuses(draft, guide) == ["archived", "archived"]
    assert Version.objects.get_for_object(guide).first().revision.comment == "Archived."


@pytest.mark.parametrize("action", ["publish", "unpublish", "archive"])
def test_an_editor_may_not_publish_unpublish_or_archive(editor, library, action):
    draft, guide = library["draft"], library["guide"]
    act(editor, action, draft, guide)
    assert statuses(draft, guide) == ["draft", "published"]
    assert revisions(draft) == revisions(guide) == 0


def test_mission_staff_act_on_their_operations_publications_only(serbia_staff, library):
    draft, report, law_guide = library["draft"], library["report"], library["law_guide"]
    act(serbia_staff, "archive", report, law_guide)  # the report is ODIHR's
    assert statuses(report, law_guide) == ["published", "archived"]
    act(serbia_staff, "publish", draft)
    assert statuses(draft) == ["published"]


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_nobody_else_may_act(request, client, library, who):
    visitor = client if who == "anonymous" else request.getfixturevalue(who)
    response = act(visitor, "publish", library["draft"])
    assert response.status_code in (200, 302, 403)
    assert statuses(library["draft"]) == ["draft"]


def test_the_changelist_offers_the_actions_and_its_query_count(
    publisher, library, django_assert_num_queries
):
    publisher.get(CHANGELIST)
    # As the superuser's (tests/test_publications.py), and the publisher's groups and
    # permissions, read for the actions offered.
    with django_assert_num_queries(17):
        response = publisher.get(CHANGELIST)
    page = response.content.decode()
    for action in ("publish", "unpublish", "archive"):
        assert f'value="{action}"' in page


# Feeds --------------------------------------------------------------------------------------


def test_the_rss_feed_lists_new_public_publications_with_a_pdf(client, library):
    response = client.get("/publications/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Election guide",
        "Election report",
        "Democratization factsheet",
        "Rule of law guide",
    ]
    enclosure = items[0].find("enclosure")
    assert enclosure.get("type") == "application/pdf"
    assert enclosure.get("url") == "http://testserver/publications/election-guide/en.pdf"
    assert "Draft election guide" not in response.content.decode()


def test_the_feeds_take_the_librarys_filters(client, library):
    response = client.get("/publications/feed/atom/?type=guide&field=elections")
    feed = ET.fromstring(response.content)
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Election guide"
    ]
    assert "Manual or guide" in feed.findtext(f"{ATOM}title")
    assert client.get("/publications/feed/rss/?type=nope").status_code == 400


def test_the_russian_feed_has_the_publications_public_in_russian(client, library):
    response = client.get("/ru/publications/feed/atom/")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Доклад о выборах",
        "Руководство по верховенству права",
    ]
    links = entries[0].findall(f"{ATOM}link")
    assert links[0].get("href") == "http://testserver/ru/publications/election-report/"
    # Atom carries every file: one per language.
    enclosures = {link.get("href") for link in links if link.get("rel") == "enclosure"}
    assert enclosures == {
        "http://testserver/publications/election-report/en.pdf",
        "http://testserver/publications/election-report/ru.pdf",
    }


def test_the_library_links_to_its_feeds(client, library):
    page = client.get("/publications/?type=guide").content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" '
        r'href="/publications/feed/rss/\?type=guide">',
        page,
    )
    assert 'href="/publications/feed/atom/?type=guide" type="application/atom+xml">Atom</a>' in page
    russian = client.get("/ru/publications/").content.decode()
    assert 'href="/ru/publications/feed/rss/"' in russian


# Demo content -------------------------------------------------------------------------------


@pytest.fixture
def reference(db):
    """The reference data, and the Mission to Serbia's department the factsheets belong to."""
    call_command("load_reference_data", verbosity=0)
    mission = FieldOperation.objects.get(slug="mission-to-serbia")
    factories.make_department(mission, "Democratization")


def test_the_demo_library_loads_once_and_keeps_an_editors_change(reference):
    assert load_publications() == len(PUBLICATIONS) == 12
    elections = Publication.objects.published().in_field(FieldOfWork.objects.get(slug="elections"))
    assert elections.filter(type__in=["report", "study"]).count() >= 2
    assert elections.filter(type="guide").count() >= 2
    assert len({p.type for p in Publication.objects.all()}) == len(Publication.Type)
    # The department's two factsheets are there.
    assert (
        Publication.objects.filter(
            slug__in=[
                "mission-to-serbia-democratization-department-factsheet",
                "mission-to-serbia-roma-inclusion-factsheet",
            ],
            departments__slug="democratization",
        ).count()
        == 2
    )
    two_languages = Publication.objects.filter(files__language__in=["ru", "fr"]).distinct()
    assert two_languages.count() == (4 if has_unicode_font() else 2)
    for publication in two_languages:
        assert publication.translations.exists()

    guide = Publication.objects.get(slug="guide-to-observing-voter-registration")
    guide.title = "Observing voter registration (revised)"
    guide.save()
    guide.files.filter(language="ru").delete()
    assert load_publications() == 0
    guide.refresh_from_db()
    assert guide.title == "Observing voter registration (revised)"
    assert not guide.files.filter(language="ru").exists()
    assert Publication.objects.count() == 12


@pytest.mark.skipif(not has_unicode_font(), reason="no Unicode TrueType font on this machine")
def test_a_russian_demo_pdf_holds_russian_text(reference):
    load_publications()
    file = Publication.objects.get(slug="guide-to-observing-voter-registration").files.get(
        language="ru"
    )
    with file.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    assert len(reader.pages) == file.page_count == 4
    assert "избирателей" in reader.pages[0].extract_text()
