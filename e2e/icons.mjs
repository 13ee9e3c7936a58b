// Draws the app icons (PNG, 192 and 512 px) from assets/icon.svg with
// Debian's Chromium, so the PNGs in the repository can always be made again:
//   (cd e2e && node icons.mjs)
// then made smaller without loss (PyPI's pyoxipng):
//   python3 -c "import oxipng; [oxipng.optimize(f'../crates/easeback-server/assets/icon-{s}.png', level=6, strip=oxipng.StripChunks.all()) for s in (192, 512)]"
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const assets = new URL("../crates/easeback-server/assets/", import.meta.url).pathname;
const svg = readFileSync(assets + "icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run"],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(`${assets}icon-${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
