from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "missions"
    verbose_name = _("Field operations")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import Department, DepartmentTranslation, FieldOperation

        keep_old_addresses(FieldOperation)
        remember_former_slugs(FieldOperation)
        # A draft's address was never public: no redirect or former slug reveals it.
        keep_old_addresses(Department, public=lambda department: department.is_published)
        remember_former_slugs(Department, public=lambda department: department.is_published)
        remember_former_slugs(DepartmentTranslation, public=lambda row: row.is_public())
