// The y-webrtc 10.3.0 signaling protocol as our server speaks it, on the real app server:
// publish reaches every subscriber of the topic (the sender too) with a `clients` count, and
// nothing else; unsubscribe and disconnect stop delivery; ping → pong; one port for app and
// signaling; keepalive; shutdown with 1001.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSignalingServer } from "../../../server/signaling/index.mjs";
import { connect, eventually, roundTrip, sleep, startApp, subscribed } from "./helpers.mjs";

/** A bare http.Server with only the signaling server attached. */
async function startBare() {
  const signaling = createSignalingServer();
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", signaling.handleUpgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    await signaling.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { signaling, wsUrl: `ws://127.0.0.1:${port}/signaling`, close };
}

const isPublish = (data: string) => (m: { type: string; data?: unknown }) =>
  m.type === "publish" && m.data === data;

describe("signaling protocol", () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it("delivers a publish to every subscriber of the topic, sender included, and no other topic", async () => {
    const [a, b, c] = await subscribed(app.wsUrl, "room-one", 3);
    const [other] = await subscribed(app.wsUrl, "room-two", 1);
    const payload = { type: "publish", topic: "room-one", data: "hello", extra: { n: [1, 2] } };
    a.send(payload);
    for (const client of [a, b, c]) {
      expect(await client.waitFor(isPublish("hello"))).toEqual({ ...payload, clients: 3 });
    }
    await roundTrip(other);
    expect(other.received.filter((m) => m.type === "publish")).toEqual([]);
    for (const client of [a, b, c, other]) await client.close();
  });

  it("stops delivery after unsubscribe, and ignores a publish from a non-subscriber", async () => {
    const [a, b] = await subscribed(app.wsUrl, "room-unsub");
    b.send({ type: "unsubscribe", topics: ["room-unsub"] });
    await roundTrip(b);
    a.send({ type: "publish", topic: "room-unsub", data: "after" });
    expect((await a.waitFor(isPublish("after"))).clients).toBe(1);
    b.send({ type: "publish", topic: "room-unsub", data: "stranger" });
    await roundTrip(b);
    await roundTrip(a);
    expect(b.received.some((m) => m.type === "publish")).toBe(false);
    expect(a.received.some(isPublish("stranger"))).toBe(false);
    await a.close();
    await b.close();
  });

  it("answers ping with pong and accepts y-webrtc's empty subscribe after a reconnect", async () => {
    const client = await connect(app.wsUrl);
    const bad = app.signaling.stats().badFrames;
    client.send({ type: "subscribe", topics: [] });
    client.send({ type: "ping" });
    expect(await client.waitFor((m) => m.type === "pong")).toEqual({ type: "pong" });
    expect(app.signaling.stats().badFrames).toBe(bad);
    await client.close();
  });

  it("removes a disconnected client's subscriptions", async () => {
    const [a, b] = await subscribed(app.wsUrl, "room-leave");
    const { topics, connections } = app.signaling.stats();
    await b.close();
    await eventually(() => app.signaling.stats().connections === connections - 1);
    a.send({ type: "publish", topic: "room-leave", data: "alone" });
    expect((await a.waitFor(isPublish("alone"))).clients).toBe(1);
    await a.close();
    await eventually(() => app.signaling.stats().topics === topics - 1);
  });

  it("serves the app on the same port and refuses upgrades on other paths with 404", async () => {
    const page = await fetch(app.url);
    expect(await page.text()).toContain("<title>app</title>");
    await expect(connect(`ws://127.0.0.1:${app.port}/signal`)).rejects.toThrow("404");
    await expect(connect(`ws://127.0.0.1:${app.port}/signaling/x`)).rejects.toThrow("404");
    await (await connect(`${app.wsUrl}?room=ignored`)).close();
  });
});

describe("signaling server lifecycle", () => {
  it("attaches to a bare http.Server and close() ends every socket with 1001", async () => {
    const bare = await startBare();
    const [a, b] = await subscribed(bare.wsUrl, "room-bare");
    expect(bare.signaling.stats()).toMatchObject({ connections: 2, topics: 1 });
    await bare.close();
    expect(await a.closed).toBe(1001);
    expect(await b.closed).toBe(1001);
    expect(bare.signaling.stats()).toMatchObject({ connections: 0, topics: 0 });
  });

  it("startServer().close() closes signaling connections with 1001", async () => {
    const app = await startApp();
    const client = await connect(app.wsUrl);
    await app.close();
    expect(await client.closed).toBe(1001);
  });

  it("terminates a connection that stops answering WebSocket pings", async () => {
    const app = await startApp({ pingIntervalMs: 40 });
    const silent = await connect(app.wsUrl, { autoPong: false });
    const lively = await connect(app.wsUrl);
    expect(await silent.closedWithin(1000)).toBe(1006);
    await sleep(100);
    await roundTrip(lively);
    await app.close();
  });

  it("refuses an upgrade that is not a valid WebSocket handshake", async () => {
    const app = await startApp();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: "127.0.0.1",
        port: app.port,
        path: "/signaling",
        headers: { Connection: "Upgrade", Upgrade: "websocket" },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
    await app.close();
  });
});
