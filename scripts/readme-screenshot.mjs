// npm run screenshot: remakes the README's picture (docs/screenshot.png) from the current app.
// Builds dist/ if there is none (TOC_REBUILD=1 always builds), serves it on a free port, opens
// the social prescribing template in Chromium at 1440×900, selects one outcome so the side panel
// shows its details, and saves the picture once the canvas has stopped moving.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "vite";
import { startServer } from "../server/serve.mjs";
import { chromiumLaunchOptions, findChromium, missingChromiumMessage } from "./chromium.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "docs", "screenshot.png");
const TEMPLATE = "Social prescribing in a primary care network";
const SELECTED = "More people referred feel listened to and have a plan they own";

if (!findChromium()) {
  console.error(missingChromiumMessage());
  process.exit(1);
}
if (process.env.TOC_REBUILD === "1" || !existsSync(path.join(DIST, "index.html"))) {
  console.log("Building the app…");
  await build({ root: ROOT, logLevel: "error" });
}
const server = await startServer({ host: "127.0.0.1", port: 0, root: DIST, signaling: false });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url.replace(/\/$/, "")}/#/`);
  await page.getByRole("button", { name: `Use this template: ${TEMPLATE}` }).click();
  await page.getByText("Saved on this device").first().waitFor({ timeout: 30_000 });
  await page.locator(".react-flow__node").first().waitFor();
  const outcome = page.locator(".react-flow__node").filter({ hasText: SELECTED });
  if ((await outcome.count()) > 0) await outcome.first().click();
  else console.log(`No element titled "${SELECTED}": the picture shows no selection.`);
  // Fit-view animates: wait until the canvas's transform stays the same for 300 ms.
  const viewport = page.locator(".react-flow__viewport");
  let last = "";
  for (let tries = 0; tries < 50; tries++) {
    await page.waitForTimeout(300);
    const now = await viewport.evaluate((el) => el.style.transform);
    if (now === last) break;
    last = now;
  }
  await page.mouse.move(0, 899); // no hover highlight in the picture
  await page.screenshot({ path: OUT });
  console.log(`Saved ${path.relative(ROOT, OUT)}.`);
} finally {
  await browser.close();
  await server.close();
}
