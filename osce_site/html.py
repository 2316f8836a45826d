"""Rich text: the one place that decides which HTML the site stores and shows."""

import nh3
from django.db import models

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "a", "blockquote", "em", "strong", "b", "i",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(value):
    """Keep only the markup the site styles; drop scripts, event handlers and unsafe links."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    ).strip()


class SanitizedHTMLField(models.TextField):
    """A text field holding HTML that is cleaned whenever it is written to the database.

    Templates may mark its value safe: nothing else reaches the column.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
