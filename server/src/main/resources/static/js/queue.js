// The work queue: keyboard navigation (j/k or arrows, Enter, a, x, r), selection kept across live updates,
// and live updates over server-sent events (the rows are fetched again when cases change).
(function () {
  'use strict';

  var focusedId = null;

  function body() { return document.getElementById('queue-rows'); }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll('#queue-rows tr.case')); }

  function focusRow(row) {
    if (!row) { return; }
    rows().forEach(function (r) { r.setAttribute('tabindex', '-1'); });
    row.setAttribute('tabindex', '0');
    row.focus();
    focusedId = row.getAttribute('data-id');
  }

  function current() {
    var el = document.activeElement;
    var row = el && el.closest ? el.closest('tr.case') : null;
    if (row) { return row; }
    return focusedId ? document.getElementById('case-' + focusedId) : null;
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) { return; }
    var at = all.indexOf(current());
    var next = at < 0 ? all[0] : all[Math.max(0, Math.min(all.length - 1, at + step))];
    focusRow(next);
    next.scrollIntoView({block: 'nearest'});
  }

  document.addEventListener('keydown', function (e) {
    if (!body() || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var el = document.activeElement;
    if (window.hmTyping && window.hmTyping(el)) {
      if (e.key === 'Escape' && el.closest && el.closest('tr.case')) { focusRow(el.closest('tr.case')); }
      return;
    }
    var row = current();
    switch (e.key) {
      case 'j': case 'ArrowDown': e.preventDefault(); move(1); break;
      case 'k': case 'ArrowUp': e.preventDefault(); move(-1); break;
      case 'Enter':
        if (row && el === row) { e.preventDefault(); window.location.href = row.getAttribute('data-href'); }
        break;
      case 'a':
        if (row) { var ack = row.querySelector('.act-ack'); if (ack) { e.preventDefault(); ack.click(); } }
        break;
      case 'x':
        if (row) { var box = row.querySelector('input[name=ids]'); if (box && !box.disabled) { e.preventDefault(); box.checked = !box.checked; } }
        break;
      case 'r':
        if (row) { var reason = row.querySelector('.act-reason'); if (reason) { e.preventDefault(); reason.focus(); } }
        break;
    }
  });

  document.addEventListener('focusin', function (e) {
    var row = e.target.closest ? e.target.closest('tr.case') : null;
    if (row) { focusedId = row.getAttribute('data-id'); }
  });

  // Live updates: keep what was selected and which row had the focus.
  var selected = [];
  var pending = false;

  function refresh() {
    var el = document.activeElement;
    if (el && el.closest && el.closest('#queue-rows') && (el.tagName === 'SELECT' || el.tagName === 'INPUT' && el.type === 'text')) {
      pending = true;   // not while the operator is choosing a reason; after they leave the control
      return;
    }
    pending = false;
    selected = Array.prototype.map.call(document.querySelectorAll('#queue-rows input[name=ids]:checked'), function (b) { return b.value; });
    htmx.trigger(body(), 'refresh');
  }

  document.addEventListener('focusout', function () { if (pending) { setTimeout(refresh, 0); } });

  document.addEventListener('htmx:afterSwap', function () {
    if (!body()) { return; }
    var message = document.querySelector('#queue-rows tr.bulkmsg');
    var status = document.getElementById('queue-status');
    if (message && status) {
      status.textContent = message.textContent.trim();
      status.classList.toggle('bad', message.querySelector('.bad') !== null);
      message.remove();
    }
    selected.forEach(function (id) { var b = document.getElementById('sel-' + id); if (b) { b.checked = true; } });
    selected = [];
  });

  // A swapped row or body takes the focus with it: give it back to the same case.
  document.addEventListener('htmx:afterSettle', function () {
    var row = focusedId ? document.getElementById('case-' + focusedId) : null;
    var el = document.activeElement;
    if (row && (!el || el === document.body || !document.body.contains(el))) { focusRow(row); }
  });

  document.addEventListener('htmx:beforeRequest', function (e) {
    var id = e.detail.elt && e.detail.elt.id;
    if (id === 'bulk-ack' || id === 'bulk-assign') { selected = []; return; }
    selected = Array.prototype.map.call(document.querySelectorAll('#queue-rows input[name=ids]:checked'), function (b) { return b.value; });
  });

  function live() {
    var status = document.getElementById('live');
    if (!window.EventSource || !status) { return; }
    var source = new EventSource('/queue/updates');
    source.addEventListener('hello', function () { status.textContent = 'Live updates: on'; status.classList.add('on'); });
    source.addEventListener('changed', function () {
      status.textContent = 'Live updates: on · updated ' + new Date().toLocaleTimeString();
      refresh();
    });
    source.onerror = function () { status.textContent = 'Live updates: reconnecting…'; status.classList.remove('on'); };
  }

  document.addEventListener('DOMContentLoaded', function () {
    live();
    var first = rows()[0];
    if (first) { first.setAttribute('tabindex', '0'); }
  });
})();
