import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached newsroom numbers (the local-memory cache outlives tests)."""
    cache.clear()


@pytest.fixture
def field(db):
    return factories.make_field("Elections", summary="How the OSCE helps elections stay free.")


@pytest.fixture
def other_field(db):
    return factories.make_field("Rule of law")


@pytest.fixture
def serbia(db):
    return factories.make_state("Serbia", code="RS")


@pytest.fixture
def chairpersonship(db):
    return factories.make_structure(
        "Chairpersonship", kind="chairpersonship", full_name="OSCE Chairpersonship"
    )


@pytest.fixture
def mission(db, serbia):
    return factories.make_operation(
        "Mission to Serbia",
        full_name="OSCE Mission to Serbia",
        host_country=serbia,
        headquarters="Belgrade",
    )


@pytest.fixture
def belgrade(db, serbia):
    return factories.make_place("Belgrade", state=serbia)


@pytest.fixture
def release(db, field, mission, chairpersonship, belgrade, serbia):
    return factories.make_release(
        "Chairperson visits Belgrade",
        slug="chairperson-visits-belgrade",
        summary="A visit to the Mission.",
        body="<p>The Chairperson met the Mission's staff.</p>",
        fields=[field],
        sources=[chairpersonship, mission],
        places=[belgrade],
        states=[serbia],
        tags=["visit", "migration"],
    )


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", password="pw-for-tests")
    client.force_login(user)
    client.user = user
    return client
