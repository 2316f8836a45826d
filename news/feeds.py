"""RSS and Atom feeds of the newsroom, filtered by the same query string as /news/.

Absolute URLs are built from the request, like the sitemaps' (see core.sitemaps): the
sites framework's Site row says "example.com" unless someone edits it for every deployment.

What editors and visitors wrote (titles, summaries, the names of the filters in the feed's title)
reaches readers as the text it is. RSS readers take titles and descriptions as HTML (feedparser
does whenever the text looks like markup), so those are escaped; Atom says which is which: its
titles and subtitle are plain text, its summaries HTML. Names, categories and authors are plain
text in both.
"""

from copy import copy
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from core import languages
from core.feeds import active_filters
from core.translations import shown_in, shown_or_source
from core.views import renamed_query

from .forms import NewsFilterForm
from .models import PressRelease

FEED_SIZE = 50


class PressReleaseFeed(Feed):
    """The newest published releases matching the newsroom's filters (at most FEED_SIZE)."""

    def author_name(self):  # Atom wants an author
        return _("Organization for Security and Co-operation in Europe")

    def __call__(self, request, *args, **kwargs):
        form = NewsFilterForm(request.GET)
        renamed = renamed_query(form)
        if renamed is not None:  # a subscription made before a rename goes on working
            return HttpResponsePermanentRedirect(f"{request.path}?{renamed}")
        if not form.is_valid():
            errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
            return HttpResponseBadRequest(
                _("This feed cannot be built: %(errors)s") % {"errors": errors},
                content_type="text/plain; charset=utf-8",
            )
        # One Feed instance serves every request: work on a copy that knows this one.
        feed = copy(self)
        feed.request, feed.form, feed.filters = request, form, active_filters(form)
        return super(PressReleaseFeed, feed).__call__(request, form=form)

    def get_object(self, request, form):
        return form

    def absolute(self, path):
        return self.request.build_absolute_uri(path)

    def text(self, value):
        """Plain text for an element RSS readers take as HTML (titles, descriptions)."""
        return escape(value)

    def title(self):
        if not self.filters:
            return _("OSCE newsroom")
        values = "; ".join(description for _label, description in self.filters)
        return self.text(_("OSCE newsroom: %(filters)s") % {"filters": values})

    def description(self):
        text = _("The latest press releases of the OSCE")
        if self.filters:
            text += " (" + "; ".join(f"{label}: {value}" for label, value in self.filters) + ")"
        return self.text(text + ".")

    def with_selection(self, path):
        """`path` with this feed's filters, as validated (never the request's raw query)."""
        query = self.form.query_string()
        return self.absolute(path + (f"?{query}" if query else ""))

    def link(self):
        """The newsroom page showing the same selection."""
        return self.with_selection(reverse("news:list"))

    def feed_url(self):
        return self.with_selection(self.request.path)

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


class PressReleaseAtomFeed(PressReleaseFeed):
    feed_type = Atom1Feed
    subtitle = PressReleaseFeed.description

    def text(self, value):
        return value  # Atom titles and subtitles are plain text (type="text")
