"""Tags every page's head uses: a captured block shown twice, absolute addresses."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` as an absolute URL on the host and scheme of the current request."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Rendered with autoescaping already: safe to output again as it is.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """{% capture name %}...{% endcapture %}: render once, use as {{ name }} as often as needed.

    Blocks inside still take the child template's content, so base.html can show the page's
    title both in <title> and in og:title.
    """
    try:
        _tag, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("{% capture %} takes one variable name.") from None
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, name)
