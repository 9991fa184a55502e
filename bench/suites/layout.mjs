// Auto-layout: seeded ToC-shaped graphs laid out by stage in the app's layout
// worker (src/layout/, through its own main-thread client), in Chromium — time
// from postMessage to positions received on the main thread, and the longest
// main-thread block meanwhile — beside plain ELK layered in the same kind of
// worker on the same graphs.
import path from "node:path";
import { build } from "vite";
import { startServer } from "../../server/serve.mjs";
import { REPO_ROOT } from "../lib/build.mjs";
import { round1, summary } from "../lib/stats.mjs";

const TARGET_MS = 1500; // at 1,000 elements
const BLOCK_MS = 50;

/** The benchmark page (bench/baselines/layout/), bundled by Vite like the stack baseline. */
async function buildLayoutPage(outDir) {
  await build({
    root: path.join(REPO_ROOT, "bench", "baselines", "layout"),
    configFile: false,
    logLevel: "error",
    base: "./",
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
}

export default {
  name: "layout",
  title: "Auto-layout",
  method: [
    "Seeded ToC-shaped graphs (`bench/lib/graph.mjs`: six stages plus impact, ~1.25 links per element) of 100, 500 and 1,000 elements are laid out by stage in Chromium by the app's own code: `runLayout` (`src/layout/runLayout.ts`) posts the elements and links to the layout module worker (`src/layout/layout.worker.ts`: elkjs's bundled build and `layoutByStage`), bundled by Vite from a small page (`bench/baselines/layout/`) as the app bundles it. Time: `performance.now()` just before `runLayout` (which posts at once) → its promise resolving with the positions on the main thread.",
    "Each size runs in a fresh page: its first layout (worker start, loading and compiling ELK, then the layout) is the cold case; the following ones (a different seed each) are the warm cases. At the largest size, more fresh pages give more cold cases, and others first run the app's warm-up (`prepareLayout()`: the worker started and a two-element layout) and then the layout. Main-thread block: the longest `longtask` or `long-animation-frame` entry overlapping any layout (Chromium reports those only from 50 ms up, so 0 means none), with the longest gap between `requestAnimationFrame` callbacks as an upper bound in the notes.",
    "Baseline: plain ELK layered (direction right, the same node size and spacing; no stage constraint, no post-processing) on the same graph in the same kind of module worker, posted and timed the same way, alternating with the app's runs. Ratio = app ÷ baseline. Pass: median ≤ target.",
  ],
  async run(ctx) {
    const sizes = ctx.quick ? [100] : [100, 500, 1000];
    const trials = ctx.quick ? 3 : 7;
    const extraCold = ctx.quick ? 0 : 2; // more fresh pages at the largest size
    const preparedPages = ctx.quick ? 1 : 3;
    const dir = path.join(path.dirname(ctx.appDir), "layout-page");
    ctx.log("  building the auto-layout benchmark page …");
    await buildLayoutPage(dir);
    const server = await startServer({ host: "127.0.0.1", port: 0, root: dir, signaling: false });
    const url = `${server.url.replace(/\/$/, "")}/index.html`;
    try {
      const browser = await ctx.launch();
      const runs = []; // { size, which, cold, ms, longTask, longFrame, rafGap }
      const openPage = async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(url);
        await page.waitForFunction(() => window.__layout?.ready);
        return { context, page, errors };
      };
      const measure = async (page, size, seed, which, cold) => {
        const m = await page.evaluate((args) => window.__layout.measure(args), {
          size,
          seed,
          which,
        });
        if (m.count !== size) throw new Error(`${which} placed ${m.count} of ${size} elements`);
        runs.push({ size, which, cold, seed, ...m });
        return m;
      };
      const largest = sizes[sizes.length - 1];
      for (const size of sizes) {
        const { context, page, errors } = await openPage();
        const coldApp = await measure(page, size, 1, "app", true);
        const coldPlain = await measure(page, size, 1, "plain", true);
        ctx.log(`  ${size}: cold ${round1(coldApp.ms)} ms (plain ELK ${round1(coldPlain.ms)} ms)`);
        for (let t = 0; t < trials; t++) {
          const seed = t + 2;
          const order = t % 2 ? ["plain", "app"] : ["app", "plain"];
          const m = {};
          for (const which of order) m[which] = await measure(page, size, seed, which, false);
          ctx.log(
            `  ${size}: ${round1(m.app.ms)} ms (plain ELK ${round1(m.plain.ms)} ms); longest block ${round1(Math.max(m.app.longTask, m.app.longFrame))} ms, rAF gap ${round1(m.app.rafGap)} ms`,
          );
        }
        if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
        await context.close();
      }
      for (let k = 0; k < extraCold; k++) {
        const { context, page, errors } = await openPage();
        const a = await measure(page, largest, 1, "app", true);
        const p = await measure(page, largest, 1, "plain", true);
        ctx.log(`  ${largest}: cold ${round1(a.ms)} ms (plain ELK ${round1(p.ms)} ms)`);
        if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
        await context.close();
      }

      // The app's warm-up (prepareLayout, as the editor can call it when idle), then the layout.
      const prepared = [];
      for (let k = 0; k < preparedPages; k++) {
        const { context, page, errors } = await openPage();
        const warmUp = await page.evaluate(async () => {
          const t = performance.now();
          await window.__layout.prepare();
          return performance.now() - t;
        });
        const m = await page.evaluate((args) => window.__layout.measure(args), {
          size: largest,
          seed: 1,
          which: "app",
        });
        prepared.push({ warmUp, ...m });
        ctx.log(`  ${largest}: after prepareLayout (${round1(warmUp)} ms) ${round1(m.ms)} ms`);
        if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
        await context.close();
      }

      const pick = (size, which, cold) =>
        runs.filter((r) => r.size === size && r.which === which && r.cold === cold);
      const pair = (s) => ({ p50: s.p50, p95: s.p95 });
      const ratio = (a, b) => (b.p50 > 0 ? a.p50 / b.p50 : null);
      const block = (list) => Math.max(0, ...list.map((r) => Math.max(r.longTask, r.longFrame)));
      const n = (x) => x.toLocaleString("en-GB");
      const rows = [];
      for (const size of sizes) {
        const app = summary(pick(size, "app", false).map((r) => r.ms));
        const plain = summary(pick(size, "plain", false).map((r) => r.ms));
        rows.push({
          case: `${n(size)} elements: postMessage → positions received (warm worker)`,
          unit: "ms",
          app: pair(app),
          baseline: pair(plain),
          ratio: ratio(app, plain),
          target: size === 1000 ? `≤ ${n(TARGET_MS)} ms` : null,
          pass: size === 1000 ? app.p50 <= TARGET_MS : null,
          note: `n = ${app.n}; max ${app.max} ms`,
        });
      }
      const coldApp = summary(pick(largest, "app", true).map((r) => r.ms));
      const coldPlain = summary(pick(largest, "plain", true).map((r) => r.ms));
      rows.push({
        case: `${n(largest)} elements: first layout in a fresh worker (cold)`,
        unit: "ms",
        app: pair(coldApp),
        baseline: pair(coldPlain),
        ratio: ratio(coldApp, coldPlain),
        target: null,
        pass: null,
        note: `n = ${coldApp.n}; includes starting the worker and loading and compiling ELK`,
      });
      const afterPrepare = summary(prepared.map((r) => r.ms));
      const warmUp = summary(prepared.map((r) => r.warmUp));
      rows.push({
        case: `${n(largest)} elements: first layout after \`prepareLayout()\``,
        unit: "ms",
        app: pair(afterPrepare),
        baseline: null,
        ratio: null,
        target: null,
        pass: null,
        note: `n = ${afterPrepare.n}; the warm-up itself (worker start, ELK loaded, a two-element layout) ${warmUp.p50} / ${warmUp.p95} ms, off the main thread`,
      });
      const appRuns = [...runs.filter((r) => r.which === "app"), ...prepared];
      const plainRuns = runs.filter((r) => r.which === "plain");
      const appBlock = block(appRuns);
      rows.push({
        case: "Longest main-thread block while laying out (every run above)",
        unit: "ms",
        app: appBlock,
        baseline: block(plainRuns),
        ratio: null,
        target: `≤ ${BLOCK_MS} ms`,
        pass: appBlock <= BLOCK_MS,
        note: `0 = no long task or long animation frame; longest rAF gap ${round1(Math.max(...appRuns.map((r) => r.rafGap)))} ms (baseline ${round1(Math.max(...plainRuns.map((r) => r.rafGap)))} ms); n = ${appRuns.length} layouts`,
      });
      const notes = [
        `Cold first layouts by size (app / plain ELK): ${sizes
          .map(
            (s) =>
              `${n(s)}: ${round1(pick(s, "app", true)[0].ms)} / ${round1(pick(s, "plain", true)[0].ms)} ms`,
          )
          .join("; ")}.`,
      ];
      return { rows, notes, raw: { runs } };
    } finally {
      await server.close();
    }
  },
};
