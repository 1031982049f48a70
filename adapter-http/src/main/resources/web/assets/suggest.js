// Progressive enhancement of the new-ticket form: while the customer types the subject and the
// description, the help centre's most relevant articles are shown beside them (300 ms after the
// last keystroke). Without this script the form works the same, without suggestions.
(function () {
  'use strict';
  var box = document.getElementById('suggestions');
  var subject = document.getElementById('subject');
  var description = document.getElementById('description');
  if (!box || !subject || !description || !window.fetch) {
    return;
  }
  var list = box.querySelector('ul');
  var timer = null;
  var last = '';
  var sequence = 0;

  // The excerpt is plain text: marks are added as elements, never parsed from a string.
  function excerpt(item) {
    var p = document.createElement('p');
    p.className = 'excerpt';
    var text = item.excerpt || '';
    var at = 0;
    (item.highlights || []).forEach(function (range) {
      if (range.start < at || range.end > text.length) {
        return;
      }
      p.appendChild(document.createTextNode(text.slice(at, range.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range.start, range.end);
      p.appendChild(mark);
      at = range.end;
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function render(items) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    items.forEach(function (item) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      link.target = '_blank';
      link.rel = 'noopener';
      li.appendChild(link);
      li.appendChild(excerpt(item));
      list.appendChild(li);
    });
    box.hidden = items.length === 0;
  }

  function ask() {
    var s = subject.value.trim().slice(0, 200);
    var d = description.value.trim().slice(0, 1000);
    var key = s + '\n' + d;
    if (key === last) {
      return;
    }
    last = key;
    var mine = ++sequence;
    if (!s && !d) {
      render([]);
      return;
    }
    var url = box.getAttribute('data-source') + '?subject=' + encodeURIComponent(s)
      + '&description=' + encodeURIComponent(d);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (body) {
        if (mine === sequence) {
          render(body.suggestions || []);
        }
      })
      .catch(function () { /* no suggestions: the form still works */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 300);
  }

  subject.addEventListener('input', later);
  description.addEventListener('input', later);
})();
