// npm test: lint, type-check, node tests (vitest), production build, browser tests (Playwright).
// Prints progress for each step and ends with exactly one line: "N passed, N failed[, N skipped]".
// Stops at once when no Chromium is found (scripts/chromium.mjs says how to install one).
// Lint is Biome plus the layer rules (.dependency-cruiser.cjs). Failed lint / type-check / build
// count as one failure each. Exits non-zero on any failure or when no test ran at all.
//
// Browser tests run inside a private network namespace with only loopback (unshare -n) when that
// is possible (root on Linux), so nothing reaches outside and port 4173 never clashes.
// TOC_NO_NETNS=1 turns that off; TOC_TEST_PORT chooses the port for the app server.
// TOC_SKIP_BUILD=1 reuses an existing dist/ (quicker local loops; CI always builds).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, missingChromiumMessage } from "./chromium.mjs";
import { countPlaywright, countVitest, exitCodeFor, summaryLine, total } from "./test-summary.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const bin = (tool) => path.join(BIN, tool);
const BROWSER_TESTS = path.join(ROOT, "tests", "browser");
/** ARCHITECTURE.md's layers, checked by dependency-cruiser (rules in .dependency-cruiser.cjs). */
const LAYER_RULES = ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err-long"];
const TEST_FILE = /\.(spec|test)\.[cm]?[jt]sx?$/;

// A fresh machine without a browser learns it now, not after minutes of lint and node tests.
if (hasTestFiles(BROWSER_TESTS) && !findChromium()) {
  console.error(`npm test cannot run the browser tests. ${missingChromiumMessage()}`);
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), "toc-test-"));

function banner(title) {
  console.log(`\n━━━ ${title} ━━━`);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Runs each [command, args] in turn (all of them, even after a failure); one pass or fail. */
function check(name, ...commands) {
  banner(name);
  const codes = commands.map(([command, args]) => run(command, args));
  const ok = codes.every((code) => code === 0);
  console.log(ok ? `✔ ${name} passed` : `✘ ${name} FAILED (see output above)`);
  return { passed: 0, failed: ok ? 0 : 1, skipped: 0, notes: ok ? [] : [`${name} failed`] };
}

function hasTestFiles(dir) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true }).some((file) => TEST_FILE.test(String(file)));
}

function canUseNetns() {
  if (process.platform !== "linux" || process.env.TOC_NO_NETNS === "1") return false;
  const probe = spawnSync("unshare", ["-n", "sh", "-c", "ip link set lo up"], { stdio: "ignore" });
  return probe.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function vitest() {
  banner("Node tests (vitest)");
  const report = path.join(work, "vitest.json");
  const code = run(bin("vitest"), [
    "run",
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  return countVitest(readJson(report), code);
}

async function playwright() {
  banner("Browser tests (Playwright, production build)");
  const report = path.join(work, "playwright.json");
  const args = ["test", "--reporter=list,json"];
  const env = { PLAYWRIGHT_JSON_OUTPUT_FILE: report };
  let code;
  if (canUseNetns()) {
    console.log("Running in a loopback-only network namespace (unshare -n).");
    // Tests may then add network interfaces of their own (a venue LAN), touching nothing outside.
    env.TOC_PRIVATE_NETNS = "1";
    code = run(
      "unshare",
      ["-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', bin("playwright"), ...args],
      env,
    );
  } else {
    env.TOC_TEST_PORT = process.env.TOC_TEST_PORT ?? String(await freePort());
    code = run(bin("playwright"), args, env);
  }
  return countPlaywright(readJson(report), code);
}

const parts = [];
const report = (name, counts, isCheck = false) => parts.push({ name, counts, isCheck });

const lint = check(
  "Lint (biome check ., layer rules)",
  [bin("biome"), ["check", "."]],
  [bin("depcruise"), LAYER_RULES],
);
report("lint (biome, layers)", lint, true);
report("typecheck (tsc -b)", check("Type-check (tsc -b)", [bin("tsc"), ["-b"]]), true);
report("node tests (vitest)", vitest());
/** Builds dist/ for the browser tests; TOC_SKIP_BUILD=1 reuses an existing build. */
function build() {
  if (process.env.TOC_SKIP_BUILD === "1" && existsSync(path.join(ROOT, "dist", "index.html"))) {
    console.log("\nTOC_SKIP_BUILD=1: testing the existing dist/ without rebuilding.");
    return true;
  }
  const counts = check("Production build (vite build)", [bin("vite"), ["build"]]);
  report("build (vite build)", counts, true);
  return counts.failed === 0;
}

if (!hasTestFiles(BROWSER_TESTS)) {
  banner("Browser tests (Playwright)");
  console.log("No test files in tests/browser: skipping the build and Playwright.");
} else if (build()) {
  report("browser tests (playwright)", await playwright());
} else {
  console.log("Skipping browser tests: the build failed.");
}
rmSync(work, { recursive: true, force: true });

banner("Summary");
for (const { name, counts, isCheck } of parts) {
  const result = isCheck ? (counts.failed ? "FAILED" : "ok") : summaryLine(counts);
  console.log(`  ${name.padEnd(28)} ${result}`);
}
const sum = total(parts.map((part) => part.counts));
for (const note of sum.notes) console.log(`  • ${note}`);
if (sum.passed + sum.failed === 0) console.log("  • No test ran: that counts as a failure.");
console.log(summaryLine(sum));
process.exitCode = exitCodeFor(sum);
