"""View building blocks every app may use."""

from django.http import HttpResponsePermanentRedirect


def renamed_query(form):
    """The query string to send a request on to when its filters name renamed objects by their
    former slugs (core.forms.FollowsRenamesMixin), else None."""
    if form.is_valid() or not hasattr(form, "renamed_query"):
        return None
    return form.renamed_query()


class QueryFormMixin:
    """Views whose query string is read by a form: `self.query_form`, bound to request.GET.

    An invalid query string still renders the page (which shows the form's errors) but answers
    400, so that a bad link is a clear client error and never a 500; one that names a renamed
    object by its former slug is sent on to the same page with the new one (301).
    """

    query_form_class = None

    def get(self, request, *args, **kwargs):
        self.query_form = self.query_form_class(request.GET)
        renamed = renamed_query(self.query_form)
        if renamed is not None:
            return HttpResponsePermanentRedirect(f"{request.path}?{renamed}")
        response = super().get(request, *args, **kwargs)
        if not self.query_form.is_valid():
            response.status_code = 400
        return response
