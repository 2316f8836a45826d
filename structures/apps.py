from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StructuresConfig(AppConfig):
    name = "structures"
    verbose_name = _("Structures and institutions")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import Structure, StructureTranslation

        keep_old_addresses(Structure)
        remember_former_slugs(Structure)
        remember_former_slugs(StructureTranslation)
