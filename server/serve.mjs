// ToC Studio production server: serves dist/ on one port. Zero dependencies.
//   node server/serve.mjs [--host 127.0.0.1] [--port 5173] [--root dist]   (env HOST, PORT)
// --port 0 picks any free port. Prints exactly one line when listening.

import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatUrl, parseServerArgs } from "./args.mjs";
import { createStaticHandler } from "./static.mjs";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 5173,
  root: path.join(REPO_ROOT, "dist"),
});

/**
 * WebSocket upgrades (HTTP `Upgrade:` requests) arrive here, not in the request handler.
 * SIGNALING SERVER: attach it here, e.g.
 *   if (new URL(req.url, "http://x").pathname === "/signal") return signaling.handleUpgrade(req, socket, head);
 * or pass `onUpgrade` to startServer. Until then every upgrade is refused with 404.
 * @param {import("node:http").IncomingMessage} _req
 * @param {import("node:stream").Duplex} socket
 * @param {Buffer} _head
 */
export function refuseUpgrade(_req, socket, _head) {
  socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  socket.destroy();
}

/**
 * Starts the server in-process (used by the CLI below and by tests).
 * @param {{ host?: string, port?: number, root?: string,
 *           onUpgrade?: (req: import("node:http").IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) => void }} [options]
 * @returns {Promise<{ url: string, port: number, server: import("node:http").Server, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const host = options.host ?? DEFAULTS.host;
  const handleStatic = createStaticHandler(options.root ?? DEFAULTS.root);
  const server = http.createServer((req, res) => {
    handleStatic(req, res).catch(() => res.destroy());
  });
  server.on("upgrade", options.onUpgrade ?? refuseUpgrade);
  server.on("clientError", (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULTS.port, host, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      server.close(() => resolve(undefined));
      server.closeAllConnections();
    });
    return closing;
  };
  return { url: formatUrl(host, port), port, server, close };
}

/** The command-line entry point (also used by scripts/start.mjs). */
export async function runCli(argv = process.argv.slice(2)) {
  let options;
  try {
    options = parseServerArgs(argv, process.env, DEFAULTS);
  } catch (error) {
    console.error(
      `${error.message}\nUsage: node server/serve.mjs [--host HOST] [--port PORT] [--root DIR]`,
    );
    process.exit(2);
  }
  if (!existsSync(path.join(options.root, "index.html"))) {
    console.error(`No build found at ${options.root}/index.html. Run "npm run build" first.`);
    process.exit(1);
  }
  let running;
  try {
    running = await startServer(options);
  } catch (error) {
    console.error(`Could not start server on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  }
  const shutdown = () => {
    setTimeout(() => process.exit(0), 3000).unref(); // never hang on shutdown
    running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  console.log(`ToC Studio is running at ${running.url}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runCli();
}
