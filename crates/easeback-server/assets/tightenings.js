// Tightening timer: times each tightening in the page and asks the server's
// pattern rule (core) whether they have become regular.
(function () {
  "use strict";
  var box = document.getElementById("timer");
  if (!box) return;
  var btn = document.getElementById("toggle"), rows = document.getElementById("rows");
  var status = document.getElementById("status"), result = document.getElementById("result");
  var list = [], started = null;
  btn.hidden = false;
  function secs(ms) { return Math.round(ms / 1000) + " s"; }
  function mins(ms) { return (ms / 60000).toFixed(1) + " min"; }
  function show(data) {
    result.textContent = "";
    if (!data.pattern || !data.pattern.regular) {
      status.textContent = list.length + " timed. No regular pattern so far.";
      return;
    }
    var card = document.createElement("section");
    card.className = "card same_day";
    var head = document.createElement("div"); head.className = "head";
    var h = document.createElement("h2"); h.textContent = "Call today, now: these tightenings are regular";
    head.appendChild(h); card.appendChild(head);
    var body = document.createElement("div"); body.className = "body";
    var p = document.createElement("p"); p.textContent = data.advice; body.appendChild(p);
    (data.assessment.actions || []).forEach(function (a) { var q = document.createElement("p"); q.textContent = a; body.appendChild(q); });
    card.appendChild(body); result.appendChild(card);
  }
  btn.addEventListener("click", function () {
    var now = new Date();
    if (!started) { started = now; btn.textContent = "Tightening ended"; status.textContent = "Timing…"; return; }
    var t = { start: started.toISOString(), end: now.toISOString() };
    var prev = list.length ? new Date(list[list.length - 1].start) : null;
    list.push(t); started = null; btn.textContent = "Tightening started";
    var tr = document.createElement("tr");
    [new Date(t.start).toLocaleTimeString(), secs(now - new Date(t.start)), prev ? mins(new Date(t.start) - prev) : "–"].forEach(function (c) {
      var td = document.createElement("td"); td.textContent = c; tr.appendChild(td);
    });
    rows.appendChild(tr);
    fetch("/api/v1/tightenings", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ tightenings: list, region: box.getAttribute("data-region") || null }) })
      .then(function (r) { return r.json(); }).then(show)
      .catch(function () { status.textContent = "Could not check the pattern. If they are regular, call now."; });
  });
})();
