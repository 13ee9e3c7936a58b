// Optional movement-break notifications while the routine page is open.
(function () {
  "use strict";
  var btn = document.getElementById("notify");
  if (!btn || !("Notification" in window)) return;
  btn.hidden = false;
  var minutes = parseInt(btn.getAttribute("data-minutes"), 10) || 40;
  var msg = btn.getAttribute("data-message") || ebSay("time-to-move", "Time to move");
  var say = document.getElementById("notify-status");
  btn.addEventListener("click", function () {
    Notification.requestPermission().then(function (p) {
      if (p !== "granted") { say.textContent = ebSay("notifications-blocked", "Notifications are blocked in this browser."); return; }
      setInterval(function () { new Notification("Easeback", { body: msg }); }, minutes * 60000);
      say.textContent = ebSay("reminders-on", "Reminders on every %1 minutes while this page stays open.", minutes);
    });
  });
})();
