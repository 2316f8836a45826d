"""Rich text: the one place that decides which HTML the site stores and shows, and what the
admin's editor offers to write it.

Two lists, kept side by side and checked against each other by tests/test_rich_text.py:

- `EDITOR_EXTENSIONS` configures the admin's rich-text editor (django-prose-editor). It offers
  only the markup the site styles: paragraphs, headings, lists, links, quotes and emphasis.
- `ALLOWED_TAGS` and friends are what the server keeps, whatever the browser sends. They are the
  authority: every write goes through `sanitize_html()` in `SanitizedHTMLField.pre_save()`.
"""

import nh3
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models

from core.widgets import AdminRichTextEditor, RichTextEditor

EDITOR_EXTENSIONS = {
    "Paragraph": True,
    "HardBreak": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    # Plain 1, 2, 3 numbering only: no dialog for letters or roman numerals.
    "OrderedList": {
        "enableListAttributes": False,
        "listTypes": [{"label": "1, 2, 3, ...", "type": "decimal"}],
    },
    "ListItem": True,
    "Blockquote": True,
    "Bold": True,
    "Italic": True,
    # Address and title; no "open in a new window".
    "Link": {"enableTarget": False},
    "History": True,
    # The package turns the browser's spell checker off by default; editors want it.
    "NoSpellCheck": False,
}

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "a", "blockquote", "em", "strong",
    "b", "i",  # older or pasted text; the editor writes them as strong and em
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
# The editor marks each numbered list data-type="decimal"; no other value is kept.
ALLOWED_ATTRIBUTE_VALUES = {"ol": {"data-type": {"decimal"}}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer"


def sanitize_html(value):
    """Keep only the markup the site styles; drop scripts, event handlers and unsafe links."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        tag_attribute_values=ALLOWED_ATTRIBUTE_VALUES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
    ).strip()


class SanitizedHTMLField(models.TextField):
    """A text field holding HTML that is cleaned whenever it is written to the database.

    Templates may mark its value safe: nothing else reaches the column. Forms edit it with the
    rich-text editor configured by `EDITOR_EXTENSIONS`.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        # The admin asks for its AdminTextareaWidget, other forms for nothing in particular:
        # both get the editor. A widget a form chose on purpose is left alone.
        widget = kwargs.get("widget")
        if widget is None:
            kwargs["widget"] = RichTextEditor(extensions=EDITOR_EXTENSIONS)
        elif isinstance(widget, AdminTextareaWidget):
            kwargs["widget"] = AdminRichTextEditor(widget.attrs, extensions=EDITOR_EXTENSIONS)
        elif isinstance(widget, type) and issubclass(widget, AdminTextareaWidget):
            kwargs["widget"] = AdminRichTextEditor(extensions=EDITOR_EXTENSIONS)
        return super().formfield(**kwargs)
