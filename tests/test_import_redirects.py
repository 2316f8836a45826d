"""Old addresses of the real site imported in bulk (issue 13): `import_redirects` reads a CSV
of old path to target (a path, or an object by its slug), checks every row before writing any,
and the redirects then answer 301, follow later renames and are edited in the admin."""

import io
from pathlib import Path

import pytest
from django.contrib.redirects.models import Redirect
from django.core.management import CommandError, call_command

from tests import factories

pytestmark = pytest.mark.django_db

SHIPPED = Path(__file__).resolve().parent.parent / "seed" / "data" / "old_addresses.csv"


def import_csv(tmp_path, text, *args):
    path = tmp_path / "old.csv"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_redirects", str(path), *args, stdout=out)
    return out.getvalue()


def redirects():
    return dict(Redirect.objects.values_list("old_path", "new_path"))


def test_old_addresses_lead_to_objects_and_paths(client, tmp_path, mission, field):
    out = import_csv(
        tmp_path,
        "# old,target\n"
        "/mission-to-serbia,missions.fieldoperation:mission-to-serbia\n"
        "\n"
        "/elections/,fields.fieldofwork:elections\n"
        "/newsroom,/news/\n",
    )
    assert "5 were created" in out
    assert redirects() == {
        "/mission-to-serbia": "/field-operations/mission-to-serbia/",
        "/mission-to-serbia/": "/field-operations/mission-to-serbia/",
        "/elections/": "/fields-of-work/elections/",
        "/newsroom": "/news/",
        "/newsroom/": "/news/",
    }
    for old, new in [
        ("/mission-to-serbia", "/field-operations/mission-to-serbia/"),
        ("/mission-to-serbia/", "/field-operations/mission-to-serbia/"),
        ("/newsroom", "/news/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)


def test_a_path_target_is_an_address_that_exists(tmp_path, field):
    # Every path of slugs reaches the editable pages' view: only a page's is an address.
    about = factories.make_page("About us")
    factories.make_page("Our history", parent=about)
    import_csv(tmp_path, "/history,/about-us/our-history/\n/newsroom-ru,/ru/news/\n")
    assert redirects()["/history"] == "/about-us/our-history/"
    assert redirects()["/newsroom-ru/"] == "/ru/news/"
    with pytest.raises(CommandError, match="'/about-us/no-such-page/' is no address"):
        import_csv(tmp_path, "/gone,/about-us/no-such-page/\n")


def test_a_second_import_changes_only_what_the_file_changes(tmp_path, mission):
    text = "/mission-to-serbia,missions.fieldoperation:mission-to-serbia\n"
    import_csv(tmp_path, text)
    assert "0 were created, 0 were changed, 2 already so" in import_csv(tmp_path, text)
    out = import_csv(tmp_path, "/mission-to-serbia,/news/\n")
    assert "2 were changed" in out
    assert set(redirects().values()) == {"/news/"}


def test_a_dry_run_writes_nothing(tmp_path, mission):
    out = import_csv(
        tmp_path, "/mission-to-serbia,missions.fieldoperation:mission-to-serbia\n", "--dry-run"
    )
    assert "2 would be created" in out
    assert not Redirect.objects.exists()


def test_an_imported_redirect_follows_a_later_rename(client, tmp_path, mission):
    import_csv(tmp_path, "/mission-to-serbia,missions.fieldoperation:mission-to-serbia\n")
    mission.slug = "osce-mission-to-serbia"
    mission.save()
    response = client.get("/mission-to-serbia")
    assert response["Location"] == "/field-operations/osce-mission-to-serbia/"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("odihr,/news/", "must start with one /"),
        ("//evil.example,/news/", "must start with one /"),
        ("/old page,/news/", "may not hold a query, a fragment or spaces"),
        ("/old?x=1,/news/", "may not hold a query"),
        ("/old,/no-such-page/", "is no address of this site"),
        ("/old,news", "neither a path nor app_label.model:slug"),
        ("/old,nosuch.model:x", "is no model of this site"),
        ("/old,auth.group:x", "has no pages found by a slug"),
        ("/old,fields.fieldofwork:no-such-field", "has the slug 'no-such-field'"),
        ("/old,/news/,extra", "expected old_path,target, found 3 values"),
        ("/news/,/news/", "would redirect to itself"),
        (f"/{'x' * 200},/news/", "is longer than"),
        (f"/old,/news/?q={'x' * 200}", "leads to an address over 200 characters"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(tmp_path, field, line, reason):
    text = f"/elections,fields.fieldofwork:elections\n{line}\n"
    with pytest.raises(CommandError) as raised:
        import_csv(tmp_path, text)
    assert "line 2:" in str(raised.value) and reason in str(raised.value)
    assert not Redirect.objects.exists()  # the good first row is not written either


def test_an_old_address_listed_twice_is_refused(tmp_path, field):
    with pytest.raises(CommandError, match="already redirected on line 1"):
        import_csv(tmp_path, "/elections,/news/\n/elections/,/news/\n")


def test_a_file_that_is_no_text_is_refused(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CommandError, match="cannot be read as UTF-8"):
        call_command("import_redirects", str(path), stdout=io.StringIO())


def test_the_shipped_addresses_import_against_the_reference_data(client):
    call_command("load_reference_data", stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_redirects", str(SHIPPED), stdout=out)
    assert "were created" in out.getvalue()
    for old, new in [
        ("/mission-to-serbia", "/field-operations/mission-to-serbia/"),
        ("/odihr", "/structures/office-for-democratic-institutions-and-human-rights/"),
        ("/secretariat", "/structures/secretariat/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
        assert client.get(new).status_code == 200


def test_administrators_edit_redirects_in_the_admin_and_editors_do_not(
    roles, django_user_model, tmp_path, field
):
    import_csv(tmp_path, "/elections,fields.fieldofwork:elections\n")
    administrator = factories.staff_client(django_user_model, "admin", "Administrator")
    listing = administrator.get("/admin/redirects/redirect/", {"q": "elections"})
    assert listing.status_code == 200
    assert "/fields-of-work/elections/" in listing.content.decode()
    redirect = Redirect.objects.get(old_path="/elections")
    url = f"/admin/redirects/redirect/{redirect.pk}/change/"
    data = {"site": redirect.site_id, "old_path": "/elections", "new_path": "/news/"}
    assert administrator.post(url, data).status_code == 302
    assert Redirect.objects.get(pk=redirect.pk).new_path == "/news/"
    editor = factories.staff_client(django_user_model, "editor", "Editor")
    assert editor.get("/admin/redirects/redirect/").status_code == 403
    assert editor.post(url, {**data, "new_path": "/"}).status_code == 403
    assert Redirect.objects.get(pk=redirect.pk).new_path == "/news/"
