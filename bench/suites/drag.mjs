// Dragging one element and a 20-element selection at 1,000 and 5,000 elements, against the
// bare stack page (React + React Flow + Yjs) drawing the same graph in the same viewport.
// Driven by synthetic pointer + mouse events dispatched in the page, one per animation frame
// (bench/lib/canvasProbe.mjs); React Flow 12 drags with d3-drag, which listens for mousedown on
// the node (or on the selection rectangle) and mousemove/mouseup on window.
import { PROBE_METHOD, visibleNodes } from "../lib/canvasProbe.mjs";
import {
  addGesture,
  atEachSize,
  compareGestures,
  emptyGestures,
  longFrames,
} from "../lib/gestureSuite.mjs";
import { generateGraph } from "../lib/graph.mjs";

const STAGE_COUNT = 7;
/** Where both pages look: the top-left of the graph at 50 %, about 70 elements in view. */
export const VIEW = { x: 20, y: 30, zoom: 0.5 };
/** Pointer step per frame in document units (≥ the app's 10-unit snap grid, so every move moves). */
const STEP = 12;

/** Element ids by [stage][row], as graph.mjs lays them out. */
function grid(size) {
  const byStage = Array.from({ length: STAGE_COUNT }, () => []);
  const { elements } = generateGraph(size, 1);
  const stages = [...new Set(elements.map((e) => e.stage))];
  for (const e of elements) byStage[stages.indexOf(e.stage)].push(e.id);
  return byStage;
}

/** Right, down, left (or its reverse, which brings the element back): `moves` pointer moves. */
function path(moves, reverse, stepPx) {
  const a = Math.round((moves * 5) / 12);
  const b = Math.round((moves * 3) / 12);
  const c = moves - a - b;
  const legs = reverse
    ? [
        [1, 0, c],
        [0, -1, b],
        [-1, 0, a],
      ]
    : [
        [1, 0, a],
        [0, 1, b],
        [-1, 0, c],
      ];
  const out = [];
  let x = 0;
  let y = 0;
  for (const [dx, dy, n] of legs) {
    for (let i = 0; i < n; i++) {
      x += dx * stepPx;
      y += dy * stepPx;
      out.push({ x, y });
    }
  }
  return out;
}

