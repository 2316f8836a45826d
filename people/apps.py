from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People and positions")

    def ready(self):
        from django.db.models.signals import pre_migrate

        from core import menus
        from core.constraints import ensure_btree_gist
        from core.redirects import keep_old_addresses, remember_former_slugs

        from . import receivers  # noqa: F401  (connects them)
        from .models import Person, PersonTranslation

        keep_old_addresses(Person)
        remember_former_slugs(Person)
        remember_former_slugs(PersonTranslation)
        # One holder per position at a time is an exclusion constraint that needs btree_gist.
        pre_migrate.connect(ensure_btree_gist, sender=self)
        # The Leadership menu: its page, and the positions with today's holders (people.menus).
        from .menus import leadership_links

        menus.register_route("people:leadership", _("Leadership"))
        menus.register_group(
            "leadership", _("The leadership positions, with who holds them"), leadership_links
        )
