// Browser tests: the real server, Debian's Chromium driven by playwright-core
// (never a downloaded browser), and axe on every page we visit.
// Run: (cd e2e && npm test). EASEBACK_BIN points at the built binary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { startServer, launchBrowser, navigate, signUp } from "./harness.mjs";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
let server, browser, base;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.stop();
});

async function newPage(width = 390, locale = "en-GB") {
  const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale });
  return ctx.newPage();
}

/** No serious or critical axe violation on the current page. */
async function axe(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  const r = await new AxeBuilder({ page }).analyze();
  const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `axe on ${name}`);
}

test("check symptoms in your own words gives the emergency card", async () => {
  const page = await newPage(320);
  await page.goto(base + "/");
  await axe(page, "home");
  await page.getByRole("link", { name: "Check my symptoms" }).click();
  await axe(page, "check");
  await page.getByLabel("In your own words (optional)").fill("no bleeding but I have wet myself and can't feel when I wipe");
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: /Emergency/ }).waitFor();
  assert.match(await page.locator(".card").innerText(), /999/);
  assert.ok(await page.locator("mark").count() >= 1, "the words that caused it are marked");
  await axe(page, "card-emergency");
  // no horizontal scrolling at 320px
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `page is ${wide}px wide at 320px`);
  await page.context().close();
});

test("the yes/no questions alone reach the care card, keyboard only", async () => {
  const page = await newPage();
  await page.goto(base + "/check");
  await page.getByLabel("Vaginal bleeding or spotting").focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "See what to do" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /Urgent: call now/ }).waitFor();
  assert.match(await page.locator(".when").innerText(), /day or night/);
  await page.context().close();
});

test("an empty form asks the warning-sign questions before any card", async () => {
  const page = await newPage();
  await page.goto(base + "/check");
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: "A few questions first" }).waitFor();
  assert.equal(await page.locator(".card").count(), 0, "no card before the questions");
  await axe(page, "questions");
  const noes = page.locator("input[type=radio][value=no]");
  const n = await noes.count();
  assert.ok(n >= 15, `${n} questions in the screen`);
  for (let i = 0; i < n; i++) await noes.nth(i).check();
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: /Self-care/ }).waitFor();
  await page.context().close();
});

test("a yes to a question raises the answer", async () => {
  const page = await newPage();
  await page.goto(base + "/check");
  await page.getByLabel("In your own words (optional)").fill("my back aches and I keep needing the loo");
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: "A few questions first" }).waitFor();
  const groups = page.locator("fieldset.yesno");
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const legend = await groups.nth(i).locator("legend").innerText();
    const value = /burn or sting/.test(legend) ? "yes" : "no";
    await groups.nth(i).locator(`input[value=${value}]`).check();
  }
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: /Urgent: call now/ }).waitFor();
  await page.context().close();
});

test("every tel: link holds a number, with no region hint from the browser", async () => {
  const page = await newPage(390, "xx");
  for (const path of ["/", "/check", "/about", "/quick", "/exercises", "/session"]) {
    await page.goto(base + path);
    for (const href of await page.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      assert.match(href, /^tel:\+?[0-9]{2,}$/, `${path}: ${href}`);
    }
  }
  await page.goto(base + "/check");
  await page.getByLabel("In your own words (optional)").fill("I wet myself and did not feel it");
  await page.getByRole("button", { name: "See what to do" }).click();
  await page.getByRole("heading", { name: /Emergency/ }).waitFor();
  const hrefs = await page.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.length >= 2, `one link per region: ${hrefs}`);
  for (const href of hrefs) assert.match(href, /^tel:\+?[0-9]{2,}$/, `card: ${href}`);
  // one tap on a region shows that region's numbers only, each a link
  await page.getByRole("button", { name: "Ireland" }).click();
  await page.getByRole("heading", { name: /Emergency/ }).waitFor();
  const irish = await page.locator(".calls a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(irish.slice(0, 2), ["tel:112", "tel:999"], `Ireland: ${irish}`);
  assert.equal(await page.getByRole("button", { name: "Ireland" }).count(), 0, "the region is known now");
  await page.context().close();
});

