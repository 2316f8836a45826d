from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications library")

    def ready(self):
        from django.db.models.signals import pre_save

        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import (
            Publication,
            PublicationFile,
            PublicationTranslation,
            keep_derived_on_revert,
        )

        keep_old_addresses(Publication, public=lambda publication: publication.is_published)
        remember_former_slugs(Publication, public=lambda publication: publication.is_published)
        remember_former_slugs(PublicationTranslation, public=lambda row: row.is_public())
        pre_save.connect(keep_derived_on_revert, sender=PublicationFile)
