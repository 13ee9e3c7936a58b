// The web app on a phone (390×844, Debian's Chromium): the heading in the
// first screen, no sideways scrolling at 200% text, dark colours that pass
// axe, installable with a service worker, offline after one visit, the
// diary in the person's own time zone and a report that prints without the
// site around it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { startServer, launchBrowser, signUp as signUpAt } from "./harness.mjs";

let server, browser, base;

before(async () => {
  server = await startServer();
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.stop();
});

const PUBLIC = ["/", "/check", "/session", "/quick", "/quick/long_sitting", "/exercises",
  "/routine", "/tightenings", "/about", "/offline", "/signin", "/signup"];
const PERSONAL = ["/diary", "/diary/day", "/insights", "/report", "/settings", "/account"];

async function phone(options = {}) {
  const ctx = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-GB", ...options,
  });
  return { ctx, page: await ctx.newPage() };
}

const signUp = (page, email) => signUpAt(page, base, email);

/** Every page a signed-in person can reach, after signing up. */
async function everyPage(page, email) {
  await signUp(page, email);
  await page.getByRole("group", { name: "How bad at its worst, 0 to 10" }).getByText("6", { exact: true }).click();
  await page.getByRole("button", { name: "Save entry" }).click();
  return [...PUBLIC, ...PERSONAL];
}

test("the main heading is in the first screen on every page", async () => {
  const { ctx, page } = await phone();
  for (const path of await everyPage(page, "heading@example.test")) {
    await page.goto(base + path);
    const box = await page.locator("h1").first().boundingBox();
    assert.ok(box, `${path}: an h1`);
    assert.ok(box.y + box.height <= 844, `${path}: the heading ends at ${box.y + box.height}px`);
  }
  await ctx.close();
});

test("no page scrolls sideways at 200% text or 320 px wide", async () => {
  for (const [width, zoom] of [[390, 2], [320, 1]]) {
    const { ctx, page } = await phone({ viewport: { width, height: 844 } });
    for (const path of await everyPage(page, `reflow-${width}@example.test`)) {
      await page.goto(base + path);
      // text zoom as a browser's text size setting does it: the root size
      await page.evaluate((z) => { document.documentElement.style.fontSize = `${112.5 * z}%`; }, zoom);
      const [scroll, client] = await page.evaluate(() =>
        [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${path} at ${width}px, text ×${zoom}: ${scroll}px wide in ${client}px`);
    }
    await ctx.close();
  }
});

test("dark colours follow the device, a saved choice wins, and every page passes axe in the dark", async () => {
  const { ctx, page } = await phone({ colorScheme: "dark" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  for (const path of await everyPage(page, "dark@example.test")) {
    await page.goto(base + path);
    assert.equal(await background(), "rgb(20, 20, 24)", `${path} is dark`);
    const r = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(r.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length})`), []);
  }
  // the footer button cycles device → dark → light; light is kept on reload
  await page.goto(base + "/");
  const button = page.locator("#theme");
  await button.click();
  await button.click();
  assert.equal(await button.innerText(), "Colours: light");
  await page.reload();
  assert.equal(await background(), "rgb(255, 255, 255)", "the saved light choice beats the dark device");
  // the care card keeps its colour in the dark too
  await page.evaluate(() => localStorage.removeItem("eb_theme"));
  await page.goto(base + "/check");
  await page.getByLabel(/in your own words/i).fill("heavy bleeding and back spasms");
  await page.getByRole("button", { name: "See what to do" }).click();
  const head = await page.locator(".card.emergency > .head").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(head, "rgb(176, 0, 32)");
  const r = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(r.violations.map((v) => `card ${v.id}: ${v.help}`), []);
  await ctx.close();
});

test("the app installs: a manifest with 192 and 512 px icons and a service worker", async () => {
  const { ctx, page } = await phone();
  await page.goto(base + "/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await fetch(base + href)).json();
  assert.equal(manifest.start_url, "/");
  assert.equal(manifest.display, "standalone");
  for (const size of ["192x192", "512x512"]) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    assert.ok(icon, size);
    const res = await fetch(base + icon.src);
    assert.equal(res.headers.get("content-type"), "image/png");
    const png = Buffer.from(await res.arrayBuffer());
    assert.equal(png.readUInt32BE(16), Number(size.split("x")[0]), `${size} is that wide`);
  }
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, base + "/");
  await ctx.close();
});

