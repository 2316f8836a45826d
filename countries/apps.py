from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = _("Countries")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import ParticipatingState, ParticipatingStateTranslation

        keep_old_addresses(ParticipatingState)
        remember_former_slugs(ParticipatingState)
        remember_former_slugs(ParticipatingStateTranslation)
