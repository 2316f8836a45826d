"""What the footer shows in a language (pages.models.SiteFooter, FooterLink): the contact
details, then the links of each group in the editors' order.

No fallback: in another language a link is shown where its label is translated there (a link to
a page without a label of its own: where the page is public there, by its title there), and a
link to a page only while that page is public in the language, to its address there.

Three queries in English whatever the number of links: the footer's row, its links, the pages
they link to (and the lineages of those below the top level); in another language the links' and
the pages' translations are one more each. The result is cached with the page chrome
(pages.templatetags.navigation).
"""

from core import languages

from .models import FooterLink, Page, SiteFooter, attach_lineages


def footer_context(language):
    """{"footer", "contact_links", "site_links", "social_links"} in `language`: the links are
    (label, address) pairs; the site's are the privacy notice and the accessibility statement."""
    footer = SiteFooter.objects.current()
    if footer is None:
        return {"footer": None}
    links = list(
        FooterLink.objects.filter(footer=footer)
        .with_translations(language)
        .order_by("position", "id")
    )
    ids = {link.page_id for link in links if link.page_id}
    pages = {}
    if ids:
        public = Page.objects.published(language).filter(pk__in=ids).with_translations(language)
        pages = {page.pk: page for page in attach_lineages(public, language)}
    shown = {}
    for link in links:
        entry = shown_link(link, language, pages)
        if entry is not None:
            shown.setdefault(link.kind, []).append(entry)
    kinds = FooterLink.Kind
    return {
        "footer": footer,
        "contact_links": shown.get(kinds.CONTACT, []),
        "site_links": [*shown.get(kinds.PRIVACY, []), *shown.get(kinds.ACCESSIBILITY, [])],
        "social_links": shown.get(kinds.SOCIAL, []),
    }


def shown_link(link, language, pages):
    """(label, address) of `link` in `language`, or None where it is not shown there: `pages`
    are the pages public in it, by id."""
    page = None
    if link.page_id:
        page = pages.get(link.page_id)
        if page is not None and language != languages.SOURCE_LANGUAGE:
            page = page.in_language(language)
        if page is None:
            return None
    if language == languages.SOURCE_LANGUAGE:
        label = link.label
    else:
        row = link.translation(language)
        label = row.label if row is not None else ""
        if link.label and not label:
            return None  # its own label is not translated: not shown (no English here)
    label = label or (page.title if page is not None else "")
    if not label:
        return None
    return label, page.get_absolute_url() if page is not None else link.url
