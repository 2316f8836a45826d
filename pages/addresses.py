"""Pages' addresses: finding the page at an address, the places in the tree a page may take, and
old addresses that keep working when pages are renamed or moved.

A page's address is the path of its lineage's slugs (pages.models), so renaming a page or moving
it changes the address of every page under it too, in every language. Each write that can do
that (a page's slug or a translation's slug saved, by any path: the admin, a revert, a shell;
a subtree moved by treebeard's manager, which the admin's drag and drop and move form use)
runs inside `addresses_kept()`, which reads the subtree's public addresses before and after and
redirects each old one to the new one (core.redirects.remember_old_address), in the write's
transaction. Only addresses the public could have known are kept, and only towards addresses
the public can open: a redirect never names a draft.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.db.models.signals import post_save, pre_save
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import languages
from core.redirects import remember_old_address

from .models import MAX_DEPTH, Page, PageTranslation, attach_lineages, give_lineage

PAGE_VIEW = "pages:page"


# Finding a page --------------------------------------------------------------------------------


def find(path, language, pages, *, public_slugs_only=True):
    """The page of `pages` at `path` ("about-us/our-history") in `language`, with its lineage
    and all its lineage's translations read, or None. Two queries whatever its depth: the
    pages of each level with that level's slug, and their translations.

    Under another language's prefix, each slug may be the page's slug in that language or its
    English one (the view then redirects to the address in that language). A translation's
    own slug finds its page only where the translation is public by its own workflow, unless
    `public_slugs_only` is false (for staff previews): a draft's address confirms nothing.
    """
    slugs = path.split("/")
    if len(slugs) > MAX_DEPTH:
        return None
    translated = language != languages.SOURCE_LANGUAGE
    condition = Q(pk__in=[])
    for depth, slug in enumerate(slugs, start=1):
        level = Q(slug=slug)
        if translated:
            rows = PageTranslation.objects.filter(language=language, slug=slug)
            level |= Q(pk__in=rows.values("item"))
        condition |= Q(depth=depth) & level
    candidates = {page.path: page for page in pages.filter(condition).with_translations()}

    def accepted(page, slug):
        if slug == page.slug:
            return True
        row = page.translation(language) if translated else None
        return row is not None and row.slug == slug and (row.is_published or not public_slugs_only)

    found = []
    for page in candidates.values():
        if page.depth != len(slugs):
            continue
        lineage = [candidates.get(each) for each in page.lineage_paths()]
        if None not in lineage and all(map(accepted, lineage, slugs)):
            give_lineage(page, lineage)
            found.append(page)
    # The address as it is in this language first, then one that names English slugs.
    found.sort(key=lambda page: [each.slug_in(language) for each in page.lineage()] != slugs)
    return found[0] if found else None


def is_taken(slug, language):
    """Whether a top page with `slug` in `language` would have the address of another part of
    the site (the newsroom, the admin, a language's home page): it could never be reached."""
    if language == languages.SOURCE_LANGUAGE:
        # The unprefixed addresses outside the URLs: the languages' prefixes (`/ru/`), the
        # static files and the media, which are served before any view.
        prefixes = [f"/{code}/" for code in languages.codes()]
        prefixes += [settings.STATIC_URL or "", settings.MEDIA_URL or ""]
        if any(prefix.strip("/").split("/")[0] == slug for prefix in prefixes if prefix):
            return True
    with translation.override(language):
        address = reverse(PAGE_VIEW, kwargs={"path": slug})
        try:
            match = resolve(address)
        except Resolver404:
            return False
    return match.view_name != PAGE_VIEW


# Where a page may go ---------------------------------------------------------------------------


def check_place(page, parent, *, height=1):
    """Refuse (ValidationError) `page` under `parent` (None: at the top), taking `height`
    levels with its subtree: too deep, a slug a sibling has, or an address another page of the
    site has."""
    depth = (parent.depth if parent else 0) + height
    if depth > MAX_DEPTH:
        raise ValidationError(
            _("Pages go at most %(depth)s levels deep: this would put one at level %(level)s."),
            code="too_deep",
            params={"depth": MAX_DEPTH, "level": depth},
        )
    siblings = (
        Page.objects.children_of(parent) if parent else Page.objects.filter(depth=1)
    ).exclude(pk=page.pk)
    for sibling in siblings.with_translations():
        for code in languages.codes():
            if page.pk and sibling.slug_in(code) == page.slug_in(code):
                slug = page.slug_in(code)
            elif sibling.slug == page.slug:
                slug = page.slug
            else:
                continue
            raise ValidationError(
                _("Another page under the same parent has the slug “%(slug)s”."),
                code="slug_taken",
                params={"slug": slug},
            )
    if parent is None and is_taken(page.slug, languages.SOURCE_LANGUAGE):
        raise ValidationError(
            _("“%(slug)s” is the address of another part of the site: choose another slug."),
            code="address_taken",
            params={"slug": page.slug},
        )


def subtree_height(page):
    """How many levels `page` and the pages under it take."""
    deepest = (
        Page.objects.filter(path__startswith=page.path).order_by("-depth").values("depth").first()
    )
    return (deepest["depth"] if deepest else page.depth) - page.depth + 1


def new_parent(target, pos):
    """The parent a page moved to `pos` of `target` (treebeard's positions) gets."""
    if pos in {"first-child", "last-child", "sorted-child"}:
        return target
    return Page.objects.get_parent(target)


# Old addresses ---------------------------------------------------------------------------------


def public_addresses(page_ids):
    """{(page id, language): address} of the pages of `page_ids` in each language they are
    public in (three queries: the pages, their lineages and all their translations)."""
    pages = list(Page.objects.filter(pk__in=page_ids).with_translations())
    attach_lineages(pages)
    addresses = {}
    for page in pages:
        for code, address in page.language_versions().items():
            addresses[(page.pk, code)] = address
    return addresses


def subtree_ids(page):
    return list(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def redirect_changed(ids, before):
    """Redirect each address of `before` (public_addresses() of the pages of `ids`) that
    changed to the page's address now, where that is public."""
    after = public_addresses(ids)
    for key, old in before.items():
        new = after.get(key)
        if new is not None and new != old:
            remember_old_address(old, new)


@contextmanager
def addresses_kept(page):
    """Redirect the public addresses that the pages of `page`'s subtree have before the block
    and no longer after it to their new ones (in the block's transaction, if it has one)."""
    ids = subtree_ids(page)
    before = public_addresses(ids)
    yield
    if before:
        redirect_changed(ids, before)


def note_rename(sender, instance, raw, update_fields, **kwargs):
    """pre_save of a page or a page's translation: a changed slug (a form's, a revert's raw
    save's) renames the addresses of its subtree; read them before the save."""
    instance._renamed = None
    if instance.pk is None or (update_fields is not None and "slug" not in update_fields):
        return
    old_slug = sender._default_manager.filter(pk=instance.pk).values_list("slug", flat=True)
    old_slug = old_slug.first()
    if old_slug is None or old_slug == instance.slug:
        return
    page = Page.objects.get(pk=instance.item_id if sender is PageTranslation else instance.pk)
    ids = subtree_ids(page)
    instance._renamed = (ids, public_addresses(ids))


def record_rename(sender, instance, raw, **kwargs):
    renamed = instance.__dict__.pop("_renamed", None)
    if renamed and renamed[1]:
        redirect_changed(*renamed)


def keep_addresses_on_rename():
    """Connect the receivers (pages.apps)."""
    for model in (Page, PageTranslation):
        uid = f"page-addresses:{model._meta.label}"
        pre_save.connect(note_rename, sender=model, dispatch_uid=uid)
        post_save.connect(record_rename, sender=model, dispatch_uid=uid)


def check_move(node, target, pos):
    """Refuse a move that would leave the tree without valid addresses (see check_place)."""
    check_place(node, new_parent(target, pos), height=subtree_height(node))
