from django import template
from django.utils.safestring import mark_safe

from news.search import highlighted

register = template.Library()


@register.filter
def highlight(snippet):
    """A search snippet as safe HTML: its text escaped, the matched words in <mark>."""
    return mark_safe(highlighted(snippet))  # highlighted() escapes all but the <mark> tags
