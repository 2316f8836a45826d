"""Passkeys as the second step of logging in (staff.passkeys, django-otp-webauthn).

The ceremonies run through the test client with a software authenticator that posts what a
browser posts (tests/passkey_authenticator.py); each boundary is posted to directly, as the
account that must be refused. The browser test, tests/e2e/test_passkeys.py, runs them in
Chromium.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp_webauthn.models import WebAuthnCredential

from staff import passkeys
from staff.roles import ADMINISTRATOR, EDITOR
from tests.factories import log_in_verified
from tests.passkey_authenticator import SoftAuthenticator, b64url
from tests.test_staff_security import after_login, is_step

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password"
REGISTRATION = ("otp_webauthn:credential-registration-begin",
                "otp_webauthn:credential-registration-complete")  # fmt: skip
SIGN_IN = (passkeys.BEGIN_SIGN_IN, passkeys.COMPLETE_SIGN_IN)
BAD_BASE64 = {
    "id": "AAAA",
    "rawId": "AAAA",
    "type": "public-key",
    "response": {
        "clientDataJSON": "!!",
        "authenticatorData": "",
        "signature": "",
        "userHandle": None,
    },
}


@pytest.fixture
def alice(django_user_model):
    user = django_user_model.objects.create_user("alice", password=PASSWORD, is_staff=True)
    # Her authenticator app, confirmed: she has passed a first login.
    user.totpdevice_set.create(name="phone", confirmed=True)
    return user


@pytest.fixture
def bob(django_user_model):
    user = django_user_model.objects.create_user("bob", password=PASSWORD, is_staff=True)
    user.totpdevice_set.create(name="phone", confirmed=True)
    return user


def post_json(client, name, data=None, **extra):
    body = "" if data is None else json.dumps(data)
    return client.post(reverse(name), body, content_type="application/json", **extra)


def add_passkey(user, authenticator=None):
    """`user` adds a passkey, from a fully logged-in session, as the passkeys page does."""
    authenticator = authenticator or SoftAuthenticator()
    client = Client()
    log_in_verified(client, user)
    options = post_json(client, REGISTRATION[0])
    assert options.status_code == 200, options.content
    done = post_json(client, REGISTRATION[1], authenticator.create(options.json()))
    assert done.status_code == 200, done.content
    return authenticator


def password_only(username):
    """A client that has typed the password of `username` and is at the second step."""
    client = Client()
    assert is_step(after_login(client, username, PASSWORD), "staff:verify")
    return client


def sign_in(client, authenticator, next_address="/admin/news/"):
    options = post_json(client, SIGN_IN[0])
    assert options.status_code == 200, options.content
    answer = authenticator.get(options.json())
    return post_json(client, SIGN_IN[1], answer, QUERY_STRING=f"next={next_address}")


def test_a_passkey_added_after_a_full_login_passes_the_next_second_step(alice):
    authenticator = add_passkey(alice)
    passkey = WebAuthnCredential.objects.get(user=alice)
    assert passkey.name.startswith("Passkey added on ")

    client = password_only("alice")
    page = client.get(reverse("staff:verify"))
    assert "Use your passkey" in page.text
    assert 'id="otp_webauthn_config"' in page.text
    options = post_json(client, SIGN_IN[0]).json()
    assert [c["id"] for c in options["allowCredentials"]] == [b64url(authenticator.credential_id)]

    key_before = client.session.session_key
    answer = authenticator.get(options)
    done = post_json(client, SIGN_IN[1], answer, QUERY_STRING="next=/admin/news/")
    assert done.status_code == 200, done.content
    assert done.json()["redirect_url"] == "/admin/news/"
    assert client.session.session_key != key_before  # renewed, as after a code
    assert client.get("/admin/").status_code == 200
    passkey.refresh_from_db()
    assert passkey.last_used_at is not None
    assert passkey.sign_count == 1


def test_after_a_passkey_the_admin_is_the_default_and_outside_addresses_are_ignored(alice):
    authenticator = add_passkey(alice)
    done = sign_in(password_only("alice"), authenticator, "https://evil.example/")
    assert done.json()["redirect_url"] == "/admin/"


def test_a_password_alone_cannot_add_a_passkey(alice, django_user_model):
    client = password_only("alice")
    for name in REGISTRATION:
        assert is_step(post_json(client, name, {}), "staff:verify")
    # Nor on a first login, before any second factor is set up: that enrols an app first.
    django_user_model.objects.create_user("newcomer", password=PASSWORD, is_staff=True)
    newcomer = Client()
    assert is_step(after_login(newcomer, "newcomer", PASSWORD), "staff:enrol")
    for name in REGISTRATION:
        assert is_step(post_json(newcomer, name, {}), "staff:enrol")
    assert not WebAuthnCredential.objects.exists()
    # And the passkeys page itself is out of reach.
    assert is_step(client.get(reverse("staff:passkeys")), "staff:verify")


def test_someone_elses_passkey_does_not_pass_the_step(alice, bob):
    bobs = add_passkey(bob)
    client = password_only("alice")
    refused = sign_in(client, bobs)
    assert refused.status_code in {400, 403, 422}, refused.status_code
    assert is_step(client.get("/admin/"), "staff:verify")


def test_a_passkey_never_replaces_the_password(alice):
    authenticator = add_passkey(alice)
    client = Client()
    assert post_json(client, SIGN_IN[0]).status_code == 403
    options = post_json(password_only("alice"), SIGN_IN[0]).json()
    refused = post_json(client, SIGN_IN[1], authenticator.get(options))
    assert refused.status_code == 403
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_an_answer_is_good_for_one_challenge_only(alice):
    authenticator = add_passkey(alice)
    client = password_only("alice")
    options = post_json(client, SIGN_IN[0]).json()
    answer = authenticator.get(options)
    assert post_json(client, SIGN_IN[1], answer).status_code == 200

    again = password_only("alice")
    post_json(again, SIGN_IN[0])  # a new challenge, which the old answer did not sign
    replay = post_json(again, SIGN_IN[1], answer)
    assert replay.status_code in {400, 422}, replay.status_code
    assert is_step(again.get("/admin/"), "staff:verify")


def test_an_answer_from_another_site_is_refused(alice):
    authenticator = add_passkey(alice)
    phished = SoftAuthenticator(origin="https://osce.example.net")
    phished.key, phished.credential_id = authenticator.key, authenticator.credential_id
    phished.user_handle = authenticator.user_handle
    client = password_only("alice")
    refused = sign_in(client, phished)
    assert refused.status_code == 422
    assert is_step(client.get("/admin/"), "staff:verify")


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        "null",
        "{}",
        '{"id": 1, "rawId": [], "response": "x", "type": "public-key"}',
        json.dumps(BAD_BASE64),
        "\x00" * 1000,
        '{"id": "' + "A" * 100_000 + '"}',
    ],
    ids=["text", "list", "null", "empty", "wrong-types", "bad-base64", "nul", "long"],
)
def test_hostile_answers_get_a_clear_refusal(alice, body):
    add_passkey(alice)
    for step in (SIGN_IN, REGISTRATION):
        client = password_only("alice") if step is SIGN_IN else Client()
        if step is REGISTRATION:
            log_in_verified(client, alice)
        post_json(client, step[0])
        response = client.post(reverse(step[1]), body, content_type="application/json")
        assert 400 <= response.status_code < 500, (step[1], response.status_code)
        assert response["Content-Type"] == "application/json"
    assert WebAuthnCredential.objects.filter(user=alice).count() == 1


def test_the_code_page_offers_a_passkey_only_to_an_account_that_has_one(alice):
    page = password_only("alice").get(reverse("staff:verify"))
    assert page.status_code == 200
    assert "passkey-verification-button" not in page.text
    assert "otp_webauthn_auth.js" not in page.text


def test_the_passkeys_page_lists_and_removes_only_ones_own(alice, bob):
    add_passkey(alice)
    add_passkey(bob)
    alices, bobs = (WebAuthnCredential.objects.get(user=user) for user in (alice, bob))
    client = Client()
    log_in_verified(client, alice)

    page = client.get(reverse("staff:passkeys"))
    assert page.status_code == 200
    assert list(page.context["passkeys"]) == [alices]
    assert 'id="passkey-register-button"' in page.text
    assert reverse("staff:passkeys") in client.get("/admin/").text  # in the user links

    for hostile in [bobs.pk, "1 OR 1=1", "", "9" * 30, "\x00"]:
        refused = client.post(reverse("staff:passkeys"), {"passkey": hostile})
        assert refused.status_code == 400, hostile
        assert "not one of yours" in refused.text
    assert WebAuthnCredential.objects.filter(pk=bobs.pk).exists()

    removed = client.post(reverse("staff:passkeys"), {"passkey": alices.pk}, follow=True)
    assert removed.status_code == 200
    assert "is removed" in removed.text
    assert not WebAuthnCredential.objects.filter(pk=alices.pk).exists()
    # Her app still logs her in: removing a passkey never locks anyone out.
    assert is_step(after_login(Client(), "alice", PASSWORD), "staff:verify")


def test_an_administrator_can_remove_a_passkey_and_an_editor_cannot(
    roles, alice, django_user_model
):
    add_passkey(alice)
    passkey = WebAuthnCredential.objects.get(user=alice)
    url = reverse("admin:django_otp_webauthn_webauthncredential_delete", args=[passkey.pk])
    editor = django_user_model.objects.create_user("ed", password=PASSWORD, is_staff=True)
    editor.groups.set([Group.objects.get(name=EDITOR)])
    client = Client()
    log_in_verified(client, editor)
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert WebAuthnCredential.objects.filter(pk=passkey.pk).exists()

    chief = django_user_model.objects.create_user("chief", password=PASSWORD, is_staff=True)
    chief.groups.set([Group.objects.get(name=ADMINISTRATOR)])
    client = Client()
    log_in_verified(client, chief)
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not WebAuthnCredential.objects.filter(pk=passkey.pk).exists()
