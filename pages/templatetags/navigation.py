"""The site-wide navigation: the editors' menus (pages.MenuItem, shown in a language by
pages.menus), with the automatic groups the data provides (the fields of work, the States with
the Chairpersonship, the structures, the field operations).

It is the same on every page of a language, so it is rendered once per content version, year
(the year moves the Chairpersonship marker) and language, and reused; every write of a menu
item, of its translations, or of what the menus list retires it once the write commits
(pages.receivers). In a language other than English it lists the items that exist in it, by
their names in it (pages.menus): the menu items one query, each kind of target and each group
a fixed number more, whatever the number of items.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from core import cache, languages
from pages.footer import footer_context
from pages.menus import blocks, menu_tree

register = template.Library()


def navigation_context(language):
    return {
        "menus": [
            {"entry": menu, "blocks": blocks(menu) if menu.children else []}
            for menu in menu_tree(language)
        ]
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
