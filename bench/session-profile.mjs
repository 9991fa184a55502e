#!/usr/bin/env node
// Investigation companion to session-latency.mjs: where does a receiving
// browser's main thread spend its time when a peer edits?
//
//   node bench/session-profile.mjs [--n 5] [--edits 12] [--variant none|no-worker-check|no-guard]
//
// Builds the app with source maps into a temp dir (a variant build replaces one
// module through a Vite plugin, for A/B evidence only — src/ is never changed),
// puts N browsers in one session, lets browser 1 edit while browser 2 is
// profiled with the V8 sampling profiler, and prints self time by package /
// source file and the top functions, plus per-edit latency for the variant.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { enterLoopbackNamespace } from "./lib/netns.mjs";

const argv = process.argv.slice(2);
const netns = await enterLoopbackNamespace(argv);
const { buildApp } = await import("./lib/build.mjs");
const peersLib = await import("./lib/peers.mjs");
const { summary } = await import("./lib/stats.mjs");
const { startServer } = await import("../server/serve.mjs");
const { SourceMapConsumer } = await import("source-map-js");
const { VARIANTS } = await import("./lib/variants.mjs");

const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const N = Number(option("n", "5"));
const EDITS = Number(option("edits", "12"));
const VARIANT = option("variant", "none");

if (VARIANT !== "none" && !VARIANTS[VARIANT]) throw new Error(`Unknown variant ${VARIANT}`);

const work = mkdtempSync(path.join(os.tmpdir(), "toc-bench-profile-"));
const appDir = path.join(work, "app");
console.log(`building (variant ${VARIANT}, source maps) …`);
await buildApp(appDir, { sourcemap: true, plugins: VARIANTS[VARIANT] ?? [] });
const app = await startServer({ host: "127.0.0.1", port: 0, root: appDir });
const pool = peersLib.createBrowserPool();
console.log(`netns: ${netns}; ${N} browsers; load ${os.loadavg()[0].toFixed(1)}`);

try {
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
  if (TRACE)
    await browsers[profiled.index].startTracing(profiled.page, {
      categories: [
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "v8",
        "blink",
        "cc",
        "toplevel",
      ],
    });
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

  // Self time per sample → source position → package or src/ file.
  const maps = new Map();
  const consumerFor = (url) => {
    if (!url.startsWith(app.url)) return null;
    if (maps.has(url)) return maps.get(url);
    let consumer = null;
    try {
      const file = path.join(appDir, new URL(url).pathname);
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {}
    maps.set(url, consumer);
    return consumer;
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  });
  const byPlace = new Map();
  const byFn = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    total += us;
    let place = callFrame.url ? "other script" : callFrame.functionName || "(native)";
    let fn = callFrame.functionName || "(anonymous)";
    const consumer = consumerFor(callFrame.url);
    if (consumer) {
      const pos = consumer.originalPositionFor({
        line: callFrame.lineNumber + 1,
        column: callFrame.columnNumber,
      });
      if (pos.source) {
        const src = pos.source.replace(/^(\.\.\/)+/, "");
        const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(src);
        place = pkg ? pkg[1] : src;
        fn = `${pos.name ?? fn} (${src.split("/").slice(-2).join("/")}:${pos.line})`;
      }
    }
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    if (!["(idle)", "(program)", "(garbage collector)"].includes(place))
      byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const busy = total - (byPlace.get("(idle)") ?? 0);
  const ms = (us) => `${(us / 1000 / EDITS).toFixed(1).padStart(6)} ms/edit`;
  console.log(
    `\nVariant: ${VARIANT}. ${N} browsers, ${EDITS} edits (add + title) by browser ${editor.index + 1}.`,
  );
  console.log(`Latency (Enter → title in every other DOM): ${JSON.stringify(summary(visible))}`);
  console.log(
    `Profiled receiver (browser ${profiled.index + 1}) main-thread CPU per edit (CDP thread ticks): ${JSON.stringify(cpuPerEdit)}`,
  );
  console.log(
    `Sampled busy time on that receiver: ${ms(busy)} (total sampled ${(total / 1000).toFixed(0)} ms)`,
  );
  console.log("\nSelf time by package / source file (excluding idle):");
  for (const [place, us] of [...byPlace]
    .filter(([p]) => p !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18))
    console.log(`  ${ms(us)}  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${place}`);
  console.log("\nTop functions by self time:");
  for (const [fn, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${ms(us)}  ${fn}`);
  if (trace) printTraceSelfTime(trace, EDITS);
  const worker = data
    .filter((d) => d.index !== editor.index)
    .flatMap((d) => d.worker.map((j) => j.end - j.start));
  console.log(
    `\nUpdate-check worker round trips (all receivers): ${JSON.stringify(summary(worker))}`,
  );
} finally {
  await pool.closeAll();
  await app.close();
  rmSync(work, { recursive: true, force: true });
}

/**
 * Thread (CPU) time by trace event name on the profiled page's renderer main thread, exclusive of
 * nested events: `tdur` is CPU time, so it does not grow when the machine is overloaded.
 */
function printTraceSelfTime(trace, edits) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== "X" || typeof e.tdur !== "number") continue;
    const key = `${e.pid}:${e.tid}`;
    if (threadNames.get(key) !== "CrRendererMain") continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  // The busiest renderer main thread is the profiled page.
  const [, list] = [...byThread].sort((a, b) => b[1].length - a[1].length)[0] ?? [null, []];
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let topLevel = 0;
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.tdur);
    else topLevel += e.tdur;
    self.set(e.name, (self.get(e.name) ?? 0) + e.tdur);
    stack.push(e);
  }
  console.log(
    `\nTrace: receiver main-thread CPU ${(topLevel / 1000 / edits).toFixed(1)} ms/edit in top-level tasks; self CPU by event:`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22))
    console.log(`  ${(us / 1000 / edits).toFixed(2).padStart(7)} ms/edit  ${name}`);
}
