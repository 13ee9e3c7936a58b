// Screenshots of every page on a phone (390×844), light and dark, into
// e2e/screenshots/phone-light/ and phone-dark/: look at them before calling
// page work done.  Run: (cd e2e && node screenshots.mjs)
import { mkdirSync } from "node:fs";
import { startServer, launchBrowser, signUp } from "./harness.mjs";

const OUT = new URL("./screenshots/", import.meta.url).pathname;
const server = await startServer();
const browser = await launchBrowser();
const base = server.base;

// pages anyone sees, then a signed-in person's (with a few diary entries)
const open = [
  ["home", "/"], ["check", "/check"], ["session", "/session"], ["quick", "/quick"],
  ["quick-one", "/quick/long_sitting"], ["exercises", "/exercises"], ["routine", "/routine"],
  ["tightenings", "/tightenings"], ["about", "/about"], ["offline", "/offline"],
  ["signin", "/signin"], ["signup", "/signup"], ["not-found", "/no-such-page"],
];
const personal = [
  ["diary", "/diary"], ["day", "/diary/day"], ["insights", "/insights"], ["report", "/report"],
  ["settings", "/settings"], ["account", "/account"],
];

async function shoot(page, dir, name) {
  await page.screenshot({ path: `${OUT}${dir}/${name}.png`, fullPage: true });
}

try {
  for (const scheme of ["light", "dark"]) {
    const dir = `phone-${scheme}`;
    mkdirSync(`${OUT}${dir}`, { recursive: true });
    const ctx = await browser.newContext({
      viewport: { width: 390, height: 844 }, colorScheme: scheme, locale: "en-GB",
      deviceScaleFactor: 1, isMobile: true, hasTouch: true,
    });
    const page = await ctx.newPage();
    for (const [name, path] of open) {
      await page.goto(base + path);
      await shoot(page, dir, name);
    }
    // the care card and the questions
    await page.goto(base + "/check");
    await page.getByLabel(/in your own words/i).fill("my back spasms and there is heavy bleeding");
    await page.getByRole("button", { name: "See what to do" }).click();
    await shoot(page, dir, "card-emergency");
    await page.goto(base + "/check");
    await page.getByRole("button", { name: "See what to do" }).click();
    await shoot(page, dir, "questions");
    // a signed-in person with a short diary
    await signUp(page, base, `shots-${scheme}@example.test`);
    for (const pain of ["6", "4"]) {
      await page.getByRole("group", { name: "How bad at its worst, 0 to 10" }).getByText(pain, { exact: true }).click();
      await page.getByLabel("Sitting for a long time").check();
      await page.getByRole("button", { name: "Save entry" }).click();
    }
    for (const [name, path] of personal) {
      await page.goto(base + path);
      await shoot(page, dir, name);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`screenshots in ${OUT}phone-light and ${OUT}phone-dark`);
