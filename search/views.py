"""The site-wide search: news, fields of work, field operations and States in one page."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.forms import reject_control_characters
from core.views import QueryFormMixin
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news import search as news_search
from news.models import PressRelease
from news.pagination import NewsPaginator

RESULTS_PER_SECTION = 10


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        validators=[reject_control_characters],
    )


def containing(words, *fields):
    """Every word must appear in at least one of `fields`."""
    condition = Q()
    for word in words:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        condition &= any_field
    return condition


class SiteSearchView(QueryFormMixin, TemplateView):
    template_name = "search/search.html"
    query_form_class = SiteSearchForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.query_form
        text = self.query_form.cleaned_data.get("q", "") if self.query_form.is_valid() else ""
        context["q"] = text
        words = news_search.plain_words(text)
        if not words:
            return context
        news = news_search.search(PressRelease.objects.published(), text)
        # The newsroom's paginator: a cached count, and the rows read in two steps (ids by rank,
        # then only those rows with their snippets).
        first_page = NewsPaginator(
            news.with_listing_relations(), RESULTS_PER_SECTION, selection=("site-search", text)
        ).page(1)
        context["news_count"] = first_page.paginator.count
        context["news"] = list(first_page)
        context["fields_of_work"] = FieldOfWork.objects.filter(
            containing(words, "name", "summary")
        )[:RESULTS_PER_SECTION]
        context["operations"] = FieldOperation.objects.filter(
            containing(words, "name", "full_name", "headquarters", "tagline")
        )[:RESULTS_PER_SECTION]
        context["states"] = ParticipatingState.objects.filter(containing(words, "name"))[
            :RESULTS_PER_SECTION
        ]
        return context
