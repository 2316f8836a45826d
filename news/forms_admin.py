from django import forms
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.admin import TranslationForm

from .forms import FIRST_YEAR, LAST_YEAR
from .models import EditorialScope, PressRelease, PressReleaseTranslation
from .services import released_status

# django-taggit adds "_1", "_2", ... to a slug another tag already has.
TAG_SLUG_SUFFIX_ROOM = 10

WORKFLOW_TIMES = ["published_at", "expires_at"]


def seconds(moment):
    return moment.replace(microsecond=0) if moment else None


def standing(status):
    """A status as it bears on the site: scheduled and published are both released (the clock,
    not an editor, turns one into the other)."""
    return "released" if status in PressRelease.RELEASED else status


def publication_changed(stored, data):
    """Whether `data` (a form's cleaned data) changes when `stored` (a release or a translation
    of one) is public: its status, or its times to the second, as the form shows them."""
    return standing(data.get("status", stored.status)) != standing(stored.status) or any(
        seconds(data.get(name, getattr(stored, name))) != seconds(getattr(stored, name))
        for name in WORKFLOW_TIMES
    )


def release_changed(stored, data):
    """Whether `data` changes when or on whose behalf the stored release is public."""
    return publication_changed(stored, data) or {source.pk for source in data["sources"]} != set(
        stored.sources.values_list("pk", flat=True)
    )


def speaks_for_sources(stored, data, *, changed=publication_changed):
    """Whether saving `data` over `stored` (new when it has no pk) puts it on the site, takes it
    off, or, released before and after, changes how it is there (`changed(stored, data)`):
    what speaks for every source of the release (EditorialScope.outside)."""
    status = stored.status if stored.pk else None
    was_released = status in PressRelease.RELEASED
    will_be_released = data.get("status", status) in PressRelease.RELEASED
    if was_released and will_be_released:
        return changed(stored, data)
    return was_released != will_be_released


def sources_at_stake(release):
    """The sources that a change of `release`'s publication, or of one of its translations',
    speaks for: those it has and those its form is saving it with in the same post
    (`posted_sources`, noted by PressReleaseAdminForm.clean_sources), so that neither adding
    the Chairpersonship nor dropping it in that post gets round the rule."""
    sources = {source.pk: source for source in release.sources.all()} if release.pk else {}
    sources.update((source.pk, source) for source in getattr(release, "posted_sources", ()))
    return list(sources.values())


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
        # For the scope checks of this form and of the translations saved with it (the admin
        # cleans this form first; the translations inline's forms share its instance).
        self.instance.posted_sources = list(sources)
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
        for all its sources, those it has and those it is given: mission staff may do it only
        for releases whose sources are all within their editorial scope
        (EditorialScope.outside)."""
        if not self.user or "sources" not in data:
            return
        if not speaks_for_sources(self.instance, data, changed=release_changed):
            return
        outside = EditorialScope.outside(self.user, sources_at_stake(self.instance))
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


class PressReleaseTranslationAdminForm(TranslationForm):
    """A translation of a release, on the release's page: its texts and its own workflow.

    Only publishers release a translation, schedule, unpublish or archive it, as for the
    release: for anyone else the status offers draft and in review, and a translation already
    released (or archived) keeps its status and times, whatever is posted (the fields are
    disabled, so the form takes the stored values). And as for the release, doing so speaks for
    every source of the release: mission staff do it only for releases whose sources are all
    theirs (a joint release with the Chairpersonship needs someone whose scope covers it too).
    `may_publish` and `user` are set per request (news.admin.PressReleaseTranslationInline), so
    the same rules hold on the release's page and in "Translate" (staff/translations.py), which
    uses this form as the inline gives it.
    """

    may_publish = False
    user = None
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
        self.check_translation_is_within_scope(data)
        return data

    def release(self, data):
        """The release translated: on its page, the one its form is saving (the inline's
        foreign key cleans to it), else the stored one."""
        return data.get("item") or self.instance.item

    def check_translation_is_within_scope(self, data):
        """The release's rule (PressReleaseAdminForm.check_release_is_within_scope), for this
        translation's status and times; its texts speak for nobody."""
        if self.user is None or "status" not in data:
            return
        if not speaks_for_sources(self.instance, data):
            return
        outside = EditorialScope.outside(self.user, sources_at_stake(self.release(data)))
        if outside:
            self.add_error(
                "status",
                forms.ValidationError(
                    _(
                        "%(sources)s: outside your editorial scope. Only someone whose scope "
                        "covers every source of the release can put this translation on the site, "
                        "change it there or take it off. Save it as a draft or submit it for "
                        "review instead."
                    ),
                    code="translation_outside_scope",
                    params={"sources": ", ".join(str(source) for source in outside)},
                ),
            )


class PressReleaseTranslationFormSet(BaseInlineFormSet):
    """A release's translations on its page. Deleting one that is released takes it off the
    site (or out of the schedule), which speaks for every source of the release as unpublishing
    does (PressReleaseTranslationAdminForm); a draft's deletion speaks for nobody. `user` is set
    per request (news.admin.PressReleaseTranslationInline)."""

    user = None

    def clean(self):
        super().clean()
        if self.user is None:
            return
        deleted = [
            form
            for form in self.initial_forms
            if self._should_delete_form(form)
            and form.initial.get("status") in PressRelease.RELEASED
        ]
        outside = (
            EditorialScope.outside(self.user, sources_at_stake(self.instance)) if deleted else []
        )
        if outside:
            raise forms.ValidationError(
                _(
                    "%(sources)s: outside your editorial scope. Only someone whose scope covers "
                    "every source of the release can delete a translation that is on the site or "
                    "scheduled (%(languages)s)."
                ),
                code="translation_outside_scope",
                params={
                    "sources": ", ".join(str(source) for source in outside),
                    "languages": ", ".join(
                        form.instance.get_language_display() for form in deleted
                    ),
                },
            )
