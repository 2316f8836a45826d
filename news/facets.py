"""Facets of the newsroom: for the current selection, how many releases per field of work,
source, year and type, each value a link that adds or removes it; and the active filters as
removable chips.

Counts are disjunctive: a facet's own filter is left out when counting it, so that the counts
beside selected fields say what adding another field would bring.

Counting 100,000 releases takes PostgreSQL hundreds of milliseconds, and every visitor asking for
the same selection gets the same numbers: they are cached per selection (core.cache). The list
of releases itself is never cached.

A value with no name in the page's language (a source not translated yet, a tag: tags are
English only) shows its English name, and says so. The facets, their values, the chips and the
links that toggle a value are core.facets', shared with the library.
"""

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from core import cache, languages
from core import facets as core_facets
from core.facets import Facet, FacetValue, named, through_counts, toggled
from core.translations import names_language, shown_or_source
from fields.models import FieldOfWork
from structures.models import Structure

from .models import PressRelease, in_language_of_page

MAX_SOURCES = 15


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


def active_chips(form, query):
    """The active filters, each with the link that removes it."""
    single = {
        "country": lambda state: named(state, form.language),
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
    return core_facets.active_chips(form, query, single)
