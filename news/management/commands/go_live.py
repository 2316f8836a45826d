from django.core.management.base import BaseCommand

from news import services


class Command(BaseCommand):
    help = (
        "Run at the moment releases go live or expire (e.g. every minute from a timer): marks "
        "scheduled releases past their embargo as published and expired ones as archived, each "
        "with a revision, and retires the cached newsroom counts. The site is right without it: "
        "the public pages decide by the clock; this keeps statuses and counts tidy."
    )

    def handle(self, *args, **options):
        went_live, expired = services.go_live()
        self.stdout.write(f"{went_live} release(s) went live, {expired} expired.")
