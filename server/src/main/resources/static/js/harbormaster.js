// Harbormaster: what every page shares. htmx requests carry the CSRF token; "/" jumps to the search box;
// SLA and last-free-day countdowns tick down without a reload.
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (e) {
    var header = meta('csrf-header'), token = meta('csrf-token');
    if (header && token) {
      e.detail.headers[header] = token;
    }
  });

  function typing(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
  }
  window.hmTyping = typing;

  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && !typing(document.activeElement) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var box = document.getElementById('global-search');
      if (box) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    }
  });

  function span(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    if (minutes < 60) { return minutes + 'm'; }
    var hours = Math.floor(minutes / 60);
    if (hours < 48) { return hours + 'h ' + String(minutes % 60).padStart(2, '0') + 'm'; }
    return Math.floor(hours / 24) + 'd ' + (hours % 24) + 'h';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var left = Date.parse(el.getAttribute('data-deadline')) - now;
      el.textContent = left < 0 ? 'breached ' + span(left) + ' ago' : span(left) + ' left';
      var cell = el.closest('.sla');
      if (cell && left < 0) { cell.classList.add('sla-breached'); }
    });
  }
  setInterval(tick, 30000);
  document.addEventListener('htmx:afterSettle', tick);
})();
