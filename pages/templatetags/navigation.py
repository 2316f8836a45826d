"""The site-wide navigation, built from the database: editors change it by editing content.

It is the same on every page, so it is rendered once per content version, year (the year
moves the Chairpersonship marker) and language (its headings come from the interface catalogs)
and reused; the admins of what it lists retire it on change.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import cache
from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from structures.models import Structure

register = template.Library()


def navigation_context():
    structures = list(Structure.objects.exclude_field_operations())
    return {
        "fields_of_work": FieldOfWork.objects.only("name", "slug"),
        "participating_states": ParticipatingState.objects.participating(),
        "chairpersonship": Chairpersonship.objects.current(),
        "top_structures": [s for s in structures if s.parent_id is None],
        "secretariat_units": [s for s in structures if s.kind == Structure.Kind.SECRETARIAT_UNIT],
        "field_operations": FieldOperation.objects.active().only("name", "slug", "kind"),
    }


@register.simple_tag
def site_navigation():
    html = cache.remember(
        cache.NAVIGATION,
        "html",
        (timezone.localdate().year, get_language()),
        lambda: render_to_string("pages/navigation.html", navigation_context()),
        settings.NAVIGATION_CACHE_SECONDS,
    )
    return mark_safe(html)  # rendered from our own template, autoescaped
