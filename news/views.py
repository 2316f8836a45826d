from django.conf import settings
from django.views.generic import DetailView, ListView

from osce_site.views import QueryFormMixin

from . import search
from .facets import active_chips, build_facets
from .forms import NewsFilterForm
from .models import PressRelease
from .pagination import NewsPaginator


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
    template_name = "news/press_release_detail.html"
    context_object_name = "release"

    def get_queryset(self):
        return super().get_queryset().with_relations().prefetch_related("states").with_tags()
