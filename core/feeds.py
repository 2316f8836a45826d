"""What the feeds of a filtered list share (the newsroom's, the library's): a feed read by the
list's GET form (`FilteredFeed`), and the filters it applies described as a reader would say
them, for the feed's title.

Absolute URLs are built from the request, like the sitemaps' (see core.sitemaps): the sites
framework's Site row says "example.com" unless someone edits it for every deployment. RSS
readers take titles and descriptions as HTML (feedparser does whenever the text looks like
markup), so those are escaped (`text()`); Atom says which is which, and its feeds' `text()`
leaves them as they are (`PlainTextTitles`).
"""

from copy import copy
from datetime import date

from django import forms
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _

from .views import renamed_query


def describe_value(field, value):
    """A filter value as a reader would say it: names, choice labels, ISO dates."""
    if isinstance(value, list | tuple | QuerySet):
        return ", ".join(describe_value(field, item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        return str(dict(field.choices).get(value, value))
    if isinstance(field, forms.CharField):
        return f"“{value}”"
    return str(value)


def active_filters(form):
    """[(label, description)] of the filters a valid form applies, in the form's order."""
    filters = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if value is None or value == "":
            continue
        description = describe_value(field, value)
        if description:  # an empty multiple choice describes as ""
            filters.append((field.label, description))
    return filters


class FilteredFeed(Feed):
    """A feed of the list at `list_url` (a URL name) filtered by the same query string, read by
    `form_class` (a FollowsRenamesMixin form with `query_string()`): a bad value is a 400 that
    says why; a subscription made before a rename is sent on (301). Subclasses name the feed
    (`plain_title()`, `filtered_title(values)`, `about()`) and its items."""

    form_class = None
    list_url = None

    def plain_title(self):
        raise NotImplementedError

    def filtered_title(self, values):
        raise NotImplementedError

    def about(self):
        raise NotImplementedError

    def author_name(self):  # Atom wants an author
        return _("Organization for Security and Co-operation in Europe")

    def __call__(self, request, *args, **kwargs):
        form = self.form_class(request.GET)
        renamed = renamed_query(form)
        if renamed is not None:  # a subscription made before a rename goes on working
            return HttpResponsePermanentRedirect(f"{request.path}?{renamed}")
        if not form.is_valid():
            errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
            return HttpResponseBadRequest(
                _("This feed cannot be built: %(errors)s") % {"errors": errors},
                content_type="text/plain; charset=utf-8",
            )
        # One Feed instance serves every request: work on a copy that knows this one.
        feed = copy(self)
        feed.request, feed.form, feed.filters = request, form, active_filters(form)
        return super(FilteredFeed, feed).__call__(request, form=form)

    def get_object(self, request, form):
        return form

    def absolute(self, path):
        return self.request.build_absolute_uri(path)

    def text(self, value):
        """Plain text for an element RSS readers take as HTML (titles, descriptions)."""
        return escape(value)

    def title(self):
        if not self.filters:
            return self.plain_title()
        values = "; ".join(description for _label, description in self.filters)
        return self.text(self.filtered_title(values))

    def description(self):
        text = self.about()
        if self.filters:
            text += " (" + "; ".join(f"{label}: {value}" for label, value in self.filters) + ")"
        return self.text(text + ".")

    def with_selection(self, path):
        """`path` with this feed's filters, as validated (never the request's raw query)."""
        query = self.form.query_string()
        return self.absolute(path + (f"?{query}" if query else ""))

    def link(self):
        """The list's page showing the same selection."""
        return self.with_selection(reverse(self.list_url))

    def feed_url(self):
        return self.with_selection(self.request.path)


class PlainTextTitles:
    """For an Atom feed: its titles and subtitle are plain text (type="text")."""

    def text(self, value):
        return value