test("a relief session runs with accelerated timers to completion and to escalation", async () => {
  const page = await newPage();
  await page.goto(base + "/session?step=1&scale=0.01");
  await axe(page, "session");
  await page.getByRole("button", { name: "Start timer" }).click();
  await page.getByText("Time is up", { exact: false }).first().waitFor({ timeout: 5000 });
  await page.getByRole("group", { name: /How bad is the pain now/ }).getByText("4", { exact: true }).click();
  await page.locator("input[name=helped][value=no]").check();
  await page.locator("input[name=shooting][value=no]").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: /step 2 of 8/ }).waitFor();
  // straight to the last step, then finish
  await page.goto(base + "/session?step=8&scale=0.01");
  await page.getByRole("group", { name: /How bad is the pain now/ }).getByText("2", { exact: true }).click();
  await page.locator("input[name=helped][value=no]").check();
  await page.locator("input[name=shooting][value=no]").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: "Session complete" }).waitFor();
  // escalation: pain shooting down a leg
  await page.goto(base + "/session?step=3&scale=0.01");
  await page.getByRole("group", { name: /How bad is the pain now/ }).getByText("6", { exact: true }).click();
  await page.locator("input[name=helped][value=no]").check();
  await page.locator("input[name=shooting][value=yes]").check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: /Stop the session/ }).waitFor();
  await axe(page, "session-escalated");
  await page.context().close();
});

test("sign up, log a spasm, see insights, export, delete the account", async () => {
  const page = await newPage();
  await page.goto(base + "/signup");
  await axe(page, "signup");
  await signUp(page, base, "e2e@example.test");
  await axe(page, "diary");
  for (const pain of ["6", "7", "5"]) {
    await page.getByRole("group", { name: "How bad at its worst, 0 to 10" }).getByText(pain, { exact: true }).click();
    await page.getByLabel("Sitting for a long time").check();
    await page.getByLabel("It woke me from sleep").check();
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByRole("heading", { name: "Spasm diary" }).waitFor();
  }
  assert.equal(await page.locator(".entry").count(), 3);
  await navigate(page, "Insights");
  await page.getByRole("heading", { name: "Insights" }).waitFor();
  assert.match(await page.locator("main").innerText(), /keep coming back/);
  await axe(page, "insights");
  const exported = await page.evaluate(async () => (await fetch("/api/v1/export")).json());
  assert.equal(exported.entries.length, 3);
  await navigate(page, "Settings");
  await axe(page, "settings");
  await navigate(page, "Account");
  await axe(page, "account");
  await page.getByLabel("I understand this deletes everything").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("heading", { name: "Your account is deleted" }).waitFor();
  const after = await page.evaluate(async () => (await fetch("/api/v1/export")).status);
  assert.equal(after, 401);
  await page.context().close();
});

test("the tightening timer warns when tightenings come regularly", async () => {
  const page = await newPage();
  await page.goto(base + "/tightenings");
  await axe(page, "tightenings");
  const btn = page.getByRole("button", { name: /Tightening started/ });
  for (let i = 0; i < 4; i++) {
    await page.getByRole("button", { name: "Tightening started" }).click();
    await page.getByRole("button", { name: "Tightening ended" }).click();
  }
  await page.getByRole("heading", { name: /call now/i }).waitFor();
  assert.ok((await page.locator('#result a[href^="tel:"]').count()) >= 1, "a number to tap on the card");
  await axe(page, "tightenings-regular");
  // the list survives a reload, and the verdict comes back with it
  await page.reload();
  assert.equal(await page.locator("#rows tr").count(), 4);
  await page.getByRole("heading", { name: /call now/i }).waitFor();
  await page.context().close();
});

