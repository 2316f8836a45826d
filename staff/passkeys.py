"""Passkeys as a second factor, with django-otp-webauthn.

A passkey is a key pair made by the user's device (a phone, a laptop's fingerprint reader, a
security key) for this site's domain only; the site keeps the public half. After the password,
the code page offers "Use your passkey" to an account that has one (staff.views.verify), and the
browser signs the site's challenge in place of a typed code. Passkeys are added by a session
that has passed its second factor already, on staff.views.passkeys: a password alone never adds
one, and never replaces the password (OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN is off).

The library's four JSON endpoints are used as they are, but for two changes made here: a
successful passkey login renews the session key, as a code does, and returns to the admin rather
than to LOGIN_REDIRECT_URL. staff.middleware lets a half-logged-in session reach only the two
sign-in endpoints (and the browser script's translations); adding a passkey needs a full login.
"""

from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import views
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential

# The library's URL names, which its template tags reverse (namespace "otp_webauthn").
BEGIN_SIGN_IN = "otp_webauthn:credential-authentication-begin"
COMPLETE_SIGN_IN = "otp_webauthn:credential-authentication-complete"
SCRIPT_TRANSLATIONS = "otp_webauthn:js-i18n-catalog"


def passkeys_of(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at")


def has_passkey(user):
    return passkeys_of(user).exists()


class PasskeyHelper(WebAuthnHelper):
    """The library's ceremonies; a new passkey is named with the date it was added (the browser
    does not say which device made it), which the list of passkeys and the admin show."""

    def create_credential(self, user, response, parsed_credential, original_data):
        device = super().create_credential(user, response, parsed_credential, original_data)
        device.name = _("Passkey added on %(date)s") % {"date": date_format(localdate())}
        return device


class CompletePasskeySignIn(views.CompleteCredentialAuthenticationView):
    def complete_auth(self, device):
        super().complete_auth(device)
        # As after a code (staff.views.pass_second_factor): an identifier seen before the second
        # step is worth nothing after it.
        self.request.session.cycle_key()

    def get_success_url(self):
        return self.get_redirect_url() or reverse("admin:index")


app_name = "otp_webauthn"
urlpatterns = [
    path(
        "registration/begin/",
        views.BeginCredentialRegistrationView.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        views.CompleteCredentialRegistrationView.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        views.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        CompletePasskeySignIn.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "jsi18n/",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]
