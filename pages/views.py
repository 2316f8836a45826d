from django.views.generic import TemplateView

from countries.models import Chairpersonship
from fields.models import FieldOfWork
from missions.models import FieldOperation


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["fields_of_work"] = FieldOfWork.objects.all()
        context["operations"] = FieldOperation.objects.active().select_related("host_country")
        context["chairpersonship"] = Chairpersonship.objects.current()
        return context
