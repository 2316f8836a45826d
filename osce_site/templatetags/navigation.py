"""The site-wide navigation, built from the database: editors change it by editing content."""

from django import template

from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from structures.models import Structure

register = template.Library()


@register.inclusion_tag("includes/navigation.html")
def site_navigation():
    structures = list(Structure.objects.exclude_field_operations())
    return {
        "fields_of_work": FieldOfWork.objects.only("name", "slug"),
        "participating_states": ParticipatingState.objects.participating(),
        "chairpersonship": Chairpersonship.objects.current(),
        "top_structures": [s for s in structures if s.parent_id is None],
        "secretariat_units": [s for s in structures if s.kind == Structure.Kind.SECRETARIAT_UNIT],
        "field_operations": FieldOperation.objects.active().only("name", "slug", "kind"),
    }
