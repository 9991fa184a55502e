// Builds what the benchmark serves, into a private temporary directory (never
// touching dist/, which other work may be using): the app's production build
// (the repo's vite.config.ts, i.e. what `npx vite build` makes) and the bare
// y-webrtc baseline page (bench/baselines/webrtc/, bundled by Vite too).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = path.resolve(BENCH, "..");

/**
 * @param {string} outDir
 * @param {{ sourcemap?: boolean, plugins?: import("vite").Plugin[] }} [options] extra plugins
 *   add the benchmark hook (bench/lib/hooks.mjs, also used by bench/remote-profile.mjs) or
 *   swap a module for an investigation build (bench/session-profile.mjs); src/ is never changed.
 */
export async function buildApp(outDir, { sourcemap = false, plugins = [] } = {}) {
  await build({
    root: REPO_ROOT,
    configFile: path.join(REPO_ROOT, "vite.config.ts"),
    logLevel: "error",
    plugins,
    build: { outDir, emptyOutDir: true, sourcemap },
  });
}

export async function buildBaseline(outDir) {
  await build({
    root: path.join(BENCH, "baselines", "webrtc"),
    configFile: false,
    logLevel: "error",
    base: "./",
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
}

/** The bare React + React Flow + Yjs page (bench/baselines/stack/), built like the app. */
export async function buildStackBaseline(outDir) {
  await build({
    root: path.join(BENCH, "baselines", "stack"),
    configFile: false,
    logLevel: "error",
    base: "./",
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
}
