from urllib.parse import unquote, urlencode

from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.generic import DetailView, ListView

from core import languages
from core.scopes import scope_of
from core.translations import by_name, listed_in_english, named_in, shown_in, shown_or_source
from core.views import TranslatedDetailMixin
from fields.models import FieldOfWork

from .models import Department, DepartmentSection, FieldOperation, GalleryPhoto, WorkSection


class FieldOperationListView(ListView):
    template_name = "missions/field_operation_list.html"
    context_object_name = "operations"

    def get_queryset(self):
        # Another language's list names the operations that have a name in it, linking to
        # their page in it where it exists and to the English page where it does not yet.
        language = languages.active()
        operations = FieldOperation.objects.select_related("host_country")
        return named_in(operations.with_translations(language), language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        operations = list(context["operations"])
        context["active_operations"] = [op for op in operations if op.status == op.Status.ACTIVE]
        # Closed activities as a history: the most recently closed first, undated ones last.
        closed = [op for op in operations if op.status == op.Status.CLOSED]
        context["closed_operations"] = sorted(
            closed, key=lambda op: -op.closed.toordinal() if op.closed else 0
        )
        context["operation_count"] = listed_in_english(FieldOperation.objects, operations)
        return context


class FieldOperationDetailView(TranslatedDetailMixin, DetailView):
    model = FieldOperation
    template_name = "missions/field_operation_detail.html"
    context_object_name = "operation"

    def get_queryset(self):
        # The operation's translations in every language (the languages its page exists in);
        # its sections', photographs' and related fields' in the page's language only.
        language = languages.active()
        fields = FieldOfWork.objects.with_translations(language)
        sections = WorkSection.objects.with_translations(language).prefetch_related(
            Prefetch("fields_of_work", queryset=fields)
        )
        photos = GalleryPhoto.objects.of_operation_page().with_translations(language)
        departments = Department.objects.published().with_translations(language)
        return (
            FieldOperation.objects.select_related("host_country")
            .with_translations()
            .prefetch_related(
                Prefetch("sections", queryset=sections),
                Prefetch("gallery", queryset=photos),
                Prefetch("departments", queryset=departments),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        operation = self.object
        # In another language, the sections and photographs translated into it: an
        # untranslated one is left out, never shown in English under a translated page.
        context["sections"] = shown_in(operation.sections.all(), language)
        # A section that has a department links to its page where it exists in this language.
        departments = {
            department.work_section_id: department
            for department in shown_in(operation.departments.all(), language)
        }
        for section in context["sections"]:
            section.more_about = departments.get(section.pk)
        context["photos"] = shown_in(operation.gallery.all(), language)
        fields = FieldOfWork.objects.with_translations(language)
        context["all_fields_of_work"] = by_name(named_in(fields, language), language)
        host = operation.host_country
        if host is not None and language != languages.SOURCE_LANGUAGE:
            host = type(host).objects.with_translations(language).get(pk=host.pk)
            host = shown_or_source(host, language)
        context["host_country"] = host
        return context


class DepartmentDetailView(TranslatedDetailMixin, DetailView):
    """A department's page, under its operation's address, in the request's language.

    Each of the two slugs is looked up among its item's addresses in that language, a former
    one included (core.views.TranslatedDetailMixin), so that the page's old addresses, under a
    renamed operation too, are sent on to the current one (301). A department that exists but
    not in this language is a 404 linking to the languages it has.

    Staff who may change the department (within their editorial scope) see it, in English,
    before it is published: marked as a preview, never cached or indexed.
    """

    template_name = "missions/department_detail.html"
    context_object_name = "department"

    def find(self, queryset, slug, language):
        item = self.find_item(queryset, slug, language)
        if item is None and language == languages.SOURCE_LANGUAGE:
            # The redirects middleware knows the department's own former address, not those
            # under its operation's former slug.
            item = self.find_by_former_slug(queryset, slug, language)
        return item

    def may_preview(self, operation):
        user = self.request.user
        if not user.has_perm("missions.change_department"):
            return False
        scope = scope_of(user)
        return scope is None or operation.pk in {structure.pk for structure in scope}

    def get_queryset(self):
        language = languages.active()
        fields = FieldOfWork.objects.with_translations(language)
        departments = self.operation.departments.all()  # each one's `operation` is this one
        if not self.may_preview(self.operation):
            departments = departments.published()
        return departments.with_translations().prefetch_related(
            Prefetch("fields_of_work", queryset=fields),
            Prefetch("sections", queryset=DepartmentSection.objects.with_translations(language)),
            Prefetch("gallery", queryset=GalleryPhoto.objects.with_translations(language)),
        )

    def get(self, request, *args, **kwargs):
        language = languages.active()
        operations = FieldOperation.objects.with_translations()
        self.operation = self.find(operations, self.kwargs["operation"], language)
        if self.operation is None:
            raise Http404
        department = self.find(self.get_queryset(), self.kwargs["slug"], language)
        if department is None:
            raise Http404
        versions = department.language_versions()
        languages.set_versions(request, versions)
        self.preview = not department.is_published
        if self.preview and language == languages.SOURCE_LANGUAGE:
            address = department.get_absolute_url()
        else:
            address = versions.get(language)
        if address is None:
            raise Http404(f"not published in {language}")
        if unquote(address) != request.path:  # the path is decoded, an address IRI-encoded
            if not self.preview:
                return HttpResponsePermanentRedirect(address)
            redirect = HttpResponseRedirect(address)  # nothing keeps a preview's address
            add_never_cache_headers(redirect)
            patch_cache_control(redirect, private=True)
            return redirect
        self.object = department.in_language(language)  # a preview's is the English page
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        department = self.object
        operation = self.operation
        if language != languages.SOURCE_LANGUAGE:
            operation = operation.in_language(language)
        context["operation"] = operation
        context["preview"] = self.preview
        # In another language, the sub-sections and photographs translated into it only.
        context["sections"] = shown_in(department.sections.all(), language)
        context["photos"] = shown_in(department.gallery.all(), language)
        fields = department.fields_of_work.all()
        context["fields_of_work"] = fields
        query = [("source", operation.slug), *(("field", field.slug) for field in fields)]
        context["news_url"] = f"{reverse('news:list')}?{urlencode(query)}"
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.preview or self.may_preview(self.operation):
            # Nothing an editor sees may be kept by a browser or a shared cache.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        if self.preview:
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
