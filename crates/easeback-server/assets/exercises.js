// Follow along with an exercise: a rep counter (set and side shown) or a
// hold timer that moves from one side to the other. Without this script
// the page still says how much to do.
(function () {
  "use strict";
  function fmt(s) { return Math.floor(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + (s % 60); }
  document.querySelectorAll("[data-follow]").forEach(function (box) {
    var kind = box.getAttribute("data-kind");
    var reps = parseInt(box.getAttribute("data-reps") || "0", 10);
    var sets = parseInt(box.getAttribute("data-sets") || "1", 10) || 1;
    var secs = parseInt(box.getAttribute("data-seconds") || "0", 10);
    var sides = box.hasAttribute("data-per-side") ? [ebSay("left-side", "left side"), ebSay("right-side", "right side")] : [""];
    var btn = box.querySelector("button"), out = box.querySelector("[data-say]");
    var rep = 0, set = 1, side = 0, left = secs, tick = null;
    function where() { return (sets > 1 ? ebSay("set-of", "set %1 of %2", set, sets) : "") + (sides[side] ? (sets > 1 ? ", " : "") + sides[side] : ""); }
    function done() { btn.disabled = true; btn.textContent = ebSay("done", "Done"); out.textContent = ebSay("well-done", "Well done. Rest, and stop if anything hurts."); }
    function next() {
      if (side + 1 < sides.length) { side += 1; return true; }
      side = 0;
      if (set < sets) { set += 1; return true; }
      return false;
    }
    if (kind === "reps" && reps > 0) {
      btn.textContent = ebSay("count-rep", "Count a rep");
      out.textContent = ebSay("n-of", "%1 of %2", 0, reps) + (where() ? " (" + where() + ")" : "");
      btn.addEventListener("click", function () {
        rep += 1;
        if (rep >= reps) { rep = 0; if (!next()) { done(); return; } }
        out.textContent = ebSay("n-of", "%1 of %2", rep, reps) + (where() ? " (" + where() + ")" : "");
      });
    } else if (secs > 0) {
      btn.textContent = ebSay("start-for", "Start %1", fmt(secs)) + (sides[side] ? " (" + sides[side] + ")" : "");
      btn.addEventListener("click", function () {
        if (tick) return;
        left = secs; btn.disabled = true;
        tick = setInterval(function () {
          left -= 1; out.textContent = fmt(left) + (where() ? " (" + where() + ")" : "");
          if (left <= 0) {
            clearInterval(tick); tick = null; btn.disabled = false;
            if (!next()) { done(); return; }
            btn.textContent = ebSay("start-for", "Start %1", fmt(secs)) + (where() ? " (" + where() + ")" : "");
            out.textContent = ebSay("now-where", "Now %1.", where() || ebSay("again", "again"));
          }
        }, 1000);
      });
    } else { return; }
    box.hidden = false;
  });
})();
