// Ordered choices in the admin (core.ordered): a release's places and fields of work keep the
// order the editor gives them. That order is the order of the <option>s of their <select>: the
// browser posts them so, and the autocomplete box (select2) shows them so. A new choice is added
// at the end; one removed and chosen again would go back to where it was, so it is moved to the
// end too. To reorder, an editor removes a choice and chooses it again.
(function () {
  "use strict";
  if (!window.django || !window.django.jQuery) { return; }
  var $ = window.django.jQuery;
  $(document).on("select2:select", "select[data-ordered]", function (event) {
    var select = this;
    var chosen = String(event.params.data.id);
    var option = Array.prototype.find.call(select.options, function (each) {
      return each.value === chosen;
    });
    if (!option || option === select.options[select.options.length - 1]) { return; }
    select.appendChild(option); // stays selected
    $(select).trigger("change"); // select2 shows the choices again, in their new order
  });
})();
