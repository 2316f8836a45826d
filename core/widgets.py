"""The rich-text editor widget: django-prose-editor, served from the package's own static files.

Without JavaScript it is the plain textarea holding the HTML, labelled by the form's <label>.
With it, the editor hides the textarea behind an editable area; a small script gives that area
the same label, so a screen reader announces it and a click on the label focuses it.
"""

from django import forms
from django_prose_editor.widgets import AdminProseEditorWidget, ProseEditorWidget

# The script that hands the field's label to the editable area: a static file (no inline script,
# so the Content-Security-Policy needs no exception for it).
LABEL_SCRIPT = "js/rich-text-labels.js"


class RichTextEditor(ProseEditorWidget):
    """The editor with the given django-prose-editor extensions and nothing else."""

    def __init__(self, attrs=None, *, extensions):
        super().__init__(attrs, config={"extensions": extensions}, preset="configurable")

    @property
    def media(self):
        return super().media + forms.Media(js=[LABEL_SCRIPT])


class AdminRichTextEditor(RichTextEditor, AdminProseEditorWidget):
    """The same in the admin: admin colours, and the admin's wide textarea without JavaScript."""

    def __init__(self, attrs=None, *, extensions):
        super().__init__({"class": "vLargeTextField", **(attrs or {})}, extensions=extensions)
