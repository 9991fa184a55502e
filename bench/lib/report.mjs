// The printed table and the "Live-session latency" section of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { replaceSection } from "./suiteReport.mjs";

const ms = (x) => (x === null || x === undefined ? "—" : `${Math.round(x * 10) / 10}`);
const pair = (s) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : "—");

function row(cells) {
  return `| ${cells.join(" | ")} |`;
}

export function renderTable(report) {
  const lines = [];
  lines.push(
    row([
      "Browsers",
      "Connect p50 / p95 (app)",
      "Connect p50 / p95 (bare)",
      "App p50 / p95",
      "Bare y-webrtc p50 / p95",
      "Ratio (p95)",
      "Target (app p95)",
      "Result",
    ]),
  );
  lines.push(row(Array(8).fill("---")));
  for (const g of report.groups) {
    if (g.error) {
      lines.push(
        row([g.N, "—", "—", "—", "—", "—", `≤ ${g.target} ms`, `could not run: ${g.error}`]),
      );
      continue;
    }
    lines.push(
      row([
        g.N,
        pair(g.connect.app),
        pair(g.connect.baseline),
        pair(g.app.visible),
        pair(g.baseline.visible),
        g.ratio === null ? "—" : `${g.ratio}×`,
        g.target === null ? "—" : `≤ ${g.target} ms`,
        (g.pass === null ? "—" : g.pass ? "pass" : "MISS") +
          (g.incompleteMesh ? " (mesh incomplete)" : ""),
      ]),
    );
  }
  lines.push("");
  lines.push("Where the time goes (p50 / p95, ms; app first, then bare y-webrtc):");
  lines.push("");
  lines.push(
    row([
      "Browsers",
      "Sender: edit → send",
      "Wire: send → receive",
      "Receiver: receive → visible",
      "…of which update-check worker",
      "Add element (key → in every DOM)",
      "Editor's own DOM",
      "Receiver main-thread CPU per edit",
    ]),
  );
  lines.push(row(Array(8).fill("---")));
  for (const g of report.groups) {
    if (g.error) continue;
    const a = g.app.breakdown;
    const b = g.baseline.breakdown;
    lines.push(
      row([
        g.N,
        `${pair(a.sender)} · ${pair(b.sender)}`,
        `${pair(a.wire)} · ${pair(b.wire)}`,
        `${pair(a.receiver)} · ${pair(b.receiver)}`,
        pair(a.updateCheckWorker),
        pair(g.app.add),
        pair(g.app.editorOwnDom),
        `${pair(g.app.mainThreadCpuMs.receiverTask)} · ${pair(g.baseline.mainThreadCpuMs.receiverTask)}`,
      ]),
    );
  }
  lines.push("");
  lines.push(
    `Rough check — one machine hosts every browser, so an edit's work in N−1 receivers shares ${report.machine.cores} cores: (N−1) × receiver CPU per edit (p50) ÷ cores, against the measured p50 (the app's CPU covers both updates of an edit, which over-estimates; other processes on the machine, which this ignores, under-estimate):`,
  );
  lines.push("");
  lines.push(row(["Browsers", "App: estimate · measured", "Bare: estimate · measured"]));
  lines.push(row(Array(3).fill("---")));
  for (const g of report.groups) {
    if (g.error) continue;
    const est = (r) =>
      ((g.N - 1) * (r.mainThreadCpuMs.receiverTask.p50 ?? 0)) / report.machine.cores;
    lines.push(
      row([
        g.N,
        `${ms(est(g.app))} · ${ms(g.app.visible.p50)}`,
        `${ms(est(g.baseline))} · ${ms(g.baseline.visible.p50)}`,
      ]),
    );
  }
  if (report.groups.some((g) => g.variants)) {
    lines.push("");
    lines.push("Investigation builds in the same run (one module replaced at build time):");
    lines.push("");
    lines.push(
      row([
        "Browsers",
        "Build",
        "p50 / p95",
        "Ratio (p95) to bare",
        "Receiver main-thread CPU per edit p50",
      ]),
    );
    lines.push(row(Array(5).fill("---")));
    for (const g of report.groups) {
      if (g.error) continue;
      const cpu = (r) => ms(r.mainThreadCpuMs?.receiverTask?.p50);
      lines.push(row([g.N, "app", pair(g.app.visible), `${g.ratio}×`, cpu(g.app)]));
      for (const [name, v] of Object.entries(g.variants ?? {}))
        lines.push(row([g.N, name, pair(v.visible), `${v.ratio}×`, cpu(v)]));
      lines.push(row([g.N, "bare y-webrtc", pair(g.baseline.visible), "1×", cpu(g.baseline)]));
    }
  }
  return lines.join("\n");
}

const HEADING = "## Live-session latency";

export function updateBenchmarksMd(file, report, table) {
  const m = report.machine;
  const section = [
    HEADING,
    "",
    "Run with `npm run bench:session` (about 2 minutes on 2 cores, longer when other work loads the",
    "machine; as root it runs inside a loopback-only network namespace). Options:",
    "`-- --sizes 2,5 --edits 30 --warmup 2 --no-write --screenshots DIR`. With N = 2 there is one",
    "joiner, so its connect p50 and p95 are one sample.",
    "It builds the app into a temporary directory, serves it on 127.0.0.1 with its signaling",
    "server, and puts N separate Chromium processes in one session: browser 0 starts it, the",
    "others open the link. **Connect** is navigation → `data-peers` ≥ 1 with the first element",
    "in the DOM. **App latency** is Enter in the editing browser's title field → the titled",
    "element in the DOM of *every* other browser (the slowest), edits rotating between browsers,",
    "clocks are in-page `performance.timeOrigin + performance.now()` (one machine, comparable).",
    "",
    "**Baseline**: bare y-webrtc + Yjs between the same browsers in the same run (edits",
    "interleaved with the app's): a page with only a `WebrtcProvider` (same signaling server,",
    "`iceServers: []`, a password) where an edit is a `Y.Map` set and visible is `observe`",
    "firing on every other browser. Ratio = app p95 / baseline p95. Absolute numbers drift on",
    "these shared machines; the ratio is the comparable figure.",
    "",
    `Results from this machine (${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node},`,
    `Chromium ${m.chromium}; ${report.date.slice(0, 10)}, commit ${report.commit}; 1-min load`,
    `average ${m.loadAverage1m.start} → ${m.loadAverage1m.end}; ${report.setup.edits} edits per group, first`,
    `${report.setup.warmupEdits} not counted; raw data in \`bench/results/session-latency.json\`):`,
    "",
    table,
    "",
    "How to read the second table: *sender* is the edit until the first `RTCDataChannel.send`",
    "carrying it, *wire* that send until the receiver's `message` event (this includes waiting for",
    "the receiver's busy main thread), *receiver* that event until visible. *Receiver main-thread",
    "CPU* is Chromium's own thread-time counter (CDP `Performance.getMetrics`, thread ticks) of each",
    "receiving page from one edit to the next: unlike wall-clock times it hardly grows when the",
    "machine is overloaded. An app edit is two updates (the new element, then its title); a",
    "baseline edit is one. Investigation builds: `node bench/session-latency.mjs --compare",
    "no-guard,no-worker-check` and `node bench/session-profile.mjs --trace`.",
    "",
  ].join("\n");
  const text = replaceSection(
    existsSync(file)
      ? readFileSync(file, "utf8")
      : "# Benchmarks\n\nMeasured on the machine named in each section; rerun to compare.\n\n",
    HEADING,
    section,
  );
  writeFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
}
