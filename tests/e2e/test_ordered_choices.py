"""An editor orders a release's places and fields of work in chromium: the autocomplete boxes post
the choices in the order they show them, a choice removed and chosen again goes to the end, and
the release's page shows that order."""

from playwright.sync_api import expect

from news.models import PressRelease

TITLE = "Chairperson visits the Mission's regional centres"


def choose(page, field_id, search, option):
    """Pick `option` in the admin's autocomplete for `field_id`, as an editor types it."""
    page.locator(f"#{field_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").press_sequentially(search)
    page.locator(".select2-results__option", has_text=option).first.click()
    expect(page.locator(f"#{field_id} + .select2")).to_contain_text(option)


def remove(page, field_id, option):
    """Take `option` off with the cross of its box."""
    choice = page.locator(f"#{field_id} + .select2 .select2-selection__choice", has_text=option)
    choice.locator(".select2-selection__choice__remove").click()
    page.keyboard.press("Escape")  # select2 opens the list of choices after a removal
    expect(choice).to_have_count(0)


def shown(page, field_id):
    """The choices the box shows, in its order."""
    choices = page.locator(f"#{field_id} + .select2 .select2-selection__choice")
    return [text.lstrip("×").strip() for text in choices.all_inner_texts()]


def meta_line(page, label):
    return page.locator(f".release-meta div:has(> dt:text-is('{label}')) dd").inner_text()


def test_an_editor_orders_places_and_fields_and_the_release_shows_that_order(site, editor_page):
    page = editor_page
    page.goto(site("/admin/news/pressrelease/add/"))
    page.locator("#id_title").fill(TITLE)
    choose(page, "id_places", "Prisht", "Prishtinë/Priština")
    choose(page, "id_places", "Mitrov", "Mitrovicë/Mitrovica")
    choose(page, "id_sources", "Chairpersonship", "Chairpersonship")
    for search, name in [("Rule", "Rule of law"), ("Econ", "Economic"), ("Migr", "Migration")]:
        choose(page, "id_fields_of_work", search, name)
    assert shown(page, "id_places") == ["Prishtinë/Priština", "Mitrovicë/Mitrovica"]

    # Rule of law goes to the end: removed, then chosen again.
    remove(page, "id_fields_of_work", "Rule of law")
    choose(page, "id_fields_of_work", "of law", "Rule of law")
    expected_fields = ["Economic activities", "Migration", "Rule of law"]
    assert shown(page, "id_fields_of_work") == expected_fields
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    release = PressRelease.objects.get(title=TITLE)
    try:
        assert [place.name for place in release.places.all()] == [
            "Prishtinë/Priština",
            "Mitrovicë/Mitrovica",
        ]
        assert [field.name for field in release.fields_of_work.all()] == expected_fields
        # The form shows them again in that order.
        assert shown(page, "id_places") == ["Prishtinë/Priština", "Mitrovicë/Mitrovica"]
        assert shown(page, "id_fields_of_work") == expected_fields

        page.get_by_role("link", name="View on site").click()
        expect(page.locator(".preview-banner")).to_be_visible()
        assert meta_line(page, "Place") == "PRISHTINË/PRIŠTINA, MITROVICË/MITROVICA"
        assert meta_line(page, "Fields of work") == ", ".join(expected_fields)
    finally:
        release.delete()  # the module's other tests share the content
