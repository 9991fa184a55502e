// The one skeleton of a benchmark run (bench/run.mjs, the live-session benchmark and the
// profilers): a private work folder for the builds, servers on free ports of 127.0.0.1, Chromium
// processes with the shared flags, and all of it closed and removed at the end, also after a
// failure.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { startServer } from "../../server/serve.mjs";
import { LAUNCH } from "./peers.mjs";

/**
 * A work folder named toc-bench-<name>-…, and what a run starts in it; close() tears it all down.
 * keep: leave the work folder (to look at the builds).
 * @param {string} name
 * @param {{ keep?: boolean }} [options]
 */
export function createBench(name, { keep = false } = {}) {
  const work = mkdtempSync(path.join(os.tmpdir(), `toc-bench-${name}-`));
  const servers = [];
  const browsers = [];
  const bench = {
    work,
    /**
     * Serves a build folder on a free port (with the signaling server unless told not to).
     * @param {string} root
     * @param {{ signaling?: false }} [options]
     */
    async serve(root, options = {}) {
      const server = await startServer({ host: "127.0.0.1", port: 0, root, ...options });
      servers.push(server);
      return server;
    },
    /** A fresh Chromium process. */
    async launch() {
      const browser = await chromium.launch(LAUNCH);
      browsers.push(browser);
      return browser;
    },
    /** Closes every browser launched so far (between suites). */
    async closeBrowsers() {
      await Promise.all(browsers.splice(0).map((b) => b.close().catch(() => {})));
    },
    /** Closes browsers and servers and removes the work folder. */
    async close() {
      await bench.closeBrowsers();
      await Promise.all(servers.splice(0).map((s) => s.close()));
      if (!keep) rmSync(work, { recursive: true, force: true });
    },
  };
  return bench;
}

/**
 * Runs `body(bench)`, then tears down whatever it started, also after a failure.
 * @template T
 * @param {string} name
 * @param {(bench: ReturnType<typeof createBench>) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withBench(name, body) {
  const bench = createBench(name);
  try {
    return await body(bench);
  } finally {
    await bench.close();
  }
}
