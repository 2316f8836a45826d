from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import shown_in
from core.views import TranslatedDetailMixin
from missions.models import FieldOperation

from .models import FieldOfWork


class FieldOfWorkListView(ListView):
    template_name = "fields/field_of_work_list.html"
    context_object_name = "fields_of_work"

    def get_queryset(self):
        language = languages.active()
        fields = FieldOfWork.objects.in_language(language).with_translations(language)
        return shown_in(fields, language)


class FieldOfWorkDetailView(TranslatedDetailMixin, DetailView):
    model = FieldOfWork
    template_name = "fields/field_of_work_detail.html"
    context_object_name = "field"

    def get_queryset(self):
        return FieldOfWork.objects.with_translations().prefetch_related(
            "institutions",
            Prefetch("operations", queryset=FieldOperation.objects.active()),
            "links",
        )
