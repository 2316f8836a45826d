"""Items in the site's other languages: one translation row per item and language.

English is the source language (core.languages): an item's own row holds its English texts,
and each of its other language versions is a row of its translation model, a subclass of
`Translation` with a ForeignKey `item` (related name "translations") and the same text fields
the item lists in `translated_fields`. What is shared by every language (dates, photographs,
places, relations) stays on the item, so a translator types only what needs translating.

No fallback, anywhere: an item without a translation in a language does not exist in it. Its
address there answers 404 with links to the languages it has (core.views.TranslatedDetailMixin),
and lists, feeds, search and sitemaps in that language leave it out (`in_language()`).

`item.in_language(code)` gives a copy of the item that shows its texts in that language, the
one object a page in that language renders; the copy refuses to be saved, so a translated text
can never overwrite the English one. A translation remembers the source texts it was made from
(`source_texts`): when the English texts differ from them now, the translation is outdated, and
`changes_since()` says what changed.

Naming is not showing. An item "exists" in a language when its translation is public there
(`Translation.is_public()`, which a translation model may narrow: a field of work's needs its
summary, a page with only a name being no page), and only then do its page, lists and menus in
that language show it. But a row that holds only the item's names (`name_fields`, loaded from
reference data) still says what the item is called in that language: `item.named_in(code)` is
a copy with those names and its address where its page is (its English page while the page is
not translated), for what other pages name beside their content (a release's places, a State's
field operations); `lang_attr` then marks nothing, since the name is in the page's language.
An item with no row at all is named in English, marked `lang="en"`.

Chosen over django-parler (which keeps every language, the source too, in the translations
table) because the site's English addresses, filters, orderings and searches read the item's
own columns in over a hundred places: with the English texts where they are, none of them
changes, and an English page costs no extra query. The shape of the tables is parler's.
"""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import languages
from .search import fold