test("signed in, timed tightenings are kept in the diary and come back on another device", async () => {
  const phone = await newPage();
  await signUp(phone, base, "timer@example.test");
  await phone.goto(base + "/tightenings");
  assert.match(await phone.locator("#timer").innerText(), /kept in your diary/);
  for (let i = 0; i < 2; i++) {
    await phone.getByRole("button", { name: "Tightening started" }).click();
    await phone.getByRole("button", { name: "Tightening ended" }).click();
  }
  await phone.waitForFunction(() => document.querySelectorAll("#rows tr").length === 2);
  // saving is asynchronous: wait until the diary holds both
  await phone.waitForFunction(async () =>
    (await (await fetch("/api/v1/diary/tightenings")).json()).tightenings.length === 2);
  await phone.context().close();
  // another device: sign in, and the timer and the diary show both
  const laptop = await newPage(1024);
  await laptop.goto(base + "/signin");
  await laptop.getByLabel("Email").fill("timer@example.test");
  await laptop.getByLabel("Password").fill("three unrelated words");
  await laptop.getByRole("button", { name: "Sign in" }).click();
  await laptop.getByRole("heading", { name: "Spasm diary" }).waitFor();
  assert.match(await laptop.locator("main").innerText(), /Tightenings timed in the last 24 hours/);
  await axe(laptop, "diary-tightenings");
  await laptop.goto(base + "/tightenings");
  await laptop.waitForFunction(() => document.querySelectorAll("#rows tr").length === 2);
  await laptop.context().close();
});

test("content pages pass axe", async () => {
  const page = await newPage();
  for (const [path, name] of [["/quick", "quick"], ["/quick/long_sitting", "quick-one"], ["/exercises", "exercises"], ["/routine", "routine"], ["/signin", "signin"], ["/report", "report-signed-out"], ["/about", "about"]]) {
    await page.goto(base + path);
    await axe(page, name);
  }
  await page.context().close();
});

test("in Spanish: the browser's language picks it, the check works, every page passes axe", async () => {
  const page = await newPage(390, "es-ES");
  await page.goto(base + "/");
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  await axe(page, "es-home");
  await page.getByRole("link", { name: "Revisar mis síntomas" }).click();
  await axe(page, "es-check");
  // Spanish free text: every warning-sign question comes first, and says why
  await page.getByLabel("Con tus palabras (opcional)").fill("me duele mucho la espalda desde ayer");
  await page.getByRole("button", { name: "Ver qué hacer" }).click();
  await page.getByRole("heading", { name: "Antes, unas preguntas" }).waitFor();
  await axe(page, "es-questions");
  const groups = page.locator("fieldset.yesno");
  const n = await groups.count();
  assert.ok(n >= 15, `${n} questions in the screen`);
  for (let i = 0; i < n; i++) {
    const legend = await groups.nth(i).locator("legend").innerText();
    const value = /ardor o escozor al orinar/.test(legend) ? "yes" : "no";
    await groups.nth(i).locator(`input[value=${value}]`).check();
  }
  await page.getByRole("button", { name: "Ver qué hacer" }).click();
  await page.getByRole("heading", { name: /Urgente: llama ahora/ }).waitFor();
  assert.match(await page.locator(".card").innerText(), /112/, "Spain's number, from es-ES");
  assert.match(await page.locator(".card").innerText(), /todavía no sabe leer/);
  await axe(page, "es-card");
  for (const [path, name] of [["/session", "es-session"], ["/tightenings", "es-tightenings"], ["/exercises", "es-exercises"], ["/about", "es-about"], ["/signin", "es-signin"]]) {
    await page.goto(base + path);
    assert.equal(await page.locator("html").getAttribute("lang"), "es", path);
    await axe(page, name);
  }
  // the switch on every page goes back to English and is remembered
  await page.getByRole("link", { name: "English" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.goto(base + "/");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.context().close();
});
