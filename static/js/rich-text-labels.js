// The rich-text editor's editable area gets its field's label (core/widgets.py): a screen reader
// announces it, and a click on the label focuses the editor. One listener for the whole page;
// the editor tells it when an editor is ready, also for inline forms added later.
document.addEventListener("prose-editor:ready", function (event) {
  var editor = event.detail.editor;
  var textarea = event.detail.textarea;
  var area = editor.view.dom;
  var label = textarea.id && document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]');
  area.setAttribute("aria-multiline", "true");
  if (!label) return;
  label.id = label.id || textarea.id + "-label";
  area.setAttribute("aria-labelledby", label.id);
  label.addEventListener("click", function (e) {
    e.preventDefault();
    editor.commands.focus();
  });
});
