from django.conf import settings
from django.db.models import Prefetch
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core import languages, media
from core.translations import filter_options, shown_in
from core.views import PreviewDetailMixin, QueryFormMixin
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from .forms import ProjectFilterForm
from .models import Project


def with_page_relations(projects, language, translations="page"):
    """What a card or a page of projects shows: who runs them, their fields of work, and their
    translations in `translations` (the page's language unless said; None: all of them)."""
    if translations == "page":
        translations = language
    return projects.prefetch_related(
        Prefetch("sources", queryset=Structure.objects.with_translations(language)),
        Prefetch("fields_of_work", queryset=FieldOfWork.objects.with_translations(language)),
    ).with_translations(translations)


def may_preview(user):
    """Whether `user` sees projects that are not public (those of their scope, see
    `ProjectQuerySet.visible_to()`), and their photographs."""
    return user.has_perm("projects.change_project")


class ProjectListView(QueryFormMixin, ListView):
    """The projects: published ones in the page's language, the latest begun first, with the
    filters of ProjectFilterForm (a bad value: the page with the form's error, answered 400)."""

    template_name = "projects/project_list.html"
    context_object_name = "projects"
    paginate_by = settings.PROJECTS_PAGE_SIZE
    query_form_class = ProjectFilterForm

    def get_queryset(self):
        if not self.query_form.is_valid():
            return Project.objects.none()
        language = languages.active()
        projects = self.query_form.filter(Project.objects.published(language))
        return with_page_relations(projects.defer("body"), language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        context["object_list"] = context["projects"] = shown_in(context["object_list"], language)
        context["filter_form"] = self.query_form
        context["current"] = self.query_form.current_values()
        public = Project.objects.published(language)
        fields = FieldOfWork.objects.filter(projects__in=public).distinct()
        sources = Structure.objects.filter(projects__in=public).distinct()
        states = ParticipatingState.objects.filter(funded_projects__in=public).distinct()
        context["field_options"] = filter_options(fields, language)
        context["source_options"] = filter_options(sources, language)
        context["country_options"] = filter_options(states, language)
        context["status_choices"] = Project.Phase.choices
        return context


class ProjectDetailView(PreviewDetailMixin, DetailView):
    """A project's page, in the page's language: what it does, who runs and funds it, when,
    and its budget where it is public. Staff who may change it see a draft here too, marked as
    a preview (core.views.PreviewDetailMixin)."""

    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def may_preview(self):
        return may_preview(self.request.user)

    def get_queryset(self):
        language = languages.active()
        projects = Project.objects.published()
        if self.may_preview():
            projects = Project.objects.visible_to(self.request.user) | projects
        # Every translation (not only this language's): the languages the page exists in.
        projects = with_page_relations(projects, language, None)
        return projects.prefetch_related(
            Prefetch(
                "funding_states", queryset=ParticipatingState.objects.with_translations(language)
            ),
        )


@require_safe
def project_media(request, name):
    """A project's photograph, or a rendition of it, while the project is public; to the staff
    who may change the project (those of their scope), at any time, never cached: the admin
    and the preview show it. Nothing else: 404. The files are outside the public media
    (core.media.serve_protected): this is their only way out."""
    user = request.user
    return media.serve_protected(
        request,
        name,
        field="photo",
        public=Project.objects.published(),
        staff=Project.objects.visible_to(user) if may_preview(user) else None,
    )
