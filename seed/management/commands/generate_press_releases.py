"""Generate realistic press releases in bulk, to see how the newsroom holds up at 100,000 releases.

    python manage.py generate_press_releases --count 100000 [--seed 1] [--batch-size 5000]

Each release gets 1-3 fields of work, 1-2 sources (the Chairpersonship and ODIHR most often; a
field operation only while it was open), 0-2 related States, a dateline place from a pool of
about forty (now and then a second place after it), 0-4 tags from a pool of about 150, a type
(mostly press releases), a date between 2005 and now in Vienna working hours, a title, a summary
and a body of 3-6 paragraphs. About 1% are drafts. Rows go in with `bulk_create`, a batch at a
time, for the releases, each many-to-many table and the tags, inside one transaction; the search
index is rebuilt once at the end. Places and fields of work are stored in their order: the first
place is the one the body's dateline names.

The same --seed gives the same releases (titles, texts, dates) on the same day and reference data.
Running the command again adds --count more: slugs end in a sequence number after the highest
existing id and are checked against the releases already stored.
"""

import itertools
import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from html import escape
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import reset_queries, transaction
from django.db.models import Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from core.ordered import POSITION, OrderedManyToManyField
from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation
from news.models import Place, PressRelease
from news.receivers import releases_changed
from seed.data import places as dateline
from seed.data import release_text as text
from structures.models import Structure

VIENNA = ZoneInfo("Europe/Vienna")
FIRST_DAY = date(2005, 1, 1)
DRAFT_SHARE = 0.01
TYPE_WEIGHTS = {
    PressRelease.Type.PRESS_RELEASE: 70,
    PressRelease.Type.NEWS_ITEM: 14,
    PressRelease.Type.PRESS_STATEMENT: 10,
    PressRelease.Type.FEATURE: 3,
    PressRelease.Type.SPEECH: 2,
    PressRelease.Type.MEDIA_ADVISORY: 1,
}
FIELD_COUNTS = ([1, 2, 3], [45, 40, 15])
SOURCE_COUNTS = ([1, 2], [75, 25])
TAG_COUNTS = ([0, 1, 2, 3, 4], [10, 20, 30, 25, 15])
PARAGRAPH_COUNTS = ([3, 4, 5, 6], [20, 35, 30, 15])
NUMBERS = [12, 15, 18, 20, 24, 25, 30, 35, 40, 45, 50, 60, 80, 100]
DAYS = ["two", "three", "four", "five"]
REGIONS = [
    "across the OSCE region",
    "several participating States",
    "Central Asia",
    "South-Eastern Europe",
    "Eastern Europe and the South Caucasus",
]
FIELD_PHRASES = {
    "cyber-ict-security": "cyber/ICT security",
    "roma-and-sinti": "Roma and Sinti issues",
}
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
SLUG_MAX = PressRelease._meta.get_field("slug").max_length


@dataclass(eq=False)
class Source:
    id: int
    slug: str
    name: str
    kind: str
    weight: float
    closed: date | None = None
    host: ParticipatingState | None = None
    home_place: Place | None = None


@dataclass
class Generated:
    """A generated release and the ids of what it links to, before it has an id of its own."""

    release: PressRelease
    fields: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    places: list = field(default_factory=list)
    states: list = field(default_factory=list)
    tags: list = field(default_factory=list)


def capitalized(phrase):
    return phrase[:1].upper() + phrase[1:]


def choose(rng, items, cum_weights):
    return rng.choices(items, cum_weights=cum_weights)[0]


def unique(items):
    return list(dict.fromkeys(items))


