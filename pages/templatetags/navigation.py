"""The site-wide navigation, built from the database: editors change it by editing content.

It is the same on every page of a language, so it is rendered once per content version, year
(the year moves the Chairpersonship marker) and language, and reused; the admins of what it lists
retire it on change. In a language other than English it lists the fields of work, States and
structures whose pages exist in it, by their names in it (a State's in that language's order),
and the field operations by their names in it (leading to their page in it where it exists,
else to the English one); each list
is one query, and one for its translations in that language, whatever the number of languages.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from core import cache, languages
from core.translations import by_name, named_in, shown_in
from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from pages.footer import footer_context
from structures.models import Structure

register = template.Library()


def navigation_context(language):
    def existing(queryset, **order):
        items = queryset.in_language(language).with_translations(language)
        return by_name(shown_in(items, language), language, **order)

    fields = existing(FieldOfWork.objects.only("name", "slug"))
    states = existing(ParticipatingState.objects.participating())
    structures = existing(
        Structure.objects.exclude_field_operations(), first=lambda structure: structure.position
    )
    operations = FieldOperation.objects.active().only("name", "slug", "kind")
    return {
        "fields_of_work": fields,
        "participating_states": states,
        "chairpersonship": Chairpersonship.objects.current(),
        "top_structures": [s for s in structures if s.parent_id is None],
        "secretariat_units": [s for s in structures if s.kind == Structure.Kind.SECRETARIAT_UNIT],
        "field_operations": named_in(operations.with_translations(language), language),
    }


@register.simple_tag
def site_navigation():
    language = languages.active()
    html = cache.remember(
        cache.NAVIGATION,
        "html",
        (timezone.localdate().year, language),
        lambda: render_to_string("pages/navigation.html", navigation_context(language)),
        settings.NAVIGATION_CACHE_SECONDS,
    )
    return mark_safe(html)  # rendered from our own template, autoescaped


@register.simple_tag
def site_footer():
    """The footer (pages.footer), rendered once per content version and language, as the
    navigation is, and retired by any change of it or of the pages it links to
    (pages.receivers)."""
    language = languages.active()
    html = cache.remember(
        cache.FOOTER,
        "html",
        language,
        lambda: render_to_string("pages/footer.html", footer_context(language)),
        settings.NAVIGATION_CACHE_SECONDS,
    )
    return mark_safe(html)  # rendered from our own template, autoescaped
