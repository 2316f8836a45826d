"""Queue the processing of publications' files (publications.tasks): those not processed yet
(a file stored before processing existed, or whose task was lost), or with --all every file,
afresh (after a change to what is read from them). The worker (`db_worker`) runs them; with the
immediate backend they run here and now.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from publications import tasks
from publications.models import PublicationFile


class Command(BaseCommand):
    help = "Queue the processing (cover, page count, text) of the publications' unprocessed files."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Every file, processed or not (failed ones too).",
        )

    def handle(self, *args, **options):
        files = PublicationFile.objects.all()
        if not options["all"]:
            files = files.filter(processing=PublicationFile.Processing.PENDING)
        with transaction.atomic():
            count = tasks.process_again(files)
        if options["verbosity"]:
            self.stdout.write(f"{count} publication files queued for processing.")
