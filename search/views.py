"""The site-wide search: news, publications, projects, meetings and conferences, pages, fields of
work, field operations, States and people in one page.

Words match whole words and word prefixes, whatever the case and accents (core.search); news
through the newsroom's search (news.search), publications by their texts and the words inside
their files (publications.search).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core import languages
from core.forms import reject_control_characters
from core.search import Query, in_rows
from core.translations import shown_in
from core.views import QueryFormMixin
from countries.models import ParticipatingState, ParticipatingStateTranslation
from events.models import Event, EventTranslation
from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import (
    FieldOperation,
    FieldOperationTranslation,
    GalleryPhoto,
    GalleryPhotoTranslation,
    WorkSection,
    WorkSectionTranslation,
)
from news import search as news_search
from news.models import PressRelease
from news.pagination import NewsPaginator
from pages.models import Page, PageSection, PageSectionTranslation, PageTranslation, attach_lineages
from people.models import Person, PersonTranslation
from projects.models import Project, ProjectTranslation
from publications import search as publication_search
from publications.models import Publication
from structures.models import StructureTranslation

RESULTS_PER_SECTION = 10


class SiteSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        validators=[reject_control_characters],
    )


# A page is found by its sections' texts too.
PAGE_SECTION_TEXTS = ["heading", "text", "quotation", "quotation_source", "photo_caption"]
# An operation is found by its "Our work" sections and its photographs' captions too.
OPERATION_TEXTS = [
    in_rows(WorkSection, "operation", "title", "strapline", "text", "photo_caption"),
    in_rows(GalleryPhoto, "operation", "photo_caption"),
]


class SiteSearchView(QueryFormMixin, TemplateView):
    template_name = "search/search.html"
    query_form_class = SiteSearchForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.query_form
        text = self.query_form.cleaned_data.get("q", "") if self.query_form.is_valid() else ""
        context["q"] = text
        query = Query(text)
        if not query:
            return context
        language = languages.active()
        news = news_search.search(PressRelease.objects.newsroom(language), text, language)
        # The newsroom's paginator: a cached count, and the rows read in two steps (ids by rank,
        # then only those rows with their snippets).
        first_page = NewsPaginator(
            news.with_listing_relations(language),
            RESULTS_PER_SECTION,
            selection=("site-search", language, text),
        ).page(1)
        context["news_count"] = first_page.paginator.count
        context["news"] = shown_in(first_page, language)
        if language == languages.SOURCE_LANGUAGE:
            context.update(english_results(query, text))
        else:
            context.update(translated_results(query, text, language))
        return context


def found_pages(pages, language):
    """The first pages of `pages` (public in `language`), shown in it, their addresses read
    at once (one query for their lineages)."""
    found = attach_lineages(pages[:RESULTS_PER_SECTION], language)
    return shown_in(found, language)


def english_results(query, text):
    """Pages, fields of work, operations and States whose English texts match `query`."""
    pages = Page.objects.published().filter(
        query.condition(
            "title",
            "strapline",
            "summary",
            related=[in_rows(PageSection, "page", *PAGE_SECTION_TEXTS)],
        )
    )
    return {
        "pages": found_pages(pages, languages.SOURCE_LANGUAGE),
        "fields_of_work": FieldOfWork.objects.filter(query.condition("name", "summary"))[
            :RESULTS_PER_SECTION
        ],
        "operations": FieldOperation.objects.filter(
            query.condition("name", "full_name", "headquarters", "tagline", related=OPERATION_TEXTS)
        )[:RESULTS_PER_SECTION],
        "states": ParticipatingState.objects.filter(query.condition("name", "other_names"))[
            :RESULTS_PER_SECTION
        ],
        "people": Person.objects.filter(query.condition("name"))[:RESULTS_PER_SECTION],
        "publications": publication_search.matching(Publication.objects.published(), text)[
            :RESULTS_PER_SECTION
        ],
        "projects": Project.objects.published()
        .defer("body")
        .filter(query.condition("title", "summary", "body"))[:RESULTS_PER_SECTION],
        "events": Event.objects.published().filter(query.condition("title", "summary", "venue"))[
            :RESULTS_PER_SECTION
        ],
    }


def translated_results(query, text, language):
    """The same in another language: what exists in it, found by its texts in it (never by
    its English ones, which a page in that language does not show)."""

    def rows(model):
        return model.objects.filter(language=language)

    def found(items, *related):
        items = items.in_language(language).with_translations(language)
        return shown_in(
            items.filter(query.condition(related=related))[:RESULTS_PER_SECTION], language
        )

    pages = (
        Page.objects.published(language)
        .with_translations(language)
        .filter(
            query.condition(
                related=[
                    in_rows(rows(PageTranslation), "item", "title", "strapline", "summary"),
                    in_rows(rows(PageSectionTranslation), "item__page", *PAGE_SECTION_TEXTS),
                ]
            )
        )
    )
    return {
        "pages": found_pages(pages, language),
        "fields_of_work": found(
            FieldOfWork.objects, in_rows(rows(FieldOfWorkTranslation), "item", "name", "summary")
        ),
        "operations": found(
            FieldOperation.objects,
            in_rows(rows(StructureTranslation), "item", "name", "full_name"),
            in_rows(rows(FieldOperationTranslation), "item", "tagline"),
            in_rows(
                rows(WorkSectionTranslation),
                "item__operation",
                *["title", "strapline", "text", "photo_caption"],
            ),
            in_rows(rows(GalleryPhotoTranslation), "item__operation", "photo_caption"),
        ),
        "states": found(
            ParticipatingState.objects,
            in_rows(rows(ParticipatingStateTranslation), "item", "name"),
        ),
        "people": found(Person.objects, in_rows(rows(PersonTranslation), "item", "name")),
        "publications": shown_in(
            publication_search.matching(
                Publication.objects.published(language).with_translations(language),
                text,
                language,
            )[:RESULTS_PER_SECTION],
            language,
        ),
        "projects": found(
            Project.objects.published().defer("body"),
            in_rows(rows(ProjectTranslation), "item", "title", "summary", "body"),
        ),
        "events": found(
            Event.objects.published(),
            in_rows(rows(EventTranslation), "item", "title", "summary"),
        ),
    }
