// Caps: message rate (token bucket), connections per address and in total, topics per
// connection, subscribers per topic, slow receivers, and option validation. A client hitting a
// cap never disturbs the others, and real y-webrtc bursts stay under the defaults.
import { describe, expect, it } from "vitest";
import {
  createBucket,
  resolveOptions,
  SIGNALING_DEFAULTS,
} from "../../../server/signaling/limits.mjs";
import {
  connect,
  eventually,
  roundTrip,
  sleep,
  startApp,
  stillServes,
  subscribed,
} from "./helpers.mjs";

describe("signaling caps", () => {
  it("closes a flooding client with 1008 while others are unaffected", async () => {
    const app = await startApp({ ratePerSecond: 20, rateBurst: 40, maxRateDrops: 20 });
    const [a, b] = await subscribed(app.wsUrl, "calm-room");
    const [flooder, listener] = await subscribed(app.wsUrl, "flood-room");
    for (let i = 0; i < 2000; i++) flooder.send({ type: "publish", topic: "flood-room", data: i });
    expect(await flooder.closedWithin()).toBe(1008);
    await stillServes(a, b, "calm-room");
    await roundTrip(listener);
    expect(listener.received.filter((m) => m.type === "publish").length).toBeLessThanOrEqual(45);
    expect(app.signaling.stats().rateLimited).toBeGreaterThan(0);
    await app.close();
  });

  it("forgives a burst once the client pauses long enough to refill the bucket", async () => {
    const app = await startApp({ ratePerSecond: 100, rateBurst: 20, maxRateDrops: 15 });
    const client = await connect(app.wsUrl);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 30; i++) client.send({ type: "ping" }); // ~10 dropped each round
      await sleep(250); // refills the bucket: the drop count starts again
    }
    await roundTrip(client);
    expect(app.signaling.stats().rateLimited).toBeGreaterThan(15);
    await app.close();
  });

  it("lets a y-webrtc join burst through with the defaults (announce + offers + candidates)", async () => {
    const app = await startApp();
    const [joiner, peer] = await subscribed(app.wsUrl, "busy-room");
    // 34 peers (y-webrtc's maxConns ceiling) × (1 offer + 4 candidates) + announce.
    for (let i = 0; i < 171; i++)
      joiner.send({ type: "publish", topic: "busy-room", data: `${i}` });
    await peer.waitFor((m) => m.data === "170");
    expect(peer.received.filter((m) => m.type === "publish").length).toBe(171);
    await app.close();
  });

  it("refuses a connection over the per-address cap with 429, and accepts again after one closes", async () => {
    const app = await startApp({ maxConnectionsPerAddress: 3 });
    const clients = await Promise.all([1, 2, 3].map(() => connect(app.wsUrl)));
    await expect(connect(app.wsUrl)).rejects.toThrow("429");
    await clients[0].close();
    await eventually(() => app.signaling.stats().connections === 2);
    await roundTrip(await connect(app.wsUrl));
    await app.close();
  });

  it("refuses a connection over the total cap with 503", async () => {
    const app = await startApp({ maxConnections: 2 });
    await connect(app.wsUrl);
    await connect(app.wsUrl);
    await expect(connect(app.wsUrl)).rejects.toThrow("503");
    expect(app.signaling.stats().refused).toBe(1);
    await app.close();
  });

  it("caps topics per connection: a subscribe past the cap is refused whole", async () => {
    const app = await startApp({ maxTopicsPerConnection: 3 });
    const client = await connect(app.wsUrl);
    const [publisher] = await subscribed(app.wsUrl, "d", 1);
    client.send({ type: "subscribe", topics: ["a", "b", "c"] });
    client.send({ type: "subscribe", topics: ["a"] }); // already subscribed: fine
    client.send({ type: "subscribe", topics: ["d"] }); // a fourth: refused
    client.send({ type: "subscribe", topics: ["w", "x", "y", "z"] }); // longer than the cap
    await roundTrip(client);
    expect(app.signaling.stats()).toMatchObject({ topics: 4, badFrames: 2 });
    publisher.send({ type: "publish", topic: "d", data: "to-d" });
    expect((await publisher.waitFor((m) => m.data === "to-d")).clients).toBe(1);
    await roundTrip(client);
    expect(client.received.some((m) => m.type === "publish")).toBe(false);
    await app.close();
  });

  it("caps subscribers per topic", async () => {
    const app = await startApp({ maxSubscribersPerTopic: 2 });
    const [a, b] = await subscribed(app.wsUrl, "small-room");
    const [late] = await subscribed(app.wsUrl, "small-room", 1);
    a.send({ type: "publish", topic: "small-room", data: "hi" });
    expect((await b.waitFor((m) => m.data === "hi")).clients).toBe(2);
    await roundTrip(late);
    expect(late.received.some((m) => m.type === "publish")).toBe(false);
    await app.close();
  });

  it("terminates a receiver that stops reading instead of buffering for it", async () => {
    const app = await startApp({ maxBufferedBytes: 64 * 1024, rateBurst: 2000 });
    const [sender, stalled] = await subscribed(app.wsUrl, "slow-room");
    (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const data = "x".repeat(60_000);
    for (let i = 0; i < 400 && app.signaling.stats().connections === 2; i++) {
      sender.send({ type: "publish", topic: "slow-room", data });
      await roundTrip(sender);
    }
    expect(app.signaling.stats().connections).toBe(1);
    await app.close();
  });
});

describe("signaling options", () => {
  it("has documented defaults and rejects unknown or invalid caps", () => {
    expect(resolveOptions({})).toMatchObject({
      ...SIGNALING_DEFAULTS,
      verbose: expect.any(Boolean),
    });
    expect(resolveOptions({ maxTopicsPerConnection: 4 }).maxTopicsPerConnection).toBe(4);
    expect(() => resolveOptions({ maxTopics: 4 } as never)).toThrow("Unknown");
    expect(() => resolveOptions({ maxPayload: -1 })).toThrow("Invalid");
    expect(() => resolveOptions({ rateBurst: "9" } as never)).toThrow("Invalid");
  });

  it("token bucket: a burst, then the refill rate", () => {
    let now = 0;
    const bucket = createBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([2, 1, 0, -1]);
    now = 100; // one token back
    expect([bucket.take(), bucket.take()]).toEqual([0, -1]);
    now = 10_000; // refills to the burst, no more
    expect(bucket.take()).toBe(2);
  });
});
