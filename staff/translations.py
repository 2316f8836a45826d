"""The translation board, /admin/translations/: for every translatable item the staff member may
see, which languages it exists in, which of those are public, which are missing, and which are
outdated because its English texts changed after the translation was last saved (with what
changed). The counts at the top say how much is left per language.

Every translatable model registered in the admin appears (core.translations), read through its
admin's own queryset, so that an editorial scope (mission staff: their operation's items)
applies here as it does on the model's change list, and only to users who may view the model.
Its content types are the translations inlines of those admins (`Kind`): most items have one,
their `translations`; a field operation has two, its names (its structure's translations) and
its page's texts (`page_translations`, FieldOperationTranslation), each with its own states.
A translation is outdated when a text it remembers (`source_texts`) differs from the item's
English text now: compared in the database (`translation_outdated`), so the counts cost one
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
from django.utils.html import format_html
from django.utils.text import capfirst
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


class Kind:
    """A content type of the board: the translations that one translations inline of a
    translatable item's admin edits (core.admin.TranslationInline), the item's own
    (`translations`) or a second kind of them (a field operation's `page_translations`)."""

    def __init__(self, model_admin, inline):
        self.model_admin = model_admin
        self.model = model_admin.model
        self.inline = inline
        self.translation_model = inline.model
        item = self.translation_model._meta.get_field("item")
        self.relation = item.remote_field.get_accessor_name()
        self.is_items_own = self.relation == "translations"
        label = self.model._meta.label_lower
        self.key = label if self.is_items_own else f"{label}.{self.relation}"
        self.name = inline.board_name or self.model._meta.verbose_name_plural

    def rows(self, item):
        """{language: row} of the item's translations of this kind (prefetched ones if any)."""
        return {row.language: row for row in getattr(item, self.relation).all()}

    def change_url(self, item):
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])

    def translate_url(self, item, language):
        """Translate `item` into `language`: the item's own translations at the item's address
        and the language, a second kind's with its relation between them."""
        content_type = ContentType.objects.get_for_model(item)
        relation = [] if self.is_items_own else [self.relation]
        return reverse("translate", args=[content_type.pk, item.pk, *relation, language])

    def inline_for(self, request, item):
        """The inline as the user gets it on the item's page, or None (not theirs to see)."""
        inlines = self.model_admin.get_inline_instances(request, item)
        return next((inline for inline in inlines if type(inline) is self.inline), None)

    def may_translate(self, request, item, row=None):
        """Whether the user may add a translation of this kind to `item`, or complete its `row`
        (one with texts still to translate): what its admin page's inline allows them (its
        permissions, scope and reference facts)."""
        if not self.model_admin.has_change_permission(request, item):
            return False
        inline = self.inline_for(request, item)
        if inline is None:
            return False
        if row is None:
            return inline.has_add_permission(request, item)
        return bool(row.untranslated_fields()) and inline.has_change_permission(request, item)

    def to_translate(self, request, item):
        """{language: translate address} of the languages the user may translate `item` into
        with this kind: those it has no row in, and those whose row has texts to fill in."""
        rows = self.rows(item)
        may_add = self.may_translate(request, item)
        return {
            code: self.translate_url(item, code)
            for code in languages.translation_codes()
            if (may_add if code not in rows else self.may_translate(request, item, rows[code]))
        }


def language_name(code):
    """The language's own name for it, marked as written in it (for a "Translate" link, whose
    other words are in the interface's language)."""
    return format_html('<span lang="{}">{}</span>', code, capfirst(languages.local_name(code)))


def kinds_of(model):
    """The kinds of translations of `model`'s admin page, in the order of its inlines."""
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not issubclass(model, TranslatableModel):
        return []
    inlines = [inline for inline in model_admin.inlines if issubclass(inline, TranslationInline)]
    return [Kind(model_admin, inline) for inline in inlines]


def board_kinds(request):
    """{key: kind} of the translations of the translatable models the user may view."""
    return {
        kind.key: kind
        for model, model_admin in admin.site._registry.items()
        if issubclass(model, TranslatableModel) and model_admin.has_view_permission(request)
        for kind in kinds_of(model)
    }


