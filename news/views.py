from django.conf import settings
from django.db.models import Prefetch
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core import languages, media
from core.translations import names_language, shown_in, shown_or_source
from core.views import PreviewDetailMixin, QueryFormMixin
from countries.models import ParticipatingState

from . import search
from .facets import active_chips, build_facets
from .forms import NewsFilterForm, StoryFilterForm
from .models import PressRelease
from .pagination import NewsPaginator


def may_preview(user):
    """Whether `user` sees releases that are not public (their own, see `visible_to()`)."""
    return user.has_perm("news.change_pressrelease")


class PublishedReleaseMixin:
    """Public views start from `published()`, in the page's language: drafts, future releases
    and versions not (yet) public in it never leak. Lists show them by their dates in it
    (`newsroom()`)."""

    def get_queryset(self):
        return PressRelease.objects.newsroom(languages.active())


class PressReleaseListView(QueryFormMixin, PublishedReleaseMixin, ListView):
    """The newsroom: every combination of filters is a link, with facet counts beside it."""

    template_name = "news/press_release_list.html"
    context_object_name = "releases"
    paginate_by = settings.NEWS_PAGE_SIZE
    paginator_class = NewsPaginator
    query_form_class = NewsFilterForm

    def get_paginator(self, queryset, per_page, **kwargs):
        if self.query_form.is_valid():
            kwargs["selection"] = self.query_form.selection_key()
        return super().get_paginator(queryset, per_page, **kwargs)

    def get_queryset(self):
        if not self.query_form.is_valid():
            return PressRelease.objects.none()
        releases = self.query_form.filter(super().get_queryset())
        return releases.with_listing_relations(languages.active()).with_tags()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The page's releases showing their texts in its language (all of them have them).
        shown = shown_in(context["object_list"], languages.active())
        context["object_list"] = context[self.context_object_name] = shown
        form = self.query_form
        context["filter_form"] = form
        context["current"] = form.current_values()
        if form.is_valid():
            query = self.request.GET
            context["facets"] = build_facets(form, super().get_queryset(), query)
            chips = context["chips"] = active_chips(form, query)
            # The <title> and the description name the filters in the page's language only:
            # neither can mark a name in another (a field of work not translated yet).
            language = form.language
            context["titled_chips"] = [chip for chip in chips if chip.language == language]
            fields = [shown_or_source(field, language) for field in form.cleaned_data["field"]]
            named = all(names_language(field) == language for field in fields)
            context["active_fields"] = [field.name for field in fields] if named else []
            context["ranked"] = form.searching and search.uses_postgres()
        return context


class StoryListView(QueryFormMixin, PublishedReleaseMixin, ListView):
    """OSCE stories: the published feature stories in the page's language, newest first, with
    their photographs large; `?field=` keeps those of some fields of work (a bad one: 400)."""

    template_name = "news/story_list.html"
    context_object_name = "stories"
    paginate_by = settings.STORIES_PAGE_SIZE
    query_form_class = StoryFilterForm

    def get_queryset(self):
        if not self.query_form.is_valid():
            return PressRelease.objects.none()
        stories = super().get_queryset().filter(type=PressRelease.Type.FEATURE)
        return self.query_form.filter(stories).with_listing_relations(languages.active())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        shown = shown_in(context["object_list"], language)
        context["object_list"] = context[self.context_object_name] = shown
        context["filter_form"] = self.query_form
        if self.query_form.is_valid():
            fields = self.query_form.cleaned_data["field"]
            context["active_fields"] = [shown_or_source(field, language) for field in fields]
        return context


def people_named(language):
    """The prefetches of the people a release names (people_tags.release_people), with their
    names in `language` (the people app is above this one: by relation names only)."""
    if language == languages.SOURCE_LANGUAGE:
        return ["related_people"]
    return ["related_people", "related_people__translations"]


class PressReleaseDetailView(PreviewDetailMixin, DetailView):
    """A release's page, in the page's language (core.views.TranslatedDetailMixin finds it by
    any of its addresses in that language; a release not published in it is a 404 linking to
    the languages it is published in).

    Staff who may change a release also see it, and each of its translations, before (or
    after) it is public, on this same page, marked as a preview and never cached or indexed
    (core.views.PreviewDetailMixin)."""

    template_name = "news/press_release_detail.html"
    context_object_name = "release"

    def may_preview(self):
        return may_preview(self.request.user)

    def get_queryset(self):
        if self.may_preview():
            # Their own releases in any status (all of them unless an editorial scope limits
            # them), and whatever the public sees.
            own = PressRelease.objects.visible_to(self.request.user)
            releases = own | PressRelease.objects.published()
        else:
            # Public in English: the others in this language are a 404 with their versions.
            releases = PressRelease.objects.published()
        language = languages.active()
        return (
            releases.with_relations(language)
            .prefetch_related(
                Prefetch("states", queryset=ParticipatingState.objects.with_translations(language))
            )
            .with_tags()
            .with_translations()
            .prefetch_related(*people_named(language))
        )


@require_safe
def release_media(request, name):
    """A release's photograph, or a rendition of it, while the release is public; to the staff
    who may preview the release, at any time, never cached. Nothing else: 404.

    The files are outside the public media (core.media.serve_protected): this is their only
    way out.
    """
    user = request.user
    return media.serve_protected(
        request,
        name,
        field="photo",
        public=PressRelease.objects.published(),
        staff=PressRelease.objects.visible_to(user) if may_preview(user) else None,
    )
