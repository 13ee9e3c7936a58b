// Timers, the breath pacer and the end-of-step signals for the relief
// session. The page works without this script: durations are shown and the
// check-in moves on. With it: a timer to start and pause, a sound and a
// vibration when the time is up, and the screen kept on while timing (Wake
// Lock, where the browser has it) — each switchable, the choice kept on
// this device.
(function () {
  "use strict";
  var box = document.querySelector("[data-seconds]");
  if (!box) return;
  var total = parseInt(box.getAttribute("data-seconds"), 10) || 0;
  var scale = parseFloat(box.getAttribute("data-scale") || "1");
  var breathing = box.hasAttribute("data-breathing");
  var left = total, running = false, tick = null, lock = null;
  var out = box.querySelector(".timer");
  var btn = box.querySelector("[data-start]");
  var pacer = box.querySelector(".pacer");
  var say = box.querySelector("[data-say]");
  var switches = box.querySelector("[data-switches]");
  var sound = box.querySelector("[data-sound]");
  var buzz = box.querySelector("[data-buzz]");
  var awake = box.querySelector("[data-awake]");

  // the switches remember their setting
  [[sound, "eb_sound"], [buzz, "eb_buzz"], [awake, "eb_awake"]].forEach(function (s) {
    if (!s[0]) return;
    try { if (localStorage.getItem(s[1]) === "off") s[0].checked = false; } catch (e) {}
    s[0].addEventListener("change", function () {
      try { localStorage.setItem(s[1], s[0].checked ? "on" : "off"); } catch (e) {}
      if (s[0] === awake) keepAwake(running && awake.checked);
    });
  });
  if (switches) switches.hidden = false;

  function keepAwake(on) {
    if (on && !lock && navigator.wakeLock) {
      navigator.wakeLock.request("screen").then(function (l) { lock = l; }).catch(function () {});
    } else if (!on && lock) {
      lock.release().catch(function () {}); lock = null;
    }
  }
  // a lock is dropped when the page is hidden; take it again on return
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && running && awake && awake.checked) { lock = null; keepAwake(true); }
  });

  function chime() {
    if (!sound || !sound.checked) return;
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      var ctx = new Ctx();
      [0, 0.35].forEach(function (at) {
        var o = ctx.createOscillator(), g = ctx.createGain();
        o.frequency.value = 660; g.gain.value = 0.15;
        o.connect(g); g.connect(ctx.destination);
        o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.25);
      });
    } catch (e) {}
  }

  function fmt(s) { var m = Math.floor(s / 60), r = s % 60; return m + ":" + (r < 10 ? "0" : "") + r; }
  function show() { if (out) out.textContent = fmt(left); }
  function breathe(elapsed) {
    if (!breathing || !pacer) return;
    var inhale = elapsed % 10 < 4;
    pacer.className = "pacer " + (inhale ? "in" : "out");
    if (say) say.textContent = inhale ? ebSay("breathe-in", "Breathe in") : ebSay("breathe-out", "Breathe out slowly");
  }
  function step() {
    left = Math.max(0, left - 1);
    show();
    breathe(total - left);
    if (left === 0) {
      clearInterval(tick); running = false; keepAwake(false);
      if (btn) btn.textContent = ebSay("time-up", "Time is up");
      if (say) say.textContent = ebSay("time-up-go-on", "Time is up. Go on to the check-in.");
      chime();
      if (buzz && buzz.checked && navigator.vibrate) navigator.vibrate([300, 150, 300]);
      var first = document.querySelector("#checkin input");
      if (first) first.focus();
    }
  }
  if (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () {
      if (left === 0) return;
      if (running) { clearInterval(tick); running = false; btn.textContent = ebSay("resume", "Resume"); keepAwake(false); }
      else {
        tick = setInterval(step, Math.max(10, 1000 * scale)); running = true; btn.textContent = ebSay("pause", "Pause");
        keepAwake(awake && awake.checked);
      }
    });
  }
  show();
})();
