// In-page driver and clock for the canvas frame-cost benchmarks (drag, pan, zoom): synthetic
// pointer, mouse and wheel events dispatched in the page, one per animation frame (Playwright's
// mouse adds 40–60 ms per step, which would swamp what we measure), and main-thread time per
// event measured with the page's own performance.now().
//
// Each event is dispatched in a task just after a frame has rendered (so the event's work and
// the next frame's rendering are both measured whole, whichever way React schedules its
// render). Its cost has two parts:
// - handling: from just before the dispatch until (1) the watched element's inline transform
//   changed (the canvas committed the move to the DOM: the dragged node, or the viewport for
//   pan and zoom), (2) one more task hop ran (what that commit queued, e.g. React Flow's
//   StoreUpdater effect), and (3) a forced style recalculation and layout finished;
// - frame: the next rendering step, from its first requestAnimationFrame callback until a task
//   posted there runs (rAF callbacks, style, layout, paint recording, commit to the compositor).
// Task hops are MessageChannel posts, the task source React's scheduler uses, so they queue
// behind the work the event scheduled; with the main thread otherwise idle a hop costs a few
// microseconds. Raster runs off the main thread. Frames over 50 ms come from the Long
// Animation Frame observer.

/** The definition above, for the suites' method text. */
export const PROBE_METHOD =
  "events are dispatched in a task just after a frame has rendered, and a move's cost is (a) from just before its dispatch until the canvas shows it in the DOM (the watched element's inline transform changed), one more task hop has run (the work that commit queued, e.g. React Flow's store update from its props), and a forced style recalculation and layout (`getBoundingClientRect`) has finished, plus (b) the next rendering step, from its first `requestAnimationFrame` callback until a task posted there runs (rAF callbacks, style, layout, paint recording; raster is off the main thread). Task hops are `MessageChannel` posts, the task source React's scheduler uses, so they queue behind the work the event scheduled. All in-page `performance.now()`; p50 / p95 over every move of every repeat.";

/**
 * Installs window.__probe in the page. Pass to page.evaluate.
 */
