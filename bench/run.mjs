#!/usr/bin/env node
// The benchmark suite: `npm run bench` runs every suite; `npm run bench -- drag bundle`
// runs some; `--quick` runs each at its smallest size with few repeats (the harness
// smoke run the tests use); `--no-write` leaves bench/results/ and BENCHMARKS.md alone.
//
// Each suite is bench/suites/<name>.mjs, default-exporting
//   { name, title, method: string[], run(ctx) → { rows, notes? } }
// and runs against the production build served on 127.0.0.1 beside its same-run baseline:
// the bare stack page (bench/baselines/stack/, React + React Flow + Yjs and nothing of ours).
// "layout" (auto-layout) builds its own small page around src/layout's worker instead
// (bench/baselines/layout/, plain ELK in the same kind of worker as its baseline).
// "session" is the live-session benchmark (bench/session-latency.mjs, its own process).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp, buildStackBaseline } from "./lib/build.mjs";
import { writeGlance } from "./lib/glance.mjs";
import { withBench } from "./lib/harness.mjs";
import { machine, writeSuite } from "./lib/suiteReport.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const write = !argv.includes("--no-write") && !quick;
const available = readdirSync(path.join(BENCH, "suites"))
  .filter((f) => f.endsWith(".mjs"))
  .map((f) => f.replace(/\.mjs$/, ""));
const wanted = argv.filter((a) => !a.startsWith("--"));
for (const name of wanted) {
  if (name !== "session" && !available.includes(name)) {
    console.error(`Unknown suite "${name}". Suites: ${[...available, "session"].join(", ")}`);
    process.exit(2);
  }
}
const names = wanted.length ? wanted : [...available, "session"];

const started = performance.now();
const log = (m) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);
const round2 = (x) => Math.round(x * 100) / 100;

/** Minutes each suite took, for the whole-run record. */
const suiteMinutes = {};
const minutesSince = (t) => Math.round(((performance.now() - t) / 60_000) * 10) / 10;
let failed = false;
/** The version of the first browser launched, for every record of this run. */
let chromiumVersion = "";

await withBench("run", async (bench) => {
  const inProcess = names.filter((n) => n !== "session");
  if (inProcess.length) {
    const appDir = path.join(bench.work, "app");
    const stackDir = path.join(bench.work, "stack");
    log("building the app and the bare stack baseline …");
    await buildApp(appDir);
    await buildStackBaseline(stackDir);
    const app = await bench.serve(appDir);
    const stack = await bench.serve(stackDir, { signaling: false });
    log(`app ${app.url}, stack baseline ${stack.url}`);
    const ctx = {
      appUrl: app.url.replace(/\/$/, ""),
      appDir,
      stackUrl: stack.url.replace(/\/$/, ""),
      stackDir,
      quick,
      log,
      /** A fresh Chromium process (closed at the end of the run). */
      async launch() {
        const browser = await bench.launch();
        chromiumVersion ||= browser.version();
        return browser;
      },
    };
    for (const name of inProcess) {
      const suite = (await import(path.join(BENCH, "suites", `${name}.mjs`))).default;
      log(`── ${suite.title} ──`);
      const load = { start: round2(os.loadavg()[0]), end: 0 };
      const suiteStarted = performance.now();
      try {
        const result = await suite.run(ctx);
        load.end = round2(os.loadavg()[0]);
        writeSuite(suite, result, machine(chromiumVersion), { load, write });
        for (const r of result.rows)
          log(
            `  ${r.case}: ${JSON.stringify(r.app)} vs ${JSON.stringify(r.baseline)} ${r.pass === false ? "MISS" : ""}`,
          );
        if (!result.rows.length) throw new Error("no results");
      } catch (error) {
        failed = true;
        log(`  FAILED: ${error?.stack ?? error}`);
      }
      await bench.closeBrowsers();
      suiteMinutes[name] = minutesSince(suiteStarted);
    }
  }
  if (names.includes("session")) {
    log("── Live-session latency (bench/session-latency.mjs) ──");
    const sessionStarted = performance.now();
    const args = quick ? ["--sizes", "2", "--edits", "6", "--warmup", "1", "--no-write"] : [];
    const child = spawnSync(process.execPath, [path.join(BENCH, "session-latency.mjs"), ...args], {
      stdio: "inherit",
    });
    if (child.status !== 0) failed = true;
    suiteMinutes.session = minutesSince(sessionStarted);
  }
});
if (write) {
  const whole = names.length === available.length + 1;
  writeGlance(
    whole
      ? {
          minutes: (performance.now() - started) / 60_000,
          suiteMinutes,
          loadAverage1m: round2(os.loadavg()[0]),
          ...machine(chromiumVersion),
        }
      : null,
  );
  // The sections are written as plain tables; the repository's formatter aligns them.
  spawnSync("npx", ["biome", "format", "--write", "BENCHMARKS.md"], {
    cwd: path.join(BENCH, ".."),
    stdio: "ignore",
  });
}
log(failed ? "Some benchmarks failed." : write ? "Done; BENCHMARKS.md updated." : "Done.");
process.exit(failed ? 1 : 0);
