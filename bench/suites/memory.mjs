// Memory: the JS heap a document costs per element on screen, and the bytes the
// stored document takes per element. Heap: CDP Performance.getMetrics
// JSHeapUsedSize after HeapProfiler.collectGarbage, with the generated document open
// minus an empty document open, in the app and in the bare stack page.
import { openGenerated } from "../lib/appDoc.mjs";
import { generateGraph, toTocFile } from "../lib/graph.mjs";
import { percentile } from "../lib/stats.mjs";

const TARGET_KB = 30;
const SETTLE_MS = 1500;

/** Heap used after full garbage collection, and what React Flow has in the DOM. */
async function measure(page) {
  // Let effects, measuring and the minimap finish, then collect.
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Performance.enable");
    let heap = 0;
    for (let i = 0; i < 3; i++) {
      await cdp.send("HeapProfiler.collectGarbage");
      const { metrics } = await cdp.send("Performance.getMetrics");
      heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    }
    const rendered = await page.evaluate(() => ({
      nodes: document.querySelectorAll(".react-flow__node").length,
      edges: document.querySelectorAll(".react-flow__edge").length,
    }));
    return { heap, ...rendered };
  } finally {
    await cdp.detach();
  }
}

/** Bytes of the stored Yjs updates of one document (IndexedDB `toc-studio`, store `updates`). */
async function storedBytes(page, docId) {
  return page.evaluate(async (id) => {
    const req = (r) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await req(indexedDB.open("toc-studio"));
    try {
      const rows = (await req(db.transaction("updates").objectStore("updates").getAll())).filter(
        (row) => row?.docId === id,
      );
      const bytes = (v) => (v instanceof Uint8Array || v instanceof ArrayBuffer ? v.byteLength : 0);
      return {
        rows: rows.length,
        bytes: rows.reduce((sum, row) => sum + bytes(row.update), 0),
      };
    } finally {
      db.close();
    }
  }, docId);
}

