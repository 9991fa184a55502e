// The auto-layout benchmark page (bench/suites/layout.mjs): the app's own
// main-thread client and layout worker (src/layout/runLayout.ts, bundled by
// Vite as the app bundles it) beside a baseline worker running plain ELK
// layered on the same seeded graph. Each measure() call times postMessage →
// positions received on this thread and records the longest main-thread task,
// long animation frame and requestAnimationFrame gap meanwhile.

import { prepareLayout, runLayout } from "../../../src/layout/runLayout.ts";
import { generateGraph } from "../../lib/graph.mjs";

// Created on first use, as the app's layout worker is.
let plainWorker = null;
let plainId = 0;
function plainLayout(graph) {
  const id = ++plainId;
  plainWorker ??= new Worker(new URL("./plainElk.worker.js", import.meta.url), { type: "module" });
  return new Promise((resolve, reject) => {
    plainWorker.onmessage = (event) => {
      if (event.data.id !== id) return;
      if (event.data.ok) resolve(event.data.positions);
      else reject(new Error(event.data.error));
    };
    plainWorker.postMessage({ id, graph });
  });
}

/** Plain ELK layered, left to right, with the app's node size and spacing. */
function plainGraph(g) {
  return {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": "30",
    },
    children: g.elements.map((e) => ({ id: e.id, width: 200, height: 80 })),
    edges: g.links.map((l) => ({ id: l.id, sources: [l.source], targets: [l.target] })),
  };
}

function appInput(g) {
  return {
    elements: g.elements.map((e) => ({ id: e.id, stage: e.stage, position: e.position })),
    links: g.links.map((l) => ({ source: l.source, target: l.target })),
  };
}

/** Main-thread watch: long tasks, long animation frames and rAF gaps between start and stop. */
function watchMainThread() {
  const entries = [];
  const observers = [];
  for (const type of ["longtask", "long-animation-frame"]) {
    try {
      const o = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      o.observe({ type });
      observers.push(o);
    } catch {}
  }
  let last = performance.now();
  let maxGap = 0;
  let running = true;
  const onFrame = (now) => {
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (running) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(onFrame);
  });
  return async (t0, t1) => {
    running = false;
    await new Promise((r) => setTimeout(r, 100)); // let the observers deliver
    for (const o of observers) o.disconnect();
    const overlapping = entries.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0);
    const longest = (type) =>
      Math.max(0, ...overlapping.filter((e) => e.entryType === type).map((e) => e.duration));
    return {
      longTask: longest("longtask"),
      longFrame: longest("long-animation-frame"),
      rafGap: maxGap,
    };
  };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.__layout = {
  ready: true,
  /** The app's warm-up: start the worker and lay out a two-element graph. */
  prepare: () => prepareLayout(),
  /** @param {{ size: number, seed: number, which: "app" | "plain" }} args */
  async measure({ size, seed, which }) {
    const g = generateGraph(size, seed);
    const message = which === "app" ? appInput(g) : plainGraph(g);
    await nextFrame();
    const stop = watchMainThread();
    await nextFrame();
    const t0 = performance.now();
    const positions = await (which === "app" ? runLayout(message) : plainLayout(message));
    const t1 = performance.now();
    const main = await stop(t0, t1);
    return { ms: t1 - t0, count: positions.size, ...main };
  },
};
