"""Admin building blocks shared by every app's ModelAdmin."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import cache, images
from .redirects import remember_old_address


class SiteModelAdmin(admin.ModelAdmin):
    """Base for the admins of content with a public address (`get_absolute_url`).

    - "View on site" goes straight to the object's public address (not through the sites
      framework's domain, which would send editors to another host).
    - Changing an object's address keeps the old one working with a permanent redirect.
    """

    def view_on_site(self, obj):
        return obj.get_absolute_url()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Make the renditions of newly uploaded photographs now, while the editor waits for the
        # save, rather than during the first visitor's request.
        forms = [form, *(each for formset in formsets for each in formset.forms)]
        for each in forms:
            photo = getattr(each.instance, "photo", None)
            if "photo" in each.changed_data and photo and each.instance.pk:
                images.renditions(photo)
                if each is form:  # a page's own photograph is also its link preview
                    images.open_graph_image(photo)

    def save_model(self, request, obj, form, change):
        old_address = None
        if change and "slug" in form.changed_data:
            old_address = type(obj)._default_manager.get(pk=obj.pk).get_absolute_url()
        super().save_model(request, obj, form, change)
        if old_address:
            remember_old_address(old_address, obj.get_absolute_url())


class StampedAdminMixin:
    """Records who created and who last changed an object, shown read-only and collapsed."""

    stamp_fieldset = (
        _("History"),
        {
            "classes": ["collapse"],
            "fields": ["created_at", "created_by", "updated_at", "updated_by"],
        },
    )
    stamp_readonly_fields = ["created_at", "created_by", "updated_at", "updated_by"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.stamp_readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


class NavigationContentAdminMixin:
    """For content the site navigation lists: a change retires the cached navigation."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        cache.content_changed(cache.NAVIGATION)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        cache.content_changed(cache.NAVIGATION)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        cache.content_changed(cache.NAVIGATION)
