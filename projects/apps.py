from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from core.redirects import keep_old_addresses, remember_former_slugs

        from .models import Project, ProjectTranslation

        keep_old_addresses(Project, public=lambda project: project.is_published)
        remember_former_slugs(Project, public=lambda project: project.is_published)
        remember_former_slugs(ProjectTranslation, public=lambda row: row.is_public())
