from django.conf import settings
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_response_headers
from django.utils.http import content_disposition_header, http_date
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView
from django.views.static import was_modified_since

from core import languages, media
from core.translations import names_language, shown_in, shown_or_source
from core.views import QueryFormMixin, TranslatedDetailMixin
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from .forms import LibraryFilterForm
from .models import Publication, PublicationFile


def with_page_relations(publications, language, translations="page"):
    """What a card or a page of publications shows: its sources, fields and files, and its
    translations in `translations` (the page's language unless said; None: all of them)."""
    if translations == "page":
        translations = language
    return publications.prefetch_related(
        Prefetch("sources", queryset=Structure.objects.with_translations(language)),
        Prefetch("fields_of_work", queryset=FieldOfWork.objects.with_translations(language)),
        # Without their texts (up to a quarter of a million characters each: publications.search).
        Prefetch(
            "files",
            queryset=PublicationFile.objects.order_by("language").defer("text", "search_vector"),
        ),
    ).with_translations(translations)


class PublicationListView(QueryFormMixin, ListView):
    """The library: published publications in the page's language, newest first, with the
    filters of LibraryFilterForm (a bad value: the page with the form's error, answered 400)."""

    template_name = "publications/publication_list.html"
    context_object_name = "publications"
    paginate_by = settings.PUBLICATIONS_PAGE_SIZE
    query_form_class = LibraryFilterForm

    def get_queryset(self):
        if not self.query_form.is_valid():
            return Publication.objects.none()
        language = languages.active()
        publications = self.query_form.filter(Publication.objects.published(language))
        return with_page_relations(publications, language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        context["object_list"] = context["publications"] = shown_in(
            context["object_list"], language
        )
        context["filter_form"] = self.query_form
        context["current"] = self.query_form.data
        public = Publication.objects.published(language)
        fields = FieldOfWork.objects.filter(publications__in=public).distinct()
        sources = Structure.objects.filter(publications__in=public).distinct()
        states = ParticipatingState.objects.filter(publications__in=public).distinct()
        context["field_options"] = options(fields.with_translations(language), language)
        context["source_options"] = options(sources.with_translations(language), language)
        context["country_options"] = options(states.with_translations(language), language)
        context["type_choices"] = Publication.Type.choices
        context["language_choices"] = settings.LANGUAGES
        return context


def options(queryset, language):
    """(slug, name, language of the name) of each of `queryset`, for a filter's <select>."""
    shown = [shown_or_source(item, language) for item in queryset]
    return [
        (item.slug, item.name, names_language(item))
        for item in sorted(shown, key=lambda item: item.name)
    ]


class PublicationDetailView(TranslatedDetailMixin, DetailView):
    """A publication's page, in the page's language: its summary, what it is, and one download
    per language it has a file in (the files' stable addresses)."""

    template_name = "publications/publication_detail.html"
    context_object_name = "publication"

    def get_queryset(self):
        language = languages.active()
        # Every translation (not only this language's): the languages the page exists in.
        publications = with_page_relations(Publication.objects.published(), language, None)
        return publications.prefetch_related(
            Prefetch("states", queryset=ParticipatingState.objects.with_translations(language)),
            "tags",
        )


@require_safe
def publication_file(request, slug, language):
    """The publication's PDF in `language` at its stable address, while the publication is
    public; else 404 (a draft's file never leaves the protected storage), as for a language the
    site does not have (checked first: the path may hold anything). One query."""
    if language not in languages.codes():
        raise Http404
    row = (
        PublicationFile.objects.filter(
            publication__in=Publication.objects.published(), publication__slug=slug
        )
        .filter(language=language)
        .select_related("publication")
        .only("file", "size", "language", "updated_at", "publication", "publication__slug")
        .first()
    )
    if row is None or not row.file:
        raise Http404
    storage, name = row.file.storage, row.file.name
    modified = row.updated_at.timestamp()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        return HttpResponseNotModified()
    try:
        handle = storage.open(name)
        size = storage.size(name)
    except OSError:
        raise Http404 from None
    response = FileResponse(handle, content_type="application/pdf")
    response["Content-Length"] = str(size)
    filename = f"{row.publication.slug}-{language}.pdf"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    response["Last-Modified"] = http_date(modified)
    response["X-Content-Type-Options"] = "nosniff"
    patch_response_headers(response, settings.PUBLICATION_FILE_CACHE_SECONDS)
    patch_cache_control(response, public=True)
    return response


@require_safe
def cover(request, name):
    """A file's cover, or a rendition of it (publications.tasks), while its publication is
    public; to the staff who may change publications (those they see: core.scopes), at any
    time, never cached: the admin shows them. Nothing else: 404. Visitors cost one query, on
    the cover's indexed column."""
    storage = PublicationFile._meta.get_field("cover").storage
    original = storage.original_name(name)
    if original is None:
        raise Http404
    files = PublicationFile.objects.filter(cover=original)
    if request.user.has_perm("publications.change_publication"):
        publications = (
            Publication.objects.visible_to(request.user) | Publication.objects.published()
        )
        row = files.filter(publication__in=publications).select_related("publication").first()
        if row is None:
            raise Http404
        public = row.publication.is_published
    elif files.filter(publication__in=Publication.objects.published()).exists():
        public = True
    else:
        raise Http404
    return media.serve(request, storage, name, public=public)