test("offline after one visit: the offline page with tap-to-call numbers, and the exercises", async () => {
  const { ctx, page } = await phone();
  await page.goto(base + "/");
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await ctx.setOffline(true);
  await page.goto(base + "/check");
  await page.getByRole("heading", { name: "You are offline" }).waitFor();
  const tel = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(tel.includes("tel:999"), `the UK number to tap: ${tel}`);
  assert.match(await page.locator("main").innerText(), /Heavy vaginal bleeding/i);
  await page.goto(base + "/exercises");
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.match(await page.locator("main").innerText(), /breath/i);
  // nothing personal is kept: the diary is not there offline
  await page.goto(base + "/diary");
  await page.getByRole("heading", { name: "You are offline" }).waitFor();
  await ctx.close();
});

test("the diary shows a night waking at the clock time it was entered, in New York", async () => {
  const { ctx, page } = await phone({ timezoneId: "America/New_York" });
  await signUp(page, "newyork@example.test");
  await page.getByLabel("When did it start?").fill("2026-11-20T03:10");
  await page.getByRole("group", { name: "How bad at its worst, 0 to 10" }).getByText("7", { exact: true }).click();
  await page.getByLabel("It woke me from sleep").check();
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByRole("heading", { name: "Spasm diary" }).waitFor();
  assert.match(await page.locator(".entry").first().innerText(), /2026-11-20 03:10.*woke me/);
  await ctx.close();
});

test("the report prints without the site's navigation", async () => {
  const { ctx, page } = await phone();
  await signUp(page, "print@example.test");
  await page.goto(base + "/report");
  await page.emulateMedia({ media: "print" });
  for (const part of ["header.site", "footer"]) {
    assert.equal(await page.locator(part).isVisible(), false, `${part} is not printed`);
  }
  // nor the report's own controls (the download links, the options form)
  const controls = await page.locator(".no-print").all();
  assert.ok(controls.length >= 2);
  for (const c of controls) assert.equal(await c.isVisible(), false, "a control is not printed");
  assert.ok(await page.locator("h1").isVisible(), "the report itself is");
  await ctx.close();
});

test("Back and reload keep the answer after a check and during a session; a skip asks the stop question", async () => {
  const { ctx, page } = await phone();
  await page.goto(base + "/check");
  await page.getByLabel(/in your own words/i).fill("back spasms and heavy bleeding since this morning");
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.locator(".card.emergency").waitFor();
  assert.doesNotMatch(page.url(), /bleed|spasm|\?/, "nothing typed in the address");
  await page.reload();
  await page.locator(".card.emergency").waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: "Check your symptoms" }).waitFor();
  await page.goForward();
  await page.locator(".card.emergency").waitFor();

  await page.goto(base + "/session?step=1&scale=0.01");
  await page.getByRole("group", { name: /How bad is the pain now/ }).getByText("6", { exact: true }).click();
  await page.locator("input[name=helped][value=no]").check();
  await page.locator("input[name=shooting][value=no]").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: /step 2 of/ }).waitFor();
  assert.doesNotMatch(page.url(), /pain|log|\?/, "no scores in the address");
  await page.reload();
  await page.getByRole("heading", { name: /step 2 of/ }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: /step 1 of/ }).waitFor();
  await page.goForward();
  await page.getByRole("heading", { name: /step 2 of/ }).waitFor();
  // skipping step 2 asks about pain down a leg first; a yes stops the session
  await page.getByRole("button", { name: "Skip this step" }).click();
  await page.getByRole("heading", { name: /Before you skip step 2/ }).waitFor();
  await page.locator("input[name=shooting][value=yes]").check();
  await page.getByRole("button", { name: "Skip to the next step" }).click();
  await page.getByRole("heading", { name: /Stop the session/ }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: /Stop the session/ }).waitFor();
  await ctx.close();
});

