from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
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
    expired = make_release(
        published_at=timezone.now() - timedelta(days=2),
        expires_at=timezone.now() - timedelta(days=1),
    )
    for release in [make_release(), make_draft(), make_scheduled(), expired]:
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


def test_a_scheduled_release_goes_live_at_its_time_with_nobody_acting():
    embargo = timezone.now() + timedelta(hours=2)
    scheduled = make_scheduled(published_at=embargo)

    with mock.patch("django.utils.timezone.now", return_value=embargo - timedelta(seconds=1)):
        assert not PressRelease.objects.published().filter(pk=scheduled.pk).exists()
        assert scheduled.is_embargoed
    with mock.patch("django.utils.timezone.now", return_value=embargo):
        assert PressRelease.objects.published().filter(pk=scheduled.pk).exists()
        assert scheduled.is_published


def test_an_expired_release_leaves_the_public_set():
    expiry = timezone.now() + timedelta(days=3)
    release = make_release(expires_at=expiry)

    assert release in PressRelease.objects.published()
    with mock.patch("django.utils.timezone.now", return_value=expiry):
        assert release not in PressRelease.objects.published()
        assert not release.is_published
        assert release.has_expired


@pytest.mark.parametrize(
    "status", [PressRelease.Status.DRAFT, PressRelease.Status.IN_REVIEW, "archived"]
)
def test_unreleased_statuses_are_never_public_whatever_the_date(status):
    release = make_release(status=status, published_at=timezone.now() - timedelta(days=1))

    assert not PressRelease.objects.published().filter(pk=release.pk).exists()
    assert not release.is_published


def test_the_database_refuses_an_expiry_before_publication():
    release = make_release()
    release.expires_at = release.published_at - timedelta(minutes=1)

    with pytest.raises(ValidationError):
        release.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        release.save()
