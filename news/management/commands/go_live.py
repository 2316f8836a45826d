from django.core.management.base import BaseCommand

from news import services


class Command(BaseCommand):
    help = (
        "Run at the moment releases go live or expire (e.g. every minute from a timer): marks "
        "scheduled releases past their embargo as published and expired ones as archived, each "
        "with a revision, and retires the cached newsroom counts. The site is right without it: "
        "the public pages decide by the clock; this keeps statuses and counts tidy. Then it "
        "carries out the bulk changes queued in the admin (actions on more than "
        "NEWS_BULK_INLINE_LIMIT releases), a batch per transaction, resuming any a crash or a "
        "kill interrupted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=services.BULK_BATCH_SIZE,
            help="Releases per transaction of a bulk change (default %(default)s).",
        )

    def handle(self, *args, batch_size, **options):
        went_live, expired = services.go_live()
        self.stdout.write(f"{went_live} release(s) went live, {expired} expired.")
        for bulk_change in services.run_bulk_changes(batch_size=batch_size):
            self.stdout.write(
                f"Bulk change {bulk_change.pk} ({bulk_change.get_action_display()}, "
                f"{bulk_change.total} releases): {bulk_change.get_status_display()}, "
                f"{bulk_change.processed} processed, {bulk_change.changed} changed, "
                f"{bulk_change.unchanged} left as they were, "
                f"{bulk_change.not_permitted} not permitted."
                + (f" Last error: {bulk_change.error}" if bulk_change.error else "")
            )
