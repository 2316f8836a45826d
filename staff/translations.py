"""The translation board, /admin/translations/: for every translatable item the staff member may
see, which languages it exists in, which of those are public, which are missing, and which are
outdated because its English texts changed after the translation was last saved (with what
changed). The counts at the top say how much is left per language.

Every translatable model registered in the admin appears (core.translations), read through its
admin's own queryset, so that an editorial scope (mission staff: their operation's items)
applies here as it does on the model's change list, and only to users who may view the model.
A translation is outdated when a text it remembers (`source_texts`) differs from the item's
English text now: compared in the database (`outdated_condition`), so the counts cost one
grouped query per content type whatever the number of items or languages.
"""

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from reversion_compare.helpers import html_diff

from core import languages
from core.admin import TranslationInline
from core.translations import TranslatableModel
from structures.models import Structure

PER_PAGE = 50

MISSING, NOT_PUBLIC, PUBLISHED, OUTDATED = "missing", "not-public", "published", "outdated"
STATES = {
    MISSING: _("missing"),
    NOT_PUBLIC: _("not public"),
    PUBLISHED: _("published"),
    OUTDATED: _("outdated"),
}


def translatable_admins(request):
    """{model label: model admin} of the translatable models the user may view."""
    return {
        model._meta.label_lower: model_admin
        for model, model_admin in admin.site._registry.items()
        if issubclass(model, TranslatableModel) and model_admin.has_view_permission(request)
    }


def translation_outdated(translation_model):
    """Q on `translation_model`: outdated rows."""
    item_model = translation_model._meta.get_field("item").related_model
    condition = Q(pk__in=[])
    for name in item_model.translated_fields:
        if name == "slug":
            continue
        remembered = Coalesce(KT(f"source_texts__{name}"), Value(""))
        condition |= ~Q(**{f"item__{name}": remembered})
    return condition


def translation_public(translation_model):
    """Q on `translation_model`: rows shown to the public (`public_rows()`, which a translation
    with a rule or workflow of its own narrows)."""
    return Q(pk__in=translation_model.public_rows().values("pk"))


class BoardFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    type = forms.ChoiceField(label=_("Content type"), required=False)
    state = forms.ChoiceField(
        label=pgettext_lazy("of a translation", "State"),
        required=False,
        choices=[("", _("any")), *STATES.items()],
    )
    source = forms.ModelChoiceField(
        label=_("Source"),
        queryset=Structure.objects.all(),
        required=False,
        help_text=_("Of press releases, and of field operations' sections and photographs."),
    )
    q = forms.CharField(label=_("Item"), required=False, max_length=100)

    def __init__(self, data, *, admins, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["language"].choices = [("", _("all")), *languages.translation_choices()]
        self.fields["type"].choices = [
            (label, model_admin.model._meta.verbose_name_plural.capitalize())
            for label, model_admin in admins.items()
        ]


# The relation that names an item's source (the structure that issued it or whose page it is
# on), for the content types that have one.
SOURCE_RELATIONS = ["sources", "operation"]


def source_relation(model):
    names = {field.name for field in model._meta.get_fields()}
    return next((name for name in SOURCE_RELATIONS if name in names), None)


def in_state(rows, translation_model, state):
    """Q on items: those whose translation among `rows` (one language's) is in `state`."""
    outdated = translation_outdated(translation_model)
    public = translation_public(translation_model)
    if state == MISSING:
        return ~Q(pk__in=rows.values("item"))
    if state == OUTDATED:
        return Q(pk__in=rows.filter(outdated).values("item"))
    if state == PUBLISHED:
        return Q(pk__in=rows.filter(public).exclude(outdated).values("item"))
    return Q(pk__in=rows.exclude(public).exclude(outdated).values("item"))


def state_of(item, translation_row):
    if translation_row is None:
        return MISSING
    if translation_row.is_outdated():
        return OUTDATED
    return PUBLISHED if translation_row.is_public() else NOT_PUBLIC


def board(request):
    admins = translatable_admins(request)
    if not admins:
        raise PermissionDenied
    form = BoardFilterForm(request.GET or None, admins=admins)
    valid = form.is_valid() if request.GET else True
    data = form.cleaned_data if request.GET and valid else {}
    label = data.get("type") or next(iter(admins))
    model_admin = admins[label]
    model = model_admin.model
    translation_model = model.translations.rel.related_model
    codes = [data["language"]] if data.get("language") else languages.translation_codes()

    items = model_admin.get_queryset(request).order_by("pk")
    if data.get("q"):
        items, _duplicates = model_admin.get_search_results(request, items, data["q"])
    if data.get("source") and (relation := source_relation(model)):
        items = items.filter(**{relation: data["source"]}).distinct()
    rows = translation_model._default_manager.filter(item__in=items.values("pk"))
    counts = {
        row["language"]: row
        for row in rows.values("language").annotate(
            total=Count("pk"),
            outdated=Count("pk", filter=translation_outdated(translation_model)),
            public=Count("pk", filter=translation_public(translation_model)),
        )
    }
    total_items = items.count()
    summary = []
    for code in codes:
        row = counts.get(code, {"total": 0, "outdated": 0, "public": 0})
        summary.append(
            {
                "code": code,
                "name": languages.local_name(code),
                "missing": total_items - row["total"],
                "outdated": row["outdated"],
                "published": row["public"],
                "left": total_items - row["total"] + row["outdated"],
            }
        )

    if state := data.get("state"):
        # Items in that state in the language chosen (or in any language shown).
        wanted = Q(pk__in=[])
        for code in codes:
            wanted |= in_state(rows.filter(language=code), translation_model, state)
        items = items.filter(wanted)

    page = Paginator(items.prefetch_related("translations"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    change_url = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
    lines = []
    for item in page:
        cells = []
        for code in codes:
            translation_row = item.translation(code)
            item_state = state_of(item, translation_row)
            changes = []
            if item_state == OUTDATED:
                changes = [
                    {"field": model._meta.get_field(name).verbose_name, "diff": html_diff(old, new)}
                    for name, (old, new) in translation_row.changes_since().items()
                ]
            cells.append(
                {"code": code, "state": item_state, "label": STATES[item_state], "changes": changes}
            )
        lines.append({"item": item, "url": reverse(change_url, args=[item.pk]), "cells": cells})

    context = {
        **admin.site.each_context(request),
        "title": _("Translations"),
        "form": form,
        "summary": summary,
        "codes": codes,
        "lines": lines,
        "page_obj": page,
        "model_name": model._meta.verbose_name_plural,
    }
    response = TemplateResponse(request, "staff/translations.html", context)
    if request.GET and not valid:
        response.status_code = 400
    return response


def translation_inline(model_admin, request, item):
    """The item admin's TranslationInline (core.admin), as the user gets it, or None."""
    for inline in model_admin.get_inline_instances(request, item):
        if isinstance(inline, TranslationInline):
            return inline
    return None


def may_translate(request, item):
    """Whether the user may add a translation of `item`: what its admin page's translations
    inline allows them (its permissions, scope and reference facts)."""
    model_admin = admin.site._registry.get(type(item))
    if model_admin is None or not model_admin.has_change_permission(request, item):
        return False
    inline = translation_inline(model_admin, request, item)
    return inline is not None and inline.has_add_permission(request, item)


def translate_form(form_class, instance, **kwargs):
    """The translation's form for `instance`, its language fixed."""
    form = form_class(instance=instance, **kwargs)
    form.fields.pop("item", None)  # the item is the one being translated
    if "language" in form.fields:
        form.fields["language"].disabled = True
        form.initial["language"] = instance.language
    return form


def prefill(item, form_class):
    """The English texts, and what else the translation shares with the item as a starting
    value (a release's publication time)."""
    initial = item.source_texts()
    shared = {field.name for field in item._meta.fields} - {"status", *initial}
    for name in form_class.base_fields:
        if name in shared:
            initial[name] = getattr(item, name)
    return initial


def constraints_hold(form):
    """Whether the new translation breaks no constraint, those on its language too (the
    form's validation skips constraints on fields it does not edit): else a form error, not
    an IntegrityError."""
    try:
        form.instance.validate_constraints()
    except ValidationError as error:
        form.add_error(None, error.messages)
        return False
    return True


def translate(request, content_type_id, object_id, language):
    """ "Translate" from an item's change page: its translation in `language`, as a form
    prefilled with the English texts (a translator overwrites what needs translating; what is
    shared, the item's dates, places, photographs and relations, is not on it at all). Saving
    it creates the translation (a release's as a draft, under its own workflow) and goes back
    to the item's page."""
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not issubclass(model, TranslatableModel):
        raise Http404
    if language not in languages.translation_codes():
        raise Http404
    # Through the admin's queryset: an item outside the user's scope is not found.
    item = get_object_or_404(model_admin.get_queryset(request), pk=object_id)
    change_url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[item.pk]
    )
    if not may_translate(request, item):
        raise PermissionDenied
    if item.translation(language) is not None:
        messages.info(request, _("This translation exists already: edit it below."))
        return redirect(change_url)
    translation_model = model.translations.rel.related_model
    # The form of the item's translations inline, as this user gets it there: its fields,
    # read-only ones left out, and its validation and workflow rules (a release's status).
    inline = translation_inline(model_admin, request, item)
    form_class = inline.get_formset(request, item).form
    instance = translation_model(item=item, language=language)
    if request.method == "POST":
        form = translate_form(form_class, instance, data=request.POST)
        if form.is_valid() and constraints_hold(form):
            with transaction.atomic(), reversion.create_revision():
                form.save()
                reversion.set_user(request.user)
                reversion.set_comment(f"Translated into {languages.local_name(language)}.")
                if reversion.is_registered(model):
                    reversion.add_to_revision(item)
            messages.success(request, _("The translation is saved."))
            return redirect(change_url)
    else:
        form = translate_form(form_class, instance, initial=prefill(item, form_class))
    context = {
        **admin.site.each_context(request),
        "title": _("Translate into %(language)s") % {"language": languages.local_name(language)},
        "item": item,
        "change_url": change_url,
        "language": language,
        "form": form,
        "opts": model._meta,
    }
    return TemplateResponse(request, "staff/translate.html", context)
