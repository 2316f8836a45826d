from django.conf import settings
from django.views.generic import DetailView, ListView

from .forms import NewsFilterForm
from .models import PressRelease


class PublishedReleaseMixin:
    """Public views start from `published()`: drafts and future releases never leak."""

    def get_queryset(self):
        return PressRelease.objects.published()


class PressReleaseListView(PublishedReleaseMixin, ListView):
    template_name = "news/press_release_list.html"
    context_object_name = "releases"
    paginate_by = settings.NEWS_PAGE_SIZE

    def get(self, request, *args, **kwargs):
        self.filter_form = NewsFilterForm(request.GET)
        response = super().get(request, *args, **kwargs)
        if not self.filter_form.is_valid():
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.filter_form.is_valid():
            return PressRelease.objects.none()
        releases = self.filter_form.filter(super().get_queryset())
        return releases.with_listing_relations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        context["active_fields"] = (
            self.filter_form.cleaned_data.get("field") if self.filter_form.is_valid() else []
        )
        return context


class PressReleaseDetailView(PublishedReleaseMixin, DetailView):
    template_name = "news/press_release_detail.html"
    context_object_name = "release"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related("places", "sources", "fields_of_work", "states", "tags")
        )
