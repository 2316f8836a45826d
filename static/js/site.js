// Navigation menus are <details> elements and work without JavaScript. This only adds comfort:
// one menu open at a time, Escape closes it, a click elsewhere closes it, and a menu that would
// run off the right edge of the window opens leftwards instead.
(function () {
  "use strict";
  var menus = Array.prototype.slice.call(document.querySelectorAll(".site-nav details.menu"));
  function closeAll(except) {
    menus.forEach(function (menu) { if (menu !== except) { menu.open = false; } });
  }
  function place(menu) {
    var panel = menu.querySelector(".menu__panel, .menu__list");
    menu.classList.remove("menu--end");
    if (panel && panel.getBoundingClientRect().right > document.documentElement.clientWidth) {
      menu.classList.add("menu--end");
    }
  }
  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () {
      if (menu.open) { closeAll(menu); place(menu); }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = menus.filter(function (menu) { return menu.open; })[0];
    if (open) { open.open = false; open.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".site-nav")) { closeAll(null); }
  });

  // On small screens the menus fold behind a "Menu" button (the stylesheet shows it there, and
  // folds the menus unless the navigation is open). Without JavaScript they stay visible.
  var toggle = document.querySelector(".site-nav__toggle");
  var nav = document.querySelector(".site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("site-nav--open", open);
    });
  }
})();

// "Copy link": the page's address is on the page as text that can be selected and copied. Where
// the browser offers the Clipboard API, the button (hidden until then) copies it in one press and
// says so in a live region, in the words of the button's data-copied and data-copy-failed (the
// page's language).
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) { return; }
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector("[role=status]");
    if (!source || !status) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = "";
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () { status.textContent = button.getAttribute("data-copied"); },
        function () { status.textContent = button.getAttribute("data-copy-failed"); }
      );
    });
  });
})();
