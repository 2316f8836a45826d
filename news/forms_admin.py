from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.workflow_admin import TranslationWorkflowForm, WorkflowForm

from .models import EditorialScope, PressRelease, PressReleaseTranslation

# django-taggit adds "_1", "_2", ... to a slug another tag already has.
TAG_SLUG_SUFFIX_ROOM = 10


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
        return sources

    def check_scope(self, data):
        self.check_release_is_within_scope(data)

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


class PressReleaseTranslationAdminForm(TranslationWorkflowForm):
    """A translation of a release, on the release's page: its texts and its own workflow, which
    only publishers release, schedule, unpublish or archive, as for the release
    (core.workflow_admin.TranslationWorkflowForm; `may_publish` is set per request by
    news.admin.PressReleaseTranslationInline)."""

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
