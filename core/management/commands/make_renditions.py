"""Make every rendition that pages show of every stored photograph and is not made yet.

New photographs get theirs when they are saved (core.models), publications' covers when they are
made (publications.tasks); this is for the images whose
renditions are gone or were never made: after a migration that moves photographs (news 0010),
after a change of the renditions' widths or formats, or on a restored media folder. Run it after
each deployment, with `create_roles`; it skips what exists, so a second run is quick.
"""

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Make the missing renditions of every stored image (run after each deployment)."

    def handle(self, *args, **options):
        photographs = 0
        for model in apps.get_models():
            field = getattr(model, "rendered_field", None)
            if field is None or not hasattr(model, "make_renditions"):
                continue
            for item in model._default_manager.exclude(**{field: ""}).iterator(chunk_size=200):
                item.make_renditions(fresh=True)  # the files, whatever the cache says
                photographs += 1
        if options["verbosity"]:
            self.stdout.write(f"Renditions checked for {photographs} photographs.")
