from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages and navigation")

    def ready(self):
        from core.deletion import refuse_deletion_while

        from . import receivers  # noqa: F401  (connects them)
        from .addresses import keep_addresses_on_rename
        from .menus import register_groups_and_routes
        from .models import Page

        # A renamed page's old addresses, and its subtree's, go on to the new ones (a move's
        # are kept by the pages' manager).
        keep_addresses_on_rename()
        # The menus' automatic groups and named routes of the apps below (core.menus).
        register_groups_and_routes()
        # Deleting a page would delete every page under it (treebeard): the admin lists them and
        # refuses, and so does any other write path, until they are moved or deleted first.
        refuse_deletion_while(Page, lambda pages: Page.objects.under(pages))
