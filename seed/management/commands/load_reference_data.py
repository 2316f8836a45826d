"""Load the organisation's structure as facts: fields of work, States, Partners, Chairpersonships,
structures and institutions, field operations; and the default menus (seed/data/menus.py).

Idempotent and respectful of editors: it creates what is missing. An entry that exists (found
by its ISO code, year, slug or name, or under the address it was renamed to) is left as the
editors keep it, except that a fact this data adds or corrects since an earlier version reaches
it where no editor has set that field: where it is still empty, or still holds a value an earlier
version shipped (`seed/data/superseded.py`). So an upgraded install gets the new facts, and an
editor's change is never overwritten.

Then the names in other languages (`seed/data/reference_names.py`), for the languages of
`settings.LANGUAGES`: a translation row with the names of each field of work, State, structure,
field operation and existing dateline place that has none in that language yet. A row that exists
is an editor's (or an earlier run's) and is left as it is. A field of work's row holds only its
name: it names the field on other pages, and the field's page exists in the language once an
editor translates its summary (FieldOfWorkTranslation.is_public). Each new row remembers the
English names it translates, and only those (`source_texts`): the texts still to translate show
as changed since.
"""

from django.contrib.redirects.models import Redirect
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.urls import Resolver404, resolve
from django.utils.text import slugify

from core import cache, languages
from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import Place, PlaceTranslation, ReleasePlace
from news.receivers import news_changed
from people.models import Appointment, Person, PersonTranslation, Position, PositionTranslation
from seed.data import people as people_data
from seed.data import reference as data
from seed.data import reference_names, superseded
from seed.events import load_series
from seed.menus import load_menus
from structures.models import Structure

PARTNER_KINDS = {
    "asian": ParticipatingState.Kind.ASIAN_PARTNER,
    "mediterranean": ParticipatingState.Kind.MEDITERRANEAN_PARTNER,
}


