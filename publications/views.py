from django.conf import settings
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_response_headers
from django.utils.http import content_disposition_header, http_date
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView
from django.views.static import was_modified_since

from core import languages, media
from core.translations import shown_in
from core.views import PreviewDetailMixin, QueryFormMixin, never_cached
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from .facets import active_chips, build_facets
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


def may_preview(user):
    """Whether `user` sees publications that are not public (those of their scope, see
    `PublicationQuerySet.visible_to()`), and their files."""
    return user.has_perm("publications.change_publication")


def previewable(user):
    """The publications `user` may see on their pages: the public ones, and for staff who may
    preview, those of their editorial scope in any status."""
    if may_preview(user):
        return Publication.objects.visible_to(user) | Publication.objects.published()
    return Publication.objects.published()


class PublicationListView(QueryFormMixin, ListView):
    """The library: published publications in the page's language, newest first, with the
    filters of LibraryFilterForm (a bad value: the page with the form's error, answered 400),
    and facets with counts beside them (publications.facets)."""

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
        form = self.query_form
        context["filter_form"] = form
        context["current"] = form.current_values()
        if form.is_valid():
            query = self.request.GET
            published = Publication.objects.published(language)
            context["facets"] = build_facets(form, published, query)
            chips = context["chips"] = active_chips(form, query)
            # The <title> names the filters in the page's language only (it cannot mark one).
            context["titled_chips"] = [chip for chip in chips if chip.language == language]
            context["feed_query"] = form.query_string()
        context["language_choices"] = [
            (code, languages.local_name(code)) for code in languages.codes()
        ]
        return context


class PublicationDetailView(PreviewDetailMixin, DetailView):
    """A publication's page, in the page's language: its summary, what it is, and one download
    per language it has a file in (the files' stable addresses). Staff who may change it see a
    draft here too, marked as a preview (core.views.PreviewDetailMixin)."""

    template_name = "publications/publication_detail.html"
    context_object_name = "publication"

    def may_preview(self):
        return may_preview(self.request.user)

    def get_queryset(self):
        language = languages.active()
        # Every translation (not only this language's): the languages the page exists in.
        publications = with_page_relations(previewable(self.request.user), language, None)
        return publications.prefetch_related(
            Prefetch("states", queryset=ParticipatingState.objects.with_translations(language)),
            "tags",
        )


@require_safe
def publication_file(request, slug, language):
    """The publication's PDF in `language` at its stable address, while the publication is
    public; to the staff who may preview it (`previewable()`), at any time, never cached. Else
    404 (a draft's file never leaves the protected storage to anyone else), as for a language
    the site does not have (checked first: the path may hold anything). Visitors cost one
    query."""
    if language not in languages.codes():
        raise Http404
    workflow = ["status", "published_at", "expires_at"]
    row = (
        PublicationFile.objects.filter(
            publication__in=previewable(request.user), publication__slug=slug
        )
        .filter(language=language)
        .select_related("publication")
        .only(
            "file",
            "size",
            "language",
            "updated_at",
            "publication",
            "publication__slug",
            *(f"publication__{name}" for name in workflow),
        )
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
    if row.publication.is_published:
        patch_response_headers(response, settings.PUBLICATION_FILE_CACHE_SECONDS)
        patch_cache_control(response, public=True)
    else:  # a preview
        never_cached(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def cover(request, name):
    """A file's cover, or a rendition of it (publications.tasks), while its publication is
    public; to the staff who may change publications (those they see: core.scopes), at any
    time, never cached: the admin shows them (core.media.serve_protected). Nothing else: 404."""
    user = request.user
    files = PublicationFile.objects.all()
    return media.serve_protected(
        request,
        name,
        field="cover",
        public=files.filter(publication__in=Publication.objects.published()),
        staff=(
            files.filter(publication__in=Publication.objects.visible_to(user))
            if may_preview(user)
            else None
        ),
    )
