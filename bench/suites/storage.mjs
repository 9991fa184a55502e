// Open from IndexedDB: a 1,000-element document with 10,000 committed moves of
// history, opened by a fresh browser — until synced, until interactive — and
// what it stores before and after the compaction that happens on load.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { openGenerated } from "../lib/appDoc.mjs";
import { hookedAppUrl } from "../lib/hooks.mjs";
import { LAUNCH } from "../lib/peers.mjs";
import { round1, summary } from "../lib/stats.mjs";

const VIEWPORT = { width: 1280, height: 800 };
const SYNCED_MS = 300;
const INTERACTIVE_MS = 1500;

/** Init script: first visible node, the first key press and when the app acted on it, LoAFs. */
function instrumentOpen() {
  const o = { firstNode: 0, keyDown: 0, keyReceived: 0, keyHandled: 0, loafs: [] };
  window.__open = o;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) o.loafs.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  const viewport = () => document.querySelector(".react-flow__viewport")?.style.transform ?? "";
  let transformAtKey = null;
  const check = () => {
    if (!o.firstNode) {
      for (const n of document.querySelectorAll(".react-flow__node")) {
        if (n.style.visibility !== "hidden") {
          o.firstNode = performance.now();
          break;
        }
      }
    }
    if (o.keyDown && !o.keyHandled && viewport() !== transformAtKey) {
      o.keyHandled = performance.now();
      observer.disconnect();
    }
  };
  // Registered before the app's own capture listener on window, so it sees the key first.
  addEventListener(
    "keydown",
    (event) => {
      if (o.keyDown) return;
      o.keyDown = performance.now();
      o.keyReceived = event.timeStamp; // when the browser received the input
      transformAtKey = viewport();
    },
    true,
  );
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["style"],
  });
}

/** In an app page: the document's rows in the `updates` store, read with raw IndexedDB. */
async function readRows({ id, withData }) {
  const db = await new Promise((resolve, reject) => {
    const q = indexedDB.open("toc-studio");
    q.onsuccess = () => resolve(q.result);
    q.onerror = () => reject(q.error);
  });
  const rows = await new Promise((resolve, reject) => {
    const q = db.transaction("updates").objectStore("updates").index("byDoc").getAll(id);
    q.onsuccess = () => resolve(q.result);
    q.onerror = () => reject(q.error);
  });
  db.close();
  const b64 = (u) => {
    let s = "";
    for (let i = 0; i < u.length; i += 0x8000)
      s += String.fromCharCode(...u.subarray(i, i + 0x8000));
    return btoa(s);
  };
  return {
    count: rows.length,
    bytes: rows.reduce((sum, r) => sum + r.update.byteLength, 0),
    data: withData ? rows.map((r) => b64(r.update)) : null,
  };
}

/** In an app page on the home screen: `edits` moves, each the app's own drag-end command, each
 *  committed to IndexedDB (persistence.flush) before the next, so each is its own row. */
async function makeHistory({ id, edits }) {
  const { getDatabase, openDocument, moveElements } = globalThis.__tocBench;
  const db = await getDatabase();
  const open = await openDocument(db, id, { get: () => [], set() {} }, (e) => console.error(e));
  const nodes = open.doc.getMap("nodes");
  const ids = [...nodes.keys()];
  const t0 = performance.now();
  for (let i = 0; i < edits; i++) {
    const target = ids[(i * 7919) % ids.length];
    const p = nodes.get(target).get("position");
    moveElements(open.doc, [
      { id: target, position: { x: p.x + (i % 2 ? 20 : -20), y: p.y + (i % 3 ? 10 : -20) } },
    ]);
    await open.persistence.flush();
  }
  const ms = performance.now() - t0;
  await open.close();
  return { msPerMove: ms / edits };
}

/** In the stack page: bare Yjs loads of the same rows. */
async function bareLoads({ rows, compacted }) {
  const { Y } = window.__stack;
  const decode = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const list = rows.map(decode);
  const state = decode(compacted);
  let t = performance.now();
  const a = new Y.Doc();
  for (const u of list) Y.applyUpdate(a, u);
  const separate = performance.now() - t;
  t = performance.now();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.mergeUpdates(list));
  const mergedAtOnce = performance.now() - t;
  t = performance.now();
  const c = new Y.Doc();
  Y.applyUpdate(c, state);
  const merged = performance.now() - t;
  for (const d of [a, b, c]) d.destroy();
  return { separate, mergedAtOnce, merged };
}

