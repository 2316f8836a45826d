"""A list in another language shows only what has a name in it (no fallback to English), but
it never passes for the whole list: the sentences that count keep the real numbers, and the
page says how many more exist, with a link to the list in English (issue 12)."""

import re

import pytest

from countries.models import ParticipatingState, ParticipatingStateTranslation
from fields.models import FieldOfWorkTranslation
from missions.models import FieldOperation
from structures.models import StructureTranslation
from tests import factories

pytestmark = pytest.mark.django_db

NOTE = re.compile(r'<p class="muted">([^<]*)<a href="([^"]*)" hreflang="en">')


def note(response):
    """(text, link to the English list) of the page's first note on what it leaves out, or
    None."""
    found = NOTE.search(response.content.decode())
    return (found.group(1).strip(), found.group(2)) if found else None


@pytest.fixture
def fields(field, other_field):
    FieldOfWorkTranslation.objects.create(
        item=field, language="fr", name="Élections", summary="Des élections libres."
    )
    return field, other_field


def test_a_shortened_list_counts_the_real_number_and_says_how_many_more(client, fields):
    response = client.get("/fr/fields-of-work/")
    assert [f.name for f in response.context["fields_of_work"]] == ["Élections"]
    assert "2 domaines" in response.content.decode()  # the OSCE's work spans 2 fields, not 1
    text, link = note(response)
    assert text.startswith("1 autre n'a pas encore de nom dans cette langue")
    assert link == "/fields-of-work/"


def test_a_list_with_nothing_named_in_its_language_says_so(client, fields):
    response = client.get("/sq/fields-of-work/")
    assert list(response.context["fields_of_work"]) == []
    assert "spans 2 fields" in response.content.decode()
    assert note(response) == ("2 more have no name in this language yet.", "/fields-of-work/")


def test_a_whole_list_says_nothing_more(client, fields):
    FieldOfWorkTranslation.objects.create(
        item=fields[1], language="fr", name="État de droit", summary="Des lois justes."
    )
    assert note(client.get("/fr/fields-of-work/")) is None
    assert note(client.get("/fields-of-work/")) is None


def test_english_lists_count_without_another_query(client, fields, django_assert_num_queries):
    client.get("/fields-of-work/")  # sessions, sites and the like, cached after one request
    with django_assert_num_queries(1):
        response = client.get("/fields-of-work/")
    assert response.context["field_count"] == 2


def test_the_states_page_counts_every_state_and_partner(client, serbia):
    partner = factories.make_state("Japan", code="JP", kind=ParticipatingState.Kind.ASIAN_PARTNER)
    ParticipatingStateTranslation.objects.create(item=serbia, language="de", name="Serbien")
    response = client.get("/de/participating-states/")
    assert response.context["state_count"] == 1
    assert response.context["partner_count"] == 1
    assert [s.name for s in response.context["participating_states"]] == ["Serbien"]
    assert note(response)[1] == "/participating-states/"
    ParticipatingStateTranslation.objects.create(item=partner, language="de", name="Japan")
    assert note(client.get("/de/participating-states/")) is None


def test_operations_lists_say_how_many_have_no_name_yet(client, mission):
    factories.make_operation("Mission to Moldova", status=FieldOperation.Status.ACTIVE)
    StructureTranslation.objects.create(item=mission, language="sr", name="Мисија у Србији")
    response = client.get("/sr/field-operations/")
    assert [op.name for op in response.context["operations"]] == ["Мисија у Србији"]
    assert note(response) == (
        "1 more has no name in this language yet.",
        "/field-operations/",
    )
    assert note(client.get("/sr/")) == ("1 more has no name in this language yet.", "/")


def test_an_empty_newsroom_in_another_language_leads_to_the_english_one(client, release):
    body = client.get("/uk/news/").content.decode()
    assert "No news has been published in this language yet." in body
    assert '<a href="/news/" hreflang="en">' in body
    body = client.get("/uk/news/", {"type": "speech"}).content.decode()
    assert "No news matches these filters." in body  # a filter that leaves nothing is no news
    body = client.get("/uk/").content.decode()
    assert "No news has been published in this language yet." in body
