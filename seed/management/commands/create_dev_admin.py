"""Create the local development accounts that `make run` prints, if they do not exist: the
superuser 'admin', and one account per role to try the workflow with."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from news.models import EditorialScope
from structures.models import Structure

USERNAME = "admin"
# username → (group, the slug of the source an editorial scope limits it to, or None)
ROLE_ACCOUNTS = {
    "editor": ("Editor", None),
    "publisher": ("Publisher", None),
    "serbia-desk": ("Publisher", "mission-to-serbia"),
}


class Command(BaseCommand):
    help = "Create the development superuser 'admin' with the password DEV_ADMIN_PASSWORD (.env)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Only for local development (DEBUG on). Use createsuperuser.")
        password = os.environ.get("DEV_ADMIN_PASSWORD", "")
        if not password:
            raise CommandError("DEV_ADMIN_PASSWORD is not set (see .env).")
        user_model = get_user_model()
        if not user_model.objects.filter(username=USERNAME).exists():
            user_model.objects.create_superuser(USERNAME, password=password)
            self.stdout.write(self.style.SUCCESS(f"Created the admin account '{USERNAME}'."))
        for username, (group_name, source_slug) in ROLE_ACCOUNTS.items():
            self.create_role_account(user_model, username, group_name, source_slug, password)
        self.stdout.write(
            "\nThe site:  http://127.0.0.1:8000/\n"
            f"The admin: http://127.0.0.1:8000/admin/  user '{USERNAME}', "
            "password DEV_ADMIN_PASSWORD in .env "
            f"(unless you changed it since): {password}\n"
            "Role accounts with the same password: 'editor' (Editor), 'publisher' (Publisher), "
            "'serbia-desk' (Publisher, limited to the Mission to Serbia's releases).\n"
        )

    def create_role_account(self, user_model, username, group_name, source_slug, password):
        if user_model.objects.filter(username=username).exists():
            return
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            raise CommandError("Run `manage.py create_roles` first.")
        user = user_model.objects.create_user(username, password=password, is_staff=True)
        user.groups.add(group)
        source = Structure.objects.filter(slug=source_slug).first() if source_slug else None
        if source:
            EditorialScope.objects.create(user=user).sources.add(source)
