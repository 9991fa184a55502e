// Test helpers for the signaling server: start it inside the real app server, connect `ws`
// clients that record what they receive, and a hook keeping a healthy room that every hostile
// test must leave working.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import WebSocket from "ws";
import { startServer } from "../../../server/serve.mjs";

/**
 * How long the helpers wait for something that should happen (a message, a close). Only a hang
 * guard: the tests never measure speed, and a busy shared machine may take seconds.
 */
const PATIENCE_MS = 10_000;

/**
 * The real app server (static files + signaling) on 127.0.0.1, any free port.
 * @param {Partial<import("../../../server/signaling/limits.mjs").SignalingOptions>} [signaling]
 */
export async function startApp(signaling = {}) {
  const base = mkdtempSync(path.join(tmpdir(), "toc-signaling-"));
  const root = path.join(base, "dist");
  mkdirSync(root);
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>app</title>");
  const app = await startServer({ host: "127.0.0.1", port: 0, root, signaling });
  const close = async () => {
    await app.close();
    rmSync(base, { recursive: true, force: true });
  };
  const signalingServer = /** @type {NonNullable<typeof app.signaling>} */ (app.signaling);
  return {
    ...app,
    signaling: signalingServer,
    close,
    wsUrl: `ws://127.0.0.1:${app.port}/signaling`,
  };
}

export class TestClient {
  /** @param {WebSocket} ws */
  constructor(ws) {
    this.ws = ws;
    /** @type {any[]} parsed JSON text frames, in order */
    this.received = [];
    /** @type {Set<() => void>} */
    this.wakers = new Set();
    /** @type {Promise<number>} the close code */
    this.closed = new Promise((resolve) => ws.on("close", (code) => resolve(code)));
    ws.on("error", () => {});
    ws.on("message", (data) => {
      this.received.push(JSON.parse(String(data)));
      for (const wake of this.wakers) wake();
    });
  }

  /** @param {unknown} value an object (sent as JSON), or a string or Buffer sent as is */
  send(value, options = {}) {
    const raw = typeof value === "string" || Buffer.isBuffer(value);
    this.ws.send(raw ? value : JSON.stringify(value), options);
  }

  /**
   * The first received message matching `match`, waiting up to `timeoutMs` for it.
   * @param {(message: any, index: number) => boolean} match
   */
  waitFor(match, timeoutMs = PATIENCE_MS) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(match);
        if (found === undefined) return false;
        this.wakers.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.wakers.delete(check);
        reject(new Error(`no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.wakers.add(check);
    });
  }

  /** Resolves with the close code, or rejects if still open after `timeoutMs`. */
  closedWithin(timeoutMs = PATIENCE_MS) {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`still open after ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    return Promise.race([this.closed, timeout]);
  }

  close() {
    this.ws.close();
    return this.closed;
  }
}

/**
 * Opens a client; rejects with "Unexpected server response: <status>" if refused.
 * @param {string} url
 * @param {import("ws").ClientOptions} [options]
 * @returns {Promise<TestClient>}
 */
export function connect(url, options = {}) {
  const ws = new WebSocket(url, options);
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(new TestClient(ws)));
    ws.once("error", reject);
  });
}

/** Connects `count` clients, each subscribed to `topic`, and waits until the server saw it. */
export async function subscribed(
  /** @type {string} */ url,
  /** @type {string} */ topic,
  count = 2,
) {
  const clients = await Promise.all(Array.from({ length: count }, () => connect(url)));
  for (const client of clients) client.send({ type: "subscribe", topics: [topic] });
  await Promise.all(clients.map((client) => roundTrip(client)));
  return clients;
}

/** A ping/pong round trip: every frame sent before it has been handled by the server. */
export async function roundTrip(/** @type {TestClient} */ client) {
  const start = client.received.length;
  client.send({ type: "ping" });
  await client.waitFor((m, index) => index >= start && m.type === "pong");
}

/** Asserts `from` can still publish to `to` in `topic`. */
export async function stillServes(
  /** @type {TestClient} */ from,
  /** @type {TestClient} */ to,
  /** @type {string} */ topic,
  timeoutMs = PATIENCE_MS,
) {
  const data = `check-${Math.random()}`;
  from.send({ type: "publish", topic, data });
  return to.waitFor((m) => m.type === "publish" && m.data === data, timeoutMs);
}

/** Polls `condition` every 5 ms; rejects if it is still false after `timeoutMs`. */
export async function eventually(/** @type {() => boolean} */ condition, timeoutMs = PATIENCE_MS) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition still false after ${timeoutMs} ms`);
    await sleep(5);
  }
}

export const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Registers hooks: an app server with two well-behaved clients in "healthy-room"; after each
 * test they must still exchange a publish, and have received nothing else.
 */
export function withHealthyRoom() {
  const ctx =
    /** @type {{ app: Awaited<ReturnType<typeof startApp>>, a: TestClient, b: TestClient }} */ ({});
  beforeAll(async () => {
    ctx.app = await startApp();
    [ctx.a, ctx.b] = await subscribed(ctx.app.wsUrl, "healthy-room");
  });
  afterEach(async () => {
    await stillServes(ctx.a, ctx.b, "healthy-room");
    const leaked = ctx.a.received.filter((m) => m.type === "publish" && !/^check-/.test(m.data));
    expect(leaked).toEqual([]);
  });
  afterAll(() => ctx.app.close());
  return ctx;
}
