from collections import defaultdict

from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import by_name, listed_in_english, named_in, shown_in
from core.views import TranslatedDetailMixin
from missions.models import FieldOperation
from structures.models import Structure

from .models import FieldOfWork


class FieldOfWorkListView(ListView):
    template_name = "fields/field_of_work_list.html"
    context_object_name = "fields_of_work"

    def get_queryset(self):
        language = languages.active()
        fields = FieldOfWork.objects.in_language(language).with_translations(language)
        return by_name(shown_in(fields, language), language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["field_count"] = listed_in_english(FieldOfWork.objects, context["fields_of_work"])
        return context


class FieldOfWorkDetailView(TranslatedDetailMixin, DetailView):
    model = FieldOfWork
    template_name = "fields/field_of_work_detail.html"
    context_object_name = "field"

    def get_queryset(self):
        language = languages.active()
        institutions = Structure.objects.in_language(language).with_translations(language)
        operations = FieldOperation.objects.active().with_translations(language)
        return FieldOfWork.objects.with_translations().prefetch_related(
            Prefetch("institutions", queryset=institutions),
            Prefetch("operations", queryset=operations),
            "links",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # What the page names in its language: the institutions whose pages exist in it, the
        # operations by their names in it (their pages in it where they exist, else English).
        language = languages.active()
        context["institutions"] = shown_in(self.object.institutions.all(), language)
        context["operations"] = named_in(self.object.operations.all(), language)
        # The editors' own links, by category: resources elsewhere on the web, listed after
        # what the site holds of that category (the template's tags of the apps above).
        other_links = defaultdict(list)
        for link in self.object.links.all():
            other_links[link.category].append(link)
        context["other_links"] = dict(other_links)
        return context