export function installProbe() {
  if (window.__probe) return;
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const hop = () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const frames = [];
  const longTasks = [];
  try {
    new PerformanceObserver((list) => frames.push(...list.getEntries())).observe({
      type: "long-animation-frame",
      buffered: false,
    });
  } catch {}
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
      type: "longtask",
      buffered: false,
    });
  } catch {}

  /** Dispatches what a browser sends for a mouse: the pointer event, then its compat mouse event. */
  let compatSuppressed = false;
  function fire(target, kind, x, y, init = {}) {
    const buttons = kind === "up" ? 0 : 1;
    const base = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      clientX: x,
      clientY: y,
      screenX: x,
      screenY: y,
      button: 0,
      buttons,
      ...init,
    };
    const pointer = new PointerEvent(`pointer${kind}`, {
      ...base,
      pointerId: 1,
      pointerType: "mouse",
      isPrimary: true,
      width: 1,
      height: 1,
      pressure: buttons ? 0.5 : 0,
    });
    target.dispatchEvent(pointer);
    // A cancelled pointerdown suppresses the compat mouse events until the button is released.
    if (kind === "down") compatSuppressed = pointer.defaultPrevented;
    if (!compatSuppressed) target.dispatchEvent(new MouseEvent(`mouse${kind}`, base));
    if (kind === "up") {
      if (!compatSuppressed) target.dispatchEvent(new MouseEvent("click", { ...base, detail: 1 }));
      compatSuppressed = false;
    }
  }

  function wheel(target, x, y, deltaY) {
    target.dispatchEvent(
      new WheelEvent("wheel", {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        clientX: x,
        clientY: y,
        screenX: x,
        screenY: y,
        deltaX: 0,
        deltaY,
        deltaMode: 0,
      }),
    );
  }

  /**
   * Runs a gesture. steps: [{ kind: "down" | "move" | "up" | "wheel", x, y, deltaY?, starts? }];
   * each step is dispatched at the start of its own animation frame. watch(): the element
   * whose style.transform shows the result (looked up per step, as React may replace it).
   * Only "move" and "wheel" steps are timed. Returns per-step costs and the gesture's
   * long animation frames.
   */
  async function gesture({
    target: targetSelector,
    at,
    steps,
    watch: watchSelector,
    timeoutMs = 2000,
  }) {
    const find = (s) => (typeof s === "string" ? document.querySelector(s) : null);
    let target = find(targetSelector);
    if (!target && at) target = document.elementFromPoint(at.x, at.y);
    if (!target) throw new Error(`no target for ${targetSelector ?? JSON.stringify(at)}`);
    const watched = () => find(watchSelector);
    const costs = [];
    const handling = [];
    const frameTail = [];
    let unchanged = 0;
    let hops = 0;
    let timedPrevious = false;
    frames.length = 0;
    longTasks.length = 0;
    await frame();
    await hop();
    const started = performance.now();
    // The rendering step after the frame callback: rAF callbacks (this one is first in line
    // only if nobody else asked earlier; React Flow's auto-pan loop may run before or after),
    // style, layout, paint. Returns its duration.
    const renderStep = async () => {
      await frame();
      const tA = performance.now();
      await hop();
      return performance.now() - tA;
    };
    for (const step of steps) {
      const tail = await renderStep();
      if (timedPrevious) {
        frameTail.push(tail);
        costs.push(handling[handling.length - 1] + tail);
      }
      timedPrevious = false;
      const before = watched()?.style.transform;
      const t0 = performance.now();
      if (step.kind === "wheel") wheel(target, step.x, step.y, step.deltaY);
      else fire(target, step.kind, step.x, step.y, step.init);
      if (step.kind !== "move" && step.kind !== "wheel") continue;
      // Until the canvas shows the change (or gives up), then the work it queued.
      // (A drag's first move only starts it: d3-drag's start, React Flow's selection; nothing
      // moves yet, so that one waits for two hops instead.)
      let changed = !!step.starts;
      if (changed) await hop();
      while (!step.starts && performance.now() - t0 < timeoutMs) {
        await hop();
        hops++;
        if (watched()?.style.transform !== before) {
          changed = true;
          break;
        }
      }
      await hop();
      (watched() ?? document.body).getBoundingClientRect();
      if (changed) {
        handling.push(performance.now() - t0);
        timedPrevious = true;
      } else unchanged++;
    }
    if (timedPrevious) {
      const tail = await renderStep();
      frameTail.push(tail);
      costs.push(handling[handling.length - 1] + tail);
    }
    // Let the last frame and any trailing work land before reading the observers.
    await frame();
    await frame();
    await new Promise((r) => setTimeout(r, 100));
    const ended = performance.now();
    const inside = (e) => e.startTime + e.duration >= started && e.startTime <= ended;
    return {
      costs,
      handling,
      frameTail,
      unchanged,
      hops,
      durationMs: ended - started,
      longFrames: frames.filter(inside).map((e) => ({
        start: Math.round(e.startTime - started),
        duration: Math.round(e.duration),
        blocking: Math.round(e.blockingDuration),
      })),
      longTasks: longTasks.filter(inside).map((e) => Math.round(e.duration)),
    };
  }

  window.__probe = { gesture, hop, frame, fire };
}

/** Nodes on screen, in client coordinates: [{ id, x, y, width, height, selected }]. */
export function visibleNodes() {
  const out = [];
  const pane = document.querySelector(".react-flow").getBoundingClientRect();
  for (const el of document.querySelectorAll(".react-flow__node")) {
    const r = el.getBoundingClientRect();
    if (r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom)
      continue;
    out.push({
      id: el.dataset.id,
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      selected: el.classList.contains("selected"),
    });
  }
  return out;
}

