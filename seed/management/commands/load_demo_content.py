"""Demo content: the Elections page, the Mission to Serbia's mandate, "Our work" sections, gallery
and Democratization Department, press releases over many fields, sources, places and years, with
photographs drawn by Pillow, and the editable pages of the reference navigation (About us and the
pages under it, Institutions, Organizational structure).

Idempotent: it only adds what is missing and never changes what editors have edited. Demo
releases that an earlier run loaded, before the demo content had types and ordered places and
fields of work, get them if nobody has changed them since: no revision of theirs exists, so
nobody has saved them in the admin or acted on them. Every demo photograph has its renditions
made by the time it ends, those of an earlier run too (their files go missing when `migrate`
moves releases' photographs, news 0010, or the renditions change), so that no visitor's first
view waits for them.
"""

from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from reversion.models import Version

from core import languages
from countries.models import ParticipatingState
from fields.models import FieldOfWork, FieldOfWorkTranslation
from missions.models import (
    Department,
    DepartmentTranslation,
    FieldOperation,
    FieldOperationTranslation,
    GalleryPhotoTranslation,
    WorkSectionTranslation,
)
from news.models import Place, PressRelease, PressReleaseTranslation
from pages.models import (
    FooterLink,
    FooterLinkTranslation,
    HomeHighlight,
    HomePage,
    Page,
    PageSection,
    PageSectionTranslation,
    PageTranslation,
    SiteFooter,
)
from people.models import Person
from publications.models import PublicationFile
from seed.data import demo as data
from seed.data import demo_pages, demo_translations
from seed.data import events as event_data
from seed.data.places import PLACES
from seed.data.publications import PUBLICATIONS
from seed.events import load_events
from seed.images import draw_photo
from seed.management.commands.load_reference_data import load_names
from seed.menus import load_menus
from seed.projects import demo_project_photographs, load_projects
from seed.publications import load_publications
from structures.models import Structure

VIENNA = ZoneInfo("Europe/Vienna")
ELECTIONS_TEXT_FIELDS = [
    "summary",
    "challenge",
    "commitment",
    "commitment_source",
    "action",
    "teams_intro",
    "institutions_text",
    "operations_text",
]


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def section_text(entry):
    """The rich text of a demo page's section (seed/data/demo_pages.py): its paragraphs, a
    bulleted list after them, or its links as a bulleted list of links."""
    html = paragraphs(entry.get("text", []))
    items = [escape(item) for item in entry.get("list", [])]
    items += [
        f'<a href="{escape(address)}">{escape(label)}</a>'
        for label, address in entry.get("links", [])
    ]
    if items:
        html += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return html


def attach_photo(obj, seed, photo):
    name = f"{slugify(seed)[:60]}.jpg"
    # A named file lets the ImageField store its width and height (unnamed, they stay NULL and
    # every page that lists the object would reopen the image to measure it).
    obj.photo.save(name, ContentFile(draw_photo(seed), name=name), save=False)
    obj.photo_caption = photo["caption"]
    obj.photo_credit = photo["credit"]
    obj.photo_alt = photo["alt"]


def demo_photographs():
    """The objects of the demo content that have a photograph, or a cover."""
    mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
    if mission is not None:
        yield from mission.sections.exclude(photo="")
        yield from mission.gallery.exclude(photo="")  # its departments' photographs too
    slugs = [entry["slug"] for entry in data.PRESS_RELEASES if entry["photo"]]
    yield from PressRelease.objects.filter(slug__in=slugs).exclude(photo="")
    yield from demo_project_photographs()
    # The demo publications' covers, those made already (publications.tasks makes them once a
    # file's save commits: at once in the tests, by the worker under `make run`).
    slugs = [entry["slug"] for entry in [*PUBLICATIONS, *event_data.DOCUMENTS]]
    yield from PublicationFile.objects.filter(publication__slug__in=slugs).exclude(cover="")


# The comment of the revisions `manage.py createinitialrevisions` makes (django-reversion's
# default, which `make run` keeps).
INITIAL_REVISION_COMMENT = "Initial version."


