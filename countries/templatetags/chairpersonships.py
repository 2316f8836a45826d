"""The Chairpersonships by year, for the Chairpersonship's page.

That page is a structure's (`structures` knows nothing of States), so the table comes as a tag,
as the latest news of every page does.
"""

from django import template

from core import languages
from countries.models import Chairpersonship

register = template.Library()


@register.inclusion_tag("countries/chairpersonship_years.html")
def chairpersonship_years():
    """This year's Chairpersonship, the coming ones (soonest first) and the past ones (latest
    first), each with its Chairperson-in-Office where known; the States named in the page's
    language where they have a name in it."""
    chairs = Chairpersonship.objects.select_related("state")
    past, current, coming = chairs.with_state_names(languages.active()).by_tense()
    return {"current": [current] if current else [], "coming": coming, "past": past[::-1]}
