// On every page, in <head>: light or dark colours, and the service worker.
// Colours follow the device unless the person chose here; loaded before the
// first paint so the choice shows at once. The footer's button (hidden
// without this script) cycles device → dark → light; the choice stays on
// this device. The service worker (sw.js) keeps the offline page and the
// guidance for when there is no signal.
(function () {
  var root = document.documentElement;
  var KEY = 'eb_theme';
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) {}
  if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  var LABEL = { '': 'Colours: as on this device', dark: 'Colours: dark', light: 'Colours: light' };
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme');
    if (!button) return;
    var show = function () { button.textContent = LABEL[root.dataset.theme || '']; };
    show();
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = { '': 'dark', dark: 'light', light: '' }[root.dataset.theme || ''];
      if (next) root.dataset.theme = next; else delete root.dataset.theme;
      try { if (next) localStorage.setItem(KEY, next); else localStorage.removeItem(KEY); } catch (e) {}
      show();
    });
  });
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function () {});
    });
  }
})();
