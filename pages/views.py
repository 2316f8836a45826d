from django.views.generic import TemplateView

from core import languages
from core.translations import by_name, listed_in_english, named_in, shown_in
from countries.models import Chairpersonship
from fields.models import FieldOfWork
from missions.models import FieldOperation


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        fields = FieldOfWork.objects.in_language(language).with_translations(language)
        operations = FieldOperation.objects.active().select_related("host_country")
        context["fields_of_work"] = by_name(shown_in(fields, language), language)
        context["operations"] = named_in(operations.with_translations(language), language)
        context["field_count"] = listed_in_english(FieldOfWork.objects, context["fields_of_work"])
        context["operation_count"] = listed_in_english(operations, context["operations"])
        context["chairpersonship"] = Chairpersonship.objects.with_state_names(language).current()
        return context
