from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import by_name, listed_in_english, named_in, shown_in, shown_or_source
from core.views import TranslatedDetailMixin
from fields.models import FieldOfWork

from .models import FieldOperation, GalleryPhoto, WorkSection


class FieldOperationListView(ListView):
    template_name = "missions/field_operation_list.html"
    context_object_name = "operations"

    def get_queryset(self):
        # Another language's list names the operations that have a name in it, linking to
        # their page in it where it exists and to the English page where it does not yet.
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
        context["operation_count"] = listed_in_english(FieldOperation.objects, operations)
        return context


class FieldOperationDetailView(TranslatedDetailMixin, DetailView):
    model = FieldOperation
    template_name = "missions/field_operation_detail.html"
    context_object_name = "operation"

    def get_queryset(self):
        # The operation's translations in every language (the languages its page exists in);
        # its sections', photographs' and related fields' in the page's language only.
        language = languages.active()
        fields = FieldOfWork.objects.with_translations(language)
        sections = WorkSection.objects.with_translations(language).prefetch_related(
            Prefetch("fields_of_work", queryset=fields)
        )
        return (
            FieldOperation.objects.select_related("host_country")
            .with_translations()
            .prefetch_related(
                Prefetch("sections", queryset=sections),
                Prefetch("gallery", queryset=GalleryPhoto.objects.with_translations(language)),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        operation = self.object
        # In another language, the sections and photographs translated into it: an
        # untranslated one is left out, never shown in English under a translated page.
        context["sections"] = shown_in(operation.sections.all(), language)
        context["photos"] = shown_in(operation.gallery.all(), language)
        fields = FieldOfWork.objects.with_translations(language)
        context["all_fields_of_work"] = by_name(named_in(fields, language), language)
        host = operation.host_country
        if host is not None and language != languages.SOURCE_LANGUAGE:
            host = type(host).objects.with_translations(language).get(pk=host.pk)
            host = shown_or_source(host, language)
        context["host_country"] = host
        return context
