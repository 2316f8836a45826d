"""The rich-text editor widget: django-prose-editor, served from the package's own static files.

Without JavaScript it is the plain textarea holding the HTML, labelled by the form's <label>.
With it, the editor hides the textarea behind an editable area; a small script gives that area
the same label, so a screen reader announces it and a click on the label focuses it.
"""

from django.utils.safestring import mark_safe
from django_prose_editor.widgets import AdminProseEditorWidget, ProseEditorWidget

# One listener for the whole page (the editor tells it when an editor is ready, also for inline
# forms added later). Rendered with each widget, installed once.
LABEL_SCRIPT = mark_safe(
    "<script>"
    "window.osceRichTextLabels||(window.osceRichTextLabels=!0,"
    'document.addEventListener("prose-editor:ready",function(event){'
    "var editor=event.detail.editor,textarea=event.detail.textarea,area=editor.view.dom,"
    "label=textarea.id&&document.querySelector('label[for=\"'+CSS.escape(textarea.id)+'\"]');"
    'area.setAttribute("aria-multiline","true");'
    "if(!label)return;"
    'label.id=label.id||textarea.id+"-label";'
    'area.setAttribute("aria-labelledby",label.id);'
    'label.addEventListener("click",function(e){e.preventDefault();editor.commands.focus()})'
    "}))"
    "</script>"
)


class RichTextEditor(ProseEditorWidget):
    """The editor with the given django-prose-editor extensions and nothing else."""

    def __init__(self, attrs=None, *, extensions):
        super().__init__(attrs, config={"extensions": extensions}, preset="configurable")

    def render(self, name, value, attrs=None, renderer=None):
        return super().render(name, value, attrs, renderer) + LABEL_SCRIPT


class AdminRichTextEditor(RichTextEditor, AdminProseEditorWidget):
    """The same in the admin: admin colours, and the admin's wide textarea without JavaScript."""

    def __init__(self, attrs=None, *, extensions):
        super().__init__({"class": "vLargeTextField", **(attrs or {})}, extensions=extensions)
