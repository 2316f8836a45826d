from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from missions.models import FieldOperation

from .models import FieldOfWork


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
