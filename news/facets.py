"""Facets of the newsroom: for the current selection, how many releases per field of work,
source, year and type, each value a link that adds or removes it; and the active filters as
removable chips.

Counts are disjunctive: a facet's own filter is left out when counting it, so that the counts
beside selected fields say what adding another field would bring.

Counting 100,000 releases takes PostgreSQL hundreds of milliseconds, and every visitor asking for
the same selection gets the same numbers: they are cached per selection (core.cache). The list
of releases itself is never cached.

A value with no name in the page's language (a source not translated yet, a tag: tags are
English only) shows its English name, and says so: a facet value and a chip carry the language
of the name they show, for the page to mark it (`lang`), as core.translations asks of every name
shown in another language than the page's.

A long list shows its first values and keeps the rest behind a "Show all" disclosure (`Facet`),
rather than in a box of its own that scrolls inside the page: on a phone such a box catches the
thumb that meant to scroll the page.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core import cache, languages
from core.translations import names_language, shown_or_source
from fields.models import FieldOfWork
from structures.models import Structure

from .models import PressRelease, in_language_of_page

MAX_SOURCES = 15
# A facet with more values than WHOLE_LIST shows its first SHOWN_VALUES, and every selected one.
SHOWN_VALUES = 6
WHOLE_LIST = 8  # folding away one or two values would save nothing


@dataclass
class FacetValue:
    label: str
    count: int
    selected: bool
    url: str
    language: str  # the label's: the page's, or English for a name it has none in


class Facet(NamedTuple):
    name: str
    title: str
    values: list[FacetValue]

    @property
    def shown(self):
        """The values always in view: the first SHOWN_VALUES and every selected value."""
        return self._fold()[0]

    @property
    def more(self):
        """The values behind "Show all" (none for a list of at most WHOLE_LIST)."""
        return self._fold()[1]

    def _fold(self):
        if len(self.values) <= WHOLE_LIST:
            return self.values, []
        shown, more = [], []
        for position, value in enumerate(self.values):
            (shown if position < SHOWN_VALUES or value.selected else more).append(value)
        return shown, more


@dataclass
class Chip:
    """An active filter: its label as plain text, the same as HTML (a name in another language
    than the page's in an element saying which), the link that removes it, and the language of
    the name in it."""

    label: str
    html: str
    url: str
    language: str


def toggled(query, name, value, *, multiple):
    """The query string with `value` added to or removed from parameter `name`, page dropped."""
    query = query.copy()
    query.pop("page", None)
    values = query.getlist(name)
    if value in values:
        values = [v for v in values if v != value]
    else:
        values = [*values, value] if multiple else [value]
    query.setlist(name, values)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def through_counts(relation, column, releases):
    """{related id: number of `releases`} through an M2M table, in one grouped query."""
    through = relation.through.objects.filter(pressrelease__in=releases.values("pk"))
    return dict(through.values_list(column).annotate(n=Count("pk")).order_by())


def count_facets(form, published):
    """{facet: {value: number of releases}} for the form's selection, each facet without its own
    filter."""

    def without(name):
        return form.filter(published, exclude=name, rank=False)

    return {
        "field": through_counts(PressRelease.fields_of_work, "fieldofwork", without("field")),
        "source": through_counts(PressRelease.sources, "structure", without("source")),
        "year": dict(
            without("year")
            .annotate(year=ExtractYear("shown_published_at"))
            .values_list("year")
            .annotate(n=Count("pk"))
            .order_by()
        ),
        "type": dict(without("type").values_list("type").annotate(n=Count("pk")).order_by()),
    }


def build_facets(form, published, query):
    """Facet values for the newsroom sidebar; `published` is the public queryset, as
    `PressReleaseQuerySet.newsroom()` dates it (the years are those of its dates)."""
    data = form.cleaned_data
    counts = cache.remember(
        cache.NEWS,
        "facets",
        form.selection_key(),
        lambda: count_facets(form, published),
        settings.NEWS_COUNTS_CACHE_SECONDS,
    )
    field_counts = counts["field"]
    selected_fields = {field.pk for field in data["field"]}
    # Named in the page's language where they have one (their slugs stay the English ones).
    language = form.language
    fields = [
        FacetValue(
            named.name,
            field_counts.get(field.pk, 0),
            field.pk in selected_fields,
            toggled(query, "field", field.slug, multiple=True),
            names_language(named),
        )
        for field in in_language_of_page(FieldOfWork.objects.only("name", "slug"), language)
        if field_counts.get(field.pk) or field.pk in selected_fields
        for named in [shown_or_source(field, language)]
    ]

    source_counts = counts["source"]
    selected_sources = {source.pk for source in data["source"]}
    shown = sorted(source_counts, key=source_counts.get, reverse=True)[:MAX_SOURCES]
    shown_ids = set(shown) | selected_sources
    sources = sorted(
        (
            FacetValue(
                named.display_name,
                source_counts.get(source.pk, 0),
                source.pk in selected_sources,
                toggled(query, "source", source.slug, multiple=True),
                names_language(named),
            )
            for source in in_language_of_page(
                Structure.objects.filter(pk__in=shown_ids).only("name", "full_name", "slug"),
                language,
            )
            for named in [shown_or_source(source, language)]
        ),
        key=lambda value: (-value.count, value.label),
    )

    years = [
        FacetValue(
            str(year),
            count,
            year == data["year"],
            toggled(query, "year", str(year), multiple=False),
            language,
        )
        for year, count in sorted(counts["year"].items(), reverse=True)
    ]

    type_counts = counts["type"]
    types = [
        FacetValue(
            label,
            type_counts.get(value, 0),
            value == data["type"],
            toggled(query, "type", value, multiple=False),
            language,  # the interface's
        )
        for value, label in PressRelease.Type.choices
        if type_counts.get(value) or value == data["type"]
    ]
    return [
        Facet("field", _("Fields of work"), fields),
        Facet("source", _("Sources"), sources),
        Facet("year", _("Years"), years),
        Facet("type", _("Types"), types),
    ]


def in_element_of_language(text, language, page_language):
    """`text` as HTML: escaped, and in a <span lang> where it is not in the page's language."""
    if language == page_language:
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span>', language, text)


def active_chips(form, query):
    """The active filters, each with the link that removes it."""
    data = form.cleaned_data
    page_language = form.language

    def chip(url, name, language=page_language, wording="%(name)s"):
        """The chip of a value named `name` in `language`, within the interface's `wording`."""
        name_html = in_element_of_language(name, language, page_language)
        html = mark_safe(conditional_escape(wording) % {"name": name_html})
        return Chip(wording % {"name": name}, html, url, language)

    def named(item):  # in the page's language where it has a name in it, else in English
        shown = shown_or_source(item, page_language)
        name = getattr(shown, "display_name", shown.name)  # a source's full name
        return {"name": name, "language": names_language(shown)}

    chips = [
        chip(toggled(query, "field", field.slug, multiple=True), **named(field))
        for field in data["field"]
    ]
    chips += [
        chip(toggled(query, "source", source.slug, multiple=True), **named(source))
        for source in data["source"]
    ]
    single = {
        "country": named,
        "type": lambda value: {"name": PressRelease.Type(value).label},
        # Tags are named in English only.
        "tag": lambda tag: {
            "name": tag.name,
            "language": languages.SOURCE_LANGUAGE,
            "wording": _("Tag: %(name)s"),
        },
        "year": lambda year: {"name": str(year)},
        "from": lambda day: {"name": _("From %(date)s") % {"date": day.isoformat()}},
        "to": lambda day: {"name": _("To %(date)s") % {"date": day.isoformat()}},
        "q": lambda text: {"name": f"“{text}”"},
    }
    for name, described in single.items():
        value = data.get(name)
        if value:
            raw = query.get(name, "")
            chips.append(chip(toggled(query, name, raw, multiple=False), **described(value)))
    return chips
