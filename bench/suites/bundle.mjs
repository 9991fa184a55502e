// Initial JS: what a first visit downloads before anything can be drawn. Read from
// the built files (index.html's module script, modulepreloads and stylesheets, then
// every static import of those chunks, transitively; dynamic import() and workers
// are not followed) and gzipped here, for the app and for the bare stack page built
// the same way. Cross-checked in Chromium: the scripts and stylesheets requested
// before the first contentful paint must be the same files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseAst } from "vite";
import { round1 } from "../lib/stats.mjs";

const TARGET_KB = 230;
const NEW_BUTTON =
  "[...document.querySelectorAll('button')].some((b) => b.textContent.includes('New theory of change'))";
const kB = (bytes) => Math.round(bytes / 100) / 10;
// The same gzip as Vite's build report (zlib's default level).
const gzipBytes = (buffer) => gzipSync(buffer).length;

/** Path of a URL from index.html or a chunk, relative to the build directory. */
function resolveAsset(dir, fromFile, url) {
  const base = new URL(`http://bench.invalid/${fromFile}`);
  const { pathname } = new URL(url, base);
  const relative = decodeURIComponent(pathname).replace(/^\//, "");
  const file = path.join(dir, relative);
  if (!file.startsWith(dir)) throw new Error(`${url} leaves the build directory`);
  return relative;
}

/** Static imports of one ES module chunk (import … from, import "…", export … from). */
function staticImports(code) {
  const found = [];
  for (const node of parseAst(code).body) {
    if (
      node.type === "ImportDeclaration" ||
      node.type === "ExportAllDeclaration" ||
      (node.type === "ExportNamedDeclaration" && node.source)
    ) {
      found.push(node.source.value);
    }
  }
  return found;
}

/**
 * The files a page needs before first paint, per index.html and static imports.
 * @param {string} dir build directory
 * @returns {{ js: string[], css: string[] }} paths relative to dir
 */
export function initialAssets(dir) {
  const html = readFileSync(path.join(dir, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  const attr = (tag, name) =>
    tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i"))?.[1];
  const js = [];
  const css = [];
  const queue = [];
  for (const tag of tags) {
    if (/^<script/i.test(tag)) {
      const src = attr(tag, "src");
      if (src) queue.push(resolveAsset(dir, "index.html", src));
    } else {
      const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
      const href = attr(tag, "href");
      if (!href) continue;
      if (rel.includes("modulepreload")) queue.push(resolveAsset(dir, "index.html", href));
      if (rel.includes("stylesheet")) css.push(resolveAsset(dir, "index.html", href));
    }
  }
  while (queue.length) {
    const file = queue.shift();
    if (js.includes(file)) continue;
    js.push(file);
    const code = readFileSync(path.join(dir, file), "utf8");
    for (const spec of staticImports(code)) {
      if (!/^(\.{0,2}\/)/.test(spec)) throw new Error(`${file} imports "${spec}", not a file`);
      queue.push(resolveAsset(dir, file, spec));
    }
  }
  return { js, css };
}

function sizes(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const buffer = readFileSync(path.join(dir, file));
    raw += buffer.length;
    gzip += gzipBytes(buffer);
  }
  return { raw, gzip };
}

/** Every .js file the build emitted (lazy chunks and workers too), gzipped. */
function allJs(dir) {
  const files = [];
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const relative = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else if (name.endsWith(".js") && name !== "sw.js") files.push(relative);
    }
  };
  walk("");
  return { files, ...sizes(dir, files) };
}

/**
 * Scripts and stylesheets the browser requested before the first contentful paint,
 * in a fresh context (empty cache, no service worker), waiting until `ready` holds.
 */
async function requestedBeforePaint(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { timeout: 60_000 });
    return await page.evaluate(async () => {
      // FCP may land a frame after the ready condition holds.
      for (let i = 0; i < 50; i++) {
        if (performance.getEntriesByName("first-contentful-paint").length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
      const resources = performance
        .getEntriesByType("resource")
        .filter((e) => fcp === null || e.startTime < fcp)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ""))
        .filter((p) => /\.(js|css)$/.test(p));
      return { fcp, resources };
    });
  } finally {
    await context.close();
  }
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

