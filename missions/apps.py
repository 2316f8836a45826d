from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "missions"
    verbose_name = _("Field operations")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import FieldOperation

        keep_old_addresses(FieldOperation)
        remember_former_slugs(FieldOperation)
