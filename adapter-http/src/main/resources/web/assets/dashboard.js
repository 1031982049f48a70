// The usage dashboard's charts, drawn with Chart.js from the tables beside them: each table holds
// the raw figures (data-value) and the formatted ones (its text), so the page reads the same
// without this script. Nothing here computes a figure; it only draws what the tables say.
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

  var USED = colour('--brand', '#0b5fad');
  var USED_FILL = 'rgba(11, 95, 173, 0.12)';
  var LIMIT = colour('--bad', '#a61b1b');
  var FORECAST = colour('--warn', '#8a4b00');

  function number(element) {
    return Number(element.getAttribute('data-value'));
  }

  /** A point that carries the table's words for the tooltip. */
  function point(x, cell, title) {
    return { x: x, y: number(cell), shown: text(cell), title: title };
  }

  function options(table, xScale, legend) {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: document.documentElement.lang || 'fr',
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: xScale,
        y: {
          beginAtZero: true,
          title: { display: true, text: table.getAttribute('data-y-title') || '' }
        }
      },
      plugins: {
        legend: {
          position: 'bottom',
          // in the tables' order, whatever order the datasets are painted in
          labels: Object.assign({ sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } }, legend)
        },
        tooltip: {
          callbacks: {
            title: function (items) {
              return items.length ? items[0].raw.title : '';
            },
            label: function (item) {
              return item.dataset.label + SEPARATOR + item.raw.shown;
            }
          }
        }
      }
    };
  }

  /** This month, day by day: use so far, the limit across the month, the forecast dashed to its end. */
  function monthChart(canvas, table) {
    var days = Number(table.getAttribute('data-month-days'));
    var usedLabel = text(table.querySelector('thead [data-series=used]'));
    var used = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      return point(Number(row.getAttribute('data-day')), row.querySelector('[data-value]'), text(row.querySelector('th')));
    });
    var datasets = [{
      label: usedLabel,
      data: used,
      borderColor: USED,
      backgroundColor: USED_FILL,
      fill: 'origin',
      borderWidth: 2,
      pointRadius: used.length > 15 ? 0 : 2,
      tension: 0
    }];
    var limitRow = table.querySelector('tfoot tr[data-series=limit]');
    if (limitRow) {
      var cell = limitRow.querySelector('[data-value]');
      var label = text(limitRow.querySelector('th'));
      datasets.push({
        label: label,
        data: [point(1, cell, label), point(days, cell, label)],
        borderColor: LIMIT,
        backgroundColor: LIMIT,
        borderWidth: 2,
        pointRadius: 0,
        fill: false
      });
    }
    var forecastRow = table.querySelector('tfoot tr[data-series=forecast]');
    if (forecastRow && used.length) {
      var title = text(forecastRow.querySelector('th'));
      datasets.push({
        label: text(forecastRow.querySelector('th')),
        data: [used[used.length - 1],
          point(Number(forecastRow.getAttribute('data-day')), forecastRow.querySelector('[data-value]'), title)],
        borderColor: FORECAST,
        backgroundColor: FORECAST,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: [0, 3],
        fill: false
      });
    }
    return new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: options(table, {
        type: 'linear',
        min: 1,
        max: days,
        ticks: { stepSize: 1, precision: 0, autoSkip: true, maxRotation: 0 },
        title: { display: true, text: table.getAttribute('data-x-title') || '' },
        grid: { display: false }
      }, { boxWidth: 24, boxHeight: 2 })
    });
  }

  /** The last months: each month's total as a bar, the limit then as a line. */
  function historyChart(canvas, table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return text(row.querySelector('th')); });
    // "juil. 2026" on two lines, so that six months fit under a narrow chart without slanting
    var ticks = labels.map(function (label) { return label.split(' '); });
    var totals = rows.map(function (row, i) {
      return point(i, row.querySelector('td[data-series=total]'), labels[i]);
    });
    var limits = rows.map(function (row, i) {
      var cell = row.querySelector('td[data-series=limit][data-value]');
      return cell ? point(i, cell, labels[i]) : { x: i, y: null, shown: text(row.querySelector('td[data-series=limit]')), title: labels[i] };
    });
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: ticks,
        datasets: [{
          type: 'bar',
          order: 2,
          label: text(table.querySelector('thead [data-series=total]')),
          data: totals,
          backgroundColor: USED,
          borderRadius: 3,
          maxBarThickness: 40
        }, {
          type: 'line',
          order: 1,
          label: text(table.querySelector('thead [data-series=limit]')),
          data: limits,
          borderColor: LIMIT,
          backgroundColor: LIMIT,
          borderWidth: 2,
          pointRadius: 3,
          stepped: 'middle',
          spanGaps: false
        }]
      },
      options: options(table, { type: 'category', grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false } },
        { boxWidth: 16, boxHeight: 10 })
    });
  }

  var draw = { month: monthChart, history: historyChart };

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
