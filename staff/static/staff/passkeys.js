// The page of a user's passkeys (templates/staff/passkeys.html): once django-otp-webauthn's
// script has added a passkey, load the page again so that the list shows it.
document.addEventListener("otp_webauthn.register_complete", () => window.location.reload());
