from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import PressRelease
from tests.factories import make_draft, make_field, make_release, make_scheduled

pytestmark = pytest.mark.django_db


def test_published_shows_only_published_releases_dated_up_to_now():
    live = make_release("Live")
    make_draft("Draft")
    make_scheduled("Tomorrow")

    assert list(PressRelease.objects.published()) == [live]


def test_release_becomes_public_when_its_time_comes():
    soon = make_release(published_at=timezone.now() + timedelta(seconds=1))
    assert not soon.is_published
    assert soon not in PressRelease.objects.published()

    PressRelease.objects.filter(pk=soon.pk).update(published_at=timezone.now())

    soon.refresh_from_db()
    assert soon.is_published
    assert soon in PressRelease.objects.published()


def test_is_published_mirrors_the_queryset():
    for release in [make_release(), make_draft(), make_scheduled()]:
        assert (
            release.is_published == PressRelease.objects.published().filter(pk=release.pk).exists()
        )


def test_in_field_lists_each_release_once_even_when_it_matches_several_fields():
    elections, rule_of_law, youth = make_field(), make_field(), make_field()
    both = make_release(fields=[elections, rule_of_law])
    one = make_release(fields=[rule_of_law])
    make_release(fields=[youth])

    result = list(PressRelease.objects.in_field(elections, rule_of_law))

    assert sorted(r.pk for r in result) == sorted([both.pk, one.pk])


def test_newest_first():
    old = make_release(published_at=timezone.now() - timedelta(days=10))
    new = make_release(published_at=timezone.now() - timedelta(days=1))
    assert list(PressRelease.objects.published()) == [new, old]


def test_publish_and_unpublish():
    draft = make_draft()
    draft.publish()
    assert PressRelease.objects.published().filter(pk=draft.pk).exists()
    draft.unpublish()
    assert not PressRelease.objects.published().filter(pk=draft.pk).exists()
