"""Logging in to the admin: lockout (django-axes), the second factor (django-otp), sessions.

Everything through the test client, posting what a browser posts: the admin's login form, then
the code or the enrolment (staff.views), with codes computed here from the device's secret.
"""

import io
import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import PressRelease
from staff import services
from staff.addresses import client_address
from tests import factories
from tests.admin_forms import change_url

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password"
LOGIN = "/admin/login/"
LOCKED = "This login is locked after 5 failed attempts"


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user("alice", password=PASSWORD, is_staff=True)


@pytest.fixture
def authenticator(alice):
    """alice's confirmed authenticator app and her backup codes."""
    device = TOTPDevice.objects.create(user=alice, name="phone", confirmed=True)
    codes = services.replace_backup_codes(alice)
    return device, codes


def log_in(client, username, password=PASSWORD, address="127.0.0.1", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address, **headers,
    )  # fmt: skip


def after_login(client, username, password=PASSWORD, address="127.0.0.1", **headers):
    """Log in with the password, then open the admin as the browser does next."""
    response = log_in(client, username, password, address, **headers)
    assert response.status_code == 302, response.status_code
    assert response["Location"] == "/admin/"
    return client.get("/admin/", REMOTE_ADDR=address, **headers)


def code_now(device):
    """The code the authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wait_a_moment(device):
    """Let the seconds pass that django-otp's throttle waits after a wrong code."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(minutes=5)
    )


def is_step(response, name):
    return response.status_code == 302 and response["Location"].startswith(reverse(name))


# Lockout (django-axes) ----------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(alice):
    client = Client()
    for _ in range(4):
        assert log_in(client, "alice", "wrong").status_code == 200  # the form, with its error
    fifth = log_in(client, "alice", "wrong")
    assert fifth.status_code == 429

    right = log_in(client, "alice")
    assert right.status_code == 429
    assert LOCKED in right.text
    assert "30 minutes" in right.text
    assert "OSCE site administration" in right.text  # the admin's look
    assert "_auth_user_id" not in client.session
    # Per account: from another address too.
    assert log_in(Client(), "alice", address="198.51.100.9").status_code == 429


def test_five_failures_from_one_address_lock_that_address_for_every_account(
    alice, django_user_model
):
    django_user_model.objects.create_user("bob", password=PASSWORD, is_staff=True)
    for name in ["carol", "dave", "erin", "frank", "grace"]:
        log_in(Client(), name, "guess", address="203.0.113.50")

    assert log_in(Client(), "bob", address="203.0.113.50").status_code == 429
    assert LOCKED in log_in(Client(), "alice", address="203.0.113.50").text
    # Another address is not locked.
    assert is_step(after_login(Client(), "bob", address="203.0.113.51"), "staff:enrol")


def test_the_lock_ends_after_the_cool_off(alice):
    for _ in range(5):
        log_in(Client(), "alice", "wrong")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))

    assert log_in(Client(), "alice").status_code == 302


def test_an_administrator_unlocks_an_account_in_the_admin(alice, roles, django_user_model):
    for _ in range(5):
        log_in(Client(), "alice", "wrong", address="192.0.2.7")
    assert log_in(Client(), "alice").status_code == 429
    administrator = django_user_model.objects.create_user("root", is_staff=True)
    administrator.groups.add(Group.objects.get(name="Administrator"))
    admin_client = Client()
    factories.log_in_verified(admin_client, administrator)

    changelist = admin_client.get(reverse("admin:axes_accessattempt_changelist"))
    assert changelist.status_code == 200
    assert "alice" in changelist.text
    attempts = AccessAttempt.objects.filter(username="alice")
    action = {"action": "delete_selected", "_selected_action": [a.pk for a in attempts]}
    confirm = admin_client.post(reverse("admin:axes_accessattempt_changelist"), action)
    assert confirm.status_code == 200  # "Are you sure?"
    done = admin_client.post(
        reverse("admin:axes_accessattempt_changelist"), {**action, "post": "yes"}
    )
    assert done.status_code == 302

    assert not AccessAttempt.objects.exists()
    assert is_step(after_login(Client(), "alice"), "staff:enrol")


