"""RSS and Atom feeds of new publications, filtered by the same query string as the library
(/publications/), in the feed's language (its prefix): the publications public in it, with
their texts in it, the newest first by their date of publication.

As the newsroom's (core.feeds.FilteredFeed): absolute URLs from the request; RSS titles and
descriptions escaped, Atom's titles plain text; a bad filter is a 400 that says why; a
subscription naming a renamed field of work is sent on (301). Each item links to the
publication's page and carries its files as enclosures (Atom: a PDF per language; RSS allows
one).
"""

from datetime import datetime, time
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from core import languages
from core.feeds import FilteredFeed, PlainTextTitles
from core.translations import shown_in, shown_or_source

from .forms import LibraryFilterForm
from .models import Publication
from .views import with_page_relations

FEED_SIZE = 50


class PublicationFeed(FilteredFeed):
    """The newest published publications matching the library's filters (at most FEED_SIZE)."""

    form_class = LibraryFilterForm
    list_url = "publications:list"

    def plain_title(self):
        return _("New OSCE publications")

    def filtered_title(self, values):
        return _("New OSCE publications: %(filters)s") % {"filters": values}

    def about(self):
        return _("The latest factsheets, reports, studies and guides of the OSCE")

    def items(self, form):
        language = languages.active()
        publications = form.filter(Publication.objects.published(language))
        return shown_in(with_page_relations(publications, language)[:FEED_SIZE], language)

    def item_title(self, publication):
        return self.text(publication.title)

    def item_description(self, publication):
        return escape(publication.summary)

    def item_link(self, publication):
        return self.absolute(publication.get_absolute_url())

    def item_guid(self, publication):
        """Stable when an editor changes the slug (and so the link): a tag URI on the id."""
        host = urlsplit(self.absolute("/")).hostname
        return f"tag:{host},{publication.created_at:%Y-%m-%d}:publication/{publication.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, publication):
        """The date the document bears, at midnight in the site's time zone."""
        return timezone.make_aware(datetime.combine(publication.published_on, time()))

    def item_updateddate(self, publication):
        return publication.updated_at

    def item_author_name(self, publication):
        return ", ".join(source.display_name for source in publication.sources.all()) or None

    def item_categories(self, publication):
        language = languages.active()
        return [
            str(publication.get_type_display()),
            *(shown_or_source(field, language).name for field in publication.fields_of_work.all()),
        ]

    def enclosure(self, file):
        return Enclosure(self.absolute(file.get_absolute_url()), str(file.size), "application/pdf")

    def item_enclosures(self, publication):
        """RSS allows one: its PDF in the feed's language, else in English, else its first."""
        files = {file.language: file for file in publication.files.all()}
        file = files.get(languages.active()) or files.get(languages.SOURCE_LANGUAGE)
        file = file or next(iter(files.values()), None)
        return [] if file is None else [self.enclosure(file)]


class PublicationAtomFeed(PlainTextTitles, PublicationFeed):
    feed_type = Atom1Feed
    subtitle = PublicationFeed.description

    def item_enclosures(self, publication):
        """Its PDFs, one per language (Atom's "enclosure" links)."""
        return [self.enclosure(file) for file in publication.files.all()]
