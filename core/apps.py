from django.apps import AppConfig, apps
from django.db.models.signals import post_save
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from .converters import UnicodeSlugConverter, UnicodeSlugPathConverter
        from .models import CaptionedPhoto, make_renditions_of_new_photo

        register_converter(UnicodeSlugConverter, "uslug")
        register_converter(UnicodeSlugPathConverter, "upath")

        # Every model with a captioned photograph, whichever app defines it.
        for model in apps.get_models():
            if issubclass(model, CaptionedPhoto):
                post_save.connect(make_renditions_of_new_photo, sender=model)
