from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages and navigation")

    def ready(self):
        from . import receivers  # noqa: F401  (connects them)
