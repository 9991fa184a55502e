#!/usr/bin/env node
// Investigation companion to session-latency.mjs: where does a receiving
// browser's main thread spend its time when a peer edits?
//
//   node bench/session-profile.mjs [--n 5] [--edits 12] [--variant none|no-worker-check|no-guard] [--trace]
//
// Builds the app with source maps into a temp dir (a variant build replaces one
// module through a Vite plugin, for A/B evidence only — src/ is never changed),
// puts N browsers in one session, lets browser 1 edit while browser 2 is
// profiled with the V8 sampling profiler, and prints self time by package /
// source file and the top functions, plus per-edit latency for the variant.
import os from "node:os";
import path from "node:path";
import { optionReader } from "./lib/args.mjs";
import { enterLoopbackNamespace } from "./lib/netns.mjs";

const argv = process.argv.slice(2);
const netns = await enterLoopbackNamespace(argv);
const { buildApp } = await import("./lib/build.mjs");
const peersLib = await import("./lib/peers.mjs");
const { summary } = await import("./lib/stats.mjs");
const { withBench } = await import("./lib/harness.mjs");
const { printSelfTime, printTraceSelfTime, selfTime, TRACING } = await import("./lib/profile.mjs");
const { VARIANTS } = await import("./lib/variants.mjs");

const option = optionReader(argv);
const N = Number(option("n", "5"));
const EDITS = Number(option("edits", "12"));
const VARIANT = option("variant", "none");

if (VARIANT !== "none" && !VARIANTS[VARIANT]) throw new Error(`Unknown variant ${VARIANT}`);

const pool = peersLib.createBrowserPool();
await withBench("profile", async (bench) => {
  const appDir = path.join(bench.work, "app");
  console.log(`building (variant ${VARIANT}, source maps) …`);
  await buildApp(appDir, { sourcemap: true, plugins: VARIANTS[VARIANT] ?? [] });
  const app = await bench.serve(appDir);
  console.log(`netns: ${netns}; ${N} browsers; load ${os.loadavg()[0].toFixed(1)}`);
  const browsers = await pool.ensure(N);
  const { peers } = await peersLib.setUpApp(browsers, app.url, () => {});
  const profiled = peers[2 % N];
  const editor = peers[1];
  const cdp = await profiled.context.newCDPSession(profiled.page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  // Background cost: the same receiver over 3 s with nobody editing.
  await new Promise((r) => setTimeout(r, 1000));
  const idleStart = await profiled.cpu();
  await new Promise((r) => setTimeout(r, 3000));
  const idleEnd = await profiled.cpu();
  console.log(
    `Idle receiver main-thread CPU: ${(((idleEnd.task - idleStart.task) / 3000) * 1000).toFixed(1)} ms per second`,
  );
  const edits = [];
  const cpuBefore = await profiled.cpu();
  const TRACE = argv.includes("--trace");
  if (TRACE) await browsers[profiled.index].startTracing(profiled.page, TRACING);
  await cdp.send("Profiler.start");
  for (let k = 0; k < EDITS; k++) {
    edits.push(await peersLib.appEdit(peers, editor.index, k, `bt${N}_${k}z`));
    await new Promise((r) => setTimeout(r, 150));
  }
  const { profile } = await cdp.send("Profiler.stop");
  const trace = TRACE
    ? JSON.parse((await browsers[profiled.index].stopTracing()).toString())
    : null;
  const cpuAfter = await profiled.cpu();
  const data = await peersLib.collect(peers);

  // Latency as in the benchmark (Enter → title in every other DOM), all edits by one browser.
  const ed = data[editor.index];
  const visible = edits.map((e) =>
    Math.max(
      ...data
        .filter((d) => d.index !== editor.index)
        .map((d) => d.seenAt[e.title] - ed.enterAt[e.title]),
    ),
  );
  const cpuPerEdit = Object.fromEntries(
    Object.keys(cpuAfter).map((k) => [
      k,
      Math.round(((cpuAfter[k] - cpuBefore[k]) / EDITS) * 10) / 10,
    ]),
  );

  const times = selfTime(profile, app.url, appDir);
  console.log(
    `\nVariant: ${VARIANT}. ${N} browsers, ${EDITS} edits (add + title) by browser ${editor.index + 1}.`,
  );
  console.log(`Latency (Enter → title in every other DOM): ${JSON.stringify(summary(visible))}`);
  console.log(
    `Profiled receiver (browser ${profiled.index + 1}) main-thread CPU per edit (CDP thread ticks): ${JSON.stringify(cpuPerEdit)}`,
  );
  console.log(
    `Sampled busy time on that receiver: ${(times.busy / 1000 / EDITS).toFixed(1)} ms/edit (total sampled ${(times.total / 1000).toFixed(0)} ms)`,
  );
  printSelfTime(times, EDITS, "edit");
  if (trace) printTraceSelfTime(trace, EDITS, "edit");
  const worker = data
    .filter((d) => d.index !== editor.index)
    .flatMap((d) => d.worker.map((j) => j.end - j.start));
  console.log(
    `\nUpdate-check worker round trips (all receivers): ${JSON.stringify(summary(worker))}`,
  );
}).finally(() => pool.closeAll());
