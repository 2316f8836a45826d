"""Tags every page's head uses: a captured block shown twice, absolute addresses."""

from django import template
from django.utils.safestring import mark_safe

from core import languages, translations

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


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page in each of the site's languages (core.languages.switcher_entries): what the
    switcher lists and the hreflang links name, from one declaration of the page."""
    request = context.get("request")
    return languages.switcher_entries(request) if request else []


@register.simple_tag(takes_context=True)
def other_language_versions(context):
    """The languages, other than the page's, the page exists in (for a page that is missing
    in this one: its 404 links to them)."""
    return [
        version
        for version in language_versions(context)
        if version["url"] and not version["current"]
    ]


@register.filter
def lang_attr(item):
    """` lang="en"` for an item shown in another language than the page's (an English item
    listed on a Russian page), else nothing: `<a href="..."{{ item|lang_attr }}>`. Given a
    language code (what a label knows of itself, a newsroom facet value's), the same for a text
    in that language: `<span{{ value.language|lang_attr }}>`."""
    shown = item if isinstance(item, str) else translations.names_language(item)
    if shown == languages.active():
        return ""
    return mark_safe(f' lang="{shown}"')  # a language code of the settings


@register.filter
def texts_lang_attr(item):
    """` lang="en"` on an item's own texts (beyond its names) where they are not in the page's
    language: an operation named in Russian still shows its English tagline."""
    shown = getattr(item, "shown_language", languages.SOURCE_LANGUAGE)
    if shown == languages.active():
        return ""
    return mark_safe(f' lang="{shown}"')  # a language code of the settings


@register.filter
def hreflang_attr(item):
    """` hreflang="en"` on a link to an item's page in another language than the page's (an
    operation named in Russian whose page is not translated yet links to its English page)."""
    shown = getattr(item, "shown_language", languages.SOURCE_LANGUAGE)
    if shown == languages.active():
        return ""
    return mark_safe(f' hreflang="{shown}"')  # a language code of the settings


@register.filter
def in_page_language(item):
    """`{% with place=place|in_page_language %}`: the item named in the page's language where it
    has a name in it (core.translations.shown_or_source), else in English (then mark it with
    `|lang_attr`)."""
    return translations.shown_or_source(item, languages.active())


@register.simple_tag
def source_lang_attr():
    """` lang="en"` on a page in another language, for a text that exists in English only (an
    operation's headquarters, a related publication's title): `<dd{% source_lang_attr %}>`."""
    if languages.active() == languages.SOURCE_LANGUAGE:
        return ""
    return mark_safe(f' lang="{languages.SOURCE_LANGUAGE}"')


@register.inclusion_tag("includes/not_in_language.html", takes_context=True)
def not_in_language(context, shown, total):
    """Under a list that a page in another language shortens to what has a name in it: how many
    of the `total` it leaves out, and a link to the whole list in English (nothing where none
    is left out), so that no list passes for complete when it is not."""
    missing = total - shown
    request = context.get("request")
    english = None
    if missing > 0 and request is not None:
        english = languages.url_in(languages.SOURCE_LANGUAGE, request.get_full_path())
    return {"missing": max(missing, 0), "english": english}
