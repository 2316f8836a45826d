import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from tests import factories
from tests.catalogs import compile_catalogs


def pytest_configure(config):
    """Compile the interface catalogs that are missing or out of date, as `make test` does first.

    Once, in the process that starts the session: under pytest-xdist that is the controller,
    before any worker starts (a worker has `workerinput`), so no two processes write a catalog.
    """
    if not hasattr(config, "workerinput"):
        compile_catalogs()


def only_test_atomics(connection):
    """Whether every open atomic block is one the test case opened around the test."""
    return all(block._from_testcase for block in connection.atomic_blocks)


@pytest.fixture(autouse=True)
def commits_as_in_production(monkeypatch):
    """on_commit() callbacks run when the code under test commits, as they do in production.

    A test runs inside a transaction of its own that is rolled back at its end, so Django would
    never run them (core.changes relies on them). Here a transaction the code opens within the
    test's counts as committed when it ends without an error, and a callback registered outside
    any such transaction runs at once, as in autocommit mode. A savepoint rolled back still drops
    its callbacks (Django does that itself).
    """
    original_on_commit = BaseDatabaseWrapper.on_commit
    original_exit = transaction.Atomic.__exit__

    def on_commit(self, func, robust=False):
        if self.in_atomic_block and only_test_atomics(self):
            func()
        else:
            original_on_commit(self, func, robust)

    def exit_atomic(self, exc_type, exc_value, traceback):
        result = original_exit(self, exc_type, exc_value, traceback)
        connection = connections[self.using or "default"]
        if exc_type is None and connection.in_atomic_block and only_test_atomics(connection):
            hooks, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, func, _robust in hooks:
                func()  # robust or not: an error must fail the test
        return result

    monkeypatch.setattr(BaseDatabaseWrapper, "on_commit", on_commit)
    monkeypatch.setattr(transaction.Atomic, "__exit__", exit_atomic)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached newsroom numbers (the local-memory cache outlives tests)."""
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The site's default menus (seed/data/menus.py) in the test database, as `make run` loads
    them with the reference data: the navigation is made of them. Loaded once; each test's
    transaction is rolled back to them. Their groups list whatever each test creates; the items
    that point to pages or structures are added by a test that loads those (`load_menus()`)."""
    from seed.menus import load_menus

    with django_db_blocker.unblock():
        load_menus()


@pytest.fixture(autouse=True)
def default_menus(request):
    """The default menus again in a test that empties the database when it ends (a transactional
    one, which pytest-django runs after all the others): the next one finds them as this one
    did."""
    marker = request.node.get_closest_marker("django_db")
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames) or (
        marker and marker.kwargs.get("transaction")
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from seed.menus import load_menus

    load_menus()


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
    factories.log_in_verified(client, user)
    return client


@pytest.fixture
def roles(db):
    """The admin's groups, as `create_roles` makes them."""
    call_command("create_roles", stdout=io.StringIO())


@pytest.fixture
def editor(roles, django_user_model):
    return factories.staff_client(django_user_model, "editor", "Editor")


@pytest.fixture
def publisher(roles, django_user_model):
    return factories.staff_client(django_user_model, "publisher", "Publisher")


@pytest.fixture
def serbia_staff(roles, django_user_model, mission):
    """A publisher limited to the Mission to Serbia's releases (like the dev account)."""
    return factories.staff_client(django_user_model, "serbia", "Publisher", sources=[mission])
