"""Create the local development admin account that `make run` prints, if it does not exist."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


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
        self.stdout.write(
            "\nThe site:  http://127.0.0.1:8000/\n"
            f"The admin: http://127.0.0.1:8000/admin/  user '{USERNAME}', "
            "password DEV_ADMIN_PASSWORD in .env "
            f"(unless you changed it since): {password}\n"
        )
