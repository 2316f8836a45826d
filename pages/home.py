"""What the home page shows in a language: its lead story, its highlights and its texts
(pages.models.HomePage), by the public rule of each kind of item, with no fallback to English.

- The lead story is the release the editors chose, else the page they chose, where it is public
  in the language (`published(language)`: a draft, an embargoed, an expired or an untranslated
  one is not); otherwise the newest release public in that language leads, so that the home page
  always leads with something public (nothing at all where nothing is).
- A highlight is shown where its release or page is public in the language, or its field
  operation's page exists in it (`in_language()`); the others are left out, the row keeping the
  editors' order.
- The strap line and the heading of the highlights show in another language only where the home
  page's translation there has them.

Queries, whatever the number of highlights: the home page's row and its highlights (two; its
translations a third outside English); the newest releases with the places, sources and fields
their cards name (four), from which the newest leads when no lead story chosen is public; a
chosen lead release four more, a page one or two; each kind of item highlighted one more (its
translations and, for pages below the top, their lineages one more each).
"""

from django.db.models import Prefetch

from core import languages
from core.translations import shown_in
from missions.models import FieldOperation
from news.models import PressRelease

from .models import HomeHighlight, HomePage, Page, attach_lineages

LATEST_NEWS = 6


def home_context(language):
    """{"home", "lead", "highlights", "latest_news"} of the home page in `language` (see the
    module): the latest news are the LATEST_NEWS newest releases public in it besides the lead
    story, read with the newest that leads when none is chosen (one list, four queries)."""
    in_source = language == languages.SOURCE_LANGUAGE
    highlights = HomeHighlight.objects.order_by("position", "id")
    home = (
        HomePage.objects.prefetch_related(
            Prefetch("highlights", queryset=highlights, to_attr="listed_highlights")
        )
        .with_translations(language)
        .current()
    )
    newest = PressRelease.objects.newsroom(language).with_listing_relations(language)
    newest = shown_in(newest[: LATEST_NEWS + 1], language)
    lead = chosen_lead(home, language) or next(iter(newest), None)
    latest = [release for release in newest if release != lead][:LATEST_NEWS]
    shown_home = None
    if home is not None:
        shown_home = home if in_source else home.in_language(language)
    return {
        "home": shown_home,
        "lead": lead,
        "highlights": highlighted(home, language, lead) if home is not None else [],
        "latest_news": latest,
    }


def public_releases(language, ids, *, relations=False):
    """{id: release shown in `language`} of the releases of `ids` public in it; `relations`:
    with the places, sources and fields a release's metadata names (the lead story's)."""
    releases = PressRelease.objects.published(language).filter(pk__in=ids)
    if relations:
        releases = releases.with_listing_relations(language)
    else:
        releases = releases.defer("body", "search_vector", "search_rank_vector")
        releases = releases.with_translations(language)
    return {release.pk: release for release in shown_in(releases, language)}


def public_pages(language, ids):
    pages = list(Page.objects.published(language).filter(pk__in=ids).with_translations(language))
    attach_lineages(pages, language)
    return {page.pk: page for page in shown_in(pages, language)}


def public_operations(language, ids):
    operations = FieldOperation.objects.in_language(language).filter(pk__in=ids)
    operations = operations.only("name", "slug", "kind", "tagline", "structure_ptr")
    return {
        operation.pk: operation
        for operation in shown_in(operations.with_translations(language), language)
    }


FINDERS = {"release": public_releases, "page": public_pages, "operation": public_operations}


def chosen_lead(home, language):
    """The lead story the editors chose (a release or a page, shown in `language`) where it is
    public in it, else None (see the module)."""
    if home is not None and home.lead_release_id:
        found = public_releases(language, [home.lead_release_id], relations=True)
        if found:
            return found[home.lead_release_id]
    if home is not None and home.lead_page_id:
        found = public_pages(language, [home.lead_page_id])
        if found:
            return found[home.lead_page_id]
    return None


def highlighted(home, language, lead):
    """The items of the home page's highlights public in `language`, in the editors' order,
    each once and never the lead story again."""
    wanted = {}
    for highlight in home.listed_highlights:
        target = highlight.target_id()
        if target is not None:
            wanted.setdefault(target[0], []).append(target[1])
    found = {kind: FINDERS[kind](language, ids) if ids else {} for kind, ids in wanted.items()}
    shown, seen = [], {(type(lead), getattr(lead, "pk", None))}
    for highlight in home.listed_highlights:
        target = highlight.target_id()
        item = found.get(target[0], {}).get(target[1]) if target else None
        if item is not None and (type(item), item.pk) not in seen:
            seen.add((type(item), item.pk))
            item.highlight_kind = target[0]
            shown.append(item)
    return shown
