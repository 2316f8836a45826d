// A date has no time zone. Django's date shortcuts (DateTimeShortcuts.js) put "Note: Enter times
// in the server's time zone (You are 1 hour behind.)" beside every date input of a browser in
// another time zone, a plain date's (a DateField) included: here only a date and time (Django's
// split widget, in a <p class="datetime">) and a time keep it. The shortcuts start on "load",
// after this deferred script, and again for each inline row added.
(function () {
  "use strict";
  var shortcuts = window.DateTimeShortcuts;
  if (!shortcuts) { return; }
  var addTimezoneWarning = shortcuts.addTimezoneWarning;
  shortcuts.addTimezoneWarning = function (input) {
    if (input.classList.contains("vDateField") && !input.closest("p.datetime")) { return; }
    addTimezoneWarning.call(this, input);
  };
})();

// Accessibility repairs for the Django admin, where axe-core finds these things wanting:
// - a file input (a photograph) is grouped under a <legend> but has no name of its own;
// - the search box of an autocomplete box for several choices (select2 4.0) has no name;
// - its "clear all" cross is a <span> inside the list of chosen items;
// - an autocomplete box for one choice has no name while nothing is chosen;
// - the button that shows or hides the pages under a page in the pages' tree (django-treebeard)
//   is an empty link: it gets "Show" or "Hide" (the admin's own words, in the editor's
//   language) and the page's title, and says whether it is expanded.
// select2 redraws its boxes after every change, so the repair runs again when the page changes.
(function () {
  "use strict";
  function labelText(select) {
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return (label ? label.textContent : select.name).replace(/:\s*$/, "").trim();
  }
  function nameFileInputs() {
    document.querySelectorAll("fieldset > legend + * input[type=file]").forEach(function (input) {
      if (input.labels.length || input.hasAttribute("aria-labelledby")) { return; }
      var legend = input.closest("fieldset").querySelector("legend");
      legend.id = legend.id || input.id + "_legend";
      input.setAttribute("aria-labelledby", legend.id);
    });
  }
  function repair() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) { return; }
      var name = labelText(select);
      container.querySelectorAll(".select2-search__field").forEach(function (field) {
        if (field.getAttribute("aria-label") !== "Search " + name) {
          field.setAttribute("aria-label", "Search " + name);
        }
      });
      container.querySelectorAll("ul.select2-selection__rendered > .select2-selection__clear").forEach(
        function (clear) { clear.parentNode.parentNode.insertBefore(clear, clear.parentNode); }
      );
      container.querySelectorAll(
        ".select2-selection--single, .select2-selection--single [role=textbox]"
      ).forEach(function (box) {
        if (box.getAttribute("aria-label") !== name) { box.setAttribute("aria-label", name); }
      });
    });
    document.querySelectorAll("a.treebeard-collapse").forEach(nameTreeToggle);
  }
  function nameTreeToggle(toggle) {
    var translate = window.gettext || function (text) { return text; };
    var row = toggle.closest("tr");
    var title = row && row.querySelector("th a, td a:not(.treebeard-collapse)");
    var expanded = toggle.classList.contains("treebeard-expanded");
    var label = translate(expanded ? "Hide" : "Show") + " " + (title ? title.textContent.trim() : "");
    if (toggle.getAttribute("aria-label") !== label) { toggle.setAttribute("aria-label", label); }
    if (toggle.getAttribute("aria-expanded") !== String(expanded)) {
      toggle.setAttribute("aria-expanded", String(expanded));
    }
  }
  function start() {
    nameFileInputs();
    repair();
    new MutationObserver(repair).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["class"],
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
