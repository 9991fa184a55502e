#!/usr/bin/env node
// Live-session latency benchmark: N = 2, 5, 10 separate Chromium processes in one
// ToC Studio session (production build, served on 127.0.0.1 with its signaling
// server), against bare y-webrtc between the same browsers in the same run.
//
//   npm run bench:session [-- --sizes 2,5,10 --edits 20 --warmup 2 --dist DIR --no-write
//                              --results FILE --raw PREFIX --screenshots DIR --keep --no-netns
//                              --compare no-guard,no-worker-check]   (investigation builds)
//
// As root it re-runs itself in a loopback-only network namespace (unshare -n).
// Writes bench/results/session-latency.json and the "Live-session latency"
// section of BENCHMARKS.md; prints a table.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "./lib/analyze.mjs";
import { optionReader } from "./lib/args.mjs";
import { enterLoopbackNamespace } from "./lib/netns.mjs";
import { summary } from "./lib/stats.mjs";
import { VARIANTS } from "./lib/variants.mjs";

const argv = process.argv.slice(2);
const netns = await enterLoopbackNamespace(argv);

const { buildApp, buildBaseline, REPO_ROOT } = await import("./lib/build.mjs");
const peersLib = await import("./lib/peers.mjs");
const { renderTable, updateBenchmarksMd } = await import("./lib/report.mjs");
const { machine } = await import("./lib/suiteReport.mjs");
const { createBench } = await import("./lib/harness.mjs");

const option = optionReader(argv);
const SIZES = option("sizes", "2,5,10")
  .split(",")
  .map(Number)
  .filter((n) => n >= 2);
const EDITS = Number(option("edits", "20"));
const WARMUP = Number(option("warmup", "2"));
const WRITE = !argv.includes("--no-write");
const TARGETS = { 2: 50, 5: 100, 10: 150 };
const RESULTS = path.resolve(
  option("results", path.join(REPO_ROOT, "bench", "results", "session-latency.json")),
);

const started = Date.now();
const log = (msg) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ── Build (into a private temp dir; dist/ is left alone) ──
const COMPARE = option("compare", "").split(",").filter(Boolean);
for (const v of COMPARE) if (!VARIANTS[v]) throw new Error(`Unknown variant ${v}`);
const bench = createBench("session", { keep: argv.includes("--keep") });
const work = bench.work;
const appDir = option("dist", path.join(work, "app"));
const baselineDir = path.join(work, "baseline");
if (!option("dist")) {
  log("building the app (vite build) …");
  await buildApp(appDir);
}
if (!existsSync(path.join(appDir, "index.html"))) throw new Error(`No build at ${appDir}`);
for (const v of COMPARE) {
  log(`building the investigation variant "${v}" …`);
  await buildApp(path.join(work, `app-${v}`), { plugins: VARIANTS[v] });
}
log("building the bare y-webrtc baseline page …");
await buildBaseline(baselineDir);

const app = await bench.serve(appDir);
const baseline = await bench.serve(baselineDir, { signaling: false });
const variantServers = await Promise.all(
  COMPARE.map((v) => bench.serve(path.join(work, `app-${v}`))),
);
const signalingUrl = `ws://127.0.0.1:${app.port}/signaling`;
log(`app ${app.url} (signaling ${signalingUrl}), baseline ${baseline.url}; netns: ${netns}`);

/** What each group measures, interleaved edit by edit: the app, any variants, the baseline. */
const SYSTEMS = [
  { name: "app", kind: "app", url: app.url },
  ...COMPARE.map((v, i) => ({ name: `app:${v}`, kind: "app", url: variantServers[i].url })),
  { name: "baseline", kind: "baseline", url: baseline.url },
];

const pool = peersLib.createBrowserPool();
let chromiumVersion = "";
const loadBefore = os.loadavg();
const groups = [];

// A hard stop so a wedged browser never keeps the machine busy.
const watchdog = setTimeout(
  () => {
    console.error("Benchmark took over 12 minutes: giving up.");
    void pool.closeAll().finally(() => process.exit(1));
  },
  12 * 60 * 1000,
);
watchdog.unref();

