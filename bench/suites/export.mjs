// Export at 100 and 1,000 elements: from pressing Export in the dialog until the browser
// has the download, for SVG, PNG (2×) and the Word report (diagram included), beside the
// .toc.json export (serialising the model, nothing drawn) measured the same way in the
// same run; and the longest main-thread frame while each export runs (the page must stay
// responsive: the files are built in a worker, only the PNG is drawn in the page).
import { statSync } from "node:fs";
import { openGenerated } from "../lib/appDoc.mjs";
import { round1, summary } from "../lib/stats.mjs";

const TARGETS = { svg: 1000, png: 2000, docx: 3000 };
const FORMATS = {
  toc: "ToC Studio file (.toc.json)",
  svg: "Picture, sharp at any size (.svg)",
  png: "Picture (.png)",
  docx: "Word report (.docx)",
};

/** Long Animation Frames from now on, read back by longestFrame(). */
function watchFrames() {
  window.__exportFrames = [];
  try {
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__exportFrames.push(e.duration);
    });
    observer.observe({ type: "long-animation-frame" });
    window.__exportObserver?.disconnect();
    window.__exportObserver = observer;
  } catch {}
}

async function exportOnce(page, format) {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: FORMATS[format] }).check();
  if (format === "png") await dialog.getByRole("radio", { name: "2× (sharp)" }).check();
  await page.evaluate(watchFrames);
  const alert = dialog.getByRole("alert");
  const downloading = page.waitForEvent("download", { timeout: 120_000 });
  const started = performance.now();
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  // A refusal (a picture above the size cap) is an answer too: the dialog says why.
  const outcome = await Promise.race([
    downloading.then((download) => ({ download })),
    alert.waitFor({ timeout: 120_000 }).then(() => ({ download: null })),
  ]);
  const ms = performance.now() - started;
  const longest = await page.evaluate(() => Math.max(0, ...(window.__exportFrames ?? [])));
  if (!outcome.download) {
    const refused = await alert.textContent();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    downloading.catch(() => {});
    return { ms, longest, bytes: 0, refused };
  }
  await dialog.waitFor({ state: "hidden", timeout: 30_000 });
  const bytes = statSync(await outcome.download.path()).size;
  await outcome.download.delete();
  return { ms, longest, bytes };
}

export default {
  name: "export",
  title: "Export",
  method: [
    "Seeded ToC-shaped graphs of 100 and 1,000 elements (`bench/lib/graph.mjs`), imported through the library like a user's file, logic-model framing. Each export is driven as a person does it: Export…, choose the format, press Export; the time runs from that press (Playwright's click) until the browser reports the download. SVG and the Word report are built in the export worker; the Word report's diagram is SVG with a PNG fallback at 1× (or the largest scale the browser can draw), and that fallback, like a PNG export (2×, white), is drawn by the page's canvas. Longest frame: the longest Long Animation Frame (Chromium reports those from 50 ms) while the export runs; 0 means none.",
    "Baseline: the .toc.json export (the model serialised, nothing drawn) through the same dialog in the same run. Ratio = format ÷ baseline. Targets at 1,000 elements: SVG ≤ 1 s, PNG ≤ 2 s, Word ≤ 3 s (median).",
  ],
  async run(ctx) {
    const sizes = ctx.quick ? [100] : [100, 1000];
    const reps = ctx.quick ? 1 : 3;
    const browser = await ctx.launch();
    const rows = [];
    const raw = {};
    for (const size of sizes) {
      const context = await browser.newContext({
        serviceWorkers: "block",
        acceptDownloads: true,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await openGenerated(page, ctx.appUrl, size);
      const samples = { toc: [], svg: [], png: [], docx: [] };
      // Warm-up, untimed: the dialog, the worker and each format's lazily loaded code.
      for (const format of Object.keys(samples)) await exportOnce(page, format);
      for (let rep = 0; rep < reps; rep++) {
        for (const format of Object.keys(samples))
          samples[format].push(await exportOnce(page, format));
      }
      await context.close();
      raw[size] = samples;
      const base = summary(samples.toc.map((s) => s.ms));
      const label = size.toLocaleString("en-GB");
      for (const format of ["svg", "png", "docx"]) {
        const refused = samples[format].find((x) => x.refused)?.refused;
        const s = summary(samples[format].map((x) => x.ms));
        const longest = Math.max(...samples[format].map((x) => x.longest));
        const target = size >= 1000 ? TARGETS[format] : null;
        rows.push({
          case: `${FORMATS[format]}, ${label} elements: press → download`,
          unit: "ms",
          app: { p50: s.p50, p95: s.p95 },
          baseline: { p50: base.p50, p95: base.p95 },
          ratio: base.p50 ? s.p50 / base.p50 : null,
          target: target ? `≤ ${target.toLocaleString("en-GB")} ms` : null,
          pass: target ? !refused && s.p50 <= target : null,
          note: refused
            ? `refused, as designed, after ${round1(s.p50)} ms: “${refused}”`
            : `n = ${samples[format].length}; longest frame ${round1(longest)} ms; ${Math.round(samples[format][0].bytes / 1024).toLocaleString("en-GB")} KiB`,
        });
        ctx.log(
          `  ${format} at ${label}: ${round1(s.p50)} ms (toc ${round1(base.p50)} ms), longest frame ${round1(longest)} ms`,
        );
      }
    }
    return {
      rows,
      notes: [
        `${reps} repetition(s) per format and size, formats interleaved, after one untimed export of each format.`,
      ],
      raw,
    };
  },
};
