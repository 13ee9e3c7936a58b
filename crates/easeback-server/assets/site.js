// On every page, in <head>: light or dark colours, and the service worker.
// Colours follow the device unless the person chose here; loaded before the
// first paint so the choice shows at once. The footer's button (hidden
// without this script) cycles device → dark → light; the choice stays on
// this device. The service worker (sw.js) keeps the offline page and the
// guidance for when there is no signal.
// ebSay(key, english, ...values): the page's word for a script, from the
// eb-words meta tag the page writes in its language; %1, %2 are values.
window.ebSay = function (key, english) {
  var words = window.ebWords;
  if (!words) {
    try { words = JSON.parse(document.querySelector('meta[name="eb-words"]').content); } catch (e) { words = {}; }
    window.ebWords = words;
  }
  var text = words[key] || english, values = Array.prototype.slice.call(arguments, 2);
  return text.replace(/%(\d)/g, function (_, n) { return values[n - 1] === undefined ? '' : values[n - 1]; });
};
(function () {
  var root = document.documentElement;
  var KEY = 'eb_theme';
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) {}
  if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme');
    if (!button) return;
    // the labels come in the page's language, on the button itself
    var label = { '': button.dataset.device, dark: button.dataset.dark, light: button.dataset.light };
    var show = function () { button.textContent = label[root.dataset.theme || '']; };
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
