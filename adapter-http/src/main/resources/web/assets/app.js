// Progressive enhancement only: every form works without this script.
// A form sent once disables its button, so a double click cannot send it twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.method && form.method.toLowerCase() === 'post') {
    var buttons = form.querySelectorAll('button[type=submit]');
    window.setTimeout(function () {
      buttons.forEach(function (button) { button.disabled = true; });
    }, 0);
  }
});