class Translation(models.Model):
    """One item's texts in one language other than English (the subclass adds `item` and the
    text fields)."""

    language = models.CharField(
        _("language"), max_length=10, choices=languages.translation_choices, db_index=True
    )
    source_texts = models.JSONField(
        _("English texts translated"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("The English texts as they were when this translation was last saved."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.item} ({self.get_language_display()})"

    def save(self, *args, remember_source=True, **kwargs):
        """Saving a translation says it translates the English texts as they are now (unless
        `remember_source=False`, for a write that is no translator's: a data import's)."""
        if remember_source or not self.source_texts:
            self.source_texts = self.english_texts()
        super().save(*args, **kwargs)

    @property
    def text_fields(self):
        return self.item.translated_fields

    def is_public(self):
        """Whether the translation is shown to the public (one with a workflow of its own, a
        press release's, narrows this; so does `public_rows`, which must agree)."""
        return True

    @classmethod
    def public_rows(cls):
        """The rows `is_public()` holds for, as a QuerySet (for `in_language()`)."""
        return cls._default_manager.all()

    @classmethod
    def source_fields(cls):
        """The names of the item's English texts this model translates: the item's (its
        address aside), or some of them (a field operation's page texts), as it says."""
        item_model = cls._meta.get_field("item").related_model
        return [name for name in item_model.translated_fields if name != "slug"]

    def english_texts(self):
        """The English texts this row translates, as they are now."""
        return {name: getattr(self.item, name) for name in self.source_fields()}

    def untranslated_fields(self):
        """The texts the English has and this row leaves empty (a State's or a field's row of
        reference names, with no summary yet): what "Translate" still has to fill in."""
        return [
            name for name, text in self.english_texts().items() if text and not getattr(self, name)
        ]

    def is_outdated(self):
        """Whether the English texts changed since this translation was last saved."""
        return bool(self.changes_since())

    def changes_since(self):
        """{field: (English text then, English text now)} for each text changed since."""
        now = self.english_texts()
        return {
            name: (self.source_texts.get(name, ""), text)
            for name, text in now.items()
            if self.source_texts.get(name, "") != text
        }

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        slug = getattr(self, "slug", "")
        if not slug or (exclude and "slug" in exclude):
            return
        # A translated slug must not also be another item's English slug: under the language's
        # prefix both would claim the same address.
        item_model = type(self.item) if self.item_id else None
        if item_model is None:
            return
        if item_model._default_manager.filter(slug=slug).exclude(pk=self.item_id).exists():
            raise ValidationError({"slug": _("Another item already has this address.")})


class TranslatableQuerySet(models.QuerySet):
    """QuerySet methods of a translatable item (mixed into the item's own QuerySet)."""

    def in_language(self, language):
        """The items that exist in `language`: all of them in English."""
        if language == languages.SOURCE_LANGUAGE:
            return self
        rows = self.model.translations.rel.related_model.public_rows()
        return self.filter(
            models.Exists(rows.filter(item=models.OuterRef("pk"), language=language))
        )

    def with_translations(self, language=None):
        """Prefetch the items' translations: those of `language`, or all (for the languages a
        page exists in, one query whatever their number). In English, the item's own texts
        are the page's: no query."""
        if language == languages.SOURCE_LANGUAGE:
            return self
        rows = self.model.translations.rel.related_model._default_manager.all()
        if language is not None:
            rows = rows.filter(language=language)
        return self.prefetch_related(models.Prefetch("translations", queryset=rows))


class TranslatableModel(models.Model):
    """An item with translations (see the module's docstring). A subclass names its text
    fields in `translated_fields` and defines its translation model."""

    translated_fields = ()
    name_fields = ("name",)  # the texts that name the item where other pages mention it
    shown_language = languages.SOURCE_LANGUAGE
    name_language = None  # a copy's names' language, where it differs from shown_language
    translated_slug = ""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.shown_language != languages.SOURCE_LANGUAGE:
            raise TypeError(f"{self!r} shows its {self.shown_language} texts: save the item.")
        super().save(*args, **kwargs)

    def source_texts(self):
        """The English texts a translation translates (its address aside)."""
        return {name: getattr(self, name) for name in self.translated_fields if name != "slug"}

    def translation(self, language):
        """The translation row in `language`, or None (read from prefetched rows if any)."""
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "translations" in cache:
            return next((row for row in cache["translations"] if row.language == language), None)
        return self.translations.filter(language=language).first()

    def is_public_in(self, language):
        """Whether the item is public in `language` (English: public at all)."""
        if language == languages.SOURCE_LANGUAGE:
            return self.is_public_in_source()
        return self.is_public_translation(self.translation(language))

    def is_public_in_source(self):
        return True

    def is_public_translation(self, row):
        """Whether `row` (the item's translation in a language, or None) makes the item public
        in that language: where it is public itself, unless the item narrows this."""
        return row is not None and row.is_public()

    def in_language(self, language):
        """A copy of the item showing its texts in `language`, or None where it has none."""
        if language == self.shown_language:
            return self
        if language == languages.SOURCE_LANGUAGE:
            raise ValueError("Ask the item itself for its English texts.")
        row = self.translation(language)
        return self._shown_with(row) if self.is_public_translation(row) else None

    def named_in(self, language):
        """The item as pages in `language` name it, or None where it has no name in it: its
        copy in that language where it is public there, else (a row with only its names, or
        one whose page is not public) a copy with the row's names whose address stays the
        English page's."""
        if language == self.shown_language:
            return self
        if language == languages.SOURCE_LANGUAGE:
            raise ValueError("Ask the item itself for its English names.")
        row = self.translation(language)
        if row is None:
            return None
        if self.is_public_translation(row):
            return self._shown_with(row)
        named = copy.copy(self)
        for name in self.name_fields:
            setattr(named, name, getattr(row, name))
        named.name_language = language
        return named

    def preview_in(self, language):
        """A copy showing the item's texts in `language` whatever its translation's status
        (for staff previews), or None where it has no translation."""
        row = self.translation(language)
        return None if row is None else self.shown_from(row, language)

    def shown_from(self, row, language=None):
        """A copy of the item showing the texts of its translation `row`, public or not (a
        staff preview of one that is not)."""
        return self._shown_with(row)

    def _shown_with(self, row):
        shown = copy.copy(self)
        for name in self.translated_fields:
            if name == "slug":
                shown.translated_slug = row.slug
            else:
                setattr(shown, name, getattr(row, name))
        shown.shown_language = row.language
        shown.shown_translation = row
        return shown

    @property
    def url_slug(self):
        """The slug of the item's address in the language it shows: a translation's own, or
        the English one. `slug` stays the English one in every language: query-string filters
        (`/ru/news/?field=elections`) name items by it."""
        return self.translated_slug or self.slug

    def reverse_in_language(self, viewname, **kwargs):
        """`reverse()` in the language the object shows: an English item's address is its
        English page even on a page in another language."""
        with translation.override(self.shown_language):
            return reverse(viewname, **kwargs)

    def language_versions(self):
        """{code: address} of each language the item is public in (prefetch its translations
        with `with_translations()` to read them without a query each)."""
        versions = {}
        for code in languages.codes():
            if not self.is_public_in(code):
                continue
            shown = self if code == languages.SOURCE_LANGUAGE else self.in_language(code)
            versions[code] = shown.get_absolute_url()
        return versions


def shown_in(items, language):
    """The items of `items` that exist in `language`, each showing its texts in it (prefetch
    their translations in that language first)."""
    if language == languages.SOURCE_LANGUAGE:
        return list(items)
    shown = (item.in_language(language) for item in items)
    return [item for item in shown if item is not None]


def by_name(items, language, *, first=None):
    """`items` (shown or named in `language`) in the order of their names in it, for lists a
    database orders by the English names: in English as they come, in another language sorted
    by `first(item)` (if given) then name, the same on every server: by letters without their
    accents (core.search.fold: "États-Unis" among the E's, "Österreich" among the O's), then as
    written. No locale's collation: the servers need not have one installed."""
    items = list(items)
    if language == languages.SOURCE_LANGUAGE:
        return items
    return sorted(items, key=lambda item: (first(item) if first else 0, fold(item.name), item.name))


def named_in(items, language):
    """The items of `items` that have a name in `language`, each named in it (`named_in()`):
    for lists of what a page names whose own pages may not exist in the language yet (a
    State's field operations). Prefetch their translations in that language first."""
    if language == languages.SOURCE_LANGUAGE:
        return list(items)
    named = (item.named_in(language) for item in items)
    return [item for item in named if item is not None]


def names_language(item):
    """The language `item`'s names are in: a copy named in another language's (`named_in()`),
    else the language it shows (English for the item itself, or for what is not translatable:
    a tag)."""
    return getattr(item, "name_language", None) or getattr(
        item, "shown_language", languages.SOURCE_LANGUAGE
    )


def shown_or_source(item, language):
    """`item` named in `language` where it has a name in it (its page's copy where that page
    exists, `named_in()`), else as it is (English): for what a page names beside its own
    content (a release's places and fields of work), which then carries its own `lang`
    (core.templatetags.site_tags.lang_attr)."""
    if not isinstance(item, TranslatableModel) or language == item.shown_language:
        return item
    if language == languages.SOURCE_LANGUAGE:
        return item
    return item.named_in(language) or item


def listed_in_english(queryset, shown):
    """How many items the English version of a list has, for a list in another language that
    shows `shown` (what has a name in it): its count in English, where the list is whole, and
    else the count of `queryset` (one query), the same filters before any language's."""
    if languages.active() == languages.SOURCE_LANGUAGE:
        return len(shown)
    return queryset.count()


def filter_options(queryset, language):
    """(slug, name, language of the name) of each of `queryset` (a translatable QuerySet),
    sorted by name, for a list filter's <select> in `language`: named in it where they have a
    name in it, else in English, which the option then marks with `lang`."""
    shown = [shown_or_source(item, language) for item in queryset.with_translations(language)]
    return [
        (item.slug, item.name, names_language(item))
        for item in sorted(shown, key=lambda item: item.name)
    ]
