"""The second step of logging in to the admin, the page of a locked-out login, and a user's
own backup codes and passkeys.

After the password (the admin's own login form, guarded by django-axes) a session is sent here
by staff.middleware: to `verify` for a code (or a passkey, staff.passkeys) when the account has a
second factor, to `enrol` when it has none yet (a first login). The pages are the admin's own
look; none is cached.
"""

import django_otp
import qrcode
import qrcode.image.svg
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_static.models import StaticDevice

from staff import passkeys as passkey_ceremonies
from staff import services
from staff.forms import CodeForm, ConfirmAuthenticatorForm, RemovePasskeyForm

# The codes made at enrolment wait here until the page that shows them once.
NEW_BACKUP_CODES_SESSION_KEY = "staff_new_backup_codes"


def admin_page(request, template, title, status=200, **context):
    """A page in the admin's look, without its navigation (for a session still logging in)."""
    site = admin.site
    context = {
        "site_header": site.site_header,
        "site_title": site.site_title,
        "site_url": site.site_url,
        "title": title,
        "is_nav_sidebar_enabled": False,
        "has_permission": False,
        **context,
    }
    return render(request, template, context, status=status)


def own_page(request, template, title, status=200, **context):
    """A page of the logged-in user's own second factor, in the admin with its navigation."""
    context = {**admin.site.each_context(request), "title": title, **context}
    return render(request, template, context, status=status)


def next_address(request):
    """Where to go after this step: `next` if it is an address of this site, else the admin."""
    address = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return address
    return reverse("admin:index")


def with_next(name, address):
    return f"{reverse(name)}?{urlencode({'next': address})}"


def pass_second_factor(request, device):
    """The session has proven `device`: it is a full login from now on (a new session key, so
    that an identifier seen before this step is worth nothing)."""
    django_otp.login(request, device)
    request.session.cycle_key()


@never_cache
def verify(request):
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    address = next_address(request)
    if user.is_verified():
        return redirect(address)
    if not services.has_second_factor(user):
        return redirect(with_next("staff:enrol", address))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device, throttled = services.check_code(user, form.cleaned_data["code"])
        if device is not None:
            pass_second_factor(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You logged in with a backup code: %(count)d is left.",
                        "You logged in with a backup code: %(count)d are left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(address)
        form.add_error(
            "code",
            _("Too many wrong codes: wait a minute, then try again.")
            if throttled
            else _("That code is not right, or it has been used already. Try the next one."),
        )
    return admin_page(
        request,
        "staff/verify.html",
        _("Second step: your code"),
        form=form,
        next=address,
        has_passkey=passkey_ceremonies.has_passkey(user),
    )


def qr_code_svg(text, label):
    """`text` as a QR code, an inline SVG drawn here (no image service, nothing stored)."""
    code = qrcode.QRCode(image_factory=qrcode.image.svg.SvgPathFillImage, border=4)
    code.add_data(text)
    image = code.make_image()
    root = image.get_image()
    root.attrib.update({"width": "200", "height": "200", "role": "img", "aria-label": label})
    return mark_safe(image.to_string(encoding="unicode"))  # drawn here: no outside input


@never_cache
def enrol(request):
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    address = next_address(request)
    if user.is_verified() or services.has_second_factor(user):
        # Only a first login enrols: a password alone must not add a device to an account
        # that has one.
        return redirect(with_next("staff:verify", address))
    device = services.pending_authenticator(user)
    form = ConfirmAuthenticatorForm(request.POST or None)
    if form.is_valid():
        codes = services.confirm_authenticator(device=device, code=form.cleaned_data["code"])
        if codes is not None:
            device.refresh_from_db()
            pass_second_factor(request, device)
            request.session[NEW_BACKUP_CODES_SESSION_KEY] = codes
            return redirect(with_next("staff:backup_codes", address))
        form.add_error(
            "code",
            _(
                "That is not the code the app shows for this site. Check that the phone's "
                "clock is right and type the six digits it shows now."
            ),
        )
    return admin_page(
        request,
        "staff/enrol.html",
        _("Set up your second factor"),
        form=form,
        next=address,
        qr_code=qr_code_svg(device.config_url, _("QR code of the secret key below")),
        secret=services.secret_text(device),
        account=user.get_username(),
    )


@never_cache
def backup_codes(request):
    """The backup codes, shown once: just made at enrolment, or new ones on request (POST),
    which replace the old ones."""
    if not request.user.is_verified():  # staff.middleware sends such a session away first
        return redirect(with_next("staff:verify", request.get_full_path()))
    address = next_address(request)
    if request.method == "POST":
        codes = services.replace_backup_codes(request.user)
        request.session[NEW_BACKUP_CODES_SESSION_KEY] = codes
        return redirect(with_next("staff:backup_codes", address))
    codes = request.session.pop(NEW_BACKUP_CODES_SESSION_KEY, None)
    return own_page(
        request, "staff/backup_codes.html", _("Your backup codes"), codes=codes, next=address
    )


@never_cache
def passkeys(request):
    """The user's own passkeys: the list, adding one (the browser script of django-otp-webauthn,
    which reloads the page when it is done) and removing one (POST)."""
    if not request.user.is_verified():  # staff.middleware sends such a session away first
        return redirect(with_next("staff:verify", request.get_full_path()))
    own = passkey_ceremonies.passkeys_of(request.user)
    form = RemovePasskeyForm(request.POST or None, passkeys=own)
    if request.method == "POST":
        if form.is_valid():
            passkey = form.cleaned_data["passkey"]
            passkey.delete()
            messages.success(
                request, _("“%(name)s” is removed: it no longer logs you in.") % {"name": passkey}
            )
            return redirect("staff:passkeys")
        messages.error(request, _("That passkey is not one of yours, or it is removed already."))
    status = 400 if form.errors else 200
    return own_page(request, "staff/passkeys.html", _("Your passkeys"), status, passkeys=own)


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a login it refuses (AXES_LOCKOUT_CALLABLE): 429, in the admin's
    look, saying for how long and who can lift it."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return admin_page(
        request,
        "staff/locked_out.html",
        _("Login locked"),
        status=settings.AXES_HTTP_RESPONSE_CODE,
        minutes=minutes,
        failure_limit=settings.AXES_FAILURE_LIMIT,
    )
