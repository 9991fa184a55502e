#!/usr/bin/env node
// Investigation companion to the remote suite: where does the page's main
// thread spend its time when single peer edits arrive at a large canvas?
//
//   node bench/remote-profile.mjs [--size 1000] [--edits 20] [--burst 1] [--trace]
//
// Builds the app with source maps and the benchmark hook into a temp dir,
// opens a generated document, delivers rounds of remote title edits as the
// remote suite does (one, or a burst of separate updates each in its own task;
// a pause between rounds) under the V8 sampling profiler, and prints how long
// until painted and self time by source file and function, per round.
import os from "node:os";
import path from "node:path";
import { openGenerated } from "./lib/appDoc.mjs";
import { optionReader } from "./lib/args.mjs";
import { buildApp } from "./lib/build.mjs";
import { withBench } from "./lib/harness.mjs";
import { HOOK_PLUGIN } from "./lib/hooks.mjs";
import { printSelfTime, printTraceSelfTime, selfTime, TRACING } from "./lib/profile.mjs";
import { deliverInApp, drawnIds, editMaker, peerOf } from "./lib/remoteEdits.mjs";
import { summary } from "./lib/stats.mjs";

const argv = process.argv.slice(2);
const option = optionReader(argv);
const SIZE = Number(option("size", "1000"));
const EDITS = Number(option("edits", "20"));
const BURST = Number(option("burst", "1"));

await withBench("remote-profile", async (bench) => {
  const appDir = path.join(bench.work, "app");
  console.log("building (source maps, benchmark hook) …");
  await buildApp(appDir, { sourcemap: true, plugins: [HOOK_PLUGIN] });
  const app = await bench.serve(appDir, { signaling: false });
  const appUrl = app.url.replace(/\/$/, "");
  const browser = await bench.launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  console.log(`opening a ${SIZE}-element document; load ${os.loadavg()[0].toFixed(1)}`);
  await openGenerated(page, appUrl, SIZE);
  await page.waitForTimeout(1000);
  const drawn = await drawnIds(page);
  const makeEdits = editMaker(await peerOf(page), drawn);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const TRACE = argv.includes("--trace");
  if (TRACE) await browser.startTracing(page, TRACING);
  const rounds = [];
  for (let k = 0; k < EDITS; k++) {
    const { updates, expected } = makeEdits(BURST);
    rounds.push(await page.evaluate(deliverInApp, { updates, expected }));
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const trace = TRACE ? JSON.parse((await browser.stopTracing()).toString()) : null;
  console.log(
    `\n${EDITS} rounds of ${BURST} remote edits at ${SIZE} elements (${drawn.length} drawn)`,
  );
  console.log(`applied: ${JSON.stringify(summary(rounds.map((f) => f.applied)))}`);
  console.log(`painted: ${JSON.stringify(summary(rounds.map((f) => f.painted)))}`);
  console.log(
    `longest frame: ${JSON.stringify(summary(rounds.map((f) => Math.max(f.loafMax, f.rafGapMax))))}`,
  );
  const times = selfTime(profile, app.url, appDir);
  // The pauses between edits are idle; busy time is what the edits cost.
  console.log(`sampled busy time: ${(times.busy / 1000 / EDITS).toFixed(1)} ms/round`);
  printSelfTime(times, EDITS, "round");
  if (trace) printTraceSelfTime(trace, EDITS, "round");
});
