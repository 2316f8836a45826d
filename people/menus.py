"""What the site's menus take from people: the Leadership group (the menus' registry, in pages,
places it; nobody types its items)."""

from django.urls import reverse

from core.menus import Link

from .models import Position
from .views import holders_of


def leadership(language):
    """The leadership positions in their order, each named in `language` (else in English),
    with `holders`: today's appointments, their people named in `language` too. A position
    nobody holds today has none: the menu shows it vacant, or leaves it out."""
    return holders_of(Position.objects.leadership().select_related("structure"), language)


def leadership_links(language):
    """The Leadership group of the menus: each leadership position by its title, leading to the
    page of whoever holds it today (named after the title), or, where nobody does, to its place
    on the Leadership page, which says it is vacant. A fixed number of queries, whatever the
    number of positions (people.views.holders_of)."""
    page = reverse("people:leadership")
    links = []
    for position in leadership(language):
        holder = position.holders[0].person if position.holders else None
        if holder is None:
            links.append(Link(position.title, f"{page}#{position.slug}", position))
        else:
            # Named for the holder's page: its `lang` and `hreflang` are the person's.
            links.append(Link(position.title, holder.get_absolute_url(), holder, holder.name))
    return links
