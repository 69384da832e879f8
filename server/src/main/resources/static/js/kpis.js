// The KPI dashboard: fetches /api/v1/kpis and draws the trend and the breakdown with ECharts (no animation, so that
// screenshots show the final picture); every chart's figures also go into a table.
(function () {
  'use strict';

  var config = document.getElementById('kpi-config').dataset;

  function query(params) {
    var q = new URLSearchParams();
    Object.keys(params).forEach(function (k) { if (params[k]) { q.set(k, params[k]); } });
    return '/api/v1/kpis?' + q.toString();
  }

  function fetchJson(url) {
    return fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) { return r.json().then(function (p) { throw new Error(p.detail || ('HTTP ' + r.status)); }); }
      return r.json();
    });
  }

  function format(measure, group) {
    if (!group || group.value === null || group.value === undefined) { return '—'; }
    var v = Number(group.value);
    if (measure === 'SHARE') { return (v * 100).toFixed(1) + ' %'; }
    if (measure === 'MEDIAN_HOURS') { return v.toFixed(1) + ' h'; }
    return v.toFixed(2) + (group.unit ? ' ' + group.unit : '');
  }

  function plotted(measure, group) {
    if (group.value === null || group.value === undefined) { return null; }
    var v = Number(group.value);
    return measure === 'SHARE' ? Math.round(v * 1000) / 10 : Math.round(v * 100) / 100;
  }

  function axisName(measure, unit) {
    return measure === 'SHARE' ? '%' : measure === 'MEDIAN_HOURS' ? 'hours' : (unit || '');
  }

  function table(id, heading, rows) {
    var t = document.getElementById(id);
    t.innerHTML = '';
    var head = t.insertRow();
    heading.forEach(function (h) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th); });
    rows.forEach(function (r) { var tr = t.insertRow(); r.forEach(function (c) { tr.insertCell().textContent = c; }); });
  }

  function chart(id) {
    var el = document.getElementById(id);
    var c = echarts.init(el, null, {renderer: 'canvas'});
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  function problem(text) {
    var p = document.getElementById('kpi-problem');
    p.hidden = false;
    p.textContent = 'The KPIs could not be read: ' + text;
  }

  var pending = 3;
  function done() {
    pending -= 1;
    if (pending === 0) { window.hmChartsRendered = true; }
  }

  function trend() {
    return fetchJson(query({kpi: config.kpi, by: 'period', period: config.period, from: config.from, to: config.to}))
      .then(function (json) {
        var k = json.kpis[0];
        var groups = k.groups.slice().sort(function (a, b) { return a.key.period < b.key.period ? -1 : 1; });
        var unit = groups.length ? groups[0].unit : null;
        chart('trend-chart').setOption({
          animation: false,
          grid: {left: 56, right: 20, top: 30, bottom: 40},
          tooltip: {trigger: 'axis'},
          xAxis: {type: 'category', data: groups.map(function (g) { return g.key.period; })},
          yAxis: {type: 'value', name: axisName(k.measure, unit)},
          series: [{name: config.kpi, type: 'line', data: groups.map(function (g) { return plotted(k.measure, g); }),
                    symbolSize: 7, lineStyle: {width: 2}, color: '#1565c0',
                    label: {show: groups.length <= 14, position: 'top', fontSize: 10}}]
        });
        table('trend-table', ['Period', 'Value', 'Numerator', 'Denominator', 'Facts'], groups.map(function (g) {
          return [g.key.period, format(k.measure, g), g.numerator, g.denominator, g.facts];
        }));
      }).catch(function (e) { problem(e.message); }).then(done);
  }

  function breakdown() {
    var by = config.breakdown;
    return fetchJson(query({kpi: config.kpi, by: by, from: config.from, to: config.to}))
      .then(function (json) {
        var k = json.kpis[0];
        var groups = k.groups.slice().sort(function (a, b) { return b.facts - a.facts; }).slice(0, 15).reverse();
        var unit = groups.length ? groups[0].unit : null;
        chart('breakdown-chart').setOption({
          animation: false,
          grid: {left: 130, right: 40, top: 20, bottom: 30},
          tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
          xAxis: {type: 'value', name: axisName(k.measure, unit)},
          yAxis: {type: 'category', data: groups.map(function (g) { return g.key[by]; }), axisLabel: {fontSize: 10}},
          series: [{name: config.kpi, type: 'bar', data: groups.map(function (g) { return plotted(k.measure, g); }),
                    color: '#2e7d32', label: {show: true, position: 'right', fontSize: 10}}]
        });
        table('breakdown-table', [by, 'Value', 'Numerator', 'Denominator', 'Facts'], groups.slice().reverse().map(function (g) {
          return [g.key[by], format(k.measure, g), g.numerator, g.denominator, g.facts];
        }));
      }).catch(function (e) { problem(e.message); }).then(done);
  }

  function all() {
    return fetchJson(query({from: config.from, to: config.to})).then(function (json) {
      var body = document.querySelector('#all-kpis tbody');
      json.kpis.forEach(function (k) {
        var t = k.total || {};
        var tr = body.insertRow();
        var a = document.createElement('a');
        a.href = '/kpis?kpi=' + k.kpi + '&period=' + config.period + '&breakdown=' + config.breakdown
          + '&from=' + config.from + '&to=' + config.to;
        a.textContent = k.kpi;
        a.title = k.definition;
        tr.insertCell().appendChild(a);
        [format(k.measure, k.total), t.numerator, t.denominator, t.facts,
         t.median === null || t.median === undefined ? '' : Number(t.median).toFixed(1),
         t.p90 === null || t.p90 === undefined ? '' : Number(t.p90).toFixed(1)].forEach(function (v, i) {
          var td = tr.insertCell();
          td.textContent = v === undefined || v === null ? '—' : v;
          td.className = 'num';
        });
      });
    }).catch(function (e) { problem(e.message); }).then(done);
  }

  document.addEventListener('DOMContentLoaded', function () {
    trend();
    breakdown();
    all();
  });
})();
