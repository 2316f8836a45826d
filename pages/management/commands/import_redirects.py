"""Import old addresses in bulk: a CSV of `old_path,target` rows becomes redirects (301) of
django.contrib.redirects, which the admin then lists and edits (Redirects, for Administrators).

A target is a path of this site (`/news/`) or an object by its English slug,
`app_label.model:slug` (`missions.fieldoperation:mission-to-serbia`), which is stored as the
object's address now; when the object is renamed later, core.redirects sends its redirects on
to the new address, as for every other redirect. Lines that are empty or start with `#` are
comments.

The old site's addresses have no trailing slash and ours have one, so a path without one is
also imported with it (`/odihr` and `/odihr/`): a visitor who adds the slash is sent on too.
All rows are checked before any is written; one bad row, and nothing is imported, with every
bad row's line number and reason. Run again, it changes only what the file changes.
"""

import csv
from pathlib import Path

from django.apps import apps
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import Resolver404, resolve
from django.utils import translation

from core import languages
from pages import addresses
from pages.models import Page

MAX_PATH = Redirect._meta.get_field("old_path").max_length
MAX_TARGET = Redirect._meta.get_field("new_path").max_length


class Command(BaseCommand):
    help = "Import old addresses as redirects from a CSV of old_path,target rows."

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="the CSV file (old_path,target per row)")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and say what would change"
        )

    def handle(self, *args, csv_file, dry_run, **options):
        rows, errors = read_rows(Path(csv_file))
        if errors:
            raise CommandError("Nothing imported:\n" + "\n".join(errors))
        site = Site.objects.get_current()
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        with transaction.atomic():
            for old_path, new_path in rows:
                counts[save_redirect(site, old_path, new_path)] += 1
            if dry_run:
                transaction.set_rollback(True)
        if options["verbosity"]:
            done = "would be" if dry_run else "were"
            self.stdout.write(
                f"Redirects: {counts['created']} {done} created, {counts['updated']} {done} "
                f"changed, {counts['unchanged']} already so."
            )


def read_rows(path):
    """([(old path, new path), ...], [error, ...]) from the CSV at `path`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{path}: cannot be read as UTF-8 text ({error}).") from error
    rows, errors, seen = [], [], {}
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) != 2:
            errors.append(f"line {number}: expected old_path,target, found {len(row)} values")
            continue
        old_path, target = (value.strip() for value in row)
        try:
            new_path = target_path(target)
            if len(new_path) > MAX_TARGET:
                raise ValueError(f"{target!r} leads to an address over {MAX_TARGET} characters")
            for variant in old_path_variants(old_path):
                if variant in seen:
                    raise ValueError(f"{variant} is already redirected on line {seen[variant]}")
                if variant == new_path:
                    raise ValueError(f"{variant} would redirect to itself")
                seen[variant] = number
                rows.append((variant, new_path))
        except ValueError as error:
            errors.append(f"line {number}: {error}")
    return rows, errors


def old_path_variants(old_path):
    """The paths a visitor may ask for an old address by: as written, and with a trailing
    slash where it has none."""
    if not old_path.startswith("/") or old_path.startswith("//"):
        raise ValueError(f"{old_path!r} is no path of a site (it must start with one /)")
    if any(character in old_path for character in "?#\x00") or any(
        character.isspace() for character in old_path
    ):
        raise ValueError(f"{old_path!r} may not hold a query, a fragment or spaces")
    variants = [old_path] if old_path.endswith("/") else [old_path, f"{old_path}/"]
    for variant in variants:
        if len(variant) > MAX_PATH:
            raise ValueError(f"{old_path!r} is longer than {MAX_PATH - 1} characters")
    return variants


def target_path(target):
    """The path a target names: a path of this site as it is, an object its address now."""
    if target.startswith("/"):
        path = target.split("?", 1)[0]
        language = translation.get_language_from_path(path) or languages.SOURCE_LANGUAGE
        with translation.override(language):  # a prefixed path resolves in its language
            try:
                match = resolve(path)
            except Resolver404:
                match = None
        if match is not None and match.view_name == "pages:page":
            # Every other path is an editable page's address: only where there is one.
            found = addresses.find(match.kwargs["path"], language, Page.objects.all())
            match = match if found is not None else None
        if match is None:
            raise ValueError(f"{target!r} is no address of this site")
        return target
    label, separator, slug = target.partition(":")
    if not separator or not slug:
        raise ValueError(f"{target!r} is neither a path nor app_label.model:slug")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise ValueError(f"{label!r} is no model of this site") from None
    if not hasattr(model, "get_absolute_url") or not any(
        field.name == "slug" for field in model._meta.get_fields()
    ):
        raise ValueError(f"{label} has no pages found by a slug")
    item = model._default_manager.filter(slug=slug).first()
    if item is None:
        raise ValueError(f"no {model._meta.verbose_name} has the slug {slug!r}")
    return item.get_absolute_url()


def save_redirect(site, old_path, new_path):
    """Create or change the redirect of `old_path`; what became of it."""
    redirect = Redirect.objects.filter(site=site, old_path=old_path).first()
    if redirect is None:
        Redirect.objects.create(site=site, old_path=old_path, new_path=new_path)
        return "created"
    if redirect.new_path == new_path:
        return "unchanged"
    redirect.new_path = new_path
    redirect.save(update_fields=["new_path"])
    return "updated"
