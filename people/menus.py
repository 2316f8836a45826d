"""What the site's menus take from people: the Leadership group (the menus' registry, in pages,
places it; nobody types its items)."""

from .models import Position
from .views import holders_of


def leadership(language):
    """The leadership positions in their order, each named in `language` (else in English),
    with `holders`: today's appointments, their people named in `language` too. A position
    nobody holds today has none: the menu shows it vacant, or leaves it out."""
    return holders_of(Position.objects.leadership().select_related("structure"), language)
