from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.admin import TranslationForm

from .forms import FIRST_YEAR, LAST_YEAR
from .models import EditorialScope, PressRelease, PressReleaseTranslation
from .services import released_status

# django-taggit adds "_1", "_2", ... to a slug another tag already has.
TAG_SLUG_SUFFIX_ROOM = 10


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
            "type",
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

    def check_year(self, name):
        """A time in the years the newsroom shows (and that every database and time zone can
        hold: the first day of year 1 in Vienna is still year 0 in UTC)."""
        moment = self.cleaned_data.get(name)
        # The year as the editor typed it, in the form's time zone: converting it could overflow.
        if moment and not FIRST_YEAR <= moment.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Enter a time between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        return moment

    def clean_published_at(self):
        return self.check_year("published_at")

    def clean_expires_at(self):
        return self.check_year("expires_at")

    def clean_tags(self):
        """Tags that fit their columns: the name, and the slug django-taggit makes of it (which
        can be longer: "ﷺ" is one character and a slug of 17)."""
        names = self.cleaned_data["tags"]
        name_length = Tag._meta.get_field("name").max_length
        slug_length = Tag._meta.get_field("slug").max_length - TAG_SLUG_SUFFIX_ROOM
        for name in names:
            if len(name) > name_length or len(Tag(name=name).slugify(name)) > slug_length:
                raise forms.ValidationError(
                    _("“%(tag)s…” is too long for a tag: keep each tag to %(length)s characters."),
                    code="tag_too_long",
                    params={"tag": name[:30], "length": slug_length},
                )
        return names

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
        self.check_release_is_within_scope(data)
        opened = data.get("opened_version")
        if self.instance.pk and opened:
            saved = PressRelease.objects.filter(pk=self.instance.pk)
            if transaction.get_connection().in_atomic_block:
                # The admin saves in one transaction: hold the row until it commits, so that a
                # second save at the same instant waits and then sees this one's change.
                saved = saved.select_for_update()
            current = saved.values_list("updated_at", flat=True).first()
            if current and current.isoformat() != opened:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this release since you opened it. Nothing was saved: "
                        "open it again to see their changes, then make yours."
                    ),
                    code="edit_conflict",
                )
        return data

    def check_release_is_within_scope(self, data):
        """Putting a release on the site, changing how it is on the site, or taking it off speaks
        for all its sources: mission staff may do it only for releases whose sources are all
        within their editorial scope (EditorialScope.outside)."""
        if not self.user or "sources" not in data:
            return
        stored = self.instance.status if self.instance.pk else None
        was_released = stored in PressRelease.RELEASED
        will_be_released = data.get("status", stored) in PressRelease.RELEASED
        acts = (will_be_released and (not was_released or self.release_changed(data))) or (
            was_released and not will_be_released
        )
        outside = EditorialScope.outside(self.user, data["sources"]) if acts else []
        if outside:
            self.add_error(
                "sources",
                forms.ValidationError(
                    _(
                        "%(sources)s: outside your editorial scope. Only someone whose scope "
                        "covers every source can put this release on the site, change it there "
                        "or take it off. Save it as a draft or submit it for review instead."
                    ),
                    code="release_outside_scope",
                    params={"sources": ", ".join(str(source) for source in outside)},
                ),
            )

    def release_changed(self, data):
        """Whether the form changes when or on whose behalf the stored release is public (times
        to the second, as the form shows them)."""
        stored = self.instance

        def seconds(moment):
            return moment.replace(microsecond=0) if moment else None

        return (
            data.get("status", stored.status) != stored.status
            or seconds(data.get("published_at", stored.published_at))
            != seconds(stored.published_at)
            or seconds(data.get("expires_at", stored.expires_at)) != seconds(stored.expires_at)
            or {source.pk for source in data["sources"]}
            != set(stored.sources.values_list("pk", flat=True))
        )


class PressReleaseTranslationAdminForm(TranslationForm):
    """A translation of a release, on the release's page: its texts and its own workflow.

    Only publishers release a translation, schedule, unpublish or archive it, as for the
    release: for anyone else the status offers draft and in review, and a translation already
    released (or archived) keeps its status and times, whatever is posted (the fields are
    disabled, so the form takes the stored values). `may_publish` is set per request
    (news.admin.PressReleaseTranslationInline).
    """

    may_publish = False
    publication_fields = ["status", "published_at", "expires_at"]

    class Meta:
        model = PressReleaseTranslation
        fields = [
            "language",
            "title",
            "slug",
            "status",
            "published_at",
            "expires_at",
            "summary",
            "body",
            "photo_alt",
            "photo_caption",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.may_publish:
            return
        stored = self.instance.status if self.instance.pk else None
        if stored is not None and stored not in PressRelease.UNRELEASED:
            for name in self.publication_fields:
                self.fields[name].disabled = True
        else:
            self.fields["status"].choices = [
                (status.value, status.label) for status in PressRelease.UNRELEASED
            ]

    def clean_published_at(self):
        return PressReleaseAdminForm.check_year(self, "published_at")

    def clean_expires_at(self):
        return PressReleaseAdminForm.check_year(self, "expires_at")

    def clean(self):
        data = super().clean()
        # A released status follows the clock, as the release's does.
        status, published_at = data.get("status"), data.get("published_at")
        if status in PressRelease.RELEASED and published_at and not self.fields["status"].disabled:
            data["status"] = released_status(published_at)
        return data
