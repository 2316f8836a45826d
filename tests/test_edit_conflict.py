"""Two editors save the same release at the same instant: one save wins, the other is warned and
changes nothing (the check and the save are one step, not two)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from news.forms_admin import PressReleaseAdminForm
from news.models import PressRelease
from tests import factories
from tests.admin_forms import change_form_data, change_url

# Real transactions, committed by two threads with connections of their own. On SQLite the site
# takes the write lock as each transaction begins (transaction_mode IMMEDIATE), so the second
# save waits for the first; but the tests' in-memory SQLite database (shared cache) reports a
# lock at once instead of waiting, so this race is run on PostgreSQL (CI runs the suite on both).
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs row locks that wait (PostgreSQL)"
    ),
]


def test_two_saves_at_the_same_instant_one_wins_the_other_is_warned(
    editor_client, field, mission, belgrade, monkeypatch
):
    release = factories.make_release(
        "Original", fields=[field], sources=[mission], places=[belgrade]
    )
    second = Client()
    second.cookies = editor_client.cookies  # the same editor, in a second tab
    clients = [editor_client, second]
    data = [change_form_data(c, release, title=f"Title {n}") for n, c in enumerate(clients)]

    first_checked, second_started = threading.Event(), threading.Event()
    original_clean = PressReleaseAdminForm.clean

    def clean(form):
        result = original_clean(form)
        if threading.current_thread().name == "first":
            first_checked.set()  # the first has checked: now the second comes in...
            second_started.wait(5)
            threading.Event().wait(0.5)  # ...and gets as far as it can before the first saves
        return result

    monkeypatch.setattr(PressReleaseAdminForm, "clean", clean)
    responses = {}

    def post(name, client, form_data):
        try:
            if name == "second":
                first_checked.wait(5)
                second_started.set()
            responses[name] = client.post(change_url(release), form_data)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=post, name=name, args=(name, client, form_data))
        for name, client, form_data in zip(["first", "second"], clients, data, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert responses["first"].status_code == 302
    assert responses["second"].status_code == 200
    assert "Someone else saved this release" in responses["second"].content.decode()
    assert PressRelease.objects.get(pk=release.pk).title == "Title 0"
