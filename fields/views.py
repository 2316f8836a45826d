from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from missions.models import FieldOperation
from news.models import PressRelease

from .models import FieldOfWork

LATEST_NEWS = 5


class FieldOfWorkListView(ListView):
    model = FieldOfWork
    template_name = "fields/field_of_work_list.html"
    context_object_name = "fields_of_work"


class FieldOfWorkDetailView(DetailView):
    model = FieldOfWork
    template_name = "fields/field_of_work_detail.html"
    context_object_name = "field"

    def get_queryset(self):
        return FieldOfWork.objects.prefetch_related(
            "institutions",
            Prefetch("operations", queryset=FieldOperation.objects.active()),
            "links",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_news"] = (
            PressRelease.objects.published().in_field(self.object).with_listing_relations()
        )[:LATEST_NEWS]
        return context
