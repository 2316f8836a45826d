"""RSS and Atom feeds of new publications, filtered by the same query string as the library
(/publications/), in the feed's language (its prefix): the publications public in it, with
their texts in it, the newest first by their date of publication.

As the newsroom's (news.feeds): absolute URLs from the request; RSS titles and descriptions
escaped (readers take them as HTML), Atom's titles plain text; a bad filter is a 400 that says
why; a subscription naming a renamed field of work is sent on (301). Each item links to the
publication's page and carries its files as enclosures (a PDF per language).
"""

from copy import copy
from datetime import datetime, time
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from core import languages
from core.feeds import active_filters
from core.translations import shown_in, shown_or_source
from core.views import renamed_query

from .forms import LibraryFilterForm
from .models import Publication
from .views import with_page_relations

FEED_SIZE = 50


class PublicationFeed(Feed):
    """The newest published publications matching the library's filters (at most FEED_SIZE)."""

    def author_name(self):  # Atom wants an author
        return _("Organization for Security and Co-operation in Europe")

    def __call__(self, request, *args, **kwargs):
        form = LibraryFilterForm(request.GET)
        renamed = renamed_query(form)
        if renamed is not None:
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
        return super(PublicationFeed, feed).__call__(request, form=form)

    def get_object(self, request, form):
        return form

    def absolute(self, path):
        return self.request.build_absolute_uri(path)

    def text(self, value):
        """Plain text for an element RSS readers take as HTML (titles, descriptions)."""
        return escape(value)

    def title(self):
        if not self.filters:
            return _("New OSCE publications")
        values = "; ".join(description for _label, description in self.filters)
        return self.text(_("New OSCE publications: %(filters)s") % {"filters": values})

    def description(self):
        text = _("The latest factsheets, reports, studies and guides of the OSCE")
        if self.filters:
            text += " (" + "; ".join(f"{label}: {value}" for label, value in self.filters) + ")"
        return self.text(text + ".")

    def with_selection(self, path):
        """`path` with this feed's filters, as validated (never the request's raw query)."""
        query = self.form.query_string()
        return self.absolute(path + (f"?{query}" if query else ""))

    def link(self):
        return self.with_selection(reverse("publications:list"))

    def feed_url(self):
        return self.with_selection(self.request.path)

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


class PublicationAtomFeed(PublicationFeed):
    feed_type = Atom1Feed
    subtitle = PublicationFeed.description

    def text(self, value):
        return value  # Atom titles and subtitles are plain text (type="text")

    def item_enclosures(self, publication):
        """Its PDFs, one per language (Atom's "enclosure" links)."""
        return [self.enclosure(file) for file in publication.files.all()]