test("the relief session's timer and its start button are in the first screen, and pain is tapped, not typed", async () => {
  const { ctx, page } = await phone();
  await page.goto(base + "/session?step=2");
  const start = page.getByRole("button", { name: "Start timer" });
  const box = await start.boundingBox();
  assert.ok(box && box.y + box.height <= 844, `the start button ends at ${box && box.y + box.height}px`);
  for (const name of ["Sound when the time is up", "Vibrate when the time is up", "Keep the screen on while timing"]) {
    assert.ok(await page.getByLabel(name).isChecked(), name);
  }
  // the pain scale is eleven buttons, with no number field to type into
  assert.equal(await page.locator("input[name=pain]").count(), 11);
  assert.equal(await page.locator('input[type=number][name=pain]').count(), 0);
  const tap = await page.getByRole("group", { name: /How bad is the pain now/ }).getByText("7", { exact: true }).boundingBox();
  assert.ok(tap.height >= 44 && tap.width >= 44, `a thumb-sized target: ${tap.width}×${tap.height}`);
  // a switch turned off stays off on the next step
  await page.getByLabel("Sound when the time is up").uncheck();
  await page.reload();
  assert.equal(await page.getByLabel("Sound when the time is up").isChecked(), false);
  await ctx.close();
});

test("the diary: two taps log a spasm now, a word says it is saved, and a deletion asks first and can be undone", async () => {
  const { ctx, page } = await phone();
  await signUp(page, "taps@example.test");
  await page.getByRole("group", { name: "How bad at its worst, 0 to 10" }).getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  assert.equal(await page.locator(".entry").count(), 1);
  await page.locator(".entry").getByRole("link", { name: /Delete/ }).click();
  await page.getByRole("heading", { name: "Delete this entry?" }).waitFor();
  await page.getByRole("button", { name: "Delete the entry" }).click();
  await page.getByText("Entry deleted.").waitFor();
  assert.equal(await page.locator(".entry").count(), 0);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  assert.equal(await page.locator(".entry").count(), 1);
  assert.match(await page.locator(".entry").innerText(), /pain 5\/10/);
  await ctx.close();
});

test("without JavaScript the tightening timer is a form that gives the same answer", async () => {
  const { ctx, page } = await phone({ javaScriptEnabled: false });
  await page.goto(base + "/tightenings");
  assert.equal(await page.locator("#toggle").isVisible(), false, "no dead button");
  await page.getByLabel("How many have you had in the last hour?").fill("5");
  await page.getByLabel("About how many minutes apart do they start?").fill("6");
  await page.getByLabel("About how many seconds does each last?").fill("50");
  await page.getByRole("button", { name: "Check the pattern" }).click();
  await page.locator(".card.same_day").waitFor();
  assert.ok((await page.locator('.card a[href^="tel:"]').count()) >= 1);
  await ctx.close();
});

test("each exercise has a drawing with words for it and a counter to follow along, side by side", async () => {
  const { ctx, page } = await phone();
  await page.goto(base + "/exercises");
  const drawings = page.locator(".exercise [role=img]");
  assert.equal(await drawings.count(), await page.locator(".exercise").count());
  for (const d of await drawings.all()) assert.match(await d.getAttribute("aria-label"), /^Drawing: \w+/);
  const bird = page.locator(".exercise", { has: page.getByRole("heading", { name: "Bird-dog taps" }) });
  const count = bird.getByRole("button", { name: "Count a rep" });
  await count.click();
  assert.match(await bird.locator("[data-say]").innerText(), /^1 of 6 \(set 1 of 2, left side\)/);
  for (let i = 0; i < 6; i++) await count.click();
  assert.match(await bird.locator("[data-say]").innerText(), /^1 of 6 \(set 1 of 2, right side\)/);
  await ctx.close();
});
