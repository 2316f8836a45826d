"""The library's widgets for the pages of the apps below it (a department's factsheets, a field of
work's studies and guides), which name this library in their templates only."""

from django import template

from core import languages
from core.translations import shown_in

from ..models import Publication
from ..views import with_page_relations

register = template.Library()


@register.inclusion_tag("publications/includes/factsheets.html")
def department_factsheets(department):
    """The department's published factsheets in the page's language, newest first."""
    language = languages.active()
    factsheets = Publication.objects.published(language).filter(
        departments=department, type=Publication.Type.FACTSHEET
    )
    return {"factsheets": shown_in(with_page_relations(factsheets, language), language)}


@register.simple_tag
def field_publications(field, *types, count=4):
    """`{% field_publications field "report" "study" as reports %}`: the field's `count` newest
    published publications of those types, in the page's language (one query; two in another
    language)."""
    language = languages.active()
    publications = Publication.objects.published(language).in_field(field).filter(type__in=types)
    return shown_in(publications.with_translations(language)[:count], language)
