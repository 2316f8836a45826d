from django.views.generic import TemplateView

from countries.models import Chairpersonship
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import PressRelease

HOME_NEWS = 6


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_news"] = PressRelease.objects.published().with_listing_relations()[
            :HOME_NEWS
        ]
        context["fields_of_work"] = FieldOfWork.objects.all()
        context["operations"] = FieldOperation.objects.active().select_related("host_country")
        context["chairpersonship"] = Chairpersonship.objects.current()
        return context


class QueryFormMixin:
    """Views whose query string is read by a form: `self.query_form`, bound to request.GET.

    An invalid query string still renders the page (which shows the form's errors) but answers
    400, so that a bad link is a clear client error and never a 500.
    """

    query_form_class = None

    def get(self, request, *args, **kwargs):
        self.query_form = self.query_form_class(request.GET)
        response = super().get(request, *args, **kwargs)
        if not self.query_form.is_valid():
            response.status_code = 400
        return response
