// Cold start: a first visit with an empty library, and reopening a 1,000-element
// document, in a fresh browser context each time (empty HTTP cache, new renderer
// process, no service worker), beside the bare stack page empty and drawing the same
// graph. Two numbers per case, each from its own fresh context:
// - interactive: the in-page time (performance.now(), from navigation start) at which
//   a key press is handled once the case's target is visible. Playwright presses a key
//   nobody uses (F9) back to back from the moment navigation commits; a capture
//   listener installed before any page script records when each keydown is handled and
//   stops it there, so the app never sees it. A press sent while the main thread is busy
//   waits in the input queue, so the first keydown handled after the target became
//   visible marks the first moment the page both shows something and answers input.
// - largest contentful paint: the last 'largest-contentful-paint' entry, in a separate
//   load without any input (input ends LCP reporting), read after the target is visible
//   and the page has painted for a second (its own time) with no new entry.

import { openGenerated } from "../lib/appDoc.mjs";
import { generateGraph } from "../lib/graph.mjs";
import { summary } from "../lib/stats.mjs";

const PROBE_KEY = "F9";

/**
 * Runs in the page before any of its scripts: records when the target first shows, every
 * probe keydown, FCP and LCP entries. `selector` is a CSS selector, optionally with a
 * text the element must contain ("button|New theory of change").
 */
