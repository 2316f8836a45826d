"""`generate_press_releases` fills the newsroom with realistic releases, fast and repeatably."""

import io
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count
from django.utils import timezone
from taggit.models import TaggedItem

from fields.models import FieldOfWork
from news.models import PressRelease
from tests.factories import make_release

pytestmark = pytest.mark.django_db


def generate(count=50, **options):
    out = io.StringIO()
    call_command("generate_press_releases", count=count, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def generated(db):
    return generate(50, seed=1)


def test_makes_the_releases_it_was_asked_for(generated):
    releases = PressRelease.objects.all()
    assert releases.count() == 50
    assert set(releases.values_list("status", flat=True)) <= {"published", "draft"}
    assert releases.filter(status="published").count() >= 45
    assert "Generated 50 press releases" in generated
    assert re.search(r"in \d+\.\d s", generated)


def test_links_every_release_to_fields_sources_and_places(generated):
    counts = PressRelease.objects.annotate(
        n_fields=Count("fields_of_work", distinct=True),
        n_sources=Count("sources", distinct=True),
        n_places=Count("places", distinct=True),
        n_states=Count("states", distinct=True),
    )
    for release in counts:
        assert 1 <= release.n_fields <= 3
        assert 1 <= release.n_sources <= 2
        assert 1 <= release.n_places <= 2
        assert 0 <= release.n_states <= 2
    assert FieldOfWork.objects.filter(press_releases__isnull=False).distinct().count() >= 10
    assert PressRelease.sources.through.objects.values("structure").distinct().count() >= 8


def test_tags_types_dates_and_bodies_look_real(generated):
    tagged = TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(PressRelease))
    assert tagged.values("object_id").distinct().count() >= 30
    assert max(tagged.values("object_id").annotate(n=Count("id")).values_list("n", flat=True)) <= 4
    assert PressRelease.objects.values("type").distinct().count() >= 3
    assert PressRelease.objects.filter(type=PressRelease.Type.PRESS_RELEASE).count() >= 25

    now = timezone.now()
    for release in PressRelease.objects.all():
        assert release.published_at.year >= 2005 and release.published_at <= now
        local = timezone.localtime(release.published_at)
        assert local.weekday() < 5 and 8 <= local.hour < 18
        assert 3 <= release.body.count("<p>") <= 6
        assert release.title and release.summary
        assert re.fullmatch(r"[a-z0-9-]+-\d+", release.slug) and len(release.slug) <= 200


def test_slugs_are_unique_and_running_again_adds_more(generated):
    generate(50)
    assert PressRelease.objects.count() == 100
    assert PressRelease.objects.values("slug").distinct().count() == 100


def test_the_same_seed_gives_the_same_titles(generated):
    generate(50, seed=1)
    first, second = (
        list(PressRelease.objects.order_by("id").values_list("title", flat=True)[s : s + 50])
        for s in (0, 50)
    )
    assert first == second
    generate(50, seed=2)
    third = list(PressRelease.objects.order_by("id").values_list("title", flat=True)[100:])
    assert third != first


def test_does_not_collide_with_existing_slugs(db):
    """A release already holding the slug the generator picks next keeps it."""
    generate(1, seed=3)
    title_slug = PressRelease.objects.get().slug.rsplit("-", 1)[0]
    existing = make_release("Existing")
    # The generator numbers its slugs after the highest id: this is the slug it will want.
    wanted = f"{title_slug}-{existing.id + 1}"
    PressRelease.objects.filter(pk=existing.pk).update(slug=wanted)

    generate(1, seed=3)
    assert PressRelease.objects.count() == 3
    assert PressRelease.objects.values("slug").distinct().count() == 3
    assert PressRelease.objects.get(slug=wanted).title == "Existing"
    assert PressRelease.objects.filter(slug__startswith=title_slug).count() == 3


def test_rejects_a_count_below_one(db):
    with pytest.raises(CommandError):
        generate(0)
