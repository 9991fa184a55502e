// Panning and zooming at 1,000 and 5,000 elements, against the bare stack page (React + React
// Flow + Yjs) drawing the same graph in the same viewport: synthetic pointer drags on the pane
// and wheel events, one per animation frame (bench/lib/canvasProbe.mjs).
import { canvasState, PROBE_METHOD, setView } from "../lib/canvasProbe.mjs";
import {
  addGesture,
  atEachSize,
  compareGestures,
  emptyGestures,
  longFrames,
} from "../lib/gestureSuite.mjs";
import { VIEW } from "./drag.mjs";

/** Runs probe steps on the pane, watching the viewport move. */
function paneGesture(side, steps) {
  return side.page.evaluate(
    ({ steps }) =>
      window.__probe.gesture({
        target: ".react-flow__pane",
        steps,
        watch: ".react-flow__viewport",
        timeoutMs: 5000,
      }),
    { steps },
  );
}

/** A point on the empty pane (not on a node, which would start a node drag) left of centre. */
async function emptyPanePoint(side) {
  return side.page.evaluate(() => {
    const pane = document.querySelector(".react-flow").getBoundingClientRect();
    for (let fx = 0.08; fx < 0.5; fx += 0.02) {
      const at = { x: pane.x + pane.width * fx, y: pane.y + pane.height / 2 };
      if (document.elementFromPoint(at.x, at.y)?.classList.contains("react-flow__pane")) return at;
    }
    return null;
  });
}

