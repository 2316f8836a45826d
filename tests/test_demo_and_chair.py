from datetime import date
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse

from countries.models import Chairpersonship, ParticipatingState
from fields.models import FieldOfWork
from missions.models import FieldOperation, WorkSection
from news.models import Place, PressRelease

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def snapshot():
    return {
        "releases": sorted(PressRelease.objects.values_list("slug", "title", "status", "body")),
        "places": Place.objects.count(),
        "sections": sorted(WorkSection.objects.values_list("title", "text", "photo")),
        "elections": FieldOfWork.objects.filter(slug="elections").values().get(),
    }


def test_demo_content_is_rich_enough_to_browse(demo, client):
    published = PressRelease.objects.published()
    assert published.count() >= 30
    assert published.values("fields_of_work").distinct().count() >= 15
    assert published.values("sources").distinct().count() >= 10
    assert published.dates("published_at", "year").count() >= 8
    assert PressRelease.objects.exclude(photo="").count() >= 10

    serbia = FieldOperation.objects.get(slug="mission-to-serbia")
    assert [s.title for s in serbia.sections.all()] == [
        "Security co-operation",
        "Democratization",
        "Media",
        "Rule of law and human rights",
        "Environmental activities",
        "Cross-dimensional activities",
    ]
    elections = FieldOfWork.objects.get(slug="elections")
    assert elections.challenge and elections.commitment and elections.action
    assert elections.operations.count() == 7

    belgrade_2017 = published.get(published_at__date=date(2017, 2, 13))
    assert {s.slug for s in belgrade_2017.sources.all()} == {"chairpersonship", "mission-to-serbia"}
    assert {f.slug for f in belgrade_2017.fields_of_work.all()} == {
        "economic-activities",
        "rule-of-law",
        "migration",
    }
    kosovo_2019 = published.get(published_at__date=date(2019, 6, 21))
    assert kosovo_2019.places.get().dateline == "PRISHTINË/PRIŠTINA"

    for url in [
        reverse("pages:home"),
        reverse("news:list"),
        belgrade_2017.get_absolute_url(),
        serbia.get_absolute_url(),
        elections.get_absolute_url(),
    ]:
        assert client.get(url).status_code == 200


def test_demo_photographs_are_real_images_with_alt_text(demo):
    from PIL import Image

    with_photo = PressRelease.objects.exclude(photo="")
    # The dimensions are stored, not measured again from the file on every page.
    assert not with_photo.filter(photo_width__isnull=True).exists()
    assert not WorkSection.objects.exclude(photo="").filter(photo_width__isnull=True).exists()
    release = with_photo.first()
    with Image.open(release.photo.path) as image:
        assert image.format == "JPEG"
        assert image.size == (release.photo_width, release.photo_height)
    assert release.photo_alt


def test_demo_content_is_idempotent_and_keeps_editors_changes(demo):
    elections = FieldOfWork.objects.get(slug="elections")
    elections.summary = "Edited by an editor."
    elections.save()
    release = PressRelease.objects.get(published_at__date=date(2017, 2, 13))
    release.title = "Corrected title"
    release.save()
    section = WorkSection.objects.get(title="Media")
    section.delete()
    before = snapshot()

    call_command("load_demo_content", verbosity=0)

    assert snapshot() == before
    assert FieldOfWork.objects.get(slug="elections").summary == "Edited by an editor."


def chair_label(client):
    return client.get(reverse("countries:list")).content.decode()


def test_chairpersonship_marker_moves_with_the_year_without_code_change(client):
    call_command("load_reference_data", verbosity=0)
    with mock.patch("django.utils.timezone.localdate", return_value=date(2025, 6, 1)):
        html = chair_label(client)
    assert "Finland – OSCE Chairpersonship 2025" in html
    assert "Switzerland – OSCE Chairpersonship" not in html

    with mock.patch("django.utils.timezone.localdate", return_value=date(2026, 1, 1)):
        html = client.get(reverse("pages:home")).content.decode()
    assert "Switzerland – OSCE Chairpersonship 2026" in html
    assert "Finland – OSCE Chairpersonship" not in html


def test_a_new_year_is_entered_as_data(client):
    call_command("load_reference_data", verbosity=0)
    Chairpersonship.objects.filter(year=2027).delete()
    cyprus = ParticipatingState.objects.get(code="CY")
    Chairpersonship.objects.create(year=2027, state=cyprus)
    with mock.patch("django.utils.timezone.localdate", return_value=date(2027, 3, 1)):
        html = chair_label(client)
    assert "Cyprus – OSCE Chairpersonship 2027" in html


def test_no_marker_when_the_year_has_no_chairpersonship(client):
    call_command("load_reference_data", verbosity=0)
    with mock.patch("django.utils.timezone.localdate", return_value=date(1990, 1, 1)):
        html = chair_label(client)
    assert "– OSCE Chairpersonship" not in html
