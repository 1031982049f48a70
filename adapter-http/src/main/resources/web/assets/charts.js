// What the pages' charts share (dashboard.js, stats.js): Chart.js set to the page's own colours and
// font, without animation, and the helpers that read the tables beside the charts. Loaded after
// chart.umd.js and before the page's script; without Chart.js the tables alone tell everything.
(function () {
  'use strict';

  if (typeof window.Chart === 'undefined') {
    return;
  }
  var Chart = window.Chart;
  var style = window.getComputedStyle(document.documentElement);

  function colour(name, fallback) {
    var value = style.getPropertyValue(name).trim();
    return value || fallback;
  }

  Chart.defaults.animation = false;
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.color = colour('--muted', '#4b5563');
  Chart.defaults.borderColor = colour('--line', '#d5dbe3');

  window.ServelinkCharts = {
    colour: colour,
    // French sets a colon off with a space; English does not
    separator: document.documentElement.lang === 'fr' ? '\u00a0: ' : ': ',
    /** A cell's words, as the reader sees them. */
    text: function (element) {
      return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    }
  };
})();
