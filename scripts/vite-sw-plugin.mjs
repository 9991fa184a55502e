// Vite plugin: after a production build, write dist/sw.js from src/app/pwa/sw-template.js,
// filled with the list of every emitted file (relative URLs) and a hash of that list's contents.
// Source maps and sw.js itself are not precached.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DEFAULT_TEMPLATE = fileURLToPath(new URL("../src/app/pwa/sw-template.js", import.meta.url));
const SW_FILE = "sw.js";

/** Every file below dir, as forward-slash paths relative to dir, sorted. */
export function listFiles(dir, prefix = "") {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) files.push(...listFiles(path.join(dir, entry.name), `${relative}/`));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

/** Edited by whoever hosts the app, so always fetched fresh (see sw-template.js). */
export const SESSION_CONFIG = "session-config.json";

/** Files the service worker should precache, from a list of dist-relative paths. */
export function precacheList(files) {
  return files.filter(
    (file) =>
      file !== SW_FILE &&
      file !== SESSION_CONFIG &&
      !file.endsWith(".map") &&
      !/(^|\/)\./.test(file),
  );
}

/** Fills the template; throws if a placeholder is missing, so a template edit cannot go unnoticed. */
export function renderServiceWorker(template, { version, urls }) {
  const fills = [
    ['"__SW_VERSION__"', JSON.stringify(version)],
    ["/* __SW_PRECACHE__ */ []", JSON.stringify(urls, null, 2)],
  ];
  let out = template;
  for (const [placeholder, value] of fills) {
    if (out.split(placeholder).length !== 2) {
      throw new Error(`sw template must contain ${placeholder} exactly once`);
    }
    out = out.replace(placeholder, () => value);
  }
  return out;
}

/** @param {{ template?: string }} [options] */
export function serviceWorker(options = {}) {
  const templatePath = options.template ?? DEFAULT_TEMPLATE;
  let outDir = "dist";
  let logger = console;
  return {
    name: "toc-studio-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle(error) {
      // A failed build must show its own error, not one from here: write nothing.
      if (error || !existsSync(path.join(outDir, "index.html"))) return;
      const files = precacheList(listFiles(outDir));
      const hash = createHash("sha256");
      for (const file of files)
        hash
          .update(file)
          .update("\0")
          .update(readFileSync(path.join(outDir, file)));
      const version = hash.digest("hex").slice(0, 16);
      const urls = files.map((file) => `./${file}`);
      const source = renderServiceWorker(readFileSync(templatePath, "utf8"), { version, urls });
      writeFileSync(path.join(outDir, SW_FILE), source);
      logger.info(`sw.js: ${urls.length} files precached, version ${version}`);
    },
  };
}