export default {
  name: "bundle",
  title: "Initial JS",
  method: [
    "What a first visit downloads before the first paint, from the production build: the module script, `modulepreload` links and stylesheets in `index.html`, plus every chunk those scripts import statically (transitively). Dynamic `import()` chunks and Web Workers are not counted. Sizes are the files gzipped with zlib's default level (as Vite's build report), in kB of 1,000 bytes; JavaScript and CSS are counted separately and the target applies to the JavaScript.",
    "Baseline: the bare stack page (`bench/baselines/stack/`: React 19, React Flow 12 with its stylesheet, Background, Controls and MiniMap, and Yjs; nothing of ours), built by Vite the same way and measured the same way. Ratio = app ÷ baseline.",
    "Cross-check: each page is loaded in Chromium with an empty cache and no service worker; the `.js` and `.css` resources whose requests started before the first contentful paint must be exactly the files counted above (a mismatch is reported in the notes).",
  ],
  async run(ctx) {
    const pages = {
      app: { dir: ctx.appDir, url: `${ctx.appUrl}/#/`, ready: NEW_BUTTON },
      baseline: {
        dir: ctx.stackDir,
        url: `${ctx.stackUrl}/`,
        ready: "window.__stack?.ready && !!document.querySelector('.react-flow__pane')",
      },
    };
    const measured = {};
    for (const [key, p] of Object.entries(pages)) {
      const assets = initialAssets(p.dir);
      measured[key] = {
        ...assets,
        jsSize: sizes(p.dir, assets.js),
        cssSize: sizes(p.dir, assets.css),
        all: allJs(p.dir),
      };
      ctx.log(
        `  ${key}: ${assets.js.length} JS file(s) ${kB(measured[key].jsSize.gzip)} kB gzip, CSS ${kB(measured[key].cssSize.gzip)} kB`,
      );
    }

    const notes = [];
    const browser = await ctx.launch();
    for (const [key, p] of Object.entries(pages)) {
      const seen = await requestedBeforePaint(browser, p.url, p.ready);
      const js = seen.resources.filter((r) => r.endsWith(".js"));
      const css = seen.resources.filter((r) => r.endsWith(".css"));
      const agrees = sameSet(js, measured[key].js) && sameSet(css, measured[key].css);
      measured[key].browser = { fcpMs: round1(seen.fcp), js, css, agrees };
      notes.push(
        agrees
          ? `Browser check (${key}): the ${js.length} script(s) and ${css.length} stylesheet(s) requested before the first contentful paint (${round1(seen.fcp)} ms) are exactly the counted files.`
          : `Browser check (${key}) DISAGREES: before the first contentful paint (${round1(seen.fcp)} ms) Chromium requested ${[...js, ...css].join(", ") || "nothing"}; counted ${[...measured[key].js, ...measured[key].css].join(", ")}.`,
      );
    }

    const { app, baseline } = measured;
    const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);
    const rows = [
      {
        case: "Initial JavaScript, gzip",
        unit: "kB",
        app: kB(app.jsSize.gzip),
        baseline: kB(baseline.jsSize.gzip),
        ratio: ratio(app.jsSize.gzip, baseline.jsSize.gzip),
        target: `≤ ${TARGET_KB} kB`,
        pass: app.jsSize.gzip / 1000 <= TARGET_KB,
        note: `${app.js.length} file(s); baseline ${baseline.js.length}`,
      },
      {
        case: "Initial JavaScript, minified (not gzipped)",
        unit: "kB",
        app: kB(app.jsSize.raw),
        baseline: kB(baseline.jsSize.raw),
        ratio: ratio(app.jsSize.raw, baseline.jsSize.raw),
        target: null,
        pass: null,
      },
      {
        case: "Initial CSS, gzip",
        unit: "kB",
        app: kB(app.cssSize.gzip),
        baseline: kB(baseline.cssSize.gzip),
        ratio: ratio(app.cssSize.gzip, baseline.cssSize.gzip),
        target: null,
        pass: null,
      },
      {
        case: "All JavaScript in the build (lazy chunks and workers too), gzip",
        unit: "kB",
        app: kB(app.all.gzip),
        baseline: kB(baseline.all.gzip),
        ratio: ratio(app.all.gzip, baseline.all.gzip),
        target: null,
        pass: null,
        note: `${app.all.files.length} file(s); baseline ${baseline.all.files.length}`,
      },
    ];
    notes.push(
      "Live-session code is loaded on demand: until commit 873f3dd the entry chunk also held y-webrtc, simple-peer and the peer guard (`src/sync/session/liveSession.ts` and what it imports), 215.3 kB gzip by this method (Vite's build report said 217.4 kB; its compressor differs from zlib's by about 1 %). `store/collab.ts` now imports that module when a session starts; the service worker still precaches it for offline use.",
    );
    notes.unshift(
      `Initial files — app: ${[...app.js, ...app.css].join(", ")}; baseline: ${[...baseline.js, ...baseline.css].join(", ")}. Loaded later by the app: ${
        app.all.files.filter((f) => !app.js.includes(f)).join(", ") || "nothing"
      }.`,
    );
    return { rows, notes, files: measured };
  },
};
