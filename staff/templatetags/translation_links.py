"""The "Translate" links of an item's admin page (templates/admin/change_form.html)."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from core import languages
from core.translations import TranslatableModel
from staff.translations import may_translate

register = template.Library()


@register.simple_tag(takes_context=True)
def translate_links(context, item):
    """[{code, name, url}] of the languages the user may translate `item` into and it has no
    translation in yet; empty for an item that has no translations."""
    request = context.get("request")
    if not isinstance(item, TranslatableModel) or item.pk is None or request is None:
        return []
    if not may_translate(request, item):
        return []
    content_type = ContentType.objects.get_for_model(item)
    existing = set(item.translations.values_list("language", flat=True))
    return [
        {
            "code": code,
            "name": languages.local_name(code),
            "url": reverse("translate", args=[content_type.pk, item.pk, code]),
        }
        for code in languages.translation_codes()
        if code not in existing
    ]
