// ToC Studio production server: serves dist/ and the y-webrtc signaling endpoint (/signaling,
// server/signaling/) on one port. Its only dependency is `ws`, for the signaling WebSocket.
//   node server/serve.mjs [--host 127.0.0.1] [--port 5173] [--root dist] [--verbose] [--no-signaling]
// (env HOST, PORT, TOC_LOG=1 for --verbose). --port 0 picks any free port. Prints exactly one
// line when listening.

import { existsSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatUrl, parseServerArgs } from "./args.mjs";
import { lanAddresses, lanCertificate } from "./lanCertificate.mjs";
import { createSignalingServer } from "./signaling/index.mjs";
import { createStaticHandler } from "./static.mjs";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 5173,
  root: path.join(REPO_ROOT, "dist"),
});

/**
 * WebSocket upgrades (HTTP `Upgrade:` requests) arrive in the `upgrade` listener, not in the
 * request handler. startServer attaches the signaling server's handleUpgrade there (it accepts
 * /signaling and answers 404 elsewhere); this refusal is used with `signaling: false`.
 * @param {import("node:http").IncomingMessage} _req
 * @param {import("node:stream").Duplex} socket
 * @param {Buffer} _head
 */
export function refuseUpgrade(_req, socket, _head) {
  socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  socket.destroy();
}

/**
 * Starts the server in-process (used by the CLI below and by tests). `signaling`: options for
 * createSignalingServer, or false for none; `onUpgrade` replaces the signaling server.
 * `tls` ({key, cert} PEM) serves HTTPS and wss:// instead.
 * @param {{ host?: string, port?: number, root?: string, tls?: { key: string, cert: string },
 *           signaling?: false | Partial<import("./signaling/limits.mjs").SignalingOptions>,
 *           onUpgrade?: (req: import("node:http").IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) => void }} [options]
 * @returns {Promise<{ url: string, port: number, server: import("node:http").Server,
 *           signaling: ReturnType<typeof createSignalingServer> | null, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const host = options.host ?? DEFAULTS.host;
  const handleStatic = createStaticHandler(options.root ?? DEFAULTS.root);
  const onRequest = (req, res) => {
    handleStatic(req, res).catch(() => res.destroy());
  };
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, onRequest)
    : http.createServer(onRequest);
  const signaling =
    options.onUpgrade || options.signaling === false
      ? null
      : createSignalingServer(options.signaling || {});
  server.on("upgrade", options.onUpgrade ?? signaling?.handleUpgrade ?? refuseUpgrade);
  server.on("clientError", (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    const fail = (/** @type {Error} */ error) => {
      signaling?.close();
      reject(error);
    };
    server.once("error", fail);
    server.listen(options.port ?? DEFAULTS.port, host, () => {
      server.off("error", fail);
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  let closing;
  const close = () => {
    closing ??= Promise.all([
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
      signaling?.close(), // 1001 to every signaling socket; resolves once all have closed
    ]).then(() => undefined);
    return closing;
  };
  const url = formatUrl(host, port, options.tls ? "https" : "http");
  return { url, port, server, signaling, close };
}

/** The command-line entry point (also used by scripts/start.mjs). */
export async function runCli(argv = process.argv.slice(2)) {
  const FLAGS = ["--verbose", "--no-signaling", "--lan"];
  const flags = new Set(argv.filter((arg) => FLAGS.includes(arg)));
  let options;
  try {
    options = parseServerArgs(
      argv.filter((arg) => !FLAGS.includes(arg)),
      process.env,
      // LAN workshop mode listens on every interface unless told otherwise.
      argv.includes("--lan") ? { ...DEFAULTS, host: "0.0.0.0" } : DEFAULTS,
    );
  } catch (error) {
    console.error(
      `${error.message}\nUsage: node server/serve.mjs [--host HOST] [--port PORT] [--root DIR] [--lan] [--verbose] [--no-signaling]`,
    );
    process.exit(2);
  }
  if (!existsSync(path.join(options.root, "index.html"))) {
    console.error(`No build found at ${options.root}/index.html. Run "npm run build" first.`);
    process.exit(1);
  }
  const lan = flags.has("--lan");
  let running;
  let certificate;
  try {
    const verbose = flags.has("--verbose") || process.env.TOC_LOG === "1";
    if (lan) certificate = await lanCertificate(path.join(REPO_ROOT, ".lan-certificate"));
    running = await startServer({
      ...options,
      tls: certificate,
      signaling: flags.has("--no-signaling") ? false : { verbose },
    });
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
  if (!lan) {
    console.log(`ToC Studio is running at ${running.url}`);
    return;
  }
  const addresses = lanAddresses();
  const onThisLaptop = formatUrl("localhost", running.port, "https");
  if (addresses.length === 0) {
    console.log(`ToC Studio is running at ${onThisLaptop}`);
    console.log(
      "  No network connection found, so phones cannot reach this laptop yet. Join the venue Wi-Fi (or turn on a hotspot), then start again.",
    );
  } else {
    console.log(`ToC Studio is running at ${formatUrl(addresses[0], running.port, "https")}`);
    for (const ip of addresses.slice(1))
      console.log(`  also at ${formatUrl(ip, running.port, "https")}`);
    console.log(`  on this laptop: ${onThisLaptop}`);
  }
  console.log(`  certificate fingerprint (SHA-256): ${certificate.fingerprint}`);
  console.log(
    "  Each browser warns once that this certificate is not trusted: it was made by this laptop, for this workshop. Choose Advanced, then Continue. See README (Workshop on a local network).",
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runCli();
}
