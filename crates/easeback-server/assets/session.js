// Timers and the breath pacer for the relief session. The page works
// without this script: durations are shown and "Done" buttons move on.
(function () {
  "use strict";
  var box = document.querySelector("[data-seconds]");
  if (!box) return;
  var total = parseInt(box.getAttribute("data-seconds"), 10) || 0;
  var scale = parseFloat(box.getAttribute("data-scale") || "1");
  var breathing = box.hasAttribute("data-breathing");
  var left = total, running = false, tick = null;
  var out = box.querySelector(".timer");
  var btn = box.querySelector("[data-start]");
  var pacer = box.querySelector(".pacer");
  var say = box.querySelector("[data-say]");
  function fmt(s) { var m = Math.floor(s / 60), r = s % 60; return m + ":" + (r < 10 ? "0" : "") + r; }
  function show() { if (out) out.textContent = fmt(left); }
  function breathe(elapsed) {
    if (!breathing || !pacer) return;
    var phase = elapsed % 10;
    var inhale = phase < 4;
    pacer.className = "pacer " + (inhale ? "in" : "out");
    if (say) say.textContent = inhale ? "Breathe in" : "Breathe out slowly";
  }
  function step() {
    left = Math.max(0, left - 1);
    show();
    breathe(total - left);
    if (left === 0) {
      clearInterval(tick); running = false;
      if (btn) btn.textContent = "Time is up";
      if (say) say.textContent = "Time is up. Go on to the check-in.";
      var next = document.getElementById("checkin");
      if (next) next.focus();
    }
  }
  if (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () {
      if (left === 0) return;
      if (running) { clearInterval(tick); running = false; btn.textContent = "Resume"; }
      else { tick = setInterval(step, Math.max(10, 1000 * scale)); running = true; btn.textContent = "Pause"; }
    });
  }
  show();
})();