export default {
  name: "storage",
  title: "Open from IndexedDB",
  method: [
    "A 1,000-element generated document (imported through the library's Import button) gets 10,000 edits of history: 10,000 moves, each the app's own drag-end command (`moveElements`, one transaction) run in the page and committed to IndexedDB (`persistence.flush()`) before the next, so the store holds them exactly as the app writes a person's separate drags: one `{docId, update}` row each (10,001 rows with the import's). The commands are reached through a benchmark build of the app with one hook (`bench/lib/hooks.mjs`: a global appended to `src/store/editorDocument.ts` exposing the app's own modules; src/ unchanged); the measured opens use that same build, since IndexedDB belongs to its origin.",
    "The browser profile (on disk: a persistent context) is copied after the history is written, and each trial starts a fresh Chromium on a copy and opens `#/doc/<id>` (the service worker installed by the first visit serves the app's files, as for a returning user). Synced: navigation start → the app's `toc-studio:loaded` User Timing mark (rows read from IndexedDB, merged and applied to the Y.Doc; `src/sync/persistence/docPersistence.ts`). Interactive: navigation start → the first element drawn visible, then a Ctrl+= key press (sent by Playwright once that node is seen) handled by the app (the canvas's zoom transform changes). The reload of the compacted document is timed the same way.",
    "Stored bytes: the sum of the document's rows in the `updates` store before and after the compaction that runs on load. Growth per committed move: the bytes one real mouse drag (Playwright mouse, one element) adds once saved, and the mean over the 10,000 history moves.",
    "Baseline: bare Yjs in the stack page — the same 10,001 stored updates applied one by one to a fresh Y.Doc, and the compacted state applied to a fresh Y.Doc (time only; no IndexedDB, no page load). Pass: median ≤ target.",
  ],
  async run(ctx) {
    const size = ctx.quick ? 100 : 1000;
    const edits = ctx.quick ? 500 : 10000;
    const trials = ctx.quick ? 1 : 5;
    const appUrl = await hookedAppUrl(ctx);
    const work = mkdtempSync(path.join(os.tmpdir(), "toc-bench-storage-"));
    const launch = (dir) =>
      chromium.launchPersistentContext(dir, { ...LAUNCH, viewport: VIEWPORT });
    const contexts = [];
    try {
      // 1. The document and its history, in a profile on disk.
      const profile = path.join(work, "profile");
      let context = await launch(profile);
      contexts.push(context);
      await context.addInitScript(instrumentOpen);
      let page = context.pages()[0] ?? (await context.newPage());
      ctx.log(`  importing a ${size}-element document …`);
      const docUrl = await openGenerated(page, appUrl, size);
      const id = new URL(docUrl).hash.replace(/^#\/doc\//, "");
      await page.goto(`${appUrl}/#/`);
      await page.getByRole("heading", { name: "On this device" }).waitFor();
      const imported = await page.evaluate(readRows, { id, withData: false });
      ctx.log(`  writing ${edits.toLocaleString("en-GB")} committed moves …`);
      const history = await page.evaluate(makeHistory, { id, edits });
      const before = await page.evaluate(readRows, { id, withData: true });
      ctx.log(
        `  ${before.count} rows, ${before.bytes} bytes (${round1(history.msPerMove)} ms per committed move)`,
      );
      await context.close();
      contexts.length = 0;
      const snapshot = path.join(work, "snapshot");
      cpSync(profile, snapshot, { recursive: true, verbatimSymlinks: true });

      // 2. Fresh browsers open it.
      const opens = [];
      const reopens = [];
      let after = null;
      let drag = null;
      for (let t = 0; t < trials; t++) {
        const dir = path.join(work, `trial-${t}`);
        cpSync(snapshot, dir, { recursive: true, verbatimSymlinks: true });
        context = await launch(dir);
        contexts.push(context);
        await context.addInitScript(instrumentOpen);
        page = context.pages()[0] ?? (await context.newPage());
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        const measureOpen = async () => {
          await page.waitForFunction(() => window.__open?.firstNode > 0, null, {
            timeout: 120_000,
            polling: "raf",
          });
          await page.keyboard.press("Control+Equal");
          await page.waitForFunction(() => window.__open.keyHandled > 0, null, {
            timeout: 60_000,
          });
          await page
            .getByTestId("save-status")
            .filter({ hasText: "Saved on this device" })
            .waitFor({ timeout: 120_000 });
          return page.evaluate(() => {
            const mark = (n) => performance.getEntriesByName(n)[0];
            const start = mark("toc-studio:load-start");
            const loaded = mark("toc-studio:loaded");
            const o = window.__open;
            const nav = performance.getEntriesByType("navigation")[0];
            return {
              responseEnd: nav?.responseEnd ?? null,
              domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
              synced: loaded?.startTime ?? null,
              loadSpan: loaded && start ? loaded.startTime - start.startTime : null,
              loadStart: start?.startTime ?? null,
              rows: loaded?.detail?.rows ?? null,
              firstNode: o.firstNode,
              keyDown: o.keyDown,
              keyReceived: o.keyReceived,
              interactive: o.keyHandled,
              longestFrame: Math.max(
                0,
                ...o.loafs.filter((f) => f.start < o.keyHandled).map((f) => f.duration),
              ),
            };
          });
        };
        await page.goto(`${appUrl}/#/doc/${id}`);
        const m = await measureOpen();
        opens.push(m);
        after = await page.evaluate(readRows, { id, withData: t === trials - 1 });
        // The compacted document, opened again in the same browser.
        await page.reload();
        const r = await measureOpen();
        reopens.push(r);
        ctx.log(
          `  trial ${t + 1}: synced ${round1(m.synced)} ms (load ${round1(m.loadSpan)} ms of ${m.rows} rows), first node ${round1(m.firstNode)} ms, interactive ${round1(m.interactive)} ms, longest frame ${round1(m.longestFrame)} ms; reopened: synced ${round1(r.synced)} ms, interactive ${round1(r.interactive)} ms`,
        );
        if (t === trials - 1) {
          // Growth per committed move: one real drag of one element.
          const rowsBefore = await page.evaluate(readRows, { id, withData: false });
          const status = page.getByTestId("save-status");
          const savedBefore = Number(await status.getAttribute("data-saved-count"));
          const box = await page.locator(".react-flow__node").nth(3).boundingBox();
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          await page.mouse.move(x, y);
          await page.mouse.down();
          for (let s = 1; s <= 5; s++) await page.mouse.move(x + s * 16, y + s * 8);
          await page.mouse.up();
          await page.waitForFunction(
            (n) =>
              Number(document.querySelector('[data-testid="save-status"]')?.dataset.savedCount) > n,
            savedBefore,
            { timeout: 30_000 },
          );
          await status.filter({ hasText: "Saved on this device" }).waitFor({ timeout: 30_000 });
          const rowsAfter = await page.evaluate(readRows, { id, withData: false });
          drag = {
            bytes: rowsAfter.bytes - rowsBefore.bytes,
            rows: rowsAfter.count - rowsBefore.count,
          };
        }
        if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
        await context.close();
        contexts.length = 0;
        rmSync(dir, { recursive: true, force: true });
      }

      // 3. Baseline: bare Yjs, the same rows.
      const stackBrowser = await ctx.launch();
      const stackPage = await stackBrowser.newPage();
      await stackPage.goto(`${ctx.stackUrl}/index.html`);
      await stackPage.waitForFunction(() => window.__stack?.ready);
      const bare = [];
      for (let t = 0; t < trials; t++)
        bare.push(
          await stackPage.evaluate(bareLoads, { rows: before.data, compacted: after.data[0] }),
        );
      await stackBrowser.close();

      const s = (list, key) => summary(list.map((x) => x[key]));
      const synced = s(opens, "synced");
      const load = s(opens, "loadSpan");
      const interactive = s(opens, "interactive");
      const firstNode = s(opens, "firstNode");
      const keySent = summary(opens.map((o) => o.keyReceived - o.firstNode));
      const keyQueued = summary(opens.map((o) => o.keyDown - o.keyReceived));
      const reSynced = s(reopens, "synced");
      const reLoad = s(reopens, "loadSpan");
      const reInteractive = s(reopens, "interactive");
      const bareSeparate = s(bare, "separate");
      const bareMerged = s(bare, "merged");
      const bareAtOnce = s(bare, "mergedAtOnce");
      const pair = (x) => ({ p50: x.p50, p95: x.p95 });
      const ratio = (a, b) => (b.p50 > 0 ? a.p50 / b.p50 : null);
      const n = edits.toLocaleString("en-GB");
      const rows = [
        {
          case: `${n}-edit history (${before.count} rows) → synced`,
          unit: "ms",
          app: pair(synced),
          baseline: pair(bareSeparate),
          ratio: ratio(synced, bareSeparate),
          target: `≤ ${SYNCED_MS} ms`,
          pass: synced.p50 <= SYNCED_MS,
          note: `from navigation start; the load itself (read ${before.count} rows, apply them in one transaction) ${load.p50} / ${load.p95} ms; n = ${opens.length}`,
        },
        {
          case: `${n}-edit history → load step (read + apply)`,
          unit: "ms",
          app: pair(load),
          baseline: pair(bareSeparate),
          ratio: ratio(load, bareSeparate),
          target: null,
          pass: null,
          note: "baseline: the same rows applied one by one",
        },
        {
          case: `${n}-edit history → interactive`,
          unit: "ms",
          app: pair(interactive),
          baseline: null,
          ratio: null,
          target: `≤ ${INTERACTIVE_MS} ms`,
          pass: interactive.p50 <= INTERACTIVE_MS,
          note: `first element visible ${firstNode.p50} ms; the key press reached the browser ${keySent.p50} ms after that (Playwright round trip) and the page ${keyQueued.p50} ms later; longest frame before it ${round1(Math.max(...opens.map((o) => o.longestFrame)))} ms`,
        },
        {
          case: "compacted (1 row), reopened → synced",
          unit: "ms",
          app: pair(reSynced),
          baseline: pair(bareMerged),
          ratio: ratio(reSynced, bareMerged),
          target: `≤ ${SYNCED_MS} ms`,
          pass: reSynced.p50 <= SYNCED_MS,
          note: `load step ${reLoad.p50} ms; interactive ${reInteractive.p50} ms; baseline: the compacted state applied`,
        },
        {
          case: "stored bytes before compaction",
          unit: "B",
          app: before.bytes,
          baseline: null,
          ratio: null,
          target: null,
          pass: null,
          note: `${before.count} rows; the import alone ${imported.bytes} B`,
        },
        {
          case: "stored bytes after compaction",
          unit: "B",
          app: after.bytes,
          baseline: null,
          ratio: null,
          target: null,
          pass: null,
          note: `${after.count} row${after.count === 1 ? "" : "s"}`,
        },
        {
          case: "growth per committed move (one mouse drag)",
          unit: "B",
          app: drag?.bytes ?? null,
          baseline: null,
          ratio: null,
          target: null,
          pass: null,
          note: `${drag?.rows ?? "?"} row added`,
        },
        {
          case: "growth per committed move (mean of the history)",
          unit: "B",
          app: (before.bytes - imported.bytes) / edits,
          baseline: null,
          ratio: null,
          target: null,
          pass: null,
          note: `${round1(history.msPerMove)} ms per committed move while writing it`,
        },
      ];
      return {
        rows,
        notes: [
          "Fixed on 2026-11-25: the load merged all rows with one `Y.mergeUpdates`, whose time grows with the square of the number of rows (10,001 rows: 2.1 s of CPU in Node); rows were then merged in groups of 64 (~0.1 s in Node). The compaction deleted the 10,001 loaded rows with one request each (~0.5 s of main thread before the first render); runs of consecutive keys are now one key-range delete. Before, same machine, load ≈ 11.5: synced 5,299 / 5,797 ms, load step 3,439 / 4,195 ms, interactive 11,484 / 13,873 ms.",
          "Fixed on 2026-12-03: the load applies the stored rows one by one inside one Yjs transaction (one event, one render) instead of merging them first — the merge was work the apply then repeated (`src/sync/persistence/docPersistence.ts`). Load step 2,007 → 687 ms at a load of about 10; synced 18.3× → 2.6× the bare-Yjs baseline then.",
          `What is left: both times run from navigation start, so they hold the page's own start (the app's bundle fetched and evaluated) before any row is read, and "interactive" waits behind the first render of the ${size.toLocaleString("en-GB")}-element canvas (React Flow, \`src/canvas\`; first element visible at ${firstNode.p50} ms). The load step itself (read, apply, compact) is ${load.p50} ms of the ${synced.p50} ms to synced.`,
          `Bare Yjs, the same ${before.count} rows merged at once with \`Y.mergeUpdates\` and applied (a load that merges every row first): ${bareAtOnce.p50} / ${bareAtOnce.p95} ms.`,
        ],
        raw: {
          opens,
          reopens,
          bare,
          history,
          imported,
          before: { count: before.count, bytes: before.bytes },
          after: { count: after.count, bytes: after.bytes },
          drag,
        },
      };
    } finally {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      rmSync(work, { recursive: true, force: true });
    }
  },
};
