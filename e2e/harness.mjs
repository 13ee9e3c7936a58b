// What the browser tests and the screenshot script share: the real server
// on a free loopback port with a fresh database, and Debian's Chromium
// (never a downloaded browser).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";
import { chromium } from "playwright-core";

export const BIN = process.env.EASEBACK_BIN || new URL("../target/release/easeback", import.meta.url).pathname;
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url + "/healthz")).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

/** Starts the server; returns { base, stop }. */
export async function startServer() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "easeback-e2e-"));
  const server = spawn(BIN, ["serve", "--addr", `127.0.0.1:${port}`, "--db", join(dir, "e2e.db")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUp(base);
  return { base, stop: () => server.kill() };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
  });
}

/** Follows a link of the main navigation, opening "More" when it is there. */
export async function navigate(page, name) {
  const link = page.locator("header nav").getByRole("link", { name, exact: true });
  if (!(await link.isVisible())) await page.locator("header details.more summary").click();
  await link.click();
}

/**
 * Create an account as a person would: the sign-up form, then (sign-up never
 * signs in, so that it cannot reveal who already has an account) the
 * sign-in form it leads to, the email already filled in. Ends on the diary.
 */
export async function signUp(page, base, email, password = "three unrelated words") {
  await page.goto(base + "/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByText("your account is ready").waitFor();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Spasm diary" }).waitFor();
}
