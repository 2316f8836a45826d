from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Newsroom")

    def ready(self):
        from core.redirects import keep_old_addresses

        from . import receivers  # noqa: F401  (connects them)
        from .models import PressRelease

        # A release's old address is kept only if the public could have known it.
        keep_old_addresses(PressRelease, public=lambda release: release.is_published)