async function rectOf(page, id) {
  return page.evaluate((id) => {
    const r = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, id);
}

async function savedCount(page) {
  return page.evaluate(() =>
    Number(document.querySelector("[data-testid=save-status]")?.dataset.savedCount ?? -1),
  );
}

/**
 * One drag: pointer down on the element (what is under its centre: the node, or the selection
 * rectangle), `moves` moves, pointer up. Checks that the element moved on screen by the path's
 * net displacement and, in the app, that exactly one update was saved (the drag written once).
 */
async function drag(side, id, moves, reverse, { verify = true } = {}) {
  const { page } = side;
  const zoom = side.view.zoom;
  const before = await rectOf(page, id);
  if (!before) throw new Error(`${side.name}: element ${id} is not on screen`);
  const at = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  const points = path(moves, reverse, STEP * zoom);
  const last = points[points.length - 1];
  const steps = [
    { kind: "down", ...at },
    ...points.map((p, i) => ({ kind: "move", x: at.x + p.x, y: at.y + p.y, starts: i === 0 })),
    { kind: "up", x: at.x + last.x, y: at.y + last.y },
  ];
  const saved = side.name === "app" ? await savedCount(page) : 0;
  const result = await page.evaluate(
    ({ at, steps, watch }) => window.__probe.gesture({ at, steps, watch }),
    { at, steps, watch: `.react-flow__node[data-id="${id}"]` },
  );
  result.grabbed = await page.evaluate(
    ({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el?.closest(".react-flow__nodesselection-rect")
        ? "selection rectangle"
        : el?.closest(".react-flow__node")
          ? "node"
          : (el?.className ?? "");
    },
    { x: at.x + last.x, y: at.y + last.y },
  );
  if (!verify) return result;
  if (result.unchanged > 0)
    throw new Error(`${side.name}: ${result.unchanged} of ${moves} moves did not move ${id}`);
  if (side.name === "app") {
    // The drag is written to the document once, at its end.
    await page.waitForFunction(
      (n) => {
        const s = document.querySelector("[data-testid=save-status]");
        return Number(s?.dataset.savedCount) >= n && /Saved on this device/.test(s.textContent);
      },
      saved + 1,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(300);
    const after = await savedCount(page);
    if (after !== saved + 1)
      throw new Error(`app: the drag saved ${after - saved} updates, expected exactly 1`);
  } else {
    await page.waitForTimeout(100);
  }
  const after = await rectOf(page, id);
  // The first move only starts the drag (React Flow measures from there).
  const want = { x: last.x - points[0].x, y: last.y - points[0].y };
  const slack = 10 * zoom + 1.5; // the app snaps to a 10-unit grid
  if (
    Math.abs(after.x - before.x - want.x) > slack ||
    Math.abs(after.y - before.y - want.y) > slack
  )
    throw new Error(
      `${side.name}: ${id} moved by (${after.x - before.x}, ${after.y - before.y}) px, expected (${want.x}, ${want.y})`,
    );
  return result;
}

/** Shift + drag a box around the elements (Playwright's mouse: setup, not timed). */
async function boxSelect(side, ids) {
  const { page } = side;
  const rects = [];
  for (const id of ids) rects.push(await rectOf(page, id));
  if (rects.some((r) => !r)) throw new Error(`${side.name}: selection not all on screen`);
  const pad = 8;
  const x1 = Math.min(...rects.map((r) => r.x)) - pad;
  const y1 = Math.min(...rects.map((r) => r.y)) - pad;
  const x2 = Math.max(...rects.map((r) => r.x + r.width)) + pad;
  const y2 = Math.max(...rects.map((r) => r.y + r.height)) + pad;
  await page.keyboard.down("Shift");
  await page.mouse.move(x1, y1);
  await page.mouse.down();
  await page.mouse.move(x2, y2, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await page.waitForTimeout(300);
  const selected = (await page.evaluate(visibleNodes)).filter((n) => n.selected).map((n) => n.id);
  const want = new Set(ids);
  if (selected.length !== ids.length || !selected.every((id) => want.has(id)))
    throw new Error(
      `${side.name}: box selection holds ${selected.length} elements (${selected.slice(0, 5)}…), expected ${ids.length}`,
    );
}

export default {
  name: "drag",
  title: "Dragging elements",
  method: [
    "Drag one element, and a 20-element selection, at 1,000 and 5,000 elements (seeded ToC-shaped graphs from `bench/lib/graph.mjs`, imported through the library's Import button, logic-model framing). Baseline: the bare stack page (`bench/baselines/stack/`: React 19 + React Flow 12 + Yjs, controlled nodes with `applyNodeChanges`, `onlyRenderVisibleElements` above 300 like the app) drawing the same graph, sized to the app's canvas and opened at the app's viewport: the top-left of the graph at 50 % (about 70 elements in view). Both pages are open side by side in one Chromium and the repeats alternate between them.",
    "Each drag is pointer down on the element (whatever is under its centre: the node, or React Flow's selection rectangle for a selection), then pointer moves one per animation frame, 12 document units (6 px) each, right, down and left (the next repeat goes back), then pointer up: synthetic `pointer*` events followed by their compat `mouse*` events, dispatched in the page (React Flow drags with d3-drag: `mousedown` on the node, `mousemove`/`mouseup` on window). The 20 elements are selected as a user does, with Shift + a box drawn around 4 stages × 5 rows (Playwright's mouse, untimed). Every drag is checked: each move moved the element on screen, the element ends where the path says, and in the app exactly one update was saved at the drop (`data-saved-count`).",
    `Time per move = main-thread time the move costs: ${PROBE_METHOD}`,
    "Frames over 50 ms: Long Animation Frame entries over 50 ms from the pointer down until 100 ms after the pointer up (so the drop, which writes the document, counts), summed over the repeats. Targets: 1,000 elements p95 ≤ 10 ms and no frame over 50 ms; 5,000 elements p95 ≤ 16.7 ms; p95 ≤ 1.3× the baseline's. Each page drags twice at 1,000 elements and once at 5,000 (a 5,000-element frame costs 50–150 ms; one pass of 60 moves keeps the suite's time down).",
  ],
  async run(ctx) {
    return atEachSize(ctx, "drag", VIEW, async (at, { rows, notes, raw }) => {
      const { size, repeats, moves, app, stack, sides } = at;
      const byStage = grid(size);
      const single = byStage[0][5];
      const group = [];
      for (let s = 1; s <= 4; s++) for (let r = 1; r <= 5; r++) group.push(byStage[s][r]);
      const results = {
        single: [emptyGestures(), emptyGestures()],
        group: [emptyGestures(), emptyGestures()],
      };
      // Warm-up (not recorded): a short drag there and back on each page.
      for (const side of sides) await drag(side, single, 20, false, { verify: false });
      for (const side of sides) await drag(side, single, 20, true, { verify: false });
      for (let i = 0; i < repeats; i++)
        for (const [k, side] of sides.entries())
          addGesture(results.single[k], await drag(side, single, moves, i % 2 === 1));
      // Bring the single element back home before the box selection.
      if (repeats % 2 === 1)
        for (const side of sides) await drag(side, single, moves, true, { verify: false });
      for (const side of sides) await boxSelect(side, group);
      for (const side of sides) await drag(side, group[0], 20, false, { verify: false });
      for (const side of sides) await drag(side, group[0], 20, true, { verify: false });
      for (let i = 0; i < repeats; i++)
        for (const [k, side] of sides.entries())
          addGesture(results.group[k], await drag(side, group[0], moves, i % 2 === 1));
      await Promise.all(sides.map((s) => s.page.close()));

      const n = size.toLocaleString("en-GB");
      const limit = size <= 1000 ? 10 : 16.7;
      for (const [key, label] of [
        ["single", "1 element"],
        ["group", "20-element selection"],
      ]) {
        const [a, b] = results[key];
        const compared = compareGestures(`drag ${label}, ${n} elements`, a, b, "perMove");
        const { sa, sb, ratio } = compared;
        rows.push({
          case: `drag ${label}, ${n} elements: time per move`,
          unit: "ms",
          app: { p50: sa.p50, p95: sa.p95 },
          baseline: { p50: sb.p50, p95: sb.p95 },
          ratio,
          target: `p95 ≤ ${limit} ms, ≤ 1.3×`,
          pass: sa.p95 <= limit && ratio !== null && ratio <= 1.3,
          note: `${sa.n} moves; grabbed: ${a.grabbed}`,
        });
        const over = longFrames;
        rows.push({
          case: `drag ${label}, ${n} elements: frames over 50 ms`,
          unit: "",
          app: over(a).length,
          baseline: over(b).length,
          ratio: null,
          target: size <= 1000 ? "0" : null,
          pass: size <= 1000 ? over(a).length === 0 : null,
          note: over(a).length
            ? `app's longest ${Math.max(...over(a).map((f) => f.duration))} ms`
            : undefined,
        });
        notes.push(compared.note);
        raw[`${key}-${size}`] = compared.raw;
      }
      notes.push(
        `${n} elements: the app renders ${app.rendered} nodes at this view, the baseline ${stack.rendered}.`,
      );
    });
  },
};