class Command(BaseCommand):
    help = "Create the reference data (fields of work, States, structures, operations) if missing."

    def handle(self, *args, **options):
        self.created = 0
        self.updated = 0
        self.kept = 0
        with transaction.atomic():
            states = self.load_states()
            self.load_chairpersonships(states)
            self.load_fields_of_work()
            self.load_structures()
            self.load_field_operations(states)
            self.load_people(states)
            translated = load_names() + load_people_names()
            # The series of the "Meetings and conferences" menu, with their names (seed.events).
            self.created += load_series()
            # The default menus, those items whose targets are there (the demo content's
            # pages add theirs): seed.menus.
            load_menus()
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Reference data: {self.created} created, {self.updated} brought up to "
                    f"date, {self.kept} already present (kept as is); {translated} names in "
                    "other languages added."
                )
            )

    def count(self, created, updated=False):
        if created:
            self.created += 1
        elif updated:
            self.updated += 1
        else:
            self.kept += 1

    def bring_up_to_date(self, obj, facts, earlier=None):
        """Give the existing `obj` the `facts` no editor has set; whether it changed.

        `facts` is a list of groups of fields that go together (a date and whether only its year
        is known), each a dict whose first field decides: the group is written when that field is
        empty or holds a value of `earlier` (field -> the values earlier data shipped).
        """
        earlier = earlier or {}
        changed = []
        for group in facts:
            name, value = next(iter(group.items()))
            current = getattr(obj, name)
            if current == value or current not in (None, "", *earlier.get(name, ())):
                continue
            for field, new in group.items():
                if getattr(obj, field) != new:
                    setattr(obj, field, new)
                    changed.append(field)
        if changed:
            obj.save(update_fields=changed)
        return bool(changed)

    def find_existing(self, entry):
        """The object the editors keep for `entry` (an unsaved instance), even if renamed since."""
        manager = type(entry)._default_manager
        found = manager.filter(Q(slug=entry.slug) | Q(name=entry.name)).first()
        if found:
            return found
        redirect = Redirect.objects.filter(old_path=entry.get_absolute_url()).first()
        if redirect is None:
            return None
        try:
            new_slug = resolve(redirect.new_path).kwargs.get("slug")
        except Resolver404:
            return None
        return manager.filter(slug=new_slug).first()

    def load_states(self):
        entries = [
            (entry, ParticipatingState.Kind.PARTICIPATING) for entry in data.PARTICIPATING_STATES
        ] + [(entry, PARTNER_KINDS[entry["region"]]) for entry in data.PARTNERS_FOR_CO_OPERATION]
        states = {}
        for entry, kind in entries:
            state, created = ParticipatingState.objects.get_or_create(
                code=entry["code"],
                defaults={
                    "name": entry["name"],
                    "slug": slugify(entry["name"]),
                    "sort_name": entry.get("sort_name", ""),
                    "other_names": entry.get("other_names", ""),
                    "kind": kind,
                },
            )
            self.count(created)
            states[entry["code"]] = state
        return states

    def load_chairpersonships(self, states):
        for entry in data.CHAIRPERSONSHIPS:
            chair, created = Chairpersonship.objects.get_or_create(
                year=entry["year"],
                defaults={
                    "state": states.get(entry.get("state")),
                    "former_state": entry.get("former_state", ""),
                    "chairperson": entry["chairperson"],
                },
            )
            updated = not created and self.bring_up_to_date(
                chair, [{"chairperson": entry["chairperson"]}]
            )
            self.count(created, updated)

    def load_fields_of_work(self):
        for entry in data.FIELDS_OF_WORK:
            field = FieldOfWork(**entry)
            existing = self.find_existing(field)
            if existing is None:
                field.save()
            self.count(existing is None)

    def load_structures(self):
        loaded = {}
        for position, entry in enumerate(data.STRUCTURES, start=1):
            structure = Structure(
                slug=entry["slug"],
                name=entry["name"],
                full_name=entry["full_name"],
                kind=entry["kind"],
                parent=loaded.get(entry["parent"]),
                position=position,
                description=entry["description"],
            )
            existing = self.find_existing(structure)
            if existing is None:
                structure.save()
            self.count(existing is None)
            loaded[entry["slug"]] = existing or structure

    def load_field_operations(self, states):
        for position, entry in enumerate(data.FIELD_OPERATIONS, start=1):
            closed = entry["closed"]
            facts = [
                {"headquarters": entry["headquarters"]},
                {
                    "established": entry["established"],
                    "established_year_only": entry.get("established_year_only", False),
                },
                {
                    "closed": closed,
                    "closed_year_only": entry.get("closed_year_only", False),
                    "status": (
                        FieldOperation.Status.CLOSED if closed else FieldOperation.Status.ACTIVE
                    ),
                },
                # Only where the data knows the decision: the others are left empty.
                {
                    "mandate_decision": entry.get("mandate_decision", ""),
                    "mandate_date": entry.get("mandate_date"),
                },
            ]
            operation = FieldOperation(
                slug=entry["slug"],
                name=entry["name"],
                full_name=entry["full_name"],
                kind=Structure.Kind.FIELD_OPERATION,
                operation_type=entry["operation_type"],
                host_country=states.get(entry["host_country"]),
                tagline=entry["description"],
                position=position,
            )
            for group in facts:
                for field, value in group.items():
                    setattr(operation, field, value)
            existing = self.find_existing(operation)
            if existing is None:
                operation.save()
                self.count(created=True)
            else:
                earlier = superseded.FIELD_OPERATIONS.get(entry["slug"])
                self.count(False, self.bring_up_to_date(existing, facts, earlier))

    def load_people(self, states):
        """The leadership positions, and the people and appointments public record names
        (seed/data/people.py). An appointment is added only where its position has nobody
        on any of its days: an editor's correction of the dates is never doubled."""
        structures = {structure.slug: structure for structure in Structure.objects.all()}
        positions = {}
        for order, entry in enumerate(people_data.POSITIONS, start=1):
            structure = structures.get(entry["structure"])
            if structure is None:  # renamed away by an editor: left to them
                continue
            position, created = Position.objects.get_or_create(
                slug=entry["slug"],
                defaults={
                    "title": entry["title"],
                    "kind": entry["kind"],
                    "structure": structure,
                    "leadership": True,
                    "position": order,
                },
            )
            self.count(created)
            positions[entry["slug"]] = position
        people = {}
        for slug, (name, nationality, _names) in people_data.PEOPLE.items():
            person, created = Person.objects.get_or_create(
                slug=slug, defaults={"name": name, "nationality": states.get(nationality)}
            )
            self.count(created)
            people[slug] = person
        for position_slug, person_slug, start, end in people_data.APPOINTMENTS:
            position = positions.get(position_slug)
            if position is None:
                continue
            held = Appointment.objects.filter(position=position).overlapping(start, end)
            if held.exists():
                self.count(False)
                continue
            Appointment.objects.create(
                position=position, person=people[person_slug], start=start, end=end
            )
            self.count(True)


