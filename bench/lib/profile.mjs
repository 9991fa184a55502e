// Turns a V8 sampling profile of the production build into self time per
// package / src file and per function, through the build's source maps.
// Shared by the investigation scripts (session-profile, remote-profile).
import { readFileSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer } from "source-map-js";

/** Chrome trace options whose events printTraceSelfTime reads. */
export const TRACING = {
  categories: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "blink",
    "cc",
    "toplevel",
  ],
};

/**
 * @param {{ nodes: any[], samples: number[], timeDeltas: number[] }} profile
 * @param {string} appUrl where the build is served
 * @param {string} appDir where the build (with .map files) lies
 * @returns {{ total: number, busy: number, byPlace: Map<string, number>, byFn: Map<string, number> }}
 *   times in microseconds
 */
export function selfTime(profile, appUrl, appDir) {
  const maps = new Map();
  const consumerFor = (url) => {
    if (!url.startsWith(appUrl)) return null;
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
    const consumer = callFrame.lineNumber >= 0 ? consumerFor(callFrame.url) : null;
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
  return { total, busy: total - (byPlace.get("(idle)") ?? 0), byPlace, byFn };
}

/** Prints the top places and functions, in ms per unit of work (an edit, a run). */
export function printSelfTime({ busy, byPlace, byFn }, units, unitName) {
  const ms = (us) => `${(us / 1000 / units).toFixed(1).padStart(6)} ms/${unitName}`;
  console.log("\nSelf time by package / source file (excluding idle):");
  for (const [place, us] of [...byPlace]
    .filter(([p]) => p !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18))
    console.log(`  ${ms(us)}  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${place}`);
  console.log("\nTop functions by self time:");
  for (const [fn, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 24))
    console.log(`  ${ms(us)}  ${fn}`);
}

/**
 * Thread (CPU) time by trace event name on the profiled page's renderer main thread, exclusive of
 * nested events: `tdur` is CPU time, so it does not grow when the machine is overloaded.
 */
export function printTraceSelfTime(trace, units, unitName) {
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
    `\nTrace: receiver main-thread CPU ${(topLevel / 1000 / units).toFixed(1)} ms/${unitName} in top-level tasks; self CPU by event:`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22))
    console.log(`  ${(us / 1000 / units).toFixed(2).padStart(7)} ms/${unitName}  ${name}`);
}
