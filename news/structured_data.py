"""schema.org data for search engines, built from a release and the request (for absolute URLs).

Reads `listed_places`, `listed_sources` and `listed_fields`: `with_relations()` provides them.

The data is the page's, in the page's language: the release's texts in the language it shows
(`inLanguage`), at its address in it, and the names of what it mentions in that language where
they have one. A name it has none in (a source not translated yet) stays English and says so,
as a JSON-LD value object with its `@language`: never an English text passed off as the page's
language, which `inLanguage` would otherwise claim for every text of the article.
"""

from django.urls import reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext, gettext_noop

from core import languages
from core.translations import names_language, shown_or_source

PUBLISHER_NAME = gettext_noop("Organization for Security and Co-operation in Europe")


def news_article(release, request):
    """A schema.org NewsArticle for a release (showing its texts in the page's language), as a
    dict ready for JSON."""
    absolute = request.build_absolute_uri
    language = release.shown_language

    def text(value, value_language):
        """`value` as it is in the page's language; in another, with the language it is in."""
        if value_language == language:
            return value
        return {"@value": value, "@language": value_language}

    def named(item):  # as the page names it: in its language where it has a name in it
        return shown_or_source(item, language)

    def name_of(named_item):
        name = getattr(named_item, "display_name", named_item.name)
        return text(name, names_language(named_item))

    # The interface's catalog of the page's language names the publisher; without one (a
    # language the interface is not translated into yet) the name is the English one.
    publisher = gettext(PUBLISHER_NAME)
    publisher_language = language if publisher != PUBLISHER_NAME else languages.SOURCE_LANGUAGE
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "inLanguage": language,
        "headline": release.title,
        "url": absolute(release.get_absolute_url()),
        "mainEntityOfPage": absolute(release.get_absolute_url()),
        "datePublished": localtime(release.shown_published_at).isoformat(),
        "dateModified": localtime(release.updated_at).isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": text(publisher, publisher_language),
            "alternateName": "OSCE",
            "url": absolute(reverse("pages:home")),
        },
        "author": [
            {
                "@type": "Organization",
                "name": name_of(source),
                "url": absolute(source.get_absolute_url()),
            }
            for source in map(named, release.listed_sources)
        ],
        "locationCreated": [
            {"@type": "Place", "name": name_of(place)}
            for place in map(named, release.listed_places)
        ],
        "about": [
            {"@type": "Thing", "name": name_of(field), "url": absolute(field.get_absolute_url())}
            for field in map(named, release.listed_fields)
        ],
    }
    if release.summary:
        data["description"] = release.summary
    picture = release.photo_open_graph  # a resized copy, never the upload itself
    if picture:
        image = {
            "@type": "ImageObject",
            "url": absolute(picture.url),
            "width": picture.width,
            "height": picture.height,
            "caption": release.photo_caption or release.photo_alt,
        }
        data["image"] = {key: value for key, value in image.items() if value}
    return data
