"""A passkey in Chromium, with its virtual authenticator (DevTools' WebAuthn domain): added from
the passkeys page after a login with a code, then used in place of the code at the next login.
Both pages: no axe violation, no script error, nothing refused by the Content-Security-Policy.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential
from playwright.sync_api import expect

from tests.e2e.conftest import EDITOR_PASSWORD, authenticator_code, log_in_with_password
from tests.e2e.test_judges import assert_no_axe_violations

USER = "e2e-passkey"


@pytest.fixture(scope="module")
def passkey_user(site, django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(USER, password=EDITOR_PASSWORD, is_staff=True)
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        return user


@pytest.fixture
def localhost(site, settings):
    """The live server as http://localhost:PORT: a passkey belongs to a domain name (the
    relying party, OTP_WEBAUTHN_RP_ID), never to an IP address."""
    url = site.url.replace("127.0.0.1", "localhost")
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [url]
    return lambda path="": url + path


def virtual_authenticator(page):
    """A platform authenticator (like a laptop's fingerprint reader) that says yes at once."""
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    added = devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return devtools, added["authenticatorId"]


def test_a_passkey_is_added_then_replaces_the_code(localhost, page, passkey_user):
    devtools, authenticator = virtual_authenticator(page)
    log_in_with_password(page, localhost, USER, EDITOR_PASSWORD)
    page.wait_for_url(localhost("/admin/second-factor/?**"))
    expect(page.get_by_role("button", name="Use your passkey")).to_have_count(0)
    page.get_by_label("Code").fill(authenticator_code(USER))
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(localhost("/admin/"))

    page.get_by_role("link", name="Passkeys").click()
    page.wait_for_url(localhost("/admin/second-factor/passkeys/"))
    expect(page.get_by_text("This account has no passkey yet.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add a passkey").click()
    # The page loads again once the passkey is saved, and lists it.
    expect(page.get_by_role("cell", name=re.compile("^Passkey added on "))).to_be_visible()
    assert_no_axe_violations(page)
    stored = devtools.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})
    assert len(stored["credentials"]) == 1

    page.get_by_role("button", name=re.compile("^Log out")).click()
    log_in_with_password(page, localhost, USER, EDITOR_PASSWORD)
    page.wait_for_url(localhost("/admin/second-factor/?**"))
    use_passkey = page.get_by_role("button", name="Use your passkey")
    expect(use_passkey).to_be_visible()
    assert_no_axe_violations(page)
    use_passkey.click()
    page.wait_for_url(localhost("/admin/"))
    expect(page.get_by_role("link", name="Passkeys")).to_be_visible()
    assert WebAuthnCredential.objects.get(user=passkey_user).last_used_at is not None
