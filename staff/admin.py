from django.contrib import admin
from django_otp_webauthn.admin import WebAuthnCredentialAdmin
from django_otp_webauthn.models import WebAuthnCredential


@admin.register(WebAuthnCredential)
class PasskeyAdmin(WebAuthnCredentialAdmin):
    """django-otp-webauthn's admin of passkeys, which it leaves unregistered: an Administrator
    removes a lost device's passkey here (README, "Logging in"). A passkey stays with the
    account that made it."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "user"]
