"""Admin building blocks shared by every app's ModelAdmin."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class SiteModelAdmin(admin.ModelAdmin):
    """Base for the admins of content with a public address (`get_absolute_url`): "View on
    site" goes straight to it, not through the sites framework's domain (another host).

    What a save sets off (search documents, cached counts and navigation, renditions, redirects
    from an old address) is not done here but by each app's receivers (core.changes), so that
    every other write path sets it off too.
    """

    def view_on_site(self, obj):
        return obj.get_absolute_url()


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
