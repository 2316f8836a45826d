"""RSS and Atom feeds of the newsroom, filtered by the same query string as /news/.

Absolute URLs are built from the request, like the sitemaps' (see core.sitemaps): the
sites framework's Site row says "example.com" unless someone edits it for every deployment.

What editors and visitors wrote (titles, summaries, the names of the filters in the feed's title)
reaches readers as the text it is. RSS readers take titles and descriptions as HTML (feedparser
does whenever the text looks like markup), so those are escaped; Atom says which is which: its
titles and subtitle are plain text, its summaries HTML. Names, categories and authors are plain
text in both.
"""

from urllib.parse import urlsplit

from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from core import languages
from core.feeds import FilteredFeed, PlainTextTitles
from core.translations import shown_in, shown_or_source

from .forms import NewsFilterForm
from .models import PressRelease

FEED_SIZE = 50


class PressReleaseFeed(FilteredFeed):
    """The newest published releases matching the newsroom's filters (at most FEED_SIZE)."""

    form_class = NewsFilterForm
    list_url = "news:list"

    def plain_title(self):
        return _("OSCE newsroom")

    def filtered_title(self, values):
        return _("OSCE newsroom: %(filters)s") % {"filters": values}

    def about(self):
        return _("The latest press releases of the OSCE")

    def items(self, form):
        """In the feed's language: the releases published in it, with their texts in it."""
        language = languages.active()
        releases = form.filter(PressRelease.objects.newsroom(language))
        return shown_in(releases.with_listing_relations(language)[:FEED_SIZE], language)

    def item_title(self, release):
        return self.text(release.title)

    def item_description(self, release):
        """The summary after the dateline's places and a dash, as the release's text starts:
        plain text, in a field read as HTML."""
        dateline = ", ".join(place.dateline for place in release.listed_places)
        parts = [part for part in [dateline, release.summary] if part]
        return escape(" – ".join(parts))

    def item_link(self, release):
        return self.absolute(release.get_absolute_url())

    def item_guid(self, release):
        """Stable when an editor changes the slug (and so the link): a tag URI on the id."""
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{release.created_at:%Y-%m-%d}:press-release/{release.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, release):
        """When the release appeared in this feed's language (a Russian version may follow the
        English by days)."""
        return release.shown_published_at

    def item_updateddate(self, release):
        return release.updated_at

    def item_author_name(self, release):
        return ", ".join(source.display_name for source in release.listed_sources) or None

    def item_categories(self, release):
        language = languages.active()
        return [shown_or_source(field, language).name for field in release.listed_fields]

    def item_enclosures(self, release):
        """The photograph's link-preview copy (a JPEG about 1,200 pixels wide), when one can be
        made: never the upload itself."""
        picture = release.photo_open_graph
        if not picture:
            return []
        try:
            length = picture.storage.size(picture.name)
        except OSError:  # a missing file: no enclosure rather than a broken feed
            return []
        return [Enclosure(self.absolute(picture.url), str(length), "image/jpeg")]


class PressReleaseAtomFeed(PlainTextTitles, PressReleaseFeed):
    feed_type = Atom1Feed
    subtitle = PressReleaseFeed.description
