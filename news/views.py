from django.conf import settings
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core import media
from core.views import QueryFormMixin

from . import search
from .facets import active_chips, build_facets
from .forms import NewsFilterForm
from .models import PressRelease
from .pagination import NewsPaginator


def may_preview(user):
    """Whether `user` sees releases that are not public (their own, see `visible_to()`)."""
    return user.has_perm("news.change_pressrelease")


class PublishedReleaseMixin:
    """Public views start from `published()`: drafts and future releases never leak."""

    def get_queryset(self):
        return PressRelease.objects.published()


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
        return releases.with_listing_relations().with_tags()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.query_form
        context["filter_form"] = form
        context["current"] = form.current_values()
        if form.is_valid():
            query = self.request.GET
            context["facets"] = build_facets(form, super().get_queryset(), query)
            context["chips"] = active_chips(form, query)
            context["active_fields"] = form.cleaned_data["field"]
            context["ranked"] = form.searching and search.uses_postgres()
        return context


class PressReleaseDetailView(PublishedReleaseMixin, DetailView):
    """A release's page. Staff who may change a release also see it before (or after) it is
    public, on this same page, marked as a preview and never cached or indexed."""

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
            releases = super().get_queryset()
        return releases.with_relations().prefetch_related("states").with_tags()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = not self.object.is_published
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"] or self.may_preview():
            # Nothing an editor sees (a preview, or a page rendered for a logged-in editor)
            # may be kept by a browser or a shared cache.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        if context["preview"]:
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


@require_safe
def release_media(request, name):
    """A release's photograph, or a rendition of it, while the release is public; to the staff
    who may preview the release, at any time, never cached. Nothing else: 404.

    The files are outside the public media (core.media): this is their only way out. Visitors
    cost one query, on the photograph's indexed column.
    """
    storage = PressRelease._meta.get_field("photo").storage
    original = storage.original_name(name)
    if original is None:
        raise Http404
    if may_preview(request.user):
        releases = PressRelease.objects.visible_to(request.user) | PressRelease.objects.published()
        release = (
            releases.filter(photo=original).only("status", "published_at", "expires_at").first()
        )
        if release is None:
            raise Http404
        public = release.is_published
    elif PressRelease.objects.published().filter(photo=original).exists():
        public = True
    else:
        raise Http404
    return media.serve(request, storage, name, public=public)
