// Which Chromium the browser tests and the benchmarks launch, and with which flags: one place for
// `npm test` (scripts/test-all.mjs), playwright.config.ts, the test helpers and bench/.
//
// Looked for in this order: CHROMIUM_PATH, the system Chromium, Google Chrome, then the browser
// `npx playwright install chromium` downloads. Run as a script it prints the one it found.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags for every launch: no GPU, nothing fetched in the background, no first-run screens. */
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The path of a Chromium to launch, or null when there is none on this machine. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const found = CANDIDATES.find((file) => existsSync(file));
  if (found) return found;
  let downloaded = "";
  try {
    downloaded = chromium.executablePath();
  } catch {
    // Playwright knows no browser for this platform.
  }
  return downloaded && existsSync(downloaded) ? downloaded : null;
}

/** What to tell a person whose machine has no Chromium: the one command that installs one. */
export function missingChromiumMessage() {
  const debian = process.platform === "linux" && existsSync("/etc/debian_version");
  const install = debian ? "sudo apt-get install -y chromium" : "npx playwright install chromium";
  const where = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`
    : "No Chromium or Google Chrome was found on this machine.";
  return `${where} The browser tests need one. Install it with:\n\n  ${install}\n\n(or set CHROMIUM_PATH to a Chromium or Chrome you already have).`;
}

/** Launch options for Playwright's chromium.launch(): the browser found above and the flags. */
export function chromiumLaunchOptions(extraArgs = []) {
  return {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findChromium();
  if (found) console.log(found);
  else {
    console.error(missingChromiumMessage());
    process.exitCode = 1;
  }
}
