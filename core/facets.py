"""The pieces of a faceted listing every filtered page shares (the newsroom, the library): a
facet and its values with their counts, each value a link that adds or removes it; the active
filters as removable chips; the query string with one value toggled.

A long list shows its first values and keeps the rest behind a "Show all" disclosure (`Facet`),
rather than in a box of its own that scrolls inside the page: on a phone such a box catches the
thumb that meant to scroll the page.

A value with no name in the page's language shows its English name, and says so: a facet value
and a chip carry the language of the name they show, for the page to mark it (`lang`), as
core.translations asks of every name shown in another language than the page's.

What is counted, and how, is each listing's (news.facets, publications.facets).
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Count
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from .translations import names_language, shown_or_source

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


def through_counts(relation, column, items):
    """{related id: number of `items`} through the M2M table of `relation` (a forward
    many-to-many descriptor of the items' model), in one grouped query."""
    owner = relation.field.m2m_field_name()
    through = relation.through.objects.filter(**{f"{owner}__in": items.values("pk")})
    return dict(through.values_list(column).annotate(n=Count("pk")).order_by())


def in_element_of_language(text, language, page_language):
    """`text` as HTML: escaped, and in a <span lang> where it is not in the page's language."""
    if language == page_language:
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span>', language, text)


def named(item, page_language):
    """How a chip names `item` (a field, a source, a State): in the page's language where it
    has a name in it, else in English (a source by its full name)."""
    shown = shown_or_source(item, page_language)
    name = getattr(shown, "display_name", shown.name)
    return {"name": name, "language": names_language(shown)}


def make_chip(url, name, language, page_language, wording="%(name)s"):
    """The chip of a value named `name` in `language`, within the interface's `wording`."""
    name_html = in_element_of_language(name, language, page_language)
    html = mark_safe(conditional_escape(wording) % {"name": name_html})
    return Chip(wording % {"name": name}, html, url, language)


def active_chips(form, query, single, *, multiple=("field", "source")):
    """The active filters of `form` (valid, with the page's `language`), each with the link
    that removes it: a chip per object of each of the `multiple` filters, then one for each of
    the `single` ones set ({name: the value described as `make_chip()`'s keyword arguments})."""
    data = form.cleaned_data
    page_language = form.language
    chips = [
        make_chip(
            toggled(query, name, item.slug, multiple=True),
            page_language=page_language,
            **named(item, page_language),
        )
        for name in multiple
        for item in data[name]
    ]
    for name, described in single.items():
        value = data.get(name)
        if value:
            raw = query.get(name, "")
            url = toggled(query, name, raw, multiple=False)
            chips.append(
                make_chip(
                    url,
                    page_language=page_language,
                    **{"language": page_language, **described(value)},
                )
            )
    return chips
