"""What the pages of the apps below projects show of them (a field of work's "Projects"): they
name this library in their templates only (`{% load projects_tags %}`)."""

from django import template

from core import languages
from core.translations import shown_in

from ..models import Project

register = template.Library()


@register.simple_tag
def field_projects(field, count=4):
    """`{% field_projects field as projects %}`: the field's `count` latest-begun published
    projects, in the page's language (one query; two in another language)."""
    language = languages.active()
    projects = Project.objects.published(language).in_field(field).defer("body")
    return shown_in(projects.with_translations(language)[:count], language)
