from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from staff.roles import ROLE_DESCRIPTIONS, ROLES, codenames


class Command(BaseCommand):
    help = (
        "Create the admin's groups (Editor, Publisher, Administrator) and set exactly their "
        "permissions (staff/roles.py). Safe to run again: it brings existing groups in line."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        everything = Permission.objects.select_related("content_type")
        for name, app_models in ROLES.items():
            if app_models == "all":
                permissions = list(everything)
            else:
                wanted = codenames(app_models)
                permissions = [
                    permission
                    for permission in everything
                    if (permission.content_type.app_label, permission.codename) in wanted
                ]
                missing = wanted - {
                    (permission.content_type.app_label, permission.codename)
                    for permission in permissions
                }
                if missing:
                    raise CommandError(f"Unknown permissions for {name}: {sorted(missing)}")
            group, created = Group.objects.get_or_create(name=str(name))
            group.permissions.set(permissions)
            verb = "Created" if created else "Updated"
            self.stdout.write(
                f"{verb} {group.name} ({ROLE_DESCRIPTIONS[name]}): {len(permissions)} permissions."
            )
