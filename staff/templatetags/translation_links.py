"""The "Translate" links of an item's admin page (templates/admin/change_form.html)."""

from django import template

from staff.translations import kinds_of, language_name

register = template.Library()


@register.simple_tag(takes_context=True)
def translate_links(context, item):
    """[{code, name, url, kind}] of the languages the user may translate `item` into: it has
    no translation of a kind in them yet, or one with texts still to fill in (`kind`: empty
    for the item's own translations, else what its inline calls the second kind, an
    operation's page); empty for an item that has no translations."""
    request = context.get("request")
    if item is None or item.pk is None or request is None:
        return []
    links = []
    for kind in kinds_of(type(item)):
        links += [
            {
                "code": code,
                "name": language_name(code),
                "url": url,
                "kind": "" if kind.is_items_own else kind.inline.verbose_name,
            }
            for code, url in kind.to_translate(request, item).items()
        ]
    return links
