from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OsceSiteConfig(AppConfig):
    name = "osce_site"
    verbose_name = _("Site")
