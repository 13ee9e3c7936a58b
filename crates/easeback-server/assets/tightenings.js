// Tightening timer: times each tightening and keeps the list — in the diary
// when signed in (read back on any device), else on this device
// (localStorage) — so a reload or a closed tab loses nothing, shows the time
// running live, and asks the server's pattern rule (core) whether they have
// become regular — answered with the same card wording and numbers to tap as
// every other card. Without this script the page's form does the same.
(function () {
  "use strict";
  var box = document.getElementById("timer");
  if (!box) return;
  var KEY = "eb_tightenings", FROM = "eb_tightenings_from", MAX = 200;
  var diary = box.getAttribute("data-diary") === "1", csrf = box.getAttribute("data-csrf") || "";
  var btn = document.getElementById("toggle"), rows = document.getElementById("rows");
  var status = document.getElementById("status"), result = document.getElementById("result");
  var clear = document.getElementById("clear");
  var list = [], started = null, tick = null;
  if (!diary) {
    try { list = JSON.parse(localStorage.getItem(KEY) || "[]").filter(function (t) { return t && t.start && t.end; }); } catch (e) { list = []; }
  }
  box.hidden = false;
  // signed in, the diary holds the list; this device keeps only where a
  // "new count" began
  function save() { if (!diary) { try { localStorage.setItem(KEY, JSON.stringify(list.slice(-MAX))); } catch (e) {} } }
  function countFrom() { try { return Number(localStorage.getItem(FROM) || 0); } catch (e) { return 0; } }
  // the device's own clock time with its offset, as the diary keeps it
  function stamp(d) {
    function p(n) { return (n < 10 ? "0" : "") + n; }
    var off = -d.getTimezoneOffset(), a = Math.abs(off);
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + "T" + p(d.getHours()) + ":" +
      p(d.getMinutes()) + ":" + p(d.getSeconds()) + "." + String(d.getMilliseconds()).padStart(3, "0") +
      (off < 0 ? "-" : "+") + p(Math.floor(a / 60)) + ":" + p(a % 60);
  }
  function keep(t) {
    if (!diary) return;
    fetch("/api/v1/diary/tightenings", { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf }, body: JSON.stringify(t) })
      .then(function (r) { if (!r.ok) throw new Error(r.status); })
      .catch(function () { status.textContent = ebSay("tightening-not-kept", "This one could not be kept in your diary; it still counts here."); });
  }
  function clock(ms) { var s = Math.max(0, Math.round(ms / 1000)); return Math.floor(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + (s % 60); }
  function row(t, prev) {
    var tr = document.createElement("tr");
    [new Date(t.start).toLocaleTimeString(), clock(new Date(t.end) - new Date(t.start)),
      prev ? clock(new Date(t.start) - new Date(prev.start)) : "–"].forEach(function (c) {
      var td = document.createElement("td"); td.textContent = c; tr.appendChild(td);
    });
    rows.insertBefore(tr, rows.firstChild);
  }
  function add(el, tag, text, cls) { var n = document.createElement(tag); if (text) n.textContent = text; if (cls) n.className = cls; el.appendChild(n); return n; }
  function show(data) {
    result.textContent = "";
    if (!data.pattern || !data.pattern.regular) {
      status.textContent = ebSay("tightenings-no-pattern", "%1 timed. No regular pattern so far.", list.length);
      return;
    }
    var a = data.assessment;
    var card = add(result, "section", "", "card " + a.disposition);
    add(add(card, "div", "", "head"), "h2", a.title);
    var body = add(card, "div", "", "body");
    add(body, "p", a.headline + " " + data.advice, "when");
    var calls = add(body, "ul", "", "calls");
    (a.calls || []).forEach(function (c) {
      var link = add(add(calls, "li"), "a", "", "call-link");
      link.href = "tel:" + c.tel;
      add(link, "span", c.label); add(link, "strong", c.number);
    });
    var acts = add(body, "ul");
    (a.actions || []).forEach(function (x) { add(acts, "li", x); });
  }
  function check() {
    fetch("/api/v1/tightenings", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ tightenings: list.slice(-MAX), region: box.getAttribute("data-region") || null, lang: document.documentElement.lang }) })
      .then(function (r) { return r.json(); }).then(show)
      .catch(function () { status.textContent = ebSay("tightenings-check-failed", "Could not check the pattern. If they come regularly, call now."); });
  }
  function showAll() { rows.textContent = ""; list.forEach(function (t, i) { row(t, list[i - 1]); }); if (list.length) check(); }
  if (diary) {
    fetch("/api/v1/diary/tightenings", { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        var from = countFrom();
        list = (data.tightenings || []).filter(function (t) { return new Date(t.start).getTime() >= from; })
          .map(function (t) { return { start: t.start, end: t.end }; }).concat(list);
        showAll();
      })
      .catch(function () { status.textContent = ebSay("tightenings-list-unread", "Your diary's list could not be read; new ones still count here."); });
  } else {
    showAll();
  }
  btn.addEventListener("click", function () {
    var now = new Date();
    if (!started) {
      started = now; btn.textContent = ebSay("tightening-ended", "Tightening ended");
      tick = setInterval(function () { status.textContent = ebSay("timing", "Timing… %1", clock(new Date() - started)); }, 1000);
      status.textContent = ebSay("timing", "Timing… %1", "0:00");
      return;
    }
    clearInterval(tick);
    var t = { start: stamp(started), end: stamp(now) };
    var prev = list[list.length - 1];
    list.push(t); started = null; btn.textContent = ebSay("tightening-started", "Tightening started");
    save(); keep(t); row(t, prev); check();
  });
  clear.addEventListener("click", function () {
    if (diary) { try { localStorage.setItem(FROM, String(Date.now())); } catch (e) {} }
    list = []; save(); rows.textContent = ""; result.textContent = "";
    status.textContent = diary ? ebSay("tightenings-new-count", "A new count starts here. Your diary keeps the earlier ones.") : ebSay("tightenings-cleared", "The list is cleared.");
  });
})();