def translation_outdated(translation_model):
    """Q on `translation_model`: outdated rows."""
    condition = Q(pk__in=[])
    for name in translation_model.source_fields():
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
        help_text=_("The structure that issued an item, or whose page it is on."),
    )
    q = forms.CharField(label=_("Item"), required=False, max_length=100)

    def __init__(self, data, *, kinds, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["language"].choices = [("", _("all")), *languages.translation_choices()]
        self.fields["type"].choices = [(key, capfirst(kind.name)) for key, kind in kinds.items()]


# The relation that names an item's source (the structure that issued it or whose page it is
# on), for the content types that have one; a structure (a field operation) is its own.
SOURCE_RELATIONS = ["sources", "operation", "department__operation"]


def source_relation(model):
    if issubclass(model, Structure):
        return "pk"
    names = {field.name for field in model._meta.get_fields()}
    return next((name for name in SOURCE_RELATIONS if name.split("__")[0] in names), None)


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


def state_of(translation_row):
    if translation_row is None:
        return MISSING
    if translation_row.is_outdated():
        return OUTDATED
    return PUBLISHED if translation_row.is_public() else NOT_PUBLIC


def board(request):
    kinds = board_kinds(request)
    if not kinds:
        raise PermissionDenied
    form = BoardFilterForm(request.GET or None, kinds=kinds)
    valid = form.is_valid() if request.GET else True
    data = form.cleaned_data if request.GET and valid else {}
    kind = kinds[data.get("type") or next(iter(kinds))]
    model_admin, model, translation_model = kind.model_admin, kind.model, kind.translation_model
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

    # Every kind of the items' translations: whether a page translation is public depends on
    # the operation's names (FieldOperationTranslation.is_public).
    page = Paginator(items.with_translations(), PER_PAGE).get_page(request.GET.get("page"))
    lines = []
    for item in page:
        rows = kind.rows(item)
        to_translate = kind.to_translate(request, item)
        cells = []
        for code in codes:
            translation_row = rows.get(code)
            item_state = state_of(translation_row)
            changes = []
            if item_state == OUTDATED:
                changes = [
                    {"field": model._meta.get_field(name).verbose_name, "diff": html_diff(old, new)}
                    for name, (old, new) in translation_row.changes_since().items()
                ]
            translate_url = to_translate.get(code, "")
            cells.append(
                {
                    "code": code,
                    "name": language_name(code),
                    "state": item_state,
                    "label": STATES[item_state],
                    "changes": changes,
                    "translate_url": translate_url,
                }
            )
        lines.append({"item": item, "url": kind.change_url(item), "cells": cells})

    context = {
        **admin.site.each_context(request),
        "title": _("Translations"),
        "form": form,
        "summary": summary,
        "codes": codes,
        "lines": lines,
        "page_obj": page,
        "model_name": kind.name,
    }
    response = TemplateResponse(request, "staff/translations.html", context)
    if request.GET and not valid:
        response.status_code = 400
    return response


def translate_form(form_class, instance, **kwargs):
    """The translation's form for `instance`, its language fixed."""
    form = form_class(instance=instance, **kwargs)
    form.fields.pop("item", None)  # the item is the one being translated
    if "language" in form.fields:
        form.fields["language"].disabled = True
        form.initial["language"] = instance.language
    return form


def prefill(translation, form_class):
    """The English texts the translation translates, and what else it shares with the item as
    a starting value (a release's publication time)."""
    item = translation.item
    initial = translation.english_texts()
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


def translate(request, content_type_id, object_id, language, relation="translations"):
    """ "Translate" from an item's change page or the board: its translation in `language` (of
    the kind `relation` names: the item's own, or an operation's page texts), as a form
    prefilled with the English texts (a translator overwrites what needs translating; what is
    shared, the item's dates, places, photographs and relations, is not on it at all). Saving
    it creates the translation (a release's as a draft, under its own workflow) and goes back
    to the item's page. A translation that exists with texts still empty (reference names
    without a summary) opens as it is, its empty texts prefilled; a complete one is edited on
    the item's page."""
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    kind = next((kind for kind in kinds_of(model) if kind.relation == relation), None)
    if kind is None or language not in languages.translation_codes():
        raise Http404
    # Through the admin's queryset: an item outside the user's scope is not found.
    item = get_object_or_404(kind.model_admin.get_queryset(request), pk=object_id)
    change_url = kind.change_url(item)
    row = kind.rows(item).get(language)
    if row is not None and not row.untranslated_fields():
        messages.info(request, _("This translation exists already: edit it below."))
        return redirect(change_url)
    if not kind.may_translate(request, item, row):
        raise PermissionDenied
    # The form of the kind's inline, as this user gets it on the item's page: its fields,
    # read-only ones left out, and its validation and workflow rules (a release's status).
    form_class = kind.inline_for(request, item).get_formset(request, item).form
    instance = row or kind.translation_model(item=item, language=language)
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
    elif row is not None:  # its texts still to translate start as the English ones
        english = row.english_texts()
        initial = {name: english[name] for name in row.untranslated_fields()}
        form = translate_form(form_class, instance, initial=initial)
    else:
        form = translate_form(form_class, instance, initial=prefill(instance, form_class))
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