class Command(BaseCommand):
    help = "Add the demo content (Elections page, Mission to Serbia, press releases) if missing."

    def handle(self, *args, **options):
        call_command("load_reference_data", verbosity=0)
        with transaction.atomic():
            places = self.load_places()
            load_names()  # the new places' names in the other languages
            self.load_elections_page()
            self.load_serbia_mandate()
            self.load_serbia_sections()
            self.load_serbia_gallery()
            self.load_serbia_department()
            load_publications()  # after the department, whose factsheets some are
            load_projects()
            created = self.load_press_releases(places)
            self.complete_untouched_releases(places)
            load_events()  # after the releases and the library, which its events name
            self.load_pages(demo_pages.PAGES, parent=None)
            load_menus()  # the About us menu's pages are there now
            self.load_translations()
            self.load_home_page()
            self.load_footer()
        # After the commit. The photographs added now have theirs made already (on commit, by
        # core.models): for those this only finds them.
        for obj in demo_photographs():
            obj.make_renditions()
        if options["verbosity"]:
            total = PressRelease.objects.count()
            self.stdout.write(
                self.style.SUCCESS(f"Demo content: {created} press releases added, {total} in all.")
            )

    def load_places(self):
        states = ParticipatingState.objects.in_bulk(field_name="code")
        places = {}
        for name, code in PLACES:
            place, _ = Place.objects.get_or_create(
                name=name, defaults={"slug": slugify(name), "state": states.get(code)}
            )
            places[name] = place
        return places

    def load_elections_page(self):
        field = FieldOfWork.objects.filter(slug="elections").first()
        if field is None:
            self.stderr.write("No field of work 'elections': its demo page is skipped.")
            return
        page = data.ELECTIONS_PAGE
        changed = [name for name in ELECTIONS_TEXT_FIELDS if not getattr(field, name)]
        for name in changed:
            setattr(field, name, page[name])
        if changed:
            field.save(update_fields=changed)
        if not field.institutions.exists():
            field.institutions.set(Structure.objects.filter(slug__in=page["institutions"]))
        if not field.operations.exists():
            field.operations.set(FieldOperation.objects.filter(slug__in=page["operations"]))

    def load_serbia_sections(self):
        mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
        if mission is None or mission.sections.exists():
            return
        if not mission.our_work_intro:
            mission.our_work_intro = data.SERBIA_INTRO
            mission.save(update_fields=["our_work_intro"])
        fields = FieldOfWork.objects.in_bulk(field_name="slug")
        for position, entry in enumerate(data.SERBIA_SECTIONS, start=1):
            section = mission.sections.model(
                operation=mission,
                position=position,
                title=entry["title"],
                strapline=entry["strapline"],
                text=entry["text"],
            )
            if entry["photo_alt"]:
                photo = {
                    "caption": entry["photo_caption"] or "",
                    "credit": entry["photo_credit"] or "",
                    "alt": entry["photo_alt"],
                }
                attach_photo(section, f"serbia-{entry['title']}", photo)
            section.save()
            section.fields_of_work.set([fields[slug] for slug in entry["fields"] if slug in fields])

    def load_serbia_mandate(self):
        mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
        if mission is not None and not mission.mandate_text:
            mission.mandate_text = data.SERBIA_MANDATE
            mission.save(update_fields=["mandate_text"])

    def load_serbia_gallery(self):
        mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
        if mission is None or mission.gallery.of_operation_page().exists():
            return
        for position, entry in enumerate(data.SERBIA_GALLERY, start=1):
            photo = mission.gallery.model(operation=mission, position=position)
            attach_photo(photo, f"serbia-gallery-{position}", entry)
            photo.save()

    def load_serbia_department(self):
        """The Democratization Department, published and linked from the "Our work" section of
        its name, while the Mission has no department (those it has are the editors')."""
        mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
        if mission is None or mission.departments.exists():
            return
        entry = data.SERBIA_DEPARTMENT
        section = mission.sections.filter(title=entry["work_section"]).first()
        department = Department.objects.create(
            operation=mission,
            slug=entry["slug"],
            title=entry["title"],
            intro=entry["intro"],
            gallery_title=entry["gallery_title"],
            work_section=section,
            is_published=True,
        )
        fields = FieldOfWork.objects.in_bulk(field_name="slug")
        department.fields_of_work.set([fields[slug] for slug in entry["fields"] if slug in fields])
        for position, texts in enumerate(entry["sections"], start=1):
            department.sections.create(
                position=position, title=texts["title"], text=paragraphs(texts["text"])
            )
        for position, photo_entry in enumerate(entry["gallery"], start=1):
            photo = department.gallery.model(department=department, position=position)
            attach_photo(photo, f"serbia-democratization-{position}", photo_entry)
            photo.save()

    def load_press_releases(self, places):
        existing = set(PressRelease.objects.values_list("slug", flat=True))
        sources = Structure.objects.in_bulk(field_name="slug")
        fields = FieldOfWork.objects.in_bulk(field_name="slug")
        states = ParticipatingState.objects.in_bulk(field_name="code")
        people = Person.objects.in_bulk(field_name="slug")
        created = 0
        for entry in data.PRESS_RELEASES:
            if entry["slug"] in existing:
                continue
            release = PressRelease(
                slug=entry["slug"],
                type=entry.get("type", PressRelease.Type.PRESS_RELEASE),
                title=entry["title"],
                status=entry["status"],
                published_at=datetime.fromisoformat(entry["published_at"]).replace(tzinfo=VIENNA),
                summary=entry["summary"],
                body=paragraphs(entry["body"]),
            )
            if entry["photo"]:
                attach_photo(release, entry["slug"], entry["photo"])
            release.save()
            release.places.set([places[name] for name in entry["places"]])
            release.sources.set([sources[slug] for slug in entry["sources"] if slug in sources])
            release.fields_of_work.set([fields[slug] for slug in entry["fields"] if slug in fields])
            release.states.set([states[code] for code in entry["states"] if code in states])
            release.tags.set(entry["tags"])
            release.related_people.set(
                [people[slug] for slug in entry.get("people", ()) if slug in people]
            )
            created += 1
        return created

    def complete_untouched_releases(self, places):
        """Give the demo releases nobody has changed their type and the order of their places
        and fields of work: a type only where it is still the default, an order only of the
        places or fields they have."""
        entries = {entry["slug"]: entry for entry in data.PRESS_RELEASES}
        # Changed: any revision but the initial one `make run` makes (createinitialrevisions:
        # no user, its own comment), which is nobody's change.
        changed = set(
            Version.objects.get_for_model(PressRelease)
            .exclude(revision__user=None, revision__comment=INITIAL_REVISION_COMMENT)
            .values_list("object_id", flat=True)
        )
        releases = PressRelease.objects.filter(slug__in=entries).prefetch_related(
            "places", "fields_of_work"
        )
        fields = FieldOfWork.objects.in_bulk(field_name="slug")
        for release in releases:
            if str(release.pk) in changed:
                continue
            entry = entries[release.slug]
            wanted_type = entry.get("type", PressRelease.Type.PRESS_RELEASE)
            if release.type == PressRelease.Type.PRESS_RELEASE != wanted_type:
                release.type = wanted_type
                release.save(update_fields=["type"])
            for relation, wanted in [
                (release.places, [places[name] for name in entry["places"]]),
                (release.fields_of_work, [fields[s] for s in entry["fields"] if s in fields]),
            ]:
                there = list(relation.all())
                if there != wanted and set(there) == set(wanted):
                    relation.set(wanted)

    def load_pages(self, entries, *, parent):
        """The demo pages (seed/data/demo_pages.py) that are missing, with their sections,
        published, where the data puts them. A page with the slug is not missing: it is left as
        it is wherever it is (an editor may have changed it or moved it), and only the pages
        missing under it are added."""
        structures = Structure.objects.in_bulk(field_name="slug")
        for entry in entries:
            siblings = Page.objects.children_of(parent) if parent else Page.objects.filter(depth=1)
            page = (
                siblings.filter(slug=entry["slug"]).first()
                or Page.objects.filter(slug=entry["slug"]).first()
            )
            if page is None:
                page = Page(
                    title=entry["title"],
                    slug=entry["slug"],
                    strapline=entry["strapline"],
                    summary=entry["summary"],
                    status=Page.Status.PUBLISHED,
                )
                if parent is None:
                    page = Page.objects.add_root(instance=page)
                else:
                    parent.refresh_from_db()
                    page = Page.objects.add_child(parent, instance=page)
                for position, section in enumerate(entry["sections"], start=1):
                    row = PageSection.objects.create(
                        page=page,
                        position=position,
                        kind=section["kind"],
                        heading=section.get("heading", ""),
                        text=section_text(section),
                        quotation=section.get("quotation", ""),
                        quotation_source=section.get("quotation_source", ""),
                    )
                    wanted = section.get("structures", [])
                    row.structures.set([structures[slug] for slug in wanted if slug in structures])
            self.load_pages(entry["children"], parent=page)

    def load_home_page(self):
        """The home page's lead story and highlights (seed/data/demo_pages.py), while it has
        neither: an editor's choice, even of no lead story, is kept once they added highlights
        or a lead."""
        home = HomePage.objects.current() or HomePage.objects.create()
        if home.lead_release_id or home.lead_page_id or home.highlights.exists():
            return
        data = demo_pages.HOME_PAGE
        home.lead_release = PressRelease.objects.filter(slug=data["lead_release"]).first()
        home.save()
        for position, entry in enumerate(data["highlights"], start=1):
            target = {
                "release": lambda slug: PressRelease.objects.filter(slug=slug).first(),
                "page": self.demo_page,
                "operation": lambda slug: FieldOperation.objects.filter(slug=slug).first(),
            }
            [(kind, key)] = entry.items()
            item = target[kind](key)
            if item is not None:
                HomeHighlight.objects.create(home=home, position=position, **{kind: item})

    def load_footer(self):
        """The footer's contact details and links (seed/data/demo_pages.py), while it is empty;
        a social network's name is the same in every language the site has."""
        footer = SiteFooter.objects.current() or SiteFooter.objects.create()
        if footer.address or footer.telephone or footer.email or footer.links.exists():
            return
        data = demo_pages.FOOTER
        footer.address = data["address"]
        footer.save()
        for position, entry in enumerate(data["links"], start=1):
            page = self.demo_page(entry["page"]) if "page" in entry else None
            if "page" in entry and page is None:
                continue
            link = FooterLink.objects.create(
                footer=footer,
                kind=entry["kind"],
                position=position,
                label=entry.get("label", ""),
                url=entry.get("url", ""),
                page=page,
            )
            labels = entry.get("labels")
            if labels is None and entry["kind"] == FooterLink.Kind.SOCIAL:
                labels = dict.fromkeys(languages.translation_codes(), entry["label"])
            for language, label in (labels or {}).items():
                if language in languages.translation_codes():
                    FooterLinkTranslation.objects.create(item=link, language=language, label=label)

    def load_page_translations(self, wanted):
        """The demo pages' versions in other languages, published, for the pages that have no
        translation yet (one an editor deleted stays deleted); their sections' with them."""
        paths = {path for versions in demo_pages.TRANSLATIONS.values() for path in versions}
        for path in sorted(paths):
            page = self.demo_page(path)
            if page is None or page.translations.exists():
                continue
            sections = list(page.sections.all())
            for language, versions in demo_pages.TRANSLATIONS.items():
                if language not in wanted or path not in versions:
                    continue
                texts = versions[path]
                PageTranslation.objects.create(
                    item=page,
                    language=language,
                    title=texts["title"],
                    slug=texts["slug"],
                    strapline=texts["strapline"],
                    summary=texts["summary"],
                    status=Page.Status.PUBLISHED,
                    published_at=page.published_at,
                )
                for section, section_texts in zip(sections, texts["sections"], strict=False):
                    if section_texts is not None:
                        PageSectionTranslation.objects.create(
                            item=section,
                            language=language,
                            heading=section_texts.get("heading", ""),
                            text=section_text(section_texts),
                            quotation=section_texts.get("quotation", ""),
                            quotation_source=section_texts.get("quotation_source", ""),
                        )

    def demo_page(self, path):
        """The page at the English `path` ("about-us/our-history"), or None."""
        page = None
        for slug in path.split("/"):
            pages = Page.objects.children_of(page) if page else Page.objects.filter(depth=1)
            page = pages.filter(slug=slug).first()
            if page is None:
                return None
        return page

    def load_translations(self):
        """The demo content's versions in other languages (seed/data/demo_translations.py), in
        the languages the site has, as the English demo content is loaded: an item's versions
        only while it has none of that kind (so one an editor deleted stays deleted), and of the
        Elections page, whose rows the reference names start, only its empty texts. Nothing an
        editor wrote is changed. One French translation is loaded as outdated."""
        wanted = set(languages.translation_codes())
        self.load_elections_translations(wanted)
        self.load_release_translations(wanted)
        self.load_serbia_translations(wanted)
        self.load_department_translations(wanted)
        self.load_page_translations(wanted)

    def load_elections_translations(self, wanted):
        field = FieldOfWork.objects.filter(slug="elections").first()
        if field is None:
            return
        outdated = demo_translations.OUTDATED
        for language, texts in demo_translations.ELECTIONS_PAGE.items():
            if language not in wanted:
                continue
            row = FieldOfWorkTranslation.objects.filter(item=field, language=language).first()
            row = row or FieldOfWorkTranslation(item=field, language=language)
            filled = [name for name, text in texts.items() if not getattr(row, name)]
            if not filled:
                continue
            for name in filled:
                setattr(row, name, texts[name])
            if outdated["data"] == "ELECTIONS_PAGE" and outdated["language"] == language:
                # Translated from an earlier English wording: the board shows what changed.
                row.source_texts = {**field.source_texts(), **outdated["source_texts"]}
                row.save(remember_source=False)
            else:
                row.save()

    def load_release_translations(self, wanted):
        releases = PressRelease.objects.in_bulk(list(demo_translations.RELEASES), field_name="slug")
        for slug, versions in demo_translations.RELEASES.items():
            release = releases.get(slug)
            if release is None:
                continue
            if release.translations.exists():
                continue
            for language, texts in versions.items():
                if language not in wanted:
                    continue
                days = texts.get("published_after_days", 0)
                PressReleaseTranslation.objects.create(
                    item=release,
                    language=language,
                    title=texts["title"],
                    slug=texts["slug"],
                    summary=texts["summary"],
                    body=paragraphs(texts["body"]),
                    photo_caption=texts.get("photo_caption", ""),
                    photo_alt=texts.get("photo_alt", ""),
                    status=release.status,
                    published_at=release.published_at + timedelta(days=days),
                )

    def load_serbia_translations(self, wanted):
        mission = FieldOperation.objects.filter(slug="mission-to-serbia").first()
        if mission is None:
            return
        sections = {section.title: section for section in mission.sections.all()}
        photos = {photo.position: photo for photo in mission.gallery.of_operation_page()}
        self.complete_page_translations(mission, wanted)
        load_page = not mission.page_translations.exists()
        load_sections = not WorkSectionTranslation.objects.filter(item__operation=mission).exists()
        load_photos = not GalleryPhotoTranslation.objects.filter(item__operation=mission).exists()
        for language, page in demo_translations.SERBIA_PAGE.items():
            if language not in wanted:
                continue
            if load_page:
                FieldOperationTranslation.objects.create(
                    item=mission,
                    language=language,
                    tagline=page["tagline"],
                    our_work_intro=page["our_work_intro"],
                    mandate_text=page["mandate_text"],
                )
            for title, texts in page["sections"].items():
                if load_sections and title in sections:
                    WorkSectionTranslation.objects.create(
                        item=sections[title], language=language, **texts
                    )
            for position, texts in page["gallery"].items():
                if load_photos and position in photos:
                    GalleryPhotoTranslation.objects.create(
                        item=photos[position],
                        language=language,
                        photo_caption=texts["caption"],
                        photo_alt=texts["alt"],
                    )

    def complete_page_translations(self, mission, wanted):
        """The mandate's translation in the Mission's page translations an earlier run loaded,
        before pages had a mandate: where it is empty and the English is the demo's. It records
        that English as translated and nothing else, so that the row's other texts stay
        outdated, or not, as they were."""
        if mission.mandate_text != data.SERBIA_MANDATE:
            return
        rows = mission.page_translations.filter(mandate_text="", language__in=wanted)
        for row in rows:
            page = demo_translations.SERBIA_PAGE.get(row.language)
            if page is None:
                continue
            row.mandate_text = page["mandate_text"]
            row.source_texts = {**row.source_texts, "mandate_text": mission.mandate_text}
            row.save(remember_source=False)

    def load_department_translations(self, wanted):
        """The Democratization Department's versions, while it has none."""
        department = Department.objects.filter(
            operation__slug="mission-to-serbia", slug=data.SERBIA_DEPARTMENT["slug"]
        ).first()
        if department is None or department.translations.exists():
            return
        for language, texts in demo_translations.SERBIA_DEPARTMENT.items():
            if language in wanted:
                DepartmentTranslation.objects.create(item=department, language=language, **texts)
