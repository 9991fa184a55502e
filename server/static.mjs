// Static file handler for the built app in dist/. No dependencies.
// Only GET and HEAD; only regular files inside the root; "/" means index.html.

import { createReadStream, realpathSync, statSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { cacheControlFor, SECURITY_HEADERS } from "./headers.mjs";
import { contentTypeFor } from "./mime.mjs";

/**
 * Turns a request target into a decoded, normalised URL path, or an HTTP error status.
 * Rejects (400) anything that is not origin-form, fails to decode, contains NUL or a
 * backslash, or has a ".." segment (before or after percent-decoding).
 * @param {string} target e.g. "/assets/index-abc.js?v=1"
 * @returns {{ urlPath: string } | { status: number }}
 */
export function parseTarget(target) {
  const raw = target.split(/[?#]/, 1)[0];
  if (!raw.startsWith("/")) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return { status: 400 };
  if (decoded.split("/").includes("..")) return { status: 400 };
  const urlPath = path.posix.normalize(decoded);
  return { urlPath: urlPath === "/" ? "/index.html" : urlPath };
}

/** True when `file` is `root` itself or lies below it. */
function isInside(root, file) {
  return file === root || file.startsWith(root + path.sep);
}

function sendError(res, status, extraHeaders = {}) {
  const body = `${status === 404 ? "Not found" : status === 405 ? "Method not allowed" : "Bad request"}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
}

/** Finds the file for a URL path, or null when there is no regular file inside root. */
async function locate(root, urlPath) {
  const file = path.join(root, urlPath);
  if (!isInside(root, file)) return null;
  try {
    const real = await realpath(file); // a symlink must not lead out of root
    if (!isInside(root, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { file: real, info } : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} rootDir directory to serve (normally dist/)
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>}
 */
export function createStaticHandler(rootDir) {
  const root = realpathSync(rootDir);
  if (!statSync(root).isDirectory()) throw new Error(`Not a directory: ${rootDir}`);

  return async function handleStatic(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendError(res, 405, { Allow: "GET, HEAD" });
      return;
    }
    const target = parseTarget(req.url ?? "");
    if ("status" in target) {
      sendError(res, target.status);
      return;
    }
    const found = await locate(root, target.urlPath);
    if (!found) {
      sendError(res, 404);
      return;
    }
    const { file, info } = found;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      ...SECURITY_HEADERS,
      "Content-Type": contentTypeFor(path.extname(file).toLowerCase()),
      "Cache-Control": cacheControlFor(target.urlPath),
      ETag: etag,
      "Last-Modified": info.mtime.toUTCString(),
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "Content-Length": info.size });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    try {
      await pipeline(createReadStream(file), res);
    } catch {
      res.destroy(); // client went away or the file vanished mid-read
    }
  };
}
