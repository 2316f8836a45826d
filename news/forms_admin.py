from django import forms
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.workflow_admin import TranslationWorkflowForm, WorkflowForm

from .models import EditorialScope, PressRelease, PressReleaseTranslation

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


class PressReleaseAdminForm(WorkflowForm):
    """The admin's release form (core.workflow_admin.WorkflowForm: edit conflicts, the years,
    the clock), with the release's tags and its editorial scope."""

    conflict_message = _(
        "Someone else saved this release since you opened it. Nothing was saved: open it again "
        "to see their changes, then make yours."
    )

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

    def check_scope(self, data):
        self.check_release_is_within_scope(data)

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


class PressReleaseTranslationAdminForm(TranslationWorkflowForm):
    """A translation of a release, on the release's page: its texts and its own workflow, which
    only publishers release, schedule, unpublish or archive, as for the release
    (core.workflow_admin.TranslationWorkflowForm). And as for the release, doing so speaks for
    every source of the release: mission staff do it only for releases whose sources are all
    theirs (a joint release with the Chairpersonship needs someone whose scope covers it too).
    `may_publish` and `user` are set per request (news.admin.PressReleaseTranslationInline), so
    the same rules hold on the release's page and in "Translate" (staff/translations.py), which
    uses this form as the inline gives it.
    """

    user = None

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

    def clean(self):
        data = super().clean()
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
