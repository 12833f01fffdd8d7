// The rating form after a failed save: focus on the error summary, so the reader hears what
// is wrong first, and each link of the summary puts the focus into the field it names
// (a fragment link alone only scrolls). An external file: the pages' CSP allows no inline script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("problems");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
    history.replaceState(null, "", link.getAttribute("href"));
  });
});
