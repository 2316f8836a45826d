from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Newsroom")

    def ready(self):
        from taggit.models import Tag

        from core.deletion import refuse_deletion_while
        from core.redirects import keep_old_addresses, remember_former_slugs
        from core.scopes import read_scopes_with
        from fields.models import FieldOfWork
        from structures.models import Structure

        from . import receivers  # noqa: F401  (connects them)
        from .models import EditorialScope, Place, PressRelease, PressReleaseTranslation
        from .search import ensure_configuration

        def releases_with(**relation):
            ((name, objects),) = relation.items()
            return PressRelease.objects.filter(**{f"{name}__in": objects}).distinct()

        # Mission staff's scope limits them in the admins of the apps below too (core.scopes).
        read_scopes_with(EditorialScope.sources_of)

        # A release's old address is kept only if the public could have known it.
        keep_old_addresses(PressRelease, public=lambda release: release.is_published)
        # Under another language's prefix, a former slug (English or translated) is sent on to
        # the release's address there (core.views.TranslatedDetailMixin); only a public one.
        remember_former_slugs(PressRelease, public=lambda release: release.is_published)
        remember_former_slugs(PressReleaseTranslation, public=lambda row: row.is_public())
        post_migrate.connect(ensure_configuration, sender=self)
        # The newsroom filters by tag: a renamed tag's old links still find it.
        remember_former_slugs(Tag)

        # Every release needs a dateline place, a source and a field of work: none of them is
        # deleted while releases name it (the admin lists them).
        refuse_deletion_while(Place, lambda places: releases_with(places=places))
        refuse_deletion_while(Structure, lambda sources: releases_with(sources=sources))
        refuse_deletion_while(FieldOfWork, lambda fields: releases_with(fields_of_work=fields))
