from urllib.parse import unquote

from django.db.models import Prefetch
from django.http import Http404
from django.views.generic import TemplateView

from core import languages
from core.translations import by_name, listed_in_english, named_in, shown_in
from core.views import PreviewResponseMixin, redirect_to_address, shown_or_preview
from countries.models import Chairpersonship
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import PressRelease
from structures.models import Structure
from structures.views import children_in, in_menu_order, shown_children

from . import addresses
from .home import home_context
from .models import Page, PageSection, give_lineage


class HomeView(TemplateView):
    """The home page: its lead story, its highlights (pages.home: what editors chose, where it
    is public in the page's language), the latest news, the fields of work, the field operations
    and the Chairpersonship."""

    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        context.update(home_context(language))
        lead = context["lead"]
        context["lead_release"] = lead if isinstance(lead, PressRelease) else None
        fields = FieldOfWork.objects.in_language(language).with_translations(language)
        operations = FieldOperation.objects.active().select_related("host_country")
        context["fields_of_work"] = by_name(shown_in(fields, language), language)
        context["operations"] = named_in(operations.with_translations(language), language)
        context["field_count"] = listed_in_english(FieldOfWork.objects, context["fields_of_work"])
        context["operation_count"] = listed_in_english(operations, context["operations"])
        context["chairpersonship"] = Chairpersonship.objects.with_state_names(language).current()
        return context


def may_preview(user):
    """Whether `user` sees pages that are not public (those their scope covers, see
    `PageQuerySet.visible_to()`)."""
    return user.has_perm("pages.change_page")


class PageView(PreviewResponseMixin, TemplateView):
    """An editable page at its address (pages.addresses.find), in the page's language: 200 only
    where it is public in it (its lineage too, pages.models), else a 404 in the site's design
    that links to the languages it is public in. An address that names English slugs under
    another language's prefix, or that is not the page's own, is sent on to the page's address
    there (301).

    Staff who may change the page also see it before (or after) it is public, and each of its
    translations, on this same page, marked as a preview and never cached or indexed. Two
    queries find the page with its ancestors and all their translations, whatever its depth;
    its sections, their translations and structures, and its children take a fixed number more.
    """

    template_name = "pages/page_detail.html"

    def may_preview(self):
        return may_preview(self.request.user)

    def candidates(self):
        if self.may_preview():
            return Page.objects.visible_to(self.request.user)
        return Page.objects.all()

    def get(self, request, *args, path, **kwargs):
        language = languages.active()
        page = addresses.find(
            path, language, self.candidates(), public_slugs_only=not self.may_preview()
        )
        if page is None:
            raise Http404
        languages.set_versions(request, page.language_versions())
        shown, self.preview_of = shown_or_preview(page, language, self.may_preview())
        address = shown.get_absolute_url()
        if unquote(address) != request.path:  # the path is decoded, an address IRI-encoded
            return redirect_to_address(address, preview=self.preview_of is not None)
        self.page = shown
        return self.render_to_response(self.get_context_data(page=shown))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        page = self.page
        context["breadcrumbs"] = [
            shown_as_page(ancestor, language) for ancestor in page.ancestors()
        ]
        context["hidden_ancestor"] = next(
            (each for each in page.ancestors() if not each.is_published), None
        )
        sections = list(
            page.sections.with_translations(language).prefetch_related(
                Prefetch(
                    "structures",
                    queryset=Structure.objects.with_translations(language).order_by(
                        "position", "name"
                    ),
                )
            )
        )
        shown_sections = shown_in(sections, language)
        context["sections"] = shown_sections
        context["untranslated_sections"] = len(sections) - len(shown_sections)
        if any(section.kind == PageSection.Kind.OVERVIEW for section in shown_sections):
            context["overview"] = structure_overview(language)
        children = Page.objects.children_of(page).published(language).with_translations(language)
        for child in children:
            give_lineage(child, [*page.lineage(), child])
        context["children"] = shown_in(children, language)
        return context


def shown_as_page(page, language):
    """`page` in `language`: public there (every ancestor of a public page is), else, above a
    preview, its translation's texts or its English ones."""
    if language == languages.SOURCE_LANGUAGE:
        return page
    return page.in_language(language) or page.preview_in(language) or page


def structure_overview(language):
    """The organizational structure from the structures' data, shown in `language` as the
    structures' list shows it: the top-level structures (the Secretariat with its units, the
    institutions, the Parliamentary Assembly...) in menu order, then the active field
    operations named in it (linking to their page in it where it exists)."""
    structures = (
        Structure.objects.exclude_field_operations()
        .top_level()
        .in_language(language)
        .with_translations(language)
        .prefetch_related(children_in(language))
    )
    operations = FieldOperation.objects.active().only("name", "slug", "kind", "tagline")
    return {
        "structures": shown_children(
            in_menu_order(shown_in(structures, language), language), language
        ),
        "operations": by_name(named_in(operations.with_translations(language), language), language),
    }
