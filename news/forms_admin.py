from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EditorialScope, PressRelease
from .services import released_status


class PressReleaseAdminForm(forms.ModelForm):
    """The admin's release form. It remembers which version of the release the editor opened,
    and refuses to save over a change someone else saved since (instead of silently losing it).
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)
    # The editor using the form; the admin sets it (see PressReleaseAdmin.get_form).
    user = None

    class Meta:
        model = PressRelease
        fields = [
            "title",
            "slug",
            "status",
            "published_at",
            "expires_at",
            "places",
            "sources",
            "fields_of_work",
            "states",
            "summary",
            "body",
            "tags",
            "photo",
            "photo_alt",
            "photo_caption",
            "photo_credit",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.updated_at.isoformat()

    def clean_sources(self):
        sources = self.cleaned_data["sources"]
        own = EditorialScope.sources_of(self.user) if self.user else None
        if own is not None and not set(sources) & set(own):
            raise forms.ValidationError(
                _("Include at least one of your own sources: %(sources)s."),
                code="outside_scope",
                params={"sources": ", ".join(str(source) for source in own)},
            )
        return sources

    def clean(self):
        data = super().clean()
        # A released status follows the clock: a future time is scheduled, a past one live.
        status = data.get("status")
        published_at = data.get("published_at", self.instance.published_at)
        if status in PressRelease.RELEASED and published_at:
            data["status"] = released_status(published_at)
        opened = data.get("opened_version")
        if self.instance.pk and opened:
            saved = PressRelease.objects.filter(pk=self.instance.pk).values_list(
                "updated_at", flat=True
            )
            current = saved.first()
            if current and current.isoformat() != opened:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this release since you opened it. Nothing was saved: "
                        "open it again to see their changes, then make yours."
                    ),
                    code="edit_conflict",
                )
        return data
