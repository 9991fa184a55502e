// LAN workshop mode as the README tells a facilitator to use it: the server's
// own command line with --lan serves the app over HTTPS with a certificate the
// laptop made for itself and prints the address to share. The facilitator
// opens that address and starts a session; a phone (small touch screen, its
// own browser process) opens the session link, gives a name, gets the whole
// document and adds an element, which the laptop sees. Accepting the one-time
// certificate warning is what ignoreHTTPSErrors stands for here.
// Inside the test runner's private network namespace the venue network is a
// veth interface with a private address, so the printed address is a LAN one.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { devices } from "@playwright/test";
import { addWithToolbar, createDocument, goHome, node } from "./helpers";
import { expect, expectWebrtcPair, joinSession, startSession, test } from "./sessionHelpers";

const VENUE_ADDRESS = "10.77.0.1";
const PHONE = devices["Pixel 7"];

let server: ChildProcess | undefined;
let printed = "";
let venue = false;

/**
 * In the runner's own namespace (never on a real machine's network): a venue network, as a
 * veth pair with a private address. Returns false where the kernel offers no veth; the
 * server then says it found no network and the phone uses the laptop's own address.
 */
function addVenueNetwork(): boolean {
  if (process.env.TOC_PRIVATE_NETNS !== "1") return false;
  const has = Object.values(networkInterfaces()).some((list) =>
    list?.some((info) => info.address === VENUE_ADDRESS),
  );
  if (has) return true;
  const ip = (...args: string[]) => execFileSync("ip", args, { stdio: "pipe" });
  try {
    ip("link", "add", "tocvenue0", "type", "veth", "peer", "name", "tocvenue1");
  } catch (error) {
    console.warn(`No venue network (veth unavailable): ${(error as Error).message}`);
    return false;
  }
  ip("addr", "add", `${VENUE_ADDRESS}/24`, "dev", "tocvenue0");
  ip("link", "set", "tocvenue0", "up");
  ip("link", "set", "tocvenue1", "up");
  // A veth pair comes up a moment later; a browser started before then sees the network change
  // under its first page load (ERR_NETWORK_CHANGED). Wait until both ends say they are up.
  const deadline = Date.now() + 10_000;
  const up = (name: string) => /\bstate UP\b/.test(String(ip("-o", "link", "show", name)));
  while (!(up("tocvenue0") && up("tocvenue1"))) {
    if (Date.now() > deadline) throw new Error("The venue network did not come up.");
    execFileSync("sleep", ["0.05"]);
  }
  return true;
}

test.beforeAll(async () => {
  venue = addVenueNetwork();
  server = spawn(process.execPath, ["server/serve.mjs", "--lan", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  printed = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 20_000);
    server?.stdout?.on("data", (chunk) => {
      output += chunk;
      if (!output.includes("certificate fingerprint")) return;
      clearTimeout(timer);
      resolve(output);
    });
    server?.once("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("a phone joins a LAN workshop over HTTPS and co-edits with the laptop", async ({ peers }) => {
  test.setTimeout(120_000);
  // What the facilitator reads in the terminal: an https address on the venue network, and the
  // certificate's fingerprint to compare.
  const address = /running at (https:\/\/[^\s]+)/.exec(printed)?.[1] ?? "";
  expect(printed).toMatch(/certificate fingerprint \(SHA-256\): ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
  if (venue) {
    expect(address).toMatch(new RegExp(`^https://${VENUE_ADDRESS.replaceAll(".", "\\.")}:\\d+/$`));
  } else if (/No network connection found/.test(printed)) {
    expect(address).toMatch(/^https:\/\/localhost:\d+\/$/);
  } else {
    expect(address).toMatch(/^https:\/\/(\d+\.){3}\d+:\d+\/$/);
  }

  const laptop = await peers.launch("Fran", address, { ignoreHTTPSErrors: true });
  await goHome(laptop.page);
  // A secure page: WebCrypto (the session's encryption) is there.
  expect(await laptop.page.evaluate(() => window.isSecureContext && Boolean(crypto.subtle))).toBe(
    true,
  );
  await createDocument(laptop.page, "toc", "Venue workshop");
  await addWithToolbar(laptop.page, "impact", "Healthier lives");
  const link = await startSession(laptop);
  expect(link.startsWith(`${address}#room=`)).toBe(true);

  const { defaultBrowserType: _, ...phoneScreen } = PHONE;
  const phone = await peers.launch("Sam", address, { ...phoneScreen, ignoreHTTPSErrors: true });
  await joinSession(phone, link);
  await expect(node(phone.page, "impact", "Healthier lives")).toBeVisible();
  await expectWebrtcPair(laptop.page, phone.page);

  await addWithToolbar(phone.page, "outcome", "People feel less alone");
  await expect(node(laptop.page, "outcome", "People feel less alone")).toBeVisible();
  await expect(phone.page.getByText("Fran", { exact: true })).toBeVisible();

  mkdirSync("test-results/screenshots", { recursive: true });
  await phone.page.screenshot({ path: "test-results/screenshots/session-lan-phone.png" });
  expect(phone.errors).toEqual([]);
  expect(laptop.errors).toEqual([]);
});