function instrument({ target, probeKey }) {
  const [selector, text] = target.split("|");
  const bench = {
    visibleAt: null,
    interactiveAt: null,
    inputDelay: null,
    keys: [],
    lcp: [],
    fcp: null,
  };
  window.__bench = bench;
  const shows = (el) => {
    if (text && !el.textContent.includes(text)) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    if (r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) return false;
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const look = () => {
    if (bench.visibleAt !== null) return;
    for (const el of document.querySelectorAll(selector)) {
      if (shows(el)) {
        bench.visibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  addEventListener(
    "keydown",
    (event) => {
      if (event.key !== probeKey) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      const now = performance.now();
      bench.keys.push([Math.round(event.timeStamp), Math.round(now)]);
      if (bench.visibleAt !== null && bench.interactiveAt === null) {
        bench.interactiveAt = now;
        // How long this press waited for the main thread.
        bench.inputDelay = now - event.timeStamp;
      }
    },
    true,
  );
  addEventListener(
    "keyup",
    (event) => event.key === probeKey && event.stopImmediatePropagation(),
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      bench.lcp.push({
        at: e.startTime,
        size: e.size,
        element: el
          ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}`
          : null,
      });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === "first-contentful-paint") bench.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
}

/** Reads every IndexedDB database of the page's origin (Uint8Arrays as plain arrays). */
async function dumpIndexedDb() {
  const pack = (v) => {
    if (v instanceof Uint8Array) return { __u8: Array.from(v) };
    if (Array.isArray(v)) return v.map(pack);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pack(x)]));
    return v;
  };
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const out = [];
  for (const info of await indexedDB.databases()) {
    const db = await req(indexedDB.open(info.name));
    const stores = [];
    for (const name of db.objectStoreNames) {
      const store = db.transaction(name).objectStore(name);
      stores.push({
        name,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((i) => {
          const index = store.index(i);
          return {
            name: i,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        }),
        keys: pack(await req(store.getAllKeys())),
        values: pack(await req(store.getAll())),
      });
    }
    out.push({ name: db.name, version: db.version, stores });
    db.close();
  }
  return out;
}

/** Recreates databases dumped by dumpIndexedDb in the page's origin. */
async function loadIndexedDb(dump) {
  const unpack = (v) => {
    if (Array.isArray(v)) return v.map(unpack);
    if (v && typeof v === "object") {
      if (Array.isArray(v.__u8)) return new Uint8Array(v.__u8);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unpack(x)]));
    }
    return v;
  };
  for (const database of dump) {
    const open = indexedDB.open(database.name, database.version);
    open.onupgradeneeded = () => {
      for (const s of database.stores) {
        const store = open.result.createObjectStore(s.name, {
          keyPath: s.keyPath ?? undefined,
          autoIncrement: s.autoIncrement,
        });
        for (const i of s.indexes)
          store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    const db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = database.stores.map((s) => s.name);
    if (names.length) {
      const tx = db.transaction(names, "readwrite");
      for (const s of database.stores) {
        const store = tx.objectStore(s.name);
        const values = unpack(s.values);
        const keys = unpack(s.keys);
        values.forEach((value, i) => {
          if (s.keyPath === null) store.put(value, keys[i]);
          else store.put(value);
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }
}

/**
 * One cold load in a fresh context: a blank page on the same origin first (a 404, where
 * IndexedDB is seeded when the case needs it), then the page under test.
 */
async function coldLoad(browser, c, mode, quietMs) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(`${c.origin}/__bench-blank`);
    if (c.idb) await page.evaluate(loadIndexedDb, c.idb);
    await page.addInitScript(instrument, { target: c.target, probeKey: PROBE_KEY });
    await page.goto(c.url, { waitUntil: "commit" });
    const deadline = Date.now() + 60_000;
    if (mode !== "interactive") {
      await page.waitForFunction(
        () => window.__bench && window.__bench.visibleAt !== null,
        undefined,
        {
          timeout: 60_000,
        },
      );
      // Quiet in the page's own time: a long task must not count as quiet, so wait for
      // `quietMs` and at least 20 painted frames with no new LCP entry.
      await page.evaluate(async (quiet) => {
        const bench = window.__bench;
        let seen = bench.lcp.length;
        let since = performance.now();
        let frames = 0;
        const end = performance.now() + 60_000;
        while (performance.now() < end) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          frames++;
          if (bench.lcp.length !== seen) {
            seen = bench.lcp.length;
            since = performance.now();
            frames = 0;
          } else if (performance.now() - since >= quiet && frames >= 20) return;
        }
      }, quietMs);
    }
    if (mode !== "lcp") {
      for (;;) {
        await page.keyboard.press(PROBE_KEY).catch(() => {});
        const done = await page
          .evaluate(() => (window.__bench ? window.__bench.interactiveAt !== null : false))
          .catch(() => false);
        if (done) break;
        if (Date.now() > deadline) throw new Error(`${c.name}: not interactive within 60 s`);
      }
    }
    const bench = await page.evaluate(() => ({
      ...window.__bench,
      rendered: document.querySelectorAll(".react-flow__node").length,
    }));
    if (c.check) await c.check(page);
    return bench;
  } finally {
    await context.close();
  }
}

const rounded = (x) => (x === null ? null : Math.round(x * 10) / 10);

export default {
  name: "startup",
  title: "Cold start",
  method: [
    "Every load is a cold start: a fresh browser context (empty HTTP cache, a new renderer process, service workers blocked), first on a blank page of the same origin (where IndexedDB is filled when the case needs a stored document), then navigation to the page under test in Chromium's default 1280 × 720 viewport. Times are in-page `performance.now()` from that navigation's start.",
    "**Interactive**: the page shows its target and handles a key press. From the moment navigation commits, Playwright presses F9 back to back (each press waits until the page has taken it); a capture listener installed before any page script stops each press before the app sees it and records when it ran. The number is the time of the first press handled after the target became visible (checked every animation frame: in the viewport, non-zero size, not hidden). A press sent while the main thread is busy waits, so long tasks after the first paint push it out.",
    "**Largest contentful paint**: the last `largest-contentful-paint` entry, from a separate cold load with no input at all (input ends LCP reporting), read once the target is visible and no new entry has come for one second and at least 20 painted frames (the wait runs in the page, so a long task does not count as quiet).",
    "Targets — app, empty library: the library at `#/` with nothing stored, target the “New theory of change” button. App, 1,000 elements: a seeded 1,000-element theory of change (`bench/lib/graph.mjs`, imported once through the library's Import button, then its IndexedDB contents copied into each fresh context) opened at `#/doc/<id>`, target the first `.react-flow__node`. Baseline: the bare stack page (React + React Flow + Yjs, `bench/baselines/stack/`) with an empty canvas (target: the React Flow pane) and at `?size=1000` (the same graph; target the first `.react-flow__node`). The cases take turns in each repetition; median / p95 over the repetitions. Ratio = app ÷ baseline (medians).",
  ],
  async run(ctx) {
    const size = ctx.quick ? 200 : 1000;
    const reps = ctx.quick ? 1 : 5;
    const quietMs = ctx.quick ? 300 : 1000;
    // --quick: one load per case, LCP first, then the key presses (a smoke run: its
    // interactive times include the wait for LCP).
    const modes = ctx.quick ? ["both"] : ["interactive", "lcp"];
    const browser = await ctx.launch();

    ctx.log(`  importing a ${size}-element document once …`);
    const seedContext = await browser.newContext({ serviceWorkers: "block" });
    const seedPage = await seedContext.newPage();
    const docUrl = await openGenerated(seedPage, ctx.appUrl, size);
    const docHash = new URL(docUrl).hash;
    const idb = await seedPage.evaluate(dumpIndexedDb);
    await seedContext.close();
    const links = generateGraph(size, 1).links.length;

    const nodeTarget = ".react-flow__node";
    const cases = [
      {
        name: "app-empty",
        origin: ctx.appUrl,
        url: `${ctx.appUrl}/#/`,
        target: "button|New theory of change",
      },
      {
        name: "stack-empty",
        origin: ctx.stackUrl,
        url: `${ctx.stackUrl}/`,
        target: ".react-flow__pane",
      },
      {
        name: "app-doc",
        origin: ctx.appUrl,
        url: `${ctx.appUrl}/${docHash}`,
        target: nodeTarget,
        idb,
        check: async (page) => {
          // The document really opened from this context's IndexedDB.
          await page
            .getByText(`${size.toLocaleString("en-GB")} elements`, { exact: false })
            .first()
            .waitFor({ timeout: 60_000 });
        },
      },
      {
        name: "stack-doc",
        origin: ctx.stackUrl,
        url: `${ctx.stackUrl}/?size=${size}`,
        target: nodeTarget,
      },
    ];
    const results = Object.fromEntries(
      cases.map((c) => [c.name, { interactive: [], lcp: [], raw: [] }]),
    );
    for (let rep = 0; rep < reps; rep++) {
      for (const c of cases) {
        for (const mode of modes) {
          const b = await coldLoad(browser, c, mode, quietMs);
          const r = results[c.name];
          if (mode !== "lcp") r.interactive.push(b.interactiveAt);
          if (mode !== "interactive" && b.lcp.length) r.lcp.push(b.lcp.at(-1).at);
          r.raw.push({
            rep,
            mode,
            visibleAt: rounded(b.visibleAt),
            interactiveAt: rounded(b.interactiveAt),
            inputDelay: rounded(b.inputDelay),
            rendered: b.rendered,
            keys: b.keys,
            fcp: rounded(b.fcp),
            lcp: b.lcp.at(-1) ? { ...b.lcp.at(-1), at: rounded(b.lcp.at(-1).at) } : null,
          });
        }
      }
      ctx.log(
        `  rep ${rep + 1}/${reps}: ${cases
          .map(
            (c) =>
              `${c.name} ${Math.round(results[c.name].interactive.at(-1))} / ${Math.round(results[c.name].lcp.at(-1) ?? Number.NaN)} ms`,
          )
          .join(", ")}`,
      );
    }

    const s = Object.fromEntries(
      Object.entries(results).map(([k, r]) => [
        k,
        { interactive: summary(r.interactive), lcp: summary(r.lcp) },
      ]),
    );
    const pair = (stat) => (stat.n ? { p50: stat.p50, p95: stat.p95 } : null);
    const ratio = (a, b) => (a.n && b.n && b.p50 ? Math.round((a.p50 / b.p50) * 100) / 100 : null);
    const row = (label, app, base, note) => ({
      case: label,
      unit: "ms",
      app: pair(app),
      baseline: pair(base),
      ratio: ratio(app, base),
      target: null,
      pass: null,
      note,
    });
    const visible = (name) =>
      summary(results[name].raw.filter((x) => x.mode !== "lcp").map((x) => x.visibleAt)).p50;
    const lcpElement = (name) => {
      const els = results[name].raw
        .filter((x) => x.mode !== "interactive")
        .map((x) => x.lcp?.element ?? "none");
      return [...new Set(els)].join(", ");
    };
    const rendered = (name) => summary(results[name].raw.map((x) => x.rendered)).p50;
    const sizeLabel = size.toLocaleString("en-GB");
    const rows = [
      row(
        "Interactive, empty library (baseline: empty canvas)",
        s["app-empty"].interactive,
        s["stack-empty"].interactive,
      ),
      row(
        `Interactive, ${sizeLabel}-element document`,
        s["app-doc"].interactive,
        s["stack-doc"].interactive,
      ),
      row(
        "Largest contentful paint, empty library (baseline: empty canvas)",
        s["app-empty"].lcp,
        s["stack-empty"].lcp,
      ),
      row(
        `Largest contentful paint, ${sizeLabel}-element document`,
        s["app-doc"].lcp,
        s["stack-doc"].lcp,
      ),
    ];
    const notes = [
      `${reps} repetitions per case and measure; the document has ${sizeLabel} elements and ${links.toLocaleString("en-GB")} links.`,
      `Target first visible (median, interactive loads): app empty ${visible("app-empty")} ms, baseline empty ${visible("stack-empty")} ms; app document ${visible("app-doc")} ms, baseline ${visible("stack-doc")} ms. The gap between visible and interactive is the main thread's work right after the first paint.`,
      `LCP elements — app empty: ${lcpElement("app-empty")}; baseline empty: ${lcpElement("stack-empty")}; app document: ${lcpElement("app-doc")}; baseline document: ${lcpElement("stack-doc")}. The pages paint different content, so compare LCP ratios with care.`,
      `Nodes in the DOM at the end of the document loads (median): app ${rendered("app-doc")}, baseline ${rendered("stack-doc")}. The app fits the document to the window, down to its minimum zoom (0.1); the stack page opens at zoom 1. Both render only the nodes in view (above 300 elements), so the document rows compare the app's real opening with a smaller React Flow drawing, not like with like.`,
    ];
    return { rows, notes, summary: s, raw: results };
  },
};
