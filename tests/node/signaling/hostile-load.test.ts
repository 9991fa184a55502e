// Hostile volume and noise (TESTING.md item 16): oversized frames, 10,000 subscribes, seeded
// random bytes and mutated frames. The server closes the offender (1009, 1008, 1007) and
// another room keeps working after each case (withHealthyRoom).
import net from "node:net";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../helpers/random.mjs";
import { connect, eventually, subscribed, withHealthyRoom } from "./helpers.mjs";

describe("hostile signaling volume and noise", () => {
  const ctx = withHealthyRoom();

  it("rejects a 2 MB frame with 1009 (maxPayload), before parsing it", async () => {
    const [client] = await subscribed(ctx.app.wsUrl, "room-big", 1);
    const data = "x".repeat(2 * 1024 * 1024);
    client.send({ type: "publish", topic: "room-big", data });
    expect(await client.closedWithin()).toBe(1009);
  });

  it("closes on a frame header claiming 50 MB without waiting for the payload", async () => {
    const socket = net.connect(ctx.app.port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (chunk) => received.push(chunk));
    const ended = new Promise((resolve) => socket.on("close", resolve));
    socket.write(
      "GET /signaling HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    );
    const header = Buffer.alloc(14);
    header[0] = 0x81; // FIN + text
    header[1] = 0x80 | 127; // masked, 64-bit length follows
    header.writeBigUInt64BE(50n * 1024n * 1024n, 2);
    socket.write(Buffer.concat([header, Buffer.from("{}")])); // the mask key, then 2 bytes only
    await ended;
    const reply = Buffer.concat(received);
    const frame = reply.subarray(reply.indexOf("\r\n\r\n") + 4);
    expect(reply.toString("latin1")).toMatch(/^HTTP\/1\.1 101 /);
    expect(frame[0]).toBe(0x88); // close frame
    expect(frame.readUInt16BE(2)).toBe(1009);
  });

  it("survives 10,000 subscribes: closes the sender with 1008 and keeps topics capped", async () => {
    const client = await connect(ctx.app.wsUrl);
    const topics = ctx.app.signaling.stats().topics;
    for (let i = 0; i < 10_000; i++) client.send({ type: "subscribe", topics: [`flood-${i}`] });
    expect(await client.closedWithin()).toBe(1008);
    await eventually(() => ctx.app.signaling.stats().topics === topics);
  });

  it("survives seeded random bytes, as binary and as (invalid UTF-8) text frames", async () => {
    const random = mulberry32(16);
    for (let round = 0; round < 20; round++) {
      const client = await connect(ctx.app.wsUrl);
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 300) }, () => random() * 256),
      );
      client.send(bytes, { binary: round % 2 === 0 });
      client.send({ type: "ping" });
      const closed = await Promise.race([client.closed, client.waitFor((m) => m.type === "pong")]);
      if (closed !== 1007) expect(closed).toEqual({ type: "pong" });
      await client.close();
    }
  });

  it("survives seeded mutations of valid frames", async () => {
    const random = mulberry32(2024);
    const valid = [
      '{"type":"subscribe","topics":["room-fuzz","other"]}',
      '{"type":"publish","topic":"room-fuzz","data":"abc","to":"x"}',
      '{"type":"unsubscribe","topics":["room-fuzz"]}',
      '{"type":"ping"}',
    ];
    const alphabet = '{}[]",:\\ 0123456789.-eEtrufalsn\u00e9\ud83d\ude00';
    let client = await connect(ctx.app.wsUrl);
    for (let i = 0; i < 600; i++) {
      const chars = [...valid[Math.floor(random() * valid.length)]];
      for (let m = 1 + Math.floor(random() * 4); m > 0; m--) {
        const at = Math.floor(random() * (chars.length + 1));
        const ch = alphabet[Math.floor(random() * alphabet.length)];
        const op = random();
        if (op < 0.4) chars.splice(at, 1, ch);
        else if (op < 0.7) chars.splice(at, 0, ch);
        else chars.splice(at, 1);
      }
      if (client.ws.readyState !== 1) client = await connect(ctx.app.wsUrl);
      client.send(chars.join(""));
    }
    await client.close();
  });
});