def load_people_names():
    """The missing translation rows of the people's names and the positions' titles; how many."""
    wanted = []
    for entry in people_data.POSITIONS:
        for language, title in entry["titles"].items():
            wanted.append(
                (PositionTranslation, Position, entry["slug"], language, {"title": title})
            )
    for slug, (name, _nationality, names) in people_data.PEOPLE.items():
        named = {**dict.fromkeys(people_data.SAME_NAME_LANGUAGES, name), **names}
        for language, translated in named.items():
            wanted.append((PersonTranslation, Person, slug, language, {"name": translated}))
    site_languages = set(languages.translation_codes())
    created = 0
    for translation_model, model, slug, language, texts in wanted:
        item = model.objects.filter(slug=slug).first()
        if item is None or language not in site_languages:
            continue
        if translation_model.objects.filter(item=item, language=language).exists():
            continue
        english = {field: getattr(item, field) for field in texts}
        row = translation_model(item=item, language=language, source_texts=english, **texts)
        row.save(remember_source=False)  # it translates the names only: the rest is to do
        created += 1
    return created


def load_names():
    """Create the missing translation rows of the reference names; how many. (Also for the
    demo content's places, which `load_demo_content` adds after the reference data.)"""
    kinds = [
        ("fields_of_work", FieldOfWork.objects.all(), "slug"),
        ("states", ParticipatingState.objects.all(), "code"),
        ("structures", Structure.objects.exclude_field_operations(), "slug"),
        ("field_operations", Structure.objects.field_operations(), "slug"),
        ("places", Place.objects.all(), "name"),
    ]
    created = 0
    for kind, items, key in kinds:
        translation_model = items.model.translations.rel.related_model
        by_key = {getattr(item, key): item for item in items}
        present = set(translation_model.objects.values_list("item_id", "language"))
        rows = []
        for language in languages.translation_codes():
            for entry_key, names in reference_names.NAMES.get(language, {}).get(kind, {}).items():
                item = by_key.get(entry_key)
                if item is None or (item.pk, language) in present:
                    continue
                names = names if isinstance(names, dict) else {"name": names}
                english = {field: getattr(item, field) for field in names}
                rows.append(
                    translation_model(item=item, language=language, source_texts=english, **names)
                )
        translation_model.objects.bulk_create(rows)
        created += len(rows)
        if rows and translation_model is PlaceTranslation:
            # bulk_create sends no post_save: the search documents of the places' releases in
            # these languages name them by these names now (news.receivers).
            named = [row.item for row in rows]
            news_changed(
                *ReleasePlace.objects.filter(place__in=named).values_list("pressrelease", flat=True)
            )
    if created:  # bulk_create sends no post_save: the menus name them now
        transaction.on_commit(lambda: cache.content_changed(cache.NAVIGATION))
    return created
