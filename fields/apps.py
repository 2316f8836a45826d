from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FieldsConfig(AppConfig):
    name = "fields"
    verbose_name = _("Fields of work")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import FieldOfWork, FieldOfWorkTranslation

        keep_old_addresses(FieldOfWork)
        remember_former_slugs(FieldOfWork)
        remember_former_slugs(FieldOfWorkTranslation)
