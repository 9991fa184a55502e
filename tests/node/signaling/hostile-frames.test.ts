// Hostile frames (TESTING.md item 16): every invalid frame is dropped, counted and never
// forwarded; nothing crashes the server; and another room keeps working after
// each case (withHealthyRoom).
import { describe, expect, it } from "vitest";
import { connect, roundTrip, subscribed, withHealthyRoom } from "./helpers.mjs";

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

// Each case: frames that are all invalid (each must be dropped and counted as one bad frame).
const INVALID: [string, (string | Buffer)[]][] = [
  ["non-JSON text", ["hello", "{", "", "{type:'ping'}", "\u0000", "\uD83D"]],
  ["JSON that is not an object", ["null", "42", '"ping"', "true", "[]", '[{"type":"ping"}]']],
  [
    "JSON without a known string type",
    ["{}", '{"topics":["a"]}', '{"type":5}', '{"type":"PING"}', '{"type":"pong"}'],
  ],
  [
    "non-array topics",
    [
      '{"type":"subscribe","topics":"room"}',
      '{"type":"subscribe"}',
      '{"type":"subscribe","topics":{"0":"a","length":1}}',
      '{"type":"unsubscribe","topics":null}',
    ],
  ],
  [
    "topics that are not 1..256-char strings",
    [
      '{"type":"subscribe","topics":[1]}',
      '{"type":"subscribe","topics":["ok",null]}',
      '{"type":"subscribe","topics":[["a"]]}',
      '{"type":"subscribe","topics":[""]}',
      JSON.stringify({ type: "subscribe", topics: ["x".repeat(257)] }),
      JSON.stringify({ type: "subscribe", topics: Array.from({ length: 5000 }, (_, i) => `${i}`) }),
    ],
  ],
  [
    "publish without a valid topic",
    [
      '{"type":"publish","data":"x"}',
      '{"type":"publish","topic":7}',
      '{"type":"publish","topic":""}',
    ],
  ],
  ["deeply nested JSON", [deep(30_000), `{"type":"subscribe","topics":${deep(20_000)}}`]],
  ["binary frames", [Buffer.from('{"type":"ping"}'), Buffer.alloc(0), Buffer.from([0xff, 0])]],
];

describe("hostile signaling frames", () => {
  const ctx = withHealthyRoom();

  it.each(INVALID)("drops and counts %s without closing the connection", async (_name, frames) => {
    const client = await connect(ctx.app.wsUrl);
    const before = ctx.app.signaling.stats().badFrames;
    for (const frame of frames) client.send(frame, { binary: Buffer.isBuffer(frame) });
    await roundTrip(client);
    expect(ctx.app.signaling.stats().badFrames - before).toBe(frames.length);
    expect(client.received).toEqual([{ type: "pong" }]);
    await client.close();
  });

  it("closes a connection after 20 bad frames with 1008", async () => {
    const client = await connect(ctx.app.wsUrl);
    for (let i = 0; i < 25; i++) client.send(`junk ${i}`);
    expect(await client.closedWithin()).toBe(1008);
  });

  it("keeps __proto__ keys as plain data and pollutes nothing", async () => {
    const [p, q] = await subscribed(ctx.app.wsUrl, "__proto__");
    const frame = '{"type":"publish","topic":"__proto__","__proto__":{"polluted":1},"data":"p"}';
    p.send(frame);
    const got = await q.waitFor((m) => m.data === "p");
    expect(Object.keys(got)).toEqual(["type", "topic", "__proto__", "data", "clients"]);
    p.send('{"__proto__":{"type":"ping"},"type":"subscribe","topics":["constructor"]}');
    p.send('{"type":"constructor"}');
    await roundTrip(p);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await p.close();
    await q.close();
  });

  it("drops a publish whose payload is too deeply nested to re-serialise", async () => {
    const [p, q] = await subscribed(ctx.app.wsUrl, "room-deep");
    p.send(`{"type":"publish","topic":"room-deep","data":${deep(30_000)}}`);
    await roundTrip(p);
    await roundTrip(q);
    expect(q.received.filter((m) => m.type === "publish")).toEqual([]);
    await p.close();
    await q.close();
  });
});