class ReleaseWriter:
    """Composes releases from the word material in `seed.data`, one random draw at a time.

    Everything comes from `rng`, so a seed gives the same releases; the pools are sorted so the
    order of rows in the database does not matter.
    """

    def __init__(self, rng, *, fields, sources, places, states, chairs, tags):
        self.rng = rng
        self.now = timezone.now()
        self.today = timezone.localtime(self.now, VIENNA).date()
        self.span_days = (self.today - FIRST_DAY).days + 1
        self.fields = fields  # FieldOfWork, sorted by slug
        self.fields_by_slug = {f.slug: f for f in fields}
        self.sources = sources  # Source, sorted by slug
        self.places = places  # Place, in the order of seed.data.places
        self.places_by_name = {p.name: p for p in places}
        self.places_by_state = {}
        for place in places:
            self.places_by_state.setdefault(place.state_id, []).append(place)
        self.states = states  # participating States, sorted by code
        self.chairs = chairs  # year -> ParticipatingState
        # tags: lower-case name -> Tag id
        self.general_tags = [tags[name.lower()] for name in text.GENERAL_TAGS]
        self.field_tags = {
            f.slug: [tags[name.lower()] for name in text.FIELDS[f.slug]["tags"]]
            for f in fields
            if f.slug in text.FIELDS
        }
        self.types = list(TYPE_WEIGHTS)
        self.type_weights = list(itertools.accumulate(TYPE_WEIGHTS.values()))
        self.sources_by_month = {}

    def open_sources(self, day):
        """The sources open at the start of `day`'s month (no closed operation), and weights."""
        month = day.replace(day=1)
        if month not in self.sources_by_month:
            sources = [s for s in self.sources if s.closed is None or s.closed >= month]
            weights = list(itertools.accumulate(s.weight for s in sources))
            self.sources_by_month[month] = (sources, weights)
        return self.sources_by_month[month]

    def published_at(self):
        rng = self.rng
        day = FIRST_DAY + timedelta(days=int(rng.random() * self.span_days))
        weekday = rng.randrange(5)
        if day.weekday() >= 5:  # a weekend: a working day of the same week instead
            day += timedelta(days=weekday - day.weekday())
        minutes = rng.randrange(8 * 12, 18 * 12) * 5  # 08:00 to 17:55, in steps of five minutes
        moment = datetime.combine(day, clock(minutes // 60, minutes % 60), tzinfo=VIENNA)
        while moment > self.now:  # later today or this week: a week earlier
            moment -= timedelta(days=7)
        return moment

    def field_material(self, field_of_work):
        return text.FIELDS.get(field_of_work.slug) or {
            "topics": [f"work on {field_of_work.name.lower()}"],
            "audiences": ["government officials"],
            "context": "",
            "tags": [],
        }

    def write(self):
        rng = self.rng
        published_at = self.published_at()
        day = timezone.localtime(published_at, VIENNA).date()
        release_type = choose(rng, self.types, self.type_weights)
        status = PressRelease.Status.DRAFT if rng.random() < DRAFT_SHARE else None

        # Sources: one or two bodies that were open on the day.
        open_sources, weights = self.open_sources(day)
        count = rng.choices(*SOURCE_COUNTS)[0]
        sources = unique(choose(rng, open_sources, weights) for _ in range(count))
        source = sources[0]

        # Fields of work: the first one usually what the main source speaks about.
        leaning = text.SOURCE_FIELDS.get(source.slug)
        if leaning and rng.random() < 0.8:
            first = self.fields_by_slug.get(rng.choice(leaning)) or rng.choice(self.fields)
        else:
            first = rng.choice(self.fields)
        count = rng.choices(*FIELD_COUNTS)[0]
        fields = unique([first, *(rng.choice(self.fields) for _ in range(count - 1))])

        # Place: an operation's headquarters or elsewhere in its host country, an institution's
        # seat, Vienna, or anywhere in the region.
        roll = rng.random()
        if source.kind == Structure.Kind.FIELD_OPERATION:
            local = self.places_by_state.get(source.host.id if source.host else None)
            if source.home_place and roll < 0.75:
                place = source.home_place
            elif local and roll < 0.95:
                place = rng.choice(local)
            else:
                place = rng.choice(self.places)
        elif source.home_place and roll < 0.5:
            place = source.home_place
        elif not source.home_place and roll < 0.35:
            place = self.places_by_name.get("Vienna") or rng.choice(self.places)
        else:
            place = rng.choice(self.places)
        places = [place]
        if rng.random() < 0.05:
            places = unique([place, rng.choice(self.places)])

        # Related States: the host country, the place's State, the chair of the year.
        states = []
        roll = rng.random()
        if source.host and roll < 0.7:
            states.append(source.host)
        elif place.state_id and roll < 0.4:
            states.append(place.state)
        chair = self.chairs.get(day.year)
        if source.kind == Structure.Kind.CHAIRPERSONSHIP and chair and rng.random() < 0.5:
            states.append(chair)
        if rng.random() < 0.1:
            states.append(rng.choice(self.states))
        states = unique(states)[:2]

        # Tags: mostly those of the release's fields of work, some general ones.
        tags = []  # ids
        for _ in range(rng.choices(*TAG_COUNTS)[0]):
            pool = self.field_tags.get(rng.choice(fields).slug)
            if not pool or rng.random() < 0.3:
                pool = self.general_tags
            tags.append(rng.choice(pool))

        material = self.field_material(first)
        article, event = rng.choice(text.EVENTS)
        audience = rng.choice(material["audiences"])
        slots = {
            "src": source.name,
            "topic": rng.choice(material["topics"]),
            "topic2": rng.choice(material["topics"]),
            "audience": audience,
            "Audience": capitalized(audience),
            "event": event,
            "Event": capitalized(event),
            "an_event": f"{article} {event}",
            "place": place.name,
            "other_place": rng.choice(self.places).name,
            "n": rng.choice(NUMBERS),
            "days": rng.choice(DAYS),
            "role": text.SPEAKER_ROLES.get(source.slug, f"Head of the {source.name}"),
            "from_where": states[0].name if states else rng.choice(REGIONS),
            "where": states[0].name if states else "the participating States",
            "its": "its" if states else "their",
            "host": source.host.name if source.host else "local institutions and communities",
            "field": FIELD_PHRASES.get(first.slug, first.name.lower()),
        }
        title = rng.choice(text.TITLES[release_type]).format(**slots)
        summary = rng.choice(text.SUMMARIES).format(**slots)

        # The dateline and an opening, then paragraphs of two sentences (the field's context
        # opening the second paragraph), then a closing paragraph about the source.
        paragraphs = rng.choices(*PARAGRAPH_COUNTS)[0]
        sentences = [
            sentence.format(**slots)
            for sentence in rng.sample(text.MIDDLE_SENTENCES, 2 * (paragraphs - 2) + 1)
        ]
        dateline = f"{place.dateline}, {day.day} {MONTHS[day.month - 1]} {day.year} – "
        opening = rng.choice(text.TYPE_OPENINGS.get(release_type, text.OPENINGS)).format(**slots)
        body = [f"{dateline}{opening} {sentences.pop()}"]
        if material["context"]:
            sentences[0] = material["context"]
        body += [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        closing = text.CLOSINGS.get(source.kind) or text.CLOSINGS["default"]
        body.append(closing.format(**slots))

        release = PressRelease(
            title=title,
            type=release_type,
            status=status or PressRelease.Status.PUBLISHED,
            published_at=published_at,
            summary=summary,
            body="".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in body),
        )
        return Generated(
            release,
            fields=[f.id for f in fields],
            sources=[s.id for s in sources],
            places=[p.id for p in places],
            states=[s.id for s in states],
            tags=unique(tags),
        )


class Command(BaseCommand):
    help = "Generate N realistic press releases quickly (for load tests and the benchmark)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="How many releases to add.")
        parser.add_argument(
            "--seed", type=int, default=None, help="Random seed (default: a fresh one, printed)."
        )
        parser.add_argument(
            "--batch-size", type=int, default=5000, help="Rows per INSERT (default 5000)."
        )

    def handle(self, *args, count, seed, batch_size, verbosity, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        if seed is None:
            seed = random.SystemRandom().randrange(2**32)
        self.verbosity = verbosity
        started = time.perf_counter()
        call_command("load_reference_data", verbosity=0)

        with transaction.atomic():
            writer = ReleaseWriter(random.Random(seed), **self.load_pools())
            self.log(f"Generating {count:,} press releases (seed {seed}, batches of {batch_size})")
            self.timings = dict.fromkeys(["compose", "releases", "relations"], 0.0)
            self.drafts = 0
            sequence = (PressRelease.objects.aggregate(last=Max("id"))["last"] or 0) + 1
            new_ids = []
            for start in range(0, count, batch_size):
                size = min(batch_size, count - start)
                new_ids += self.insert_batch(writer, size, sequence + start)
                # With DEBUG on, Django keeps the SQL of every query; a batch's INSERT is megabytes.
                reset_queries()
                self.log(
                    f"  {start + size:,}/{count:,} releases ({time.perf_counter() - started:.1f} s)"
                )
        # bulk_create() sends no signals: the news's consequences of a write are called here.
        indexing = time.perf_counter()
        releases_changed(new_ids)
        self.timings["search index"] = time.perf_counter() - indexing

        elapsed = time.perf_counter() - started
        breakdown = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.timings.items())
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Generated {count:,} press releases ({self.drafts:,} drafts) in "
                    f"{elapsed:.1f} s ({breakdown}); {PressRelease.objects.count():,} in all."
                )
            )

    def log(self, message):
        if self.verbosity:
            self.stdout.write(message)

    def load_pools(self):
        states = list(ParticipatingState.objects.order_by("code"))
        by_code = {s.code: s for s in states}
        by_id = {s.id: s for s in states}
        places = self.load_places(by_code)
        places_by_name = {p.name: p for p in places}
        operations = FieldOperation.objects.in_bulk()
        sources = []
        for structure in Structure.objects.order_by("slug"):
            operation = operations.get(structure.pk)
            if operation:
                weight = text.FIELD_OPERATION_WEIGHT
                home_place = places_by_name.get(operation.headquarters)
            else:
                weight = text.SOURCE_WEIGHTS.get(structure.slug, 1)
                home_place = places_by_name.get(text.SOURCE_HOME_PLACES.get(structure.slug))
            sources.append(
                Source(
                    id=structure.pk,
                    slug=structure.slug,
                    name=structure.display_name,
                    kind=structure.kind,
                    weight=weight,
                    closed=operation.closed if operation else None,
                    host=by_id.get(operation.host_country_id) if operation else None,
                    home_place=home_place,
                )
            )
        return {
            "fields": list(FieldOfWork.objects.order_by("slug")),
            "sources": sources,
            "places": places,
            "states": [s for s in states if not s.is_partner],
            # A former State's year (Czechoslovakia, 1992) has no State to name in a release.
            "chairs": {
                c.year: by_id[c.state_id] for c in Chairpersonship.objects.exclude(state=None)
            },
            "tags": self.load_tags(),
        }

    def load_places(self, states):
        """The dateline pool: existing places reused by name, missing ones created."""
        names = [name for name, _ in dateline.PLACES]
        existing = Place.objects.select_related("state").in_bulk(names, field_name="name")
        taken = set(Place.objects.values_list("slug", flat=True))
        for name, code in dateline.PLACES:
            if name in existing:
                continue
            slug = base = slugify(name)
            suffix = 1
            while slug in taken:
                suffix += 1
                slug = f"{base}-{suffix}"
            taken.add(slug)
            existing[name] = Place.objects.create(name=name, slug=slug, state=states.get(code))
        return [existing[name] for name in names]

    def load_tags(self):
        """The tag pool, created once (case-insensitively, as TAGGIT_CASE_INSENSITIVE wants)."""
        pool = {}  # lower-case name -> name as first written
        for name in [
            *text.GENERAL_TAGS,
            *(t for entry in text.FIELDS.values() for t in entry["tags"]),
        ]:
            pool.setdefault(name.lower(), name)
        found = dict(
            Tag.objects.annotate(key=Lower("name"))
            .filter(key__in=list(pool))
            .values_list("key", "id")
        )
        for key, name in pool.items():
            if key not in found:
                found[key] = Tag.objects.create(name=name).id
        return found

    def insert_batch(self, writer, size, sequence):
        moment = time.perf_counter()
        generated = [writer.write() for _ in range(size)]
        releases = [item.release for item in generated]
        for number, release in enumerate(releases, start=sequence):
            suffix = f"-{number}"
            release.slug = slugify(release.title)[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
        slugs = {release.slug for release in releases}
        taken = set(PressRelease.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        for release in releases:
            if release.slug in taken:  # only a hand-made slug can be in the way
                release.slug = free_slug(release.slug, slugs)
                slugs.add(release.slug)
        self.timings["compose"] += time.perf_counter() - moment

        # The body goes through SanitizedHTMLField.pre_save (nh3) like any other write. Measured:
        # about 30 µs a release, 3 s of a 2-minute run for 100,000 (bench/README.md); not worth
        # bypassing.
        moment = time.perf_counter()
        PressRelease.objects.bulk_create(releases)
        self.drafts += sum(r.status == PressRelease.Status.DRAFT for r in releases)
        self.timings["releases"] += time.perf_counter() - moment

        moment = time.perf_counter()
        for relation, attribute in [
            (PressRelease.fields_of_work, "fields"),
            (PressRelease.sources, "sources"),
            (PressRelease.places, "places"),
            (PressRelease.states, "states"),
        ]:
            through = relation.through
            own = relation.field.m2m_field_name() + "_id"
            other = relation.field.m2m_reverse_field_name() + "_id"
            # Places and fields of work keep their order (core.ordered): the first place is the
            # one the body's dateline names, the first field the one the release is about.
            ordered = isinstance(relation.field, OrderedManyToManyField)
            rows = [
                through(
                    **{own: item.release.id, other: target}, **({POSITION: n} if ordered else {})
                )
                for item in generated
                for n, target in enumerate(getattr(item, attribute))
            ]
            through.objects.bulk_create(rows)
        content_type = ContentType.objects.get_for_model(PressRelease)
        items = [
            TaggedItem(content_type_id=content_type.id, object_id=item.release.id, tag_id=tag)
            for item in generated
            for tag in item.tags
        ]
        TaggedItem.objects.bulk_create(items)
        self.timings["relations"] += time.perf_counter() - moment
        return [release.id for release in releases]


def free_slug(slug, batch):
    """`slug` with a further number, free in the database and in the batch being inserted."""
    for number in itertools.count(2):
        suffix = f"-{number}"
        candidate = slug[: SLUG_MAX - len(suffix)] + suffix
        if candidate not in batch and not PressRelease.objects.filter(slug=candidate).exists():
            return candidate
