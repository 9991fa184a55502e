// What the canvas gesture suites (drag, pan) share: how much each measures, the app and the bare
// stack page opened side by side in one fresh Chromium, the per-gesture results, and the
// comparison of the two sides that becomes a row's numbers, a note and the raw record.
import { openGenerated } from "./appDoc.mjs";
import { canvasState, installProbe, openStackAt, setView } from "./canvasProbe.mjs";
import { summary } from "./stats.mjs";

/** Sizes, pointer moves and repeats per size (--quick: the smallest size, a few moves, once). */
function gesturePlan(quick) {
  return {
    // The largest document the app opens (io/tocJson/messages.ts MAX_ELEMENTS).
    sizes: [1000],
    movesAt: () => (quick ? 24 : 120),
    repeatsAt: () => (quick ? 1 : 2),
  };
}

/**
 * The suite's measurement at each size of the plan: `measure` gets the size, its repeats and
 * moves and the two pages side by side (openSides), and adds to `out` (rows, notes, raw).
 */
export async function atEachSize(ctx, suite, view, measure) {
  const { sizes, movesAt, repeatsAt } = gesturePlan(ctx.quick);
  const out = { rows: [], notes: [], raw: {} };
  for (const size of sizes) {
    const sides = await openSides(ctx, suite, size, view);
    await measure({ size, repeats: repeatsAt(size), moves: movesAt(size), ...sides }, out);
  }
  return out;
}

/**
 * A fresh Chromium with the app (a generated document of `size` elements, probe installed, at
 * `view` or, without one, where the app opens it) and the stack page at the app's view.
 */
export async function openSides(ctx, suite, size, view) {
  const browser = await ctx.launch();
  ctx.log(`${suite} ${size}: importing into the app …`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openGenerated(page, ctx.appUrl, size);
  await page.evaluate(installProbe);
  if (!view) await page.waitForTimeout(300);
  const opened = view ? await setView(page, view) : null;
  const state = await page.evaluate(canvasState);
  const app = {
    name: "app",
    page,
    view: opened ?? state.transform,
    pane: state.pane,
    rendered: state.rendered,
  };
  const stack = await openStackAt(ctx, browser, size, app);
  ctx.log(
    `${suite} ${size}: view ${JSON.stringify(app.view)}; rendered nodes app ${app.rendered}, baseline ${stack.rendered}`,
  );
  return { app, stack, sides: [app, stack] };
}

/** An empty record of gestures; addGesture appends one probe result to it. */
export const emptyGestures = () => ({
  costs: [],
  handling: [],
  frameTail: [],
  longFrames: [],
  longTasks: [],
});

export function addGesture(into, r) {
  into.costs.push(...r.costs);
  into.handling.push(...r.handling);
  into.frameTail.push(...r.frameTail);
  into.longFrames.push(...r.longFrames);
  into.longTasks.push(...r.longTasks);
  if ("grabbed" in r) into.grabbed = r.grabbed;
}

/** Frames over 50 ms in a record. */
export const longFrames = (record) => record.longFrames.filter((f) => f.duration > 50);

/**
 * The app's record `a` against the baseline's `b`: cost summaries and p95 ratio, the note
 * comparing p50s and the handling / next-frame split, and the raw record (`per` names the cost:
 * "perMove" or "perFrame").
 */
export function compareGestures(label, a, b, per) {
  const sa = summary(a.costs);
  const sb = summary(b.costs);
  const side = (s, record) => ({
    [per]: s,
    handling: summary(record.handling),
    frame: summary(record.frameTail),
    longFrames: record.longFrames,
    longTasks: record.longTasks,
  });
  return {
    sa,
    sb,
    ratio: sb.p95 ? sa.p95 / sb.p95 : null,
    note: `${label[0].toUpperCase()}${label.slice(1)}: p50 ratio ${(sa.p50 / sb.p50).toFixed(2)}×; handling / next frame p50 app ${summary(a.handling).p50} / ${summary(a.frameTail).p50} ms, baseline ${summary(b.handling).p50} / ${summary(b.frameTail).p50} ms.`,
    raw: { app: side(sa, a), baseline: side(sb, b) },
  };
}
