"""Create the local development accounts that `make run` prints, if they do not exist: the
superuser 'admin', and one account per role to try the workflow with. Each gets a second factor
(an authenticator app's secret, printed as an otpauth:// address to add to an app, or read with
`manage.py login_code NAME` without one)."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from news.models import EditorialScope
from structures.models import Structure

USERNAME = "admin"
DEVICE_NAME = "Development authenticator"
# username → (group, the slug of the source an editorial scope limits it to, or None)
ROLE_ACCOUNTS = {
    "editor": ("Editor", None),
    "publisher": ("Publisher", None),
    "serbia-desk": ("Publisher", "mission-to-serbia"),
}


class Command(BaseCommand):
    help = (
        "Create the development superuser 'admin' and the role accounts with the password "
        "DEV_ADMIN_PASSWORD (.env), each with an authenticator app's secret."
    )

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
        devices = [
            self.second_factor(user_model.objects.get(username=username))
            for username in [USERNAME, *ROLE_ACCOUNTS]
        ]
        site = f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"  # as `make run` serves it
        self.stdout.write(
            f"\nThe site:  {site}/\n"
            f"The admin: {site}/admin/  user '{USERNAME}', "
            "password DEV_ADMIN_PASSWORD in .env "
            f"(unless you changed it since): {password}\n"
            "Role accounts with the same password: 'editor' (Editor), 'publisher' (Publisher), "
            "'serbia-desk' (Publisher, limited to the Mission to Serbia's releases).\n"
            "\nThen the second factor, a code from an authenticator app. Add an account to yours "
            "with one of these addresses (most apps read it as a QR code or take the secret):\n"
        )
        for device in devices:
            self.stdout.write(f"  {device.user.get_username():<12} {device.config_url}")
        self.stdout.write(
            "Without an app, `python manage.py login_code admin` prints the code of the moment "
            "(development only).\n"
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

    @staticmethod
    def second_factor(user):
        """The account's authenticator (the one it has, or a new one, confirmed at once)."""
        device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)
        return device
