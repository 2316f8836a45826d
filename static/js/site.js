// Navigation menus are <details> elements and work without JavaScript. This only adds comfort:
// one menu open at a time, Escape closes it, a click elsewhere closes it.
(function () {
  "use strict";
  var menus = Array.prototype.slice.call(document.querySelectorAll(".site-nav details.menu"));
  function closeAll(except) {
    menus.forEach(function (menu) { if (menu !== except) { menu.open = false; } });
  }
  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () { if (menu.open) { closeAll(menu); } });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = menus.filter(function (menu) { return menu.open; })[0];
    if (open) { open.open = false; open.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".site-nav")) { closeAll(null); }
  });

  // On small screens the menus fold behind a "Menu" button. Without JavaScript they stay visible.
  var toggle = document.querySelector(".site-nav__toggle");
  var nav = document.querySelector(".site-nav");
  if (toggle && nav) {
    var small = window.matchMedia("(max-width: 40rem)");
    var setOpen = function (open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("site-nav--collapsed", !open);
    };
    var adapt = function () {
      toggle.hidden = !small.matches;
      setOpen(!small.matches);
    };
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    small.addEventListener("change", adapt);
    adapt();
  }
})();
