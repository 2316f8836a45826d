"""No staff session counts until its second factor is proven.

A password alone signs a user in (django.contrib.auth), but such a session is only half a
login. Under the admin's address every request of it, GET or POST, page, action, history or
autocomplete, is sent to the step that is missing: the code (or a passkey), or the enrolment of
a first authenticator on a first login. Only that step and logging in and out are open to it.
Everywhere else the user is a visitor (no draft previews). django-otp's OTPMiddleware, which
must come before this one, tells whether the session has passed a device (`is_verified()`).

Outside the admin the check waits until a view asks who the user is, as Django's own
`request.user` does: a public page that never asks runs no query for it.
"""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from staff import passkeys, services

# What a half-logged-in session may reach under the admin's address (URL names): the second
# step (a code, or a passkey), a first enrolment, logging in and out.
OPEN_TO_UNVERIFIED = {
    "staff:verify",
    "staff:enrol",
    passkeys.BEGIN_SIGN_IN,
    passkeys.COMPLETE_SIGN_IN,
    passkeys.SCRIPT_TRANSLATIONS,
    "admin:login",
    "admin:logout",
}


def fully_logged_in(user):
    return user.is_authenticated and user.is_verified()


def visitor_unless_verified(user):
    return user if fully_logged_in(user) or not user.is_authenticated else AnonymousUser()


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(reverse("admin:index")):
            user = request.user
            if user.is_authenticated and not user.is_verified() and not self.is_open(request):
                return self.next_step(request)
        else:
            user, auser = request.user, request.auser
            request.user = SimpleLazyObject(lambda: visitor_unless_verified(user))

            async def verified_auser():
                return visitor_unless_verified(await auser())

            request.auser = verified_auser
        return self.get_response(request)

    @staticmethod
    def is_open(request):
        try:
            return resolve(request.path_info).view_name in OPEN_TO_UNVERIFIED
        except Resolver404:
            return False

    @staticmethod
    def next_step(request):
        step = "staff:verify" if services.has_second_factor(request.user) else "staff:enrol"
        # Back to the page asked for after the step; a POST is not replayed (it is refused).
        back = request.get_full_path() if request.method == "GET" else reverse("admin:index")
        return redirect(f"{reverse(step)}?{urlencode({'next': back})}")
