"""The second factor of staff accounts: enrolment, backup codes and checking a code.

Every account that can log in to the admin has one (staff.middleware enforces it): an
authenticator app (TOTP, django-otp's otp_totp) and ten backup codes for when the phone is not
at hand (otp_static), each good for one login. A device is only counted once it is confirmed, so
an enrolment that was started and not finished gives nobody a way in.
"""

from base64 import b32encode

from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10
TOTP_DIGITS = 6  # django-otp's default, which the devices made here keep


def has_second_factor(user):
    return user_has_device(user, confirmed=True)


def pending_authenticator(user):
    """The authenticator being enrolled: the same secret until it is confirmed (a page reload
    must not change the QR code the user is scanning)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def secret_text(device):
    """The device's secret as an app asks for it when typed in: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def confirm_authenticator(*, device, code):
    """Confirm the pending `device` with a code from the app and give its user fresh backup
    codes. Returns the backup codes, or None when the code is wrong (nothing changes then)."""
    device = TOTPDevice.objects.select_for_update().filter(pk=device.pk, confirmed=False).first()
    if device is None or not device.verify_token(normalise(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return replace_backup_codes(device.user)


@transaction.atomic
def replace_backup_codes(user, count=BACKUP_CODE_COUNT):
    """New backup codes for `user`; the old ones stop working. Returns them, to show once."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_CODES_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(count)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def normalise(code):
    """A code as typed: spaces and dashes dropped, lower case (backup codes are base32)."""
    return "".join(code.split()).replace("-", "").lower()


def kind_of_code(code):
    """Which kind of device a (normalised) code is for: six digits come from the app, anything
    else is a backup code. Only that kind is asked, so a backup code never counts as a wrong
    app code (and slows that down) or the other way round."""
    return TOTPDevice if code.isdigit() and len(code) == TOTP_DIGITS else StaticDevice


def check_code(user, code):
    """(the confirmed device of `user` that accepts `code`, which it then uses up, or None;
    whether those devices refuse codes for the moment).

    Each device keeps its own throttle: after a wrong code it refuses any code for a while,
    doubling each time (django-otp's ThrottlingMixin), so codes cannot be tried by the million.
    An app code is accepted once (a code seen is not taken again), a backup code is deleted.
    """
    code = normalise(code)
    model = kind_of_code(code)
    with transaction.atomic():
        devices = list(model.objects.devices_for_user(user, confirmed=True).select_for_update())
        ready = [device for device in devices if device.verify_is_allowed()[0]]
        if devices and not ready:
            return None, True
        for device in ready:
            if device.verify_token(code):
                return device, False
    return None, False
