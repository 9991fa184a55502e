// The server logs nothing secret: topics are room ids and payloads are encrypted signaling, so
// neither (nor client addresses) may reach the console, even with verbose logging on.
import { afterEach, describe, expect, it, vi } from "vitest";
import { connect, roundTrip, startApp, subscribed } from "./helpers.mjs";

const TOPIC = "room-7f3a9c-secret";
const PAYLOAD = "payload-b64-Zm9vYmFy";

function captureConsole() {
  const lines: string[] = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
  }
  return lines;
}

/** A session touching every logged event: connect, publish, bad frames, abuse, refusal, close. */
async function session(verbose: boolean) {
  const app = await startApp({ verbose, maxConnectionsPerAddress: 3, maxBadFrames: 3 });
  const [a, b] = await subscribed(app.wsUrl, TOPIC);
  a.send({ type: "publish", topic: TOPIC, data: PAYLOAD });
  await b.waitFor((m) => m.data === PAYLOAD);
  const rude = await connect(app.wsUrl);
  await expect(connect(app.wsUrl)).rejects.toThrow("429");
  rude.send(`{"type":"subscribe","topics":"${TOPIC}"}`);
  rude.send(`${TOPIC} ${PAYLOAD}`);
  rude.send(Buffer.from(TOPIC), { binary: true });
  expect(await rude.closedWithin()).toBe(1008);
  await roundTrip(a);
  await app.close();
}

describe("signaling logging", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("logs events and counts with verbose on, never a topic, payload or address", async () => {
    const lines = captureConsole();
    await session(true);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).not.toContain(TOPIC);
      expect(line).not.toContain("7f3a9c");
      expect(line).not.toContain(PAYLOAD);
      expect(line).not.toContain("127.0.0.1");
    }
  });

  it("logs nothing at all by default", async () => {
    const lines = captureConsole();
    await session(false);
    expect(lines).toEqual([]);
  });
});