def test_the_administrator_role_covers_the_lockout_and_the_devices(roles):
    administrator = Group.objects.get(name="Administrator")
    codenames = set(administrator.permissions.values_list("codename", flat=True))

    assert {"view_accessattempt", "delete_accessattempt"} <= codenames
    assert {"delete_totpdevice", "delete_staticdevice"} <= codenames
    editor = Group.objects.get(name="Editor")
    assert not editor.permissions.filter(content_type__app_label__in=["axes", "otp_totp"])


# The client's address behind the trusted proxy ------------------------------------------------


def request_from(address, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().post(LOGIN, REMOTE_ADDR=address, **headers)


def test_without_a_proxy_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0

    assert client_address(request_from("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.5", "203.0.113.5"),  # what the proxy appended
        ("1.2.3.4, 203.0.113.5", "203.0.113.5"),  # the client's own entry is not believed
        ("1.2.3.4, 2001:db8::5", "2001:db8::5"),
        ("1.2.3.4, not-an-address", "10.0.0.1"),
        (None, "10.0.0.1"),  # not through the proxy: its peer is all that is known
    ],
)
def test_behind_one_proxy_the_client_is_the_address_it_appended(settings, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_address(request_from("10.0.0.1", forwarded)) == expected


def test_behind_the_proxy_a_forged_header_does_not_escape_the_lock(settings, alice):
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(5):
        log_in(
            Client(), f"user{attempt}", "guess", address="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.5",
        )  # fmt: skip

    forged = log_in(
        Client(), "alice", address="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.5"
    )
    assert forged.status_code == 429
    # Someone else behind the same proxy logs in.
    other = log_in(Client(), "alice", address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 302


# The second factor -------------------------------------------------------------------------


def admin_requests(release):
    """(method, url, data) of a few admin requests: pages, history, autocomplete, an action."""
    changelist = reverse("admin:news_pressrelease_changelist")
    return [
        ("get", reverse("admin:index"), None),
        ("get", changelist, None),
        ("get", change_url(release), None),
        ("get", reverse("admin:news_pressrelease_history", args=[release.pk]), None),
        ("get", reverse("admin:auth_user_changelist"), None),
        ("get", reverse("admin:password_change"), None),
        (
            "get",
            reverse("admin:autocomplete"),
            {
                "app_label": "news",
                "model_name": "pressrelease",
                "field_name": "sources",
                "term": "a",
            },
        ),
        (
            "post",
            changelist,
            {"action": "delete_selected", "_selected_action": [release.pk], "post": "yes"},
        ),
        ("post", change_url(release), {"title": "Taken over"}),
    ]


def assert_no_admin_access(client, release, step):
    for method, url, data in admin_requests(release):
        response = getattr(client, method)(url, data or {})
        assert is_step(response, step), (method, url, response.status_code)
        assert release.title.encode() not in response.content
    release.refresh_from_db()  # neither deleted nor changed
    assert release.title != "Taken over"


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chief", password=PASSWORD)


def test_a_password_without_a_second_factor_opens_no_admin_page(superuser, release):
    client = Client()
    assert is_step(after_login(client, "chief"), "staff:enrol")
    assert client.session["_auth_user_id"] == str(superuser.pk)  # the password was right

    assert_no_admin_access(client, release, "staff:enrol")


def test_a_password_alone_asks_for_the_code_when_there_is_a_device(alice, authenticator):
    alice.is_superuser = True
    alice.save()
    release = factories.make_release("Not for half a login")
    client = Client()
    assert is_step(after_login(client, "alice"), "staff:verify")

    assert_no_admin_access(client, release, "staff:verify")


def test_force_login_without_the_second_factor_is_blocked(superuser, release):
    client = Client()
    client.force_login(superuser)

    assert_no_admin_access(client, release, "staff:enrol")
    factories.log_in_verified(client, superuser)
    assert client.get(reverse("admin:news_pressrelease_changelist")).status_code == 200


def test_half_a_login_is_a_visitor_on_the_public_site(superuser):
    draft = factories.make_draft("Embargoed plans")
    client = Client()
    client.force_login(superuser)

    assert client.get(draft.get_absolute_url()).status_code == 404
    factories.log_in_verified(client, superuser)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_enrolment_on_the_first_login_end_to_end(alice):
    client = Client()
    step = after_login(client, "alice")
    assert is_step(step, "staff:enrol")

    page = client.get(step["Location"])
    assert page.status_code == 200
    assert "<svg" in page.text and 'role="img"' in page.text  # the QR code, drawn here
    device = TOTPDevice.objects.get(user=alice, confirmed=False)
    secret = page.context["secret"]
    assert secret in page.text
    assert secret.replace(" ", "") in device.config_url
    assert page.context["account"] == "alice"
    again = client.get(step["Location"])
    assert again.context["secret"] == secret  # a reload keeps the secret being scanned

    wrong = client.post(reverse("staff:enrol"), {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 200
    assert "not the code the app shows" in wrong.text
    assert not services.has_second_factor(alice)
    wait_a_moment(device)  # after a wrong code the device waits a second before the next

    done = client.post(reverse("staff:enrol"), {"code": code_now(device), "next": "/admin/"})
    assert is_step(done, "staff:backup_codes")
    codes_page = client.get(done["Location"])
    codes = codes_page.context["codes"]
    assert len(codes) == 10
    assert all(code in codes_page.text for code in codes)
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=alice).values_list("token", flat=True)
    )
    assert codes_page["Cache-Control"].startswith("max-age=0")  # never cached
    assert not client.get(done["Location"]).context["codes"]  # shown once
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_a_password_alone_cannot_enrol_another_device(alice, authenticator):
    client = Client()
    log_in(client, "alice")

    assert is_step(client.get(reverse("staff:enrol")), "staff:verify")
    assert TOTPDevice.objects.filter(user=alice).count() == 1


def test_the_right_code_logs_in_and_goes_where_the_user_was_going(alice, authenticator):
    device, _ = authenticator
    client = Client()
    client.force_login(alice)
    step = client.get(reverse("admin:index") + "news/pressrelease/?q=visit")
    assert is_step(step, "staff:verify")
    page = client.get(step["Location"])
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.text
    session_key = client.session.session_key

    response = client.post(
        reverse("staff:verify"), {"code": code_now(device), "next": page.context["next"]}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/news/pressrelease/?q=visit"
    assert client.session.session_key != session_key  # a new session key for the full login
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused(alice, authenticator):
    device, _ = authenticator
    wrong = f"{(int(code_now(device)) + 1) % 1_000_000:06d}"
    client = Client()
    log_in(client, "alice")

    response = client.post(reverse("staff:verify"), {"code": wrong, "next": "/admin/"})
    assert response.status_code == 200
    assert "That code is not right" in response.text
    assert is_step(client.get("/admin/"), "staff:verify")
    # And the device slows down further tries, the right code included.
    blocked = client.post(reverse("staff:verify"), {"code": code_now(device), "next": "/admin/"})
    assert "Too many wrong codes" in blocked.text
    assert is_step(client.get("/admin/"), "staff:verify")


def test_an_app_code_is_taken_once(alice, authenticator):
    device, _ = authenticator
    code = code_now(device)
    first = Client()
    log_in(first, "alice")
    assert first.post(reverse("staff:verify"), {"code": code}).status_code == 302

    second = Client()
    log_in(second, "alice")
    replay = second.post(reverse("staff:verify"), {"code": code})
    assert replay.status_code == 200
    assert is_step(second.get("/admin/"), "staff:verify")


def test_a_backup_code_works_once(alice, authenticator):
    _, codes = authenticator
    client = Client()
    log_in(client, "alice")
    typed = " ".join(re.findall("....", codes[3].upper()))  # as someone copies it from paper

    response = client.post(reverse("staff:verify"), {"code": typed}, follow=True)
    assert response.status_code == 200
    assert "9 are left" in response.text
    assert client.get("/admin/").status_code == 200
    client.post(reverse("admin:logout"))

    again = Client()
    log_in(again, "alice")
    refused = again.post(reverse("staff:verify"), {"code": codes[3]})
    assert refused.status_code == 200
    assert "That code is not right" in refused.text
    assert is_step(again.get("/admin/"), "staff:verify")
    assert StaticToken.objects.filter(device__user=alice).count() == 9


def test_new_backup_codes_replace_the_old_ones(alice, authenticator):
    _, old = authenticator
    client = Client()
    factories.log_in_verified(client, alice)

    response = client.post(reverse("staff:backup_codes"), follow=True)
    new = response.context["codes"]
    assert len(new) == 10
    assert not set(new) & set(old)
    device = StaticDevice.objects.get(user=alice)
    assert set(device.token_set.values_list("token", flat=True)) == set(new)


def test_an_address_elsewhere_is_not_followed_after_the_code(alice, authenticator):
    device, _ = authenticator
    client = Client()
    log_in(client, "alice")

    response = client.post(
        reverse("staff:verify"), {"code": code_now(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("admin:index")


def test_an_administrator_resets_a_lost_second_factor(alice, authenticator, superuser):
    admin_client = Client()
    factories.log_in_verified(admin_client, superuser)
    device, _ = authenticator
    page = admin_client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert page.status_code == 200
    assert device.key not in page.text  # the secret is not shown, not even to them

    admin_client.post(
        reverse("admin:otp_totp_totpdevice_delete", args=[device.pk]), {"post": "yes"}
    )
    StaticDevice.objects.filter(user=alice).delete()

    assert is_step(after_login(Client(), "alice"), "staff:enrol")


def test_the_dev_accounts_get_a_second_factor(roles, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEV_ADMIN_PASSWORD", "dev-pw-for-tests")
    out = io.StringIO()

    call_command("create_dev_admin", stdout=out)

    for username in ["admin", "editor", "publisher", "serbia-desk"]:
        device = TOTPDevice.objects.get(user__username=username, confirmed=True)
        assert device.config_url in out.getvalue()
    client = Client()
    log_in(client, "admin", "dev-pw-for-tests")
    admin_device = TOTPDevice.objects.get(user__username="admin")
    assert client.post(reverse("staff:verify"), {"code": code_now(admin_device)}).status_code == 302
    assert client.get("/admin/").status_code == 200
    call_command("create_dev_admin", stdout=io.StringIO())  # again: nothing new
    assert TOTPDevice.objects.filter(user__username="admin").count() == 1


# Sessions ----------------------------------------------------------------------------------


def test_a_staff_session_ends_with_the_browser_and_after_a_working_day(alice, authenticator):
    device, _ = authenticator
    client = Client()
    response = log_in(client, "alice")
    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""  # a browser-session cookie
    assert cookie["httponly"]
    session = Session.objects.get(session_key=cookie.value)
    lasts = session.expire_date - timezone.now()
    assert timedelta(hours=8) <= lasts <= timedelta(hours=10)

    verified = client.post(reverse("staff:verify"), {"code": code_now(device)})
    cookie = verified.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    lasts = Session.objects.get(session_key=cookie.value).expire_date - timezone.now()
    assert timedelta(hours=8) <= lasts <= timedelta(hours=10)


def test_an_expired_session_is_logged_out(alice, authenticator):
    client = Client()
    factories.log_in_verified(client, alice)
    assert client.get("/admin/").status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_draft_previews_need_the_full_login(alice, authenticator):
    alice.is_superuser = True
    alice.save()
    draft = factories.make_draft("Not yet")
    assert draft.status == PressRelease.Status.DRAFT
    client = Client()
    log_in(client, "alice")

    assert client.get(draft.get_absolute_url()).status_code == 404
