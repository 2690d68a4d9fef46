// Progressive enhancement only: every page works without this file.
// After a refused form, put the cursor in the first field that needs correcting.
document.addEventListener("DOMContentLoaded", function () {
  var wrong = document.querySelector("main [aria-invalid=true]");
  if (wrong) { wrong.focus(); }
});
