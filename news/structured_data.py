"""schema.org data for search engines, built from a release and the request (for absolute URLs).

Reads `listed_places`, `listed_sources` and `listed_fields`: `with_relations()` provides them.
"""

from django.urls import reverse
from django.utils.timezone import localtime

PUBLISHER_NAME = "Organization for Security and Co-operation in Europe"


def news_article(release, request):
    """A schema.org NewsArticle for a release, as a dict ready for JSON."""
    absolute = request.build_absolute_uri
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": release.title,
        "url": absolute(release.get_absolute_url()),
        "mainEntityOfPage": absolute(release.get_absolute_url()),
        "datePublished": localtime(release.shown_published_at).isoformat(),
        "dateModified": localtime(release.updated_at).isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": PUBLISHER_NAME,
            "alternateName": "OSCE",
            "url": absolute(reverse("pages:home")),
        },
        "author": [
            {
                "@type": "Organization",
                "name": source.display_name,
                "url": absolute(source.get_absolute_url()),
            }
            for source in release.listed_sources
        ],
        "locationCreated": [
            {"@type": "Place", "name": place.name} for place in release.listed_places
        ],
        "about": [
            {"@type": "Thing", "name": field.name, "url": absolute(field.get_absolute_url())}
            for field in release.listed_fields
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
