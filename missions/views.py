from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import named_in
from core.views import TranslatedDetailMixin
from fields.models import FieldOfWork

from .models import FieldOperation, WorkSection


class FieldOperationListView(ListView):
    template_name = "missions/field_operation_list.html"
    context_object_name = "operations"

    def get_queryset(self):
        # An operation's page is English only for now (FieldOperation.is_public_in): another
        # language's list names the operations that have a name in it and links to English.
        language = languages.active()
        operations = FieldOperation.objects.select_related("host_country")
        return named_in(operations.with_translations(language), language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        operations = list(context["operations"])
        context["active_operations"] = [op for op in operations if op.status == op.Status.ACTIVE]
        # Closed activities as a history: the most recently closed first, undated ones last.
        closed = [op for op in operations if op.status == op.Status.CLOSED]
        context["closed_operations"] = sorted(
            closed, key=lambda op: -op.closed.toordinal() if op.closed else 0
        )
        return context


class FieldOperationDetailView(TranslatedDetailMixin, DetailView):
    model = FieldOperation
    template_name = "missions/field_operation_detail.html"
    context_object_name = "operation"

    def get_queryset(self):
        sections = WorkSection.objects.prefetch_related("fields_of_work")
        return (
            FieldOperation.objects.select_related("host_country")
            .with_translations()
            .prefetch_related(Prefetch("sections", queryset=sections), "gallery")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["all_fields_of_work"] = FieldOfWork.objects.all()
        return context
