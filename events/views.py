"""Meetings and conferences on the site: the list (upcoming soonest first, then the past newest
first), an event's page, a series' page, and their iCalendar versions (events.calendars)."""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, TemplateView

from core import languages
from core.translations import filter_options, names_language, shown_in, shown_or_source
from core.views import QueryFormMixin, TranslatedDetailMixin, renamed_query
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from news.models import Place, PressRelease
from publications.models import Publication
from structures.models import Structure

from .calendars import calendar_of, calendar_response
from .forms import EventFilterForm
from .models import Event, EventSeries

# The most events one calendar feed carries (the newest): a client asks again every hour.
CALENDAR_LIMIT = 500


def with_card_relations(events, language, translations="page"):
    """What an event's card shows: its series and place (named in `language`), and its
    translations in `translations` (the page's language unless said; None: all of them)."""
    if translations == "page":
        translations = language
    places = Place.objects.select_related("state")
    if language != languages.SOURCE_LANGUAGE:
        places = places.with_translations(language).prefetch_related(
            Prefetch("state", queryset=ParticipatingState.objects.with_translations(language))
        )
    return events.prefetch_related(
        Prefetch("series", queryset=EventSeries.objects.with_translations(language)),
        Prefetch("place", queryset=places),
    ).with_translations(translations)


def page_of(paginator, number):
    """The page `number` (a query parameter: "last" or a number) of `paginator`; anything else,
    or a page beyond the last, is a 404, as in the newsroom's lists (Django's ListView)."""
    if number == "last":
        number = paginator.num_pages
    try:
        return paginator.page(int(number or 1))
    except (InvalidPage, TypeError, ValueError):
        raise Http404 from None


class EventListView(QueryFormMixin, TemplateView):
    """The meetings and conferences, published in the page's language, with the filters of
    EventFilterForm: those to come (or under way) first, soonest first, all of them; then the
    past, newest first, a page at a time. A bad filter: the page with the form's error, 400."""

    template_name = "events/event_list.html"
    query_form_class = EventFilterForm

    def filtered(self):
        language = languages.active()
        if not self.query_form.is_valid():
            return Event.objects.none()
        return self.query_form.filter(Event.objects.published(language))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        events = with_card_relations(self.filtered(), language).defer("body")
        now = timezone.now()
        context["upcoming"] = shown_in(events.upcoming(now), language)
        past = Paginator(events.past(now), settings.EVENTS_PAGE_SIZE)
        page = page_of(past, self.request.GET.get("page"))
        context["page_obj"], context["paginator"] = page, past
        context["is_paginated"] = past.num_pages > 1
        context["past"] = shown_in(page, language)
        context["filter_form"] = self.query_form
        context["current"] = self.query_form.current_values()
        public = Event.objects.published(language)
        series = EventSeries.objects.in_language(language).with_translations(language)
        context["series_options"] = [
            (each.slug, each.name, names_language(each)) for each in shown_in(series, language)
        ]
        fields = FieldOfWork.objects.filter(events__in=public).distinct()
        context["field_options"] = filter_options(fields, language)
        states = ParticipatingState.objects.filter(events__in=public).distinct()
        context["country_options"] = filter_options(states, language)
        context["calendar_query"] = self.query_form.query_string()
        return context


class EventDetailView(TranslatedDetailMixin, DetailView):
    """An event's page in the page's language: when and where (in its own time zone), its
    status, its summary and text, its documents and the news about it."""

    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        language = languages.active()
        # Every translation (not only this language's): the languages the page exists in.
        events = with_card_relations(Event.objects.published(), language, None)
        return events.prefetch_related(
            Prefetch(
                "related_news",
                queryset=PressRelease.objects.published(language)
                .with_translations(language)
                .defer("body", "search_vector", "search_rank_vector")
                .order_by("-published_at"),
            ),
            Prefetch(
                "documents",
                queryset=Publication.objects.published(language).with_translations(language),
            ),
            Prefetch("organisers", queryset=Structure.objects.with_translations(language)),
            Prefetch("fields_of_work", queryset=FieldOfWork.objects.with_translations(language)),
            Prefetch("states", queryset=ParticipatingState.objects.with_translations(language)),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        context["related_news"] = shown_in(self.object.related_news.all(), language)
        context["documents"] = shown_in(self.object.documents.all(), language)
        return context


class SeriesDetailView(TranslatedDetailMixin, DetailView):
    """A series' page: what it is, its meetings to come and its past ones, and its calendar."""

    template_name = "events/series_detail.html"
    context_object_name = "series"

    def get_queryset(self):
        return EventSeries.objects.with_translations(None)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        events = with_card_relations(
            Event.objects.published(language).filter(series=self.object.pk), language
        )
        now = timezone.now()
        context["upcoming"] = shown_in(events.upcoming(now), language)
        context["past"] = shown_in(events.past(now)[: settings.EVENTS_PAGE_SIZE], language)
        return context


def find_event(slug, language):
    """The event published in `language` at `slug` (its address there, or its English one)."""
    queryset = Event.objects.published()
    item = TranslatedDetailMixin().find_item(queryset, slug, language)
    if item is None or not item.is_public_in(language):
        return None
    return item


@require_safe
def event_calendar(request, slug):
    """One event as an iCalendar file (a draft's is a 404, as its page is)."""
    language = languages.active()
    events = with_card_relations(Event.objects.published(language), language)
    event = find_event(slug, language)
    if event is None:
        raise Http404
    event = shown_in(events.filter(pk=event.pk), language)
    if not event:
        raise Http404
    event = event[0]
    calendar = calendar_of([event], request, name=event.title)
    return calendar_response(calendar, f"{event.slug}.ics")


@require_safe
def events_calendar(request):
    """The list's events, with the same filters, as one iCalendar feed to subscribe to: a bad
    filter is a 400, a renamed series' old slug a 301 to the new one."""
    form = EventFilterForm(request.GET)
    renamed = renamed_query(form)
    if renamed is not None:
        return HttpResponsePermanentRedirect(f"{request.path}?{renamed}")
    if not form.is_valid():
        errors = "\n".join(str(error) for errors in form.errors.values() for error in errors)
        return HttpResponse(errors, status=400, content_type="text/plain; charset=utf-8")
    language = languages.active()
    events = with_card_relations(form.filter(Event.objects.published(language)), language)
    events = shown_in(events.order_by("-start", "-id")[:CALENDAR_LIMIT], language)
    name = gettext("OSCE meetings and conferences")
    series = form.cleaned_data["series"]
    if len(series) == 1:
        shown = shown_or_source(series[0], language)
        name = f"{name}: {shown.name}"
    return calendar_response(calendar_of(events, request, name=name), "osce-events.ics")
