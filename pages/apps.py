from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages and navigation")

    def ready(self):
        from . import receivers  # noqa: F401  (connects them)
        from .addresses import keep_addresses_on_rename

        # A renamed page's old addresses, and its subtree's, go on to the new ones (a move's
        # are kept by the pages' manager).
        keep_addresses_on_rename()