/** Pointer down on the pane, `moves` moves around a circle (twice round), pointer up. */
async function pan(side, start, moves) {
  const r = 150;
  const centre = { x: start.x + r, y: start.y };
  const steps = [{ kind: "down", ...start }];
  for (let i = 1; i <= moves; i++) {
    const a = Math.PI + (4 * Math.PI * i) / moves;
    steps.push({ kind: "move", x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
  }
  steps.push({ ...steps[steps.length - 1], kind: "up" });
  const before = (await side.page.evaluate(canvasState)).transform;
  const result = await paneGesture(side, steps);
  // Twice round a circle: the view ends where it started.
  const after = (await side.page.evaluate(canvasState)).transform;
  if (result.unchanged > 0)
    throw new Error(`${side.name}: ${result.unchanged} pan moves did not pan`);
  if (Math.abs(after.x - before.x) > 2 || Math.abs(after.y - before.y) > 2)
    throw new Error(
      `${side.name}: pan ended at ${JSON.stringify(after)}, from ${JSON.stringify(before)}`,
    );
  return result;
}

/**
 * Wheel zoom at the pane's centre from the current zoom in 10× (or as far as
 * the canvas's 2.5× limit leaves room for) and back out.
 */
async function zoom(side, events) {
  const { pane, transform } = await side.page.evaluate(canvasState);
  const at = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  const half = Math.floor(events / 2);
  const factor = Math.min(10, 2.2 / transform.zoom);
  const deltaY = Math.log2(factor) / (half * 0.002);
  const steps = [];
  for (let i = 0; i < half; i++) steps.push({ kind: "wheel", ...at, deltaY: -deltaY });
  // One fewer on the way out, so no event is clamped at the minimum zoom (a no-op).
  for (let i = 0; i < half - 1; i++) steps.push({ kind: "wheel", ...at, deltaY });
  const result = await paneGesture(side, steps);
  await side.page.waitForTimeout(300);
  const after = (await side.page.evaluate(canvasState)).transform;
  if (result.unchanged > 0)
    throw new Error(`${side.name}: ${result.unchanged} wheel events did not zoom`);
  // Back out to where it started, less one event's factor.
  const expected = transform.zoom * 2 ** (deltaY * 0.002);
  if (Math.abs(after.zoom - expected) > 0.01 * expected)
    throw new Error(`${side.name}: zoom ended at ${after.zoom}, expected ${expected}`);
  // Restore the starting zoom for the next repeat.
  await side.page.evaluate(
    ({ at, deltaY }) =>
      window.__probe.gesture({
        target: ".react-flow__pane",
        steps: [{ kind: "wheel", ...at, deltaY }],
        watch: ".react-flow__viewport",
        timeoutMs: 5000,
      }),
    { at, deltaY },
  );
  await side.page.waitForTimeout(300);
  return result;
}

export default {
  name: "pan",
  title: "Panning and zooming",
  method: [
    "Pan and zoom at 1,000 and 5,000 elements (seeded ToC-shaped graphs from `bench/lib/graph.mjs`, imported through the library's Import button, logic-model framing), in the view the app opens them at (fit to the canvas, which at these sizes is the minimum zoom, 10 %, with a few hundred elements rendered), and the pan again at 50 % (the drag suite's view, about 70 elements in view). Baseline: the bare stack page (`bench/baselines/stack/`: React 19 + React Flow 12 + Yjs, `onlyRenderVisibleElements` above 300 like the app) drawing the same graph, sized to the app's canvas and opened at the app's viewport. Both pages are open side by side in one Chromium and the repeats alternate between them.",
    "Pan: pointer down on the empty pane, then pointer moves one per animation frame twice round a circle of radius 150 px (about 16 px a frame at 1,000 elements, 31 px at 5,000), then pointer up: synthetic `pointer*` events followed by their compat `mouse*` events, dispatched in the page (React Flow pans with d3-zoom: `mousedown` on the pane, `mousemove`/`mouseup` on window). Zoom: synthetic `wheel` events at the canvas centre, one per frame, in 10× and back out. Every pan move and wheel event is checked to have changed the viewport; the pan ends where it started, the zoom where expected.",
    `Time per frame = main-thread time one pan move or wheel event costs: ${PROBE_METHOD}`,
    "Frames over 50 ms: Long Animation Frame entries over 50 ms during the gesture, summed over the repeats. Target: p95 ≤ 16.7 ms (one frame at 60 Hz) and ≤ 1.3× the baseline's. Each page runs each gesture twice at 1,000 elements and once at 5,000 (a 5,000-element frame costs 50–150 ms; one pass of 60 moves keeps the suite's time down).",
  ],
  async run(ctx) {
    return atEachSize(ctx, "pan", null, async (at, { rows, notes, raw }) => {
      const { size, repeats, moves, app, stack, sides } = at;
      const startsAt = async () => {
        const out = [];
        for (const side of sides) {
          const at = await emptyPanePoint(side);
          if (!at) throw new Error(`${side.name}: no empty pane to start a pan on`);
          out.push(at);
        }
        return out;
      };
      let starts = await startsAt();
      const results = {
        pan: [emptyGestures(), emptyGestures()],
        zoom: [emptyGestures(), emptyGestures()],
        pan50: [emptyGestures(), emptyGestures()],
      };
      // Warm-up (not recorded).
      for (const [k, side] of sides.entries()) await pan(side, starts[k], 24);
      for (const side of sides) await zoom(side, 12);
      for (let i = 0; i < repeats; i++)
        for (const [k, side] of sides.entries())
          addGesture(results.pan[k], await pan(side, starts[k], moves));
      for (let i = 0; i < repeats; i++)
        for (const [k, side] of sides.entries())
          addGesture(results.zoom[k], await zoom(side, moves));
      // The same pan at 50 % (the drag suite's view: about 70 elements in view). Wheel zoom
      // lands each page a few pixels from the asked-for view (up to ~8 px apart here), which
      // changes little in a 150 px pan circle; more than 12 px would be a different picture.
      const views = [];
      for (const side of sides) views.push(await setView(side.page, VIEW));
      if (Math.abs(views[0].x - views[1].x) > 12 || Math.abs(views[0].y - views[1].y) > 12)
        throw new Error(`the pages' views differ: ${JSON.stringify(views)}`);
      notes.push(
        `Pan at 50 %, ${size.toLocaleString("en-GB")} elements: views app ${JSON.stringify(views[0])}, baseline ${JSON.stringify(views[1])}.`,
      );
      starts = await startsAt();
      for (let i = 0; i < repeats; i++)
        for (const [k, side] of sides.entries())
          addGesture(results.pan50[k], await pan(side, starts[k], moves));
      await Promise.all(sides.map((s) => s.page.close()));

      const n = size.toLocaleString("en-GB");
      for (const [key, label] of [
        ["pan", "pan at the opening view (10 %)"],
        ["zoom", "wheel zoom 10 % → 100 % → 10 %"],
        ["pan50", "pan at 50 %"],
      ]) {
        const [a, b] = results[key];
        const compared = compareGestures(`${label}, ${n} elements`, a, b, "perFrame");
        const { sa, sb, ratio } = compared;
        const over = (c) => longFrames(c).length;
        rows.push({
          case: `${label}, ${n} elements: time per frame`,
          unit: "ms",
          app: { p50: sa.p50, p95: sa.p95 },
          baseline: { p50: sb.p50, p95: sb.p95 },
          ratio,
          target: "p95 ≤ 16.7 ms, ≤ 1.3×",
          pass: sa.p95 <= 16.7 && ratio !== null && ratio <= 1.3,
          note: `${sa.n} frames; frames over 50 ms: app ${over(a)}, baseline ${over(b)}`,
        });
        notes.push(compared.note);
        raw[`${key}-${size}`] = compared.raw;
      }
      notes.push(
        `${n} elements: opened at ${JSON.stringify(app.view)}; the app renders ${app.rendered} nodes there, the baseline ${stack.rendered}.`,
      );
    });
  },
};