const docIdOf = (url) =>
  decodeURIComponent(new URL(url).hash.replace(/^#\/doc\//, "").split(/[/?#]/)[0]);

/** Reopens the document from IndexedDB in a new page load and waits until it is drawn. */
async function reopen(page, url, size) {
  await page.goto(`${new URL(url).origin}/__bench-blank`);
  await page.goto(url);
  if (size > 0) {
    const label = `${size.toLocaleString("en-GB")} elements`;
    await page.getByText(label, { exact: false }).first().waitFor({ timeout: 120_000 });
    await page.locator(".react-flow__node").first().waitFor({ timeout: 120_000 });
  } else {
    await page.locator(".react-flow__pane").waitFor({ timeout: 120_000 });
  }
}

const kB = (bytes) => Math.round(bytes / 100) / 10;
const median = (values) => percentile(values, 50);

export default {
  name: "memory",
  title: "Memory",
  method: [
    "**JS heap per rendered element**: Chromium's `JSHeapUsedSize` (CDP `Performance.getMetrics`) after three rounds of `HeapProfiler.collectGarbage`, 1.5 s after the canvas is drawn, with the generated 1,000-element theory of change (`bench/lib/graph.mjs`, imported through the library, then reopened by a fresh page load) minus the same with a new, empty document open, divided by the number of `.react-flow__node` elements in the DOM. React Flow renders only what is in view above 300 elements (`onlyRenderVisibleElements`), so the rendered nodes and links are reported too, and the same difference per element of the document. Each side in its own fresh browser context, 1280 × 720; median of the repetitions. kB = 1,000 bytes.",
    "Baseline: the bare stack page (React + React Flow + Yjs, `bench/baselines/stack/`) at `?size=1000` (the same graph, held in React state) minus the page with no graph, divided by its rendered nodes, measured the same way. It opens at zoom 1, where the app fits the document to the window down to its minimum zoom (0.1), so the stack page renders fewer nodes.",
    "**Stored document per element**: the bytes of the document's Yjs updates in IndexedDB (database `toc-studio`, store `updates`) after it has been reopened (loading merges and compacts the rows), divided by the number of elements. No baseline.",
  ],
  async run(ctx) {
    const size = ctx.quick ? 200 : 1000;
    const reps = ctx.quick ? 1 : 3;
    const sizeLabel = size.toLocaleString("en-GB");
    const browser = await ctx.launch();
    const newContext = () => browser.newContext({ serviceWorkers: "block" });

    // Each repetition imports its own copy in a fresh context (not measured), then
    // reopens it with a page load and measures that.
    const samples = { app: [], stack: [] };
    let stored = null;
    for (let rep = 0; rep < reps; rep++) {
      // App, generated document.
      let context = await newContext();
      let page = await context.newPage();
      const docUrl = await openGenerated(page, ctx.appUrl, size);
      await reopen(page, docUrl, size);
      const full = await measure(page);
      if (!stored) {
        const deadline = Date.now() + 15_000;
        do {
          stored = await storedBytes(page, docIdOf(page.url()));
          if (stored.rows === 1) break;
          await page.waitForTimeout(250);
        } while (Date.now() < deadline);
      }
      await context.close();
      // App, empty document.
      context = await newContext();
      page = await context.newPage();
      await page.goto(`${ctx.appUrl}/#/`);
      await page.getByRole("button", { name: "New logic model" }).first().click();
      await page.waitForURL(/#\/doc\//, { timeout: 60_000 });
      await page.locator(".react-flow__pane").waitFor({ timeout: 60_000 });
      await reopen(page, page.url(), 0);
      const empty = await measure(page);
      await context.close();
      samples.app.push({ full, empty });

      // Baseline.
      context = await newContext();
      page = await context.newPage();
      await page.goto(`${ctx.stackUrl}/?size=${size}`);
      await page.waitForFunction(() => window.__stack?.ready);
      await page.locator(".react-flow__node").first().waitFor();
      const stackFull = await measure(page);
      await context.close();
      context = await newContext();
      page = await context.newPage();
      await page.goto(`${ctx.stackUrl}/`);
      await page.waitForFunction(() => window.__stack?.ready);
      await page.locator(".react-flow__pane").waitFor();
      const stackEmpty = await measure(page);
      await context.close();
      samples.stack.push({ full: stackFull, empty: stackEmpty });
      ctx.log(
        `  rep ${rep + 1}/${reps}: app +${kB(full.heap - empty.heap)} kB for ${full.nodes} rendered nodes; stack +${kB(stackFull.heap - stackEmpty.heap)} kB for ${stackFull.nodes}`,
      );
    }

    const per = (list, by) => median(list.map((s) => (s.full.heap - s.empty.heap) / by(s)));
    const rendered = (s) => s.full.nodes - s.empty.nodes;
    const appRendered = per(samples.app, rendered);
    const stackRendered = per(samples.stack, rendered);
    const appPerElement = per(samples.app, () => size);
    const stackPerElement = per(samples.stack, () => size);
    const nodes = (list) => median(list.map((s) => s.full.nodes));
    const edges = (list) => median(list.map((s) => s.full.edges));
    const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);
    const fileBytes = Buffer.byteLength(toTocFile(generateGraph(size, 1), `Benchmark ${size}`));
    const links = generateGraph(size, 1).links.length;

    const rows = [
      {
        case: `JS heap per rendered element, ${sizeLabel}-element document`,
        unit: "kB",
        app: kB(appRendered),
        baseline: kB(stackRendered),
        ratio: ratio(appRendered, stackRendered),
        target: `≤ ${TARGET_KB} kB`,
        pass: appRendered / 1000 <= TARGET_KB,
        note: `rendered nodes / links: app ${nodes(samples.app)} / ${edges(samples.app)}, baseline ${nodes(samples.stack)} / ${edges(samples.stack)}`,
      },
      {
        case: `JS heap per document element, ${sizeLabel}-element document`,
        unit: "kB",
        app: kB(appPerElement),
        baseline: kB(stackPerElement),
        ratio: ratio(appPerElement, stackPerElement),
        target: null,
        pass: null,
      },
      {
        case: "Stored document per element (Yjs updates in IndexedDB)",
        unit: "bytes",
        app: Math.round((stored?.bytes ?? 0) / size),
        baseline: null,
        ratio: null,
        target: null,
        pass: null,
        note: `${stored?.bytes.toLocaleString("en-GB")} bytes in ${stored?.rows} row(s)`,
      },
    ];
    const notes = [
      `${reps} repetition(s). The document: ${sizeLabel} elements and ${links.toLocaleString("en-GB")} links; as a .toc.json export it is ${fileBytes.toLocaleString("en-GB")} bytes (${Math.round(fileBytes / size)} bytes per element).`,
      `Heap with the document open / with an empty document: app ${kB(median(samples.app.map((s) => s.full.heap)))} / ${kB(median(samples.app.map((s) => s.empty.heap)))} kB; baseline ${kB(median(samples.stack.map((s) => s.full.heap)))} / ${kB(median(samples.stack.map((s) => s.empty.heap)))} kB.`,
    ];
    return { rows, notes, samples, stored };
  },
};
