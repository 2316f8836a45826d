"""View building blocks every app may use."""


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
