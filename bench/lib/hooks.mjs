// The app with a benchmark hook: the production build plus one global,
// `window.__tocBench`, that hands a benchmark the app's own Yjs module, its
// transaction origins, the open document, the app's database and document
// opening and its move command (what a drag's end writes), so
// it can apply a peer's update with the REMOTE origin or make edits through the
// app's own write path. The hook is appended to src/store/editorDocument.ts at build
// time by a Vite plugin (as bench/lib/variants.mjs does): src/ is never changed,
// nothing in the app calls it, and everything it names is already in the app's
// bundle. Built once per process and served beside the plain build.
import path from "node:path";
import { startServer } from "../../server/serve.mjs";
import { buildApp } from "./build.mjs";

const HOOK = `
import * as __tocBenchY from "yjs";
import { LOCAL as __tocBenchLocal, REMOTE as __tocBenchRemote } from "../doc/origins";
import { moveElements as __tocBenchMoveElements } from "../doc/commands";
globalThis.__tocBench = {
  Y: __tocBenchY,
  LOCAL: __tocBenchLocal,
  REMOTE: __tocBenchRemote,
  moveElements: __tocBenchMoveElements,
  activeDocument,
  getDatabase,
  openDocument,
};
`;

export const HOOK_PLUGIN = {
  name: "bench-hook",
  enforce: "pre",
  transform(code, id) {
    if (id.endsWith("/src/store/editorDocument.ts")) return { code: code + HOOK, map: null };
  },
};

let serving = null;

/**
 * Builds (once per process) and serves the hooked app next to ctx.appDir (inside the run's
 * temporary directory, which bench/run.mjs removes). The server is unref'd: it never keeps
 * the process alive.
 * @param {{ appDir: string, log: (m: string) => void }} ctx
 * @returns {Promise<string>} its URL, without a trailing slash
 */
export function hookedAppUrl(ctx) {
  serving ??= (async () => {
    const dir = path.join(path.dirname(ctx.appDir), "app-bench-hook");
    ctx.log("building the app with the benchmark hook …");
    await buildApp(dir, { plugins: [HOOK_PLUGIN] });
    const server = await startServer({ host: "127.0.0.1", port: 0, root: dir, signaling: false });
    server.server.unref();
    return server.url.replace(/\/$/, "");
  })();
  return serving;
}
