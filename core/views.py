"""View building blocks every app may use."""

from urllib.parse import unquote

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views import defaults

from . import languages
from .models import FormerSlug


def renamed_query(form):
    """The query string to send a request on to when its filters name renamed objects by their
    former slugs (core.forms.FollowsRenamesMixin), else None."""
    if form.is_valid() or not hasattr(form, "renamed_query"):
        return None
    return form.renamed_query()


def page_not_found(request, exception):
    """Django's 404 view, with the languages the missing page exists in: those a view declared
    (a translated item missing in this language) or none, never the same unknown address under
    another prefix."""
    if getattr(request, "language_versions", None) is None:
        languages.set_versions(request, {})
    return defaults.page_not_found(request, exception)


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


class TranslatedDetailMixin:
    """A DetailView of a translatable item (core.translations), in the request's language.

    The slug in the path is looked up among the item's addresses in that language: the
    translation's own slug, the English slug (for a translation that keeps it), or a former
    slug of either, which, like an English address that names the item where a translated
    slug exists, is sent on with a 301 to the item's address in that language. An item that
    exists but not in this language is a 404 whose page links to the languages it has. The
    object the template gets shows its texts in the page's language.

    The view's queryset must prefetch the item's translations (`with_translations()`): the
    languages the page exists in come from them, one query whatever their number.
    """

    def get(self, request, *args, **kwargs):
        language = languages.active()
        item = self.find_item(self.get_queryset(), self.kwargs["slug"], language)
        if item is None:
            raise Http404
        versions = item.language_versions()
        languages.set_versions(request, versions)
        address = versions.get(language)
        if address is None:
            raise Http404(f"not published in {language}")
        if unquote(address) != request.path:  # the path is decoded, an address IRI-encoded
            return HttpResponsePermanentRedirect(address)
        self.object = item.in_language(language)
        return self.render_to_response(self.get_context_data(object=self.object))

    def findable_translations(self, model):
        """The translations whose slug finds their item: the public ones (a draft's slug must
        not confirm that it exists; a view with staff previews widens this for them)."""
        return model.translations.rel.related_model.public_rows()

    def find_item(self, queryset, slug, language):
        if language != languages.SOURCE_LANGUAGE:
            rows = self.findable_translations(queryset.model).filter(language=language, slug=slug)
            translated = queryset.filter(pk__in=rows.values("item")).first()
            if translated is not None:
                return translated
        item = queryset.filter(slug=slug).first()
        if item is not None or language == languages.SOURCE_LANGUAGE:
            return item  # an English address no longer in use: the redirects middleware's
        return self.find_by_former_slug(queryset, slug, language)

    def find_by_former_slug(self, queryset, slug, language):
        translation_model = queryset.model.translations.rel.related_model
        former = FormerSlug.objects.filter(slug=slug)
        owner = queryset.model._meta.get_field("slug").model  # an operation's is its structure's
        english = former.filter(
            content_type=ContentType.objects.get_for_model(owner),
            language=languages.SOURCE_LANGUAGE,
        )
        if item_id := english.values_list("object_id", flat=True).first():
            return queryset.filter(pk=item_id).first()
        translated = former.filter(
            content_type=ContentType.objects.get_for_model(translation_model), language=language
        ).values_list("object_id", flat=True)
        row = translation_model._default_manager.filter(pk__in=translated, language=language)
        item_id = row.values_list("item_id", flat=True).first()
        return queryset.filter(pk=item_id).first() if item_id else None


def never_cached(response):
    """`response` kept by no browser and no shared cache (what an editor sees)."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def shown_or_preview(item, language, may_preview):
    """(The item as its page in `language` shows it, what that page previews or None): the
    item in that language where it is public there; else, to staff who `may_preview`, the item
    (in English) or its translation whatever their status, a preview of it. Else 404."""
    if item.is_public_in(language):
        return item.in_language(language), None
    if may_preview:
        shown = item if language == languages.SOURCE_LANGUAGE else item.preview_in(language)
        if shown is not None:
            return shown, getattr(shown, "shown_translation", shown)
    raise Http404(f"not published in {language}")


def redirect_to_address(address, *, preview):
    """To the item's address: a permanent redirect, or for a preview a temporary one nothing
    keeps, which names an unpublished slug to those who may see it only."""
    if not preview:
        return HttpResponsePermanentRedirect(address)
    return never_cached(HttpResponseRedirect(address))


class PreviewResponseMixin:
    """A page that staff (`may_preview()`) may see as a preview (`self.preview_of`, set by
    the view's get()): `preview` and `preview_of` in the context; the page never cached when
    an editor sees it, and a preview never indexed."""

    def may_preview(self):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview_of is not None
        context["preview_of"] = self.preview_of
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"] or self.may_preview():
            # Nothing an editor sees (a preview, or a page rendered for a logged-in editor)
            # may be kept by a browser or a shared cache.
            never_cached(response)
        if context["preview"]:
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class PreviewDetailMixin(PreviewResponseMixin, TranslatedDetailMixin):
    """A TranslatedDetailMixin whose staff (`may_preview()`) also see the item before (or
    after) it is public, and each of its translations, on this same page, marked as a preview
    (`preview`, `preview_of` in the context) and never cached or indexed.

    The view's `get_queryset()` gives such staff the items they may see (their editorial
    scope's) besides the public ones; the translations' slugs find them whatever their status.
    """

    def findable_translations(self, model):
        rows = super().findable_translations(model)
        if self.may_preview():
            return model.translations.rel.related_model._default_manager.all()
        return rows

    def get(self, request, *args, **kwargs):
        language = languages.active()
        item = self.find_item(self.get_queryset(), self.kwargs["slug"], language)
        if item is None:
            raise Http404
        languages.set_versions(request, item.language_versions())
        shown, self.preview_of = shown_or_preview(item, language, self.may_preview())
        address = shown.get_absolute_url()
        if unquote(address) != request.path:  # the path is decoded, an address IRI-encoded
            return redirect_to_address(address, preview=self.preview_of is not None)
        self.object = shown
        return self.render_to_response(self.get_context_data(object=shown))