/** The flow's box and viewport: { pane: {x,y,width,height}, transform: {x,y,zoom}, rendered }. */
export function canvasState() {
  const pane = document.querySelector(".react-flow").getBoundingClientRect();
  const m = document
    .querySelector(".react-flow__viewport")
    .style.transform.match(/translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/);
  return {
    pane: { x: pane.x, y: pane.y, width: pane.width, height: pane.height },
    transform: m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null,
    rendered: document.querySelectorAll(".react-flow__node").length,
    renderedEdges: document.querySelectorAll(".react-flow__edge").length,
  };
}

/**
 * Zooms the page's canvas (untimed setup) with n wheel events at a client point, so that the
 * zoom ends at `zoom` exactly (React Flow: factor 2^(-deltaY × 0.002) per event).
 * @param {import("@playwright/test").Page} page
 */
async function wheelZoomTo(page, at, zoom, n = 12) {
  const { transform } = await page.evaluate(canvasState);
  const deltaY = -Math.log2(zoom / transform.zoom) / (n * 0.002);
  await page.evaluate(
    async ({ at, deltaY, n }) => {
      const pane = document.querySelector(".react-flow__pane");
      for (let i = 0; i < n; i++) {
        await window.__probe.frame();
        pane.dispatchEvent(
          new WheelEvent("wheel", {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: at.x,
            clientY: at.y,
            deltaY,
            deltaMode: 0,
          }),
        );
      }
    },
    { at, deltaY, n },
  );
  // d3-zoom ends a wheel gesture after 150 ms without wheel events.
  await page.waitForTimeout(400);
  return (await page.evaluate(canvasState)).transform;
}

/**
 * Brings the page's canvas to a viewport (untimed setup, with the same synthetic events a user's
 * pan and wheel zoom send): pans at the current zoom so that the flow point meant to be at the
 * pane's centre is there, then wheel-zooms about that centre. Returns the viewport reached.
 * @param {import("@playwright/test").Page} page
 * @param {{ x: number, y: number, zoom: number }} target
 */
export async function setView(page, target) {
  const { pane, transform } = await page.evaluate(canvasState);
  const centre = { x: pane.width / 2, y: pane.height / 2 };
  const flowAtCentre = {
    x: (centre.x - target.x) / target.zoom,
    y: (centre.y - target.y) / target.zoom,
  };
  const delta = {
    x: centre.x - transform.zoom * flowAtCentre.x - transform.x,
    y: centre.y - transform.zoom * flowAtCentre.y - transform.y,
  };
  const at = { x: pane.x + centre.x, y: pane.y + centre.y };
  await page.evaluate(
    async ({ at, delta }) => {
      const pane = document.querySelector(".react-flow__pane");
      const { fire, frame } = window.__probe;
      fire(pane, "down", at.x, at.y);
      for (let i = 1; i <= 10; i++) {
        await frame();
        fire(pane, "move", at.x + (delta.x * i) / 10, at.y + (delta.y * i) / 10);
      }
      fire(pane, "up", at.x + delta.x, at.y + delta.y);
      await frame();
    },
    { at, delta },
  );
  await page.waitForTimeout(200);
  return wheelZoomTo(page, at, target.zoom);
}

/**
 * The bare stack page drawing the same graph, sized to the app's canvas and opened at the app's
 * viewport, with the probe installed (shared by the drag and pan suites).
 */
export async function openStackAt(ctx, browser, size, app) {
  const { pane, view } = app;
  const page = await browser.newPage({
    viewport: { width: Math.round(pane.width), height: Math.round(pane.height) },
  });
  await page.goto(`${ctx.stackUrl}/?size=${size}&seed=1&x=${view.x}&y=${view.y}&zoom=${view.zoom}`);
  await page.waitForFunction(
    () => window.__stack?.ready && document.querySelector(".react-flow__node"),
  );
  await page.evaluate(installProbe);
  await page.waitForTimeout(500);
  const state = await page.evaluate(canvasState);
  return {
    name: "baseline",
    page,
    view: state.transform,
    pane: state.pane,
    rendered: state.rendered,
  };
}
