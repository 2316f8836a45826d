from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One code: six digits from the authenticator app, or a backup code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        help_text=_(
            "The six digits your authenticator app shows for this site now, or one of your "
            "backup codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )


class ConfirmAuthenticatorForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=10,
        help_text=_("The six digits the app now shows for this site."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class RemovePasskeyForm(forms.Form):
    """One of the user's own passkeys, to remove: any other number is not a choice."""

    passkey = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    def __init__(self, *args, passkeys, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["passkey"].queryset = passkeys