async function runGroup(N) {
  log(`N = ${N}: launching browsers …`);
  const browsers = await pool.ensure(N);
  chromiumVersion ||= browsers[0].version();
  const loadAtStart = os.loadavg()[0];
  const sides = [];
  const result = { N, target: TARGETS[N] ?? null };
  try {
    for (const system of SYSTEMS) {
      const side =
        system.kind === "app"
          ? await peersLib.setUpApp(browsers, system.url, (m) =>
              log(m.replace("app:", `${system.name}:`)),
            )
          : await peersLib.setUpBaseline(browsers, system.url, signalingUrl, log);
      sides.push({ system, ...side, edits: [], cpu: [] });
      if (!side.mesh.complete) {
        result.incompleteMesh ??= {};
        result.incompleteMesh[system.name] = side.mesh;
        log(
          `  ${system.name}: full mesh NOT reached in ${side.mesh.ms} ms (peers per browser ${side.mesh.peersPerBrowser}); measuring anyway`,
        );
      }
    }
    log(`N = ${N}: full mesh everywhere; ${EDITS} edits each (first ${WARMUP} not counted) …`);
    await sleep(500);
    // Interleaved edit by edit, so every system sees the same machine load.
    for (let k = 0; k < EDITS; k++) {
      const editor = k % N;
      const title = `bt${N}_${k}z`;
      for (const side of sides) {
        side.cpu.push(await peersLib.cpuSnapshot(side.peers));
        const edit = side.system.kind === "app" ? peersLib.appEdit : peersLib.baselineEdit;
        side.edits.push(await edit(side.peers, editor, k, title));
        await sleep(40 + Math.random() * 60);
      }
    }
    if (option("screenshots")) {
      mkdirSync(option("screenshots"), { recursive: true });
      for (const side of sides)
        for (const p of [side.peers[0], side.peers.at(-1)])
          await p.page.screenshot({
            path: path.join(
              option("screenshots"),
              `n${N}-${side.system.name.replace(":", "-")}-browser${p.index + 1}.png`,
            ),
          });
    }
    for (const side of sides) {
      side.cpu.push(await peersLib.cpuSnapshot(side.peers));
      side.data = await peersLib.collect(side.peers);
      side.result = analyze(side.edits, side.data, {
        warmup: WARMUP,
        kind: side.system.kind,
        cpu: side.cpu,
      });
      if (option("raw")) {
        const raw = {
          N,
          system: side.system.name,
          edits: side.edits,
          data: side.data,
          cpu: side.cpu,
        };
        writeFileSync(
          `${option("raw")}.n${N}.${side.system.name.replace(":", "-")}.json`,
          JSON.stringify(raw),
        );
      }
    }
    const [appSide] = sides;
    const baseSide = sides.at(-1);
    result.connect = {
      app: summary(appSide.connect),
      baseline: summary(baseSide.connect),
      appSamples: appSide.connect.map((x) => Math.round(x)),
      baselineSamples: baseSide.connect.map((x) => Math.round(x)),
      appMilestones: milestones(appSide.details),
      baselineMilestones: milestones(baseSide.details),
      fullMeshAfterLastJoinMs: { app: appSide.mesh.ms, baseline: baseSide.mesh.ms },
    };
    result.app = appSide.result;
    result.baseline = baseSide.result;
    result.messages = { app: sumMessages(appSide.data), baseline: sumMessages(baseSide.data) };
    const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
    for (const side of sides.slice(1, -1)) {
      result.variants ??= {};
      result.variants[side.system.name] = {
        ...side.result,
        connect: summary(side.connect),
        ratio: ratio(side.result.visible.p95, baseSide.result.visible.p95),
      };
    }
    // Did any update check time out (worker terminated → pending checks fail → peers dropped)?
    const health = await Promise.all(appSide.peers.map((p) => peersLib.sessionHealth(p.page)));
    result.appHealth = {
      workersTerminated: health.reduce((s, h) => s + (h.workersTerminated ?? 0), 0),
      pagesWithRejectedNotice: health.filter((h) => h.rejectedNotice).length,
      slowestUpdateCheckMs: Math.max(0, ...health.map((h) => h.slowestCheckMs ?? 0)),
    };
    const errors = sides.flatMap((side) =>
      side.peers.flatMap((p) =>
        p.errors.map((e) => `${side.system.name} browser ${p.index + 1}: ${e}`),
      ),
    );
    result.pageErrors = [...new Set(errors)].slice(0, 12);
    result.ratio = ratio(result.app.visible.p95, result.baseline.visible.p95);
    result.pass = result.target === null ? null : result.app.visible.p95 <= result.target;
  } catch (error) {
    result.error = String(error?.message ?? error).split("\n")[0];
    const seen = peersLib.openPeerErrors();
    if (seen.length) result.error += ` [page events: ${seen.slice(0, 6).join("; ")}]`;
    log(`N = ${N}: FAILED — ${result.error}`);
  } finally {
    result.loadAverage1m = { start: round2(loadAtStart), end: round2(os.loadavg()[0]) };
    await peersLib.closeOpenPeers();
  }
  return result;
}

const round2 = (x) => Math.round(x * 100) / 100;
/** p50 of each connect milestone over the joiners. */
const milestones = (details) =>
  Object.fromEntries(
    Object.keys(details[0] ?? {}).map((k) => [k, summary(details.map((d) => d[k])).p50]),
  );
function sumMessages(data) {
  const m = { sent: 0, received: 0, sentBytes: 0, receivedBytes: 0 };
  for (const d of data) for (const k of Object.keys(m)) m[k] += d.messages[k];
  return m;
}

try {
  for (const N of SIZES) {
    groups.push(await runGroup(N));
  }
} finally {
  await pool.closeAll();
  await bench.close();
  clearTimeout(watchdog);
}

const info = machine(chromiumVersion);
const report = {
  benchmark: "live-session latency (app vs bare y-webrtc)",
  date: info.date,
  commit: info.commit,
  machine: {
    ...info,
    platform: `${os.type()} ${os.release()}`,
    loadAverage1m: { start: round2(loadBefore[0]), end: round2(os.loadavg()[0]) },
  },
  setup: {
    network: netns === "inside" ? "loopback-only network namespace (unshare -n)" : "host network",
    edits: EDITS,
    warmupEdits: WARMUP,
    viewport: "800x600",
    metric:
      "visible = Enter in the editing browser → the titled element in the DOM of every other browser (slowest receiver), in-page performance.timeOrigin + performance.now() clocks",
    baseline:
      "bare y-webrtc 10.3 + yjs 13.6 page, same signaling server, iceServers [], password, maxConns 40; edit = Y.Map set, visible = map.observe on every other browser",
  },
  groups,
  durationSeconds: Math.round((Date.now() - started) / 1000),
};

const table = renderTable(report);
console.log(`\n${table}`);
if (WRITE || option("results")) {
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(REPO_ROOT, RESULTS)}`);
}
if (WRITE) {
  updateBenchmarksMd(path.join(REPO_ROOT, "BENCHMARKS.md"), report, table);
  console.log("Updated BENCHMARKS.md");
}
if (groups.some((g) => g.error)) process.exitCode = 1;
