/*
 * Export for every page of the console: a "Download CSV" button above every table and a "Download data" button under
 * every ECharts chart (its series with their axis categories, as the chart shows them at the moment of the click), and a
 * "Download all rows" link on any element that names a server-side export in data-csv-href (a list the page shows
 * one page of). Files are UTF-8 CSV with a byte order mark, so that Excel opens Chinese text correctly, fields quoted
 * where they need it (RFC 4180), lines ended by CRLF; named after the page title and the table's caption.
 * The button texts come from the message bundles, through this script tag's data-csv, data-data and data-all.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var labels = {
    csv: (me && me.getAttribute('data-csv')) || 'Download CSV',
    data: (me && me.getAttribute('data-data')) || 'Download data',
    all: (me && me.getAttribute('data-all')) || 'Download all rows (CSV)'
  };

  /* --- CSV */

  function field(value) {
    var text = value === null || value === undefined ? '' : String(value);
    // A cell starting with = or @ would run as a formula in a spreadsheet: keep it text.
    if (/^[=@]/.test(text)) { text = "'" + text; }
    return /[",\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(rows) {
    return '\uFEFF' + rows.map(function (row) { return row.map(field).join(','); }).join('\r\n') + '\r\n';
  }

  function fileName(what) {
    var page = document.title.replace(/\s*·\s*Marquee\s*$/, '');
    var name = [page, what].filter(function (s) { return s && s.trim(); }).join(' - ');
    return (name.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim() || 'marquee') + '.csv';
  }

  function download(rows, name) {
    var blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* --- Tables */

  function cellText(cell) {
    var control = cell.querySelector('input:not([type=hidden]):not([type=checkbox]), select, textarea');
    if (control) {
      return control.tagName === 'SELECT' ? (control.selectedOptions[0] ? control.selectedOptions[0].text : '') : control.value;
    }
    var copy = cell.cloneNode(true);
    copy.querySelectorAll('button, script, style, .export-bar').forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  /** The table as rows of text, header rows included; a cell spanning columns leaves the ones it spans empty. */
  function tableRows(table) {
    var rows = [];
    Array.prototype.forEach.call(table.rows, function (tr) {
      var row = [];
      Array.prototype.forEach.call(tr.cells, function (cell) {
        row.push(cellText(cell));
        for (var i = 1; i < (cell.colSpan || 1); i++) { row.push(''); }
      });
      rows.push(row);
    });
    return rows;
  }

  function tableName(table) {
    if (table.caption && table.caption.textContent.trim()) { return table.caption.textContent.trim(); }
    if (table.getAttribute('aria-label')) { return table.getAttribute('aria-label'); }
    var el = table.previousElementSibling;
    while (el && !/^H[1-4]$/.test(el.tagName)) { el = el.previousElementSibling; }
    return el ? el.textContent.trim() : (table.id || 'table');
  }

  function button(text, cls, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'export ' + cls;
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  function bar() {
    var div = document.createElement('div');
    div.className = 'export-bar';
    div.style.cssText = 'display:flex;gap:.5rem;justify-content:flex-end;margin:.3rem 0;font-size:.8rem';
    return div;
  }

  function addTableButton(table) {
    if (table.dataset.exportReady || table.classList.contains('no-export') || table.closest('.export-bar')) { return; }
    table.dataset.exportReady = 'true';
    var div = bar();
    div.appendChild(button(labels.csv, 'export-table', function () { download(tableRows(table), fileName(tableName(table))); }));
    if (table.dataset.csvHref) { div.appendChild(allLink(table.dataset.csvHref)); }
    table.parentNode.insertBefore(div, table);
  }

  function allLink(href) {
    var a = document.createElement('a');
    a.className = 'export export-all';
    a.href = href;
    a.textContent = labels.all;
    return a;
  }

  /** A list that is not a table (a grid of cards, one page of many) but has a server-side export. */
  function addAllLink(el) {
    if (el.tagName === 'TABLE' || el.dataset.exportReady) { return; }
    el.dataset.exportReady = 'true';
    var div = bar();
    div.appendChild(allLink(el.dataset.csvHref));
    el.parentNode.insertBefore(div, el);
  }

  /* --- Charts */

  function arr(x) { return Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]; }

  function valueOf(item) {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) { return item.value; }
    return item;
  }

  /** The category axis of the chart (the first x or y axis of type category with data), if it has one. */
  function categoryAxis(option) {
    var axes = arr(option.xAxis).concat(arr(option.yAxis));
    for (var i = 0; i < axes.length; i++) {
      if (axes[i] && (axes[i].type === 'category' || (!axes[i].type && axes[i].data)) && arr(axes[i].data).length) { return axes[i]; }
    }
    return null;
  }

  /**
   * The chart's data as rows: with a category axis, one row per category and one column per series; otherwise one
   * row per data point (series, name or x, value or values) — pies, maps, scatters and time axes.
   */
  function chartRows(chart) {
    var option = chart.getOption();
    var source = arr(option.dataset)[0] && arr(option.dataset)[0].source;
    if (Array.isArray(source) && source.length) { // a chart drawn from a dataset: its rows as they are
      return source.map(function (r) { return Array.isArray(r) ? r : Object.keys(r).map(function (k) { return r[k]; }); });
    }
    var series = arr(option.series).filter(function (s) { return s && s.data; });
    var axis = categoryAxis(option);
    if (axis && series.every(function (s) { return s.data.every(function (d) { return !Array.isArray(valueOf(d)); }); })) {
      var cats = arr(axis.data).map(function (c) { return c !== null && typeof c === 'object' ? c.value : c; });
      var rows = [[axis.name || ''].concat(series.map(function (s, i) { return s.name || ('series ' + (i + 1)); }))];
      cats.forEach(function (cat, i) {
        rows.push([cat].concat(series.map(function (s) { var v = valueOf(s.data[i]); return v === undefined ? '' : v; })));
      });
      return rows;
    }
    var width = 1;
    series.forEach(function (s) { s.data.forEach(function (d) { var v = valueOf(d); if (Array.isArray(v)) { width = Math.max(width, v.length); } }); });
    var header = ['series', 'name'];
    for (var k = 0; k < width; k++) { header.push(width === 1 ? 'value' : 'value ' + (k + 1)); }
    var out = [header];
    series.forEach(function (s, i) {
      s.data.forEach(function (d, j) {
        var v = valueOf(d);
        var name = d !== null && typeof d === 'object' && !Array.isArray(d) && d.name !== undefined ? d.name
          : axis ? arr(axis.data)[j] : j + 1;
        out.push([s.name || ('series ' + (i + 1)), name].concat(Array.isArray(v) ? v : [v]));
      });
    });
    return out;
  }

  function chartName(el, option) {
    var title = arr(option.title)[0];
    if (title && title.text) { return title.text; }
    if (el.getAttribute('aria-label')) { return el.getAttribute('aria-label'); }
    return el.id || 'chart';
  }

  function addChartButton(el) {
    if (el.dataset.exportReady || typeof echarts === 'undefined') { return; }
    var chart = echarts.getInstanceByDom(el);
    if (!chart) { return; }
    el.dataset.exportReady = 'true';
    var div = bar();
    div.appendChild(button(labels.data, 'export-chart', function () {
      var live = echarts.getInstanceByDom(el) || chart;
      download(chartRows(live), fileName(chartName(el, live.getOption())));
    }));
    el.parentNode.insertBefore(div, el.nextSibling);
  }

  /* --- Finding them, also those a page draws later */

  function scan() {
    var root = document.querySelector('main') || document.body;
    root.querySelectorAll('table').forEach(addTableButton);
    root.querySelectorAll('[data-csv-href]').forEach(addAllLink);
    root.querySelectorAll('[_echarts_instance_]').forEach(addChartButton);
  }

  var pending = null;
  function later() {
    if (pending) { return; }
    pending = setTimeout(function () { pending = null; scan(); }, 200);
  }

  function start() {
    scan();
    new MutationObserver(later).observe(document.body, { childList: true, subtree: true, attributes: true,
      attributeFilter: ['_echarts_instance_'] });
    window.addEventListener('load', scan);
  }

  window.MarqueeExport = { tableRows: tableRows, chartRows: chartRows, toCsv: toCsv, fileName: fileName, scan: scan };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
