// The support statistics' charts, drawn with Chart.js from the history table beside them (the
// pattern of dashboard.js): each cell holds the raw figure (data-value) and the formatted one (its
// text), so the page reads the same without this script. Nothing here computes a figure.
(function () {
  'use strict';

  var kit = window.ServelinkCharts; // charts.js: Chart.js set up, or absent without Chart.js
  if (!kit) {
    return;
  }
  var Chart = window.Chart;
  var colour = kit.colour;
  var text = kit.text;
  var SEPARATOR = kit.separator;

  var CREATED = colour('--brand', '#0b5fad');
  var RESOLVED = colour('--ok', '#1d6b36');
  var BACKLOG = colour('--warn', '#8a4b00');
  var MEDIAN = colour('--bad', '#a61b1b');

  /** A bucket's value of one series: the raw number, or null where the table shows none. */
  function point(row, index, series, title) {
    var cell = row.querySelector('td[data-series=' + series + ']');
    var raw = cell && cell.getAttribute('data-value');
    return { x: index, y: raw === null || raw === undefined ? null : Number(raw), shown: text(cell), title: title };
  }

  function read(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return text(row.querySelector('th')); });
    return {
      rows: rows,
      labels: labels,
      series: function (name) {
        return rows.map(function (row, i) { return point(row, i, name, labels[i]); });
      },
      heading: function (name) {
        return text(table.querySelector('thead [data-series=' + name + ']'));
      }
    };
  }

  function options(title) {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: document.documentElement.lang || 'fr',
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'category', grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
        y: { beginAtZero: true, title: { display: true, text: title }, ticks: { precision: 0 } }
      },
      plugins: {
        // in the table's column order, whatever order the datasets are painted in
        legend: { position: 'bottom', labels: { boxWidth: 16, boxHeight: 10,
          sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } } },
        tooltip: {
          callbacks: {
            title: function (items) { return items.length ? items[0].raw.title : ''; },
            label: function (item) { return item.dataset.label + SEPARATOR + item.raw.shown; }
          }
        }
      }
    };
  }

  /** Created and resolved as bars, the backlog at each bucket's end as a line. */
  function countsChart(canvas, table) {
    var data = read(table);
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', order: 2, label: data.heading('created'), data: data.series('created'),
            backgroundColor: CREATED, borderRadius: 2, maxBarThickness: 28 },
          { type: 'bar', order: 2, label: data.heading('resolved'), data: data.series('resolved'),
            backgroundColor: RESOLVED, borderRadius: 2, maxBarThickness: 28 },
          { type: 'line', order: 1, label: data.heading('backlog'), data: data.series('backlog'),
            borderColor: BACKLOG, backgroundColor: BACKLOG, borderWidth: 2, pointRadius: 2, tension: 0 }
        ]
      },
      options: options(table.getAttribute('data-y-title') || '')
    });
  }

  /** The median hours to resolution of each bucket; a gap where none was resolved. */
  function medianChart(canvas, table) {
    var data = read(table);
    var chartOptions = options(table.getAttribute('data-y2-title') || '');
    chartOptions.scales.y.ticks = {};
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [{ label: data.heading('median'), data: data.series('median'), borderColor: MEDIAN,
          backgroundColor: MEDIAN, borderWidth: 2, pointRadius: 3, spanGaps: false, tension: 0 }]
      },
      options: chartOptions
    });
  }

  var draw = { 'stats-counts': countsChart, 'stats-median': medianChart };

  function start() {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var table = document.getElementById(canvas.getAttribute('data-table'));
      var chart = draw[canvas.getAttribute('data-chart')];
      if (table && chart) {
        chart(canvas, table);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
