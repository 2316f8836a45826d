"""Facets of the library: for the current selection, how many publications per type, field of
work, issuer, country, year and file language, each value a link that adds or removes it; and
the active filters as removable chips. The pieces are the newsroom's (core.facets).

Counts are disjunctive, as the newsroom's: a facet's own filter is left out when counting it,
so that the counts beside a selected type say what choosing another would bring. They are
counted on the publications public in the page's language.

Unlike the newsroom's they are not cached: the library holds hundreds of publications where the
newsroom holds a hundred thousand releases, and its six grouped counts (one query each, on the
indexed link tables) cost less than keeping a cache right whenever a publication, one of its
translations or files, or the clock changes what is public.
"""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from core import facets as core_facets
from core import languages
from core.facets import Facet, FacetValue, named, through_counts, toggled
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from .models import Publication, PublicationFile


def grouped(queryset, column):
    return dict(queryset.values_list(column).annotate(n=Count("pk")).order_by())


def count_facets(form, published):
    """{facet: {value: number of publications}} for the form's selection, each facet without
    its own filter."""

    def without(name):
        return form.filter(published, exclude=name)

    files = PublicationFile.objects.filter(publication__in=without("language").values("pk"))
    return {
        "type": grouped(without("type"), "type"),
        "field": through_counts(Publication.fields_of_work, "fieldofwork", without("field")),
        "source": through_counts(Publication.sources, "structure", without("source")),
        "country": through_counts(Publication.states, "participatingstate", without("country")),
        "year": grouped(without("year").annotate(year=ExtractYear("published_on")), "year"),
        "language": grouped(files, "language"),
    }


def named_values(queryset, counts, selected, query, name, language, *, multiple):
    """The values of a facet on objects (fields, sources, States), named in `language` where
    they have a name in it, the most frequent first: those counted, and the selected ones."""
    ids = {pk for pk, count in counts.items() if count} | selected
    items = queryset.filter(pk__in=ids).with_translations(language)
    values = []
    for item in items:
        shown = named(item, language)
        values.append(
            FacetValue(
                shown["name"],
                counts.get(item.pk, 0),
                item.pk in selected,
                toggled(query, name, item.slug, multiple=multiple),
                shown["language"],
            )
        )
    return sorted(values, key=lambda value: (-value.count, value.label))


def choice_values(choices, counts, selected, query, name, language):
    """The values of a facet on choices (the types), in the choices' order."""
    return [
        FacetValue(
            str(label),
            counts.get(value, 0),
            value == selected,
            toggled(query, name, value, multiple=False),
            language,
        )
        for value, label in choices
        if counts.get(value) or value == selected
    ]


def build_facets(form, published, query):
    """The library's facets; `published` is the public queryset in the page's language."""
    data = form.cleaned_data
    counts = count_facets(form, published)
    language = form.language

    def pks(items):
        return {item.pk for item in items}

    country = {data["country"].pk} if data["country"] else set()
    year_counts = dict(counts["year"])
    if data["year"]:
        year_counts.setdefault(data["year"], 0)
    years = [
        FacetValue(
            str(year),
            count,
            year == data["year"],
            toggled(query, "year", str(year), multiple=False),
            language,
        )
        for year, count in sorted(year_counts.items(), reverse=True)
    ]
    # Each language named in itself, as the language switcher names it (and marked so).
    file_languages = [
        FacetValue(
            languages.local_name(code),
            counts["language"].get(code, 0),
            code == data["language"],
            toggled(query, "language", code, multiple=False),
            code,
        )
        for code in languages.codes()
        if counts["language"].get(code) or code == data["language"]
    ]
    return [
        Facet(
            "type",
            _("Types"),
            choice_values(
                Publication.Type.choices, counts["type"], data["type"], query, "type", language
            ),
        ),
        Facet(
            "field",
            _("Fields of work"),
            named_values(
                FieldOfWork.objects.only("name", "slug"),
                counts["field"],
                pks(data["field"]),
                query,
                "field",
                language,
                multiple=True,
            ),
        ),
        Facet(
            "source",
            _("Issued by"),
            named_values(
                Structure.objects.only("name", "full_name", "slug"),
                counts["source"],
                pks(data["source"]),
                query,
                "source",
                language,
                multiple=True,
            ),
        ),
        Facet(
            "country",
            _("Countries"),
            named_values(
                ParticipatingState.objects.all(),
                counts["country"],
                country,
                query,
                "country",
                language,
                multiple=False,
            ),
        ),
        Facet("year", _("Years"), years),
        Facet("language", _("File languages"), file_languages),
    ]


def active_chips(form, query):
    """The active filters, each with the link that removes it."""
    single = {
        "type": lambda value: {"name": Publication.Type(value).label},
        "country": lambda state: named(state, form.language),
        "year": lambda year: {"name": str(year)},
        "language": lambda code: {
            "name": languages.local_name(code),
            "language": code,
            "wording": _("File language: %(name)s"),
        },
        "q": lambda text: {"name": f"“{text}”"},
    }
    return core_facets.active_chips(form, query, single)
