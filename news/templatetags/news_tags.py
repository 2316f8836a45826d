"""The newsroom's tags: the latest news of any page, feed links and a release's structured data."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core import languages
from core.translations import shown_in
from news import structured_data
from news.models import PressRelease

register = template.Library()

# As django.utils.html.json_script: JSON that cannot close the <script> element around it.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

FEEDS = [
    ("news:feed-rss", "application/rss+xml", "RSS"),
    ("news:feed-atom", "application/atom+xml", "Atom"),
]


@register.inclusion_tag("includes/latest_news.html")
def latest_news(about=None, *, count, empty, grid=False):
    """The `count` latest public releases, of `about` (a page's subject, see
    `PressReleaseQuerySet.concerning`) or of everything, as release cards; `empty` when none."""
    language = languages.active()
    releases = PressRelease.objects.newsroom(language)
    if about is not None:
        releases = releases.concerning(about)
    latest = shown_in(releases.with_listing_relations(language)[:count], language)
    return {"releases": latest, "empty": empty, "grid": grid}


@register.simple_tag
def field_stories(field, count=4):
    """`{% field_stories field as stories %}`: the field's `count` latest OSCE stories (its
    published feature stories), in the page's language, for its page (one query; two in
    another language)."""
    language = languages.active()
    stories = PressRelease.objects.newsroom(language).filter(type=PressRelease.Type.FEATURE)
    stories = stories.in_field(field).defer("body", "search_vector", "search_rank_vector")
    return shown_in(stories.with_translations(language)[:count], language)


@register.simple_tag(takes_context=True)
def feed_links(context):
    """<link rel="alternate"> to the newsroom's feeds, with the current filters (not the page)."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    suffix = f"?{query.urlencode()}" if query else ""
    return format_html_join(
        "\n",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        (
            (mime_type, _("OSCE newsroom (%(format)s)") % {"format": name}, reverse(url) + suffix)
            for url, mime_type, name in FEEDS
        ),
    )


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, release):
    """The release as schema.org NewsArticle JSON-LD, in a <script> it cannot break out of."""
    data = structured_data.news_article(release, context["request"])
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
