// Content types for everything a Vite build of ToC Studio emits.
// Unknown extensions are served as opaque bytes (with nosniff, the browser will not guess).

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export const DEFAULT_TYPE = "application/octet-stream";

/** @param {string} extension lower-case, with the dot, e.g. ".js" */
export function contentTypeFor(extension) {
  return Object.hasOwn(TYPES, extension) ? TYPES[extension] : DEFAULT_TYPE;
}
