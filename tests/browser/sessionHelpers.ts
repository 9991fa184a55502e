// Helpers for the live-session tests. Every participant is a SEPARATE Chromium
// process with its own profile: two pages of one context would sync through
// BroadcastChannel and never touch WebRTC. Chromium gathers ICE candidates in
// headless only with --allow-loopback-in-peer-connection AND camera +
// microphone granted (see /work/shared/TESTING.md). Run these inside a
// loopback-only network namespace (`npm test` does: unshare -n).
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect as baseExpect,
  chromium,
  type Locator,
  type Page,
} from "@playwright/test";
import {
  addWithToolbar,
  CHROMIUM_LAUNCH,
  clearSelection,
  createDocument,
  goHome,
  linkViaPanel,
  node,
} from "./helpers";

/**
 * Session tests wait for more than one browser (page load, IndexedDB, ICE,
 * the first sync): 10 s instead of 5 s per assertion, for loaded 2-core machines.
 */
export const expect = baseExpect.configure({ timeout: 10_000 });

export interface Peer {
  name: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and JS dialogs (alert/confirm/prompt) seen so far. */
  errors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/**
 * Counts every RTCPeerConnection the page makes (y-webrtc → simple-peer), so a
 * test can prove the peer is a WebRTC peer, and stamps the time of each Enter
 * key press (for edit → visible latency measured with one clock).
 */
function instrument() {
  const w = window as unknown as {
    __tocPeerConnections: RTCPeerConnection[];
    __tocLastEnter: number;
    __tocSeen: Record<string, number>;
  };
  w.__tocPeerConnections = [];
  w.__tocLastEnter = 0;
  w.__tocSeen = {};
  const Original = window.RTCPeerConnection;
  if (Original) {
    const Counted = class extends Original {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        w.__tocPeerConnections.push(this);
      }
    };
    window.RTCPeerConnection = Counted as typeof RTCPeerConnection;
  }
  window.addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Enter") w.__tocLastEnter = Date.now();
    },
    true,
  );
}

function launchSessionBrowser(): Promise<Browser> {
  return chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, "--allow-loopback-in-peer-connection"],
    headless: true,
  });
}

/** A participant: a fresh context (its own profile) in `browser`, ready for WebRTC on loopback. */
async function openPeer(
  name: string,
  baseURL: string,
  browser: Browser,
  close: (context: BrowserContext) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<Peer> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...options,
    baseURL,
    permissions: ["camera", "microphone"],
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  return { name, browser, context, page, errors, dialogs, close: () => close(context) };
}

/** A new browser process with its own profile, ready for WebRTC on loopback. */
export async function launchPeer(name: string, baseURL: string): Promise<Peer> {
  const browser = await launchSessionBrowser();
  return openPeer(name, baseURL, browser, () => browser.close());
}

export async function closeAll(peers: Array<Peer | undefined>): Promise<void> {
  await Promise.all(peers.map((p) => p?.close().catch(() => {})));
}

/**
 * `test` with a `peers` fixture: `peers.launch(name, baseURL, options?)` gives the test's
 * first, second, third… participant a fresh context in a browser process of
 * its own (the n-th participant of every test uses the worker's n-th browser,
 * launched once, so no two participants of a test ever share a process).
 * Contexts are closed after the test, also after a timeout; after a failure
 * each participant's screen, session status and RTCPeerConnection states are
 * saved with the test's results first, and the worker's browsers are replaced.
 */
export const test = base.extend<
  {
    peers: {
      launch(name: string, baseURL: string, options?: BrowserContextOptions): Promise<Peer>;
    };
  },
  { sessionBrowsers: Array<Promise<Browser> | undefined> }
>({
  sessionBrowsers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const pool: Array<Promise<Browser> | undefined> = [];
      await use(pool);
      await Promise.all(pool.map((b) => b?.then((browser) => browser.close()).catch(() => {})));
    },
    { scope: "worker" },
  ],
  peers: async ({ sessionBrowsers }, use, testInfo) => {
    const launched: Peer[] = [];
    let next = 0;
    await use({
      async launch(name, baseURL, options) {
        const index = next++; // taken at once: participants launched together get different browsers
        sessionBrowsers[index] ??= launchSessionBrowser();
        const browser = await sessionBrowsers[index];
        const peer = await openPeer(name, baseURL, browser, (context) => context.close(), options);
        launched.push(peer);
        return peer;
      },
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    if (failed) {
      for (const peer of launched) {
        const file = testInfo.outputPath(`peer-${peer.name}.png`);
        await peer.page.screenshot({ path: file, timeout: 5_000 }).catch(() => {});
        const state = await peer.page
          .evaluate(() => ({
            url: location.href.replace(/,[A-Za-z0-9_-]{20,}/, ",<secret>"),
            status: document.querySelector("[data-testid=session-status]")?.textContent ?? null,
            elements: document.querySelectorAll(".react-flow__node").length,
            peerConnections: (
              window as unknown as { __tocPeerConnections?: RTCPeerConnection[] }
            ).__tocPeerConnections?.map((pc) => `${pc.connectionState}/${pc.iceConnectionState}`),
          }))
          .catch((error: Error) => ({ unavailable: error.message }));
        await testInfo.attach(`peer ${peer.name}`, {
          body: JSON.stringify({ ...state, errors: peer.errors }, null, 2),
          contentType: "application/json",
        });
      }
    }
    await closeAll(launched);
    if (failed) {
      // A failed test may leave a browser in a bad way: the next test starts new ones.
      const used = sessionBrowsers.splice(0, sessionBrowsers.length);
      await Promise.all(used.map((b) => b?.then((browser) => browser.close()).catch(() => {})));
    }
  },
});

export function sessionStatus(page: Page): Locator {
  return page.getByTestId("session-status");
}

export function participants(page: Page): Locator {
  return page.getByTestId("participant");
}

/** Fills in "Your name" and joins, if the app asks (it asks once per device). */
export async function giveName(page: Page, name: string): Promise<void> {
  const field = page.getByRole("textbox", { name: "Your name" });
  await expect(field).toBeVisible();
  await field.fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(field).toHaveCount(0);
}

/**
 * On an open document: "Start a session", give a name (asked the first time),
 * read the link from the invite dialog and close it. Returns the full link.
 */
export async function startSession(peer: Peer): Promise<string> {
  const { page } = peer;
  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page).toHaveURL(/#room=[A-Za-z0-9_-]+,[A-Za-z0-9_-]+$/);
  await giveName(page, peer.name);
  const dialog = page.getByRole("dialog", { name: "Invite people to this session" });
  await expect(dialog).toBeVisible();
  const link = await page.locator("#session-link").inputValue();
  expect(link).toBe(page.url());
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(dialog.getByRole("img", { name: "QR code of the session link" })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sessionStatus(page)).toBeVisible();
  return link;
}

/** Opens a session link in this peer's browser and gives its name if asked. */
export async function joinSession(peer: Peer, link: string, askName = true): Promise<void> {
  await peer.page.goto(link);
  if (askName) await giveName(peer.page, peer.name);
  await expect(sessionStatus(peer.page)).toBeVisible();
}

/** `data-peers` on the status: WebRTC peers only (BroadcastChannel tabs are not counted). */
export async function expectPeers(page: Page, count: number, timeout = 20_000): Promise<void> {
  await expect(sessionStatus(page)).toHaveAttribute("data-peers", String(count), { timeout });
  if (count > 0) {
    await expect(sessionStatus(page)).toHaveText(
      new RegExp(`Connected to ${count} ${count === 1 ? "person" : "people"}`),
    );
  }
}

/** RTCPeerConnections of this page whose connectionState is "connected". */
export function connectedPeerConnections(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __tocPeerConnections: RTCPeerConnection[] }
      ).__tocPeerConnections.filter((pc) => pc.connectionState === "connected").length,
  );
}

/** Local and remote ICE candidate addresses of the connected pairs (all 127.0.0.1 here). */
export function candidateAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const pcs = (window as unknown as { __tocPeerConnections: RTCPeerConnection[] })
      .__tocPeerConnections;
    for (const pc of pcs) {
      if (pc.connectionState !== "connected") continue;
      const stats = await pc.getStats();
      const byId = new Map<string, Record<string, unknown>>();
      stats.forEach((s) => {
        byId.set(s.id, s);
      });
      stats.forEach((s) => {
        if (s.type === "candidate-pair" && s.state === "succeeded" && s.nominated) {
          for (const id of [s.localCandidateId, s.remoteCandidateId]) {
            const c = byId.get(id);
            out.push(String(c?.address ?? c?.ip ?? "?"));
          }
        }
      });
    }
    return out;
  });
}

/** connectionState of every RTCPeerConnection the page made, oldest first (for failure messages). */
export function peerConnectionStates(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __tocPeerConnections: RTCPeerConnection[] }).__tocPeerConnections.map(
      (pc) => `${pc.connectionState}/${pc.iceConnectionState}`,
    ),
  );
}

/** Both sides see exactly one WebRTC peer, over a real connected RTCPeerConnection. */
export async function expectWebrtcPair(a: Page, b: Page): Promise<void> {
  try {
    await Promise.all([expectPeers(a, 1), expectPeers(b, 1)]);
  } catch (error) {
    const states = `A: ${(await peerConnectionStates(a)).join(", ")}; B: ${(await peerConnectionStates(b)).join(", ")}`;
    throw new Error(`${(error as Error).message}\nRTCPeerConnections ${states}`);
  }
  await expect.poll(() => connectedPeerConnections(a)).toBeGreaterThanOrEqual(1);
  await expect.poll(() => connectedPeerConnections(b)).toBeGreaterThanOrEqual(1);
}

/**
 * Starts watching for an element whose aria-label is `label` on `page`; the
 * returned function resolves to the time (Date.now(), the same clock in every
 * browser on this machine) it first appeared.
 */
export async function watchFor(page: Page, label: string): Promise<() => Promise<number>> {
  await page.evaluate((label) => {
    const w = window as unknown as { __tocSeen: Record<string, number> };
    const selector = `[aria-label=${JSON.stringify(label)}]`;
    if (document.querySelector(selector)) {
      w.__tocSeen[label] = Date.now();
      return;
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        w.__tocSeen[label] = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
  return async () => {
    const read = () =>
      page.evaluate(
        (label) => (window as unknown as { __tocSeen: Record<string, number> }).__tocSeen[label],
        label,
      );
    await expect.poll(read, { timeout: 10_000 }).toBeGreaterThan(0);
    return (await read()) ?? 0;
  };
}

/** When this page last saw an Enter key press (Date.now()). */
export function lastEnter(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tocLastEnter: number }).__tocLastEnter);
}

export function summarise(samples: number[]): string {
  const sorted = [...samples].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${median} ms, min ${sorted[0]} ms, max ${sorted.at(-1)} ms (n=${sorted.length}: ${samples.join(", ")})`;
}

/** Saves a screenshot under test-results/screenshots/ (kept for people to look at). */
export async function screenshot(page: Page, file: string): Promise<void> {
  const dir = path.join("test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, file) });
}

/**
 * Screenshots of several participants, each saved on its own and all of them
 * side by side in one image (composed in `pages[0]`'s browser, in a new tab).
 */
export async function screenshotsSideBySide(
  peers: Array<{ name: string; page: Page }>,
  prefix: string,
): Promise<void> {
  const dir = path.join("test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  const shots: Array<{ name: string; data: string }> = [];
  for (const peer of peers) {
    const file = path.join(dir, `${prefix}-${peer.name}.png`);
    const buffer = await peer.page.screenshot({ path: file });
    shots.push({ name: peer.name, data: buffer.toString("base64") });
  }
  const first = peers[0]?.page;
  if (!first) return;
  const tab = await first.context().newPage();
  try {
    await tab.setViewportSize({
      width: 1280 * shots.length + 16 * (shots.length - 1),
      height: 750,
    });
    await tab.setContent(
      `<body style="margin:0;display:flex;gap:16px;background:#333;font:14px sans-serif;color:#fff">${shots
        .map(
          (s) =>
            `<figure style="margin:0"><figcaption style="height:30px;line-height:30px;padding-left:6px">${s.name}</figcaption><img src="data:image/png;base64,${s.data}"></figure>`,
        )
        .join("")}</body>`,
    );
    await tab.screenshot({ path: path.join(dir, `${prefix}.png`) });
  } finally {
    await tab.close();
  }
}

/**
 * Two participants, Fran (A) and Pat (B), in browser processes of their own; A makes a document
 * `title` with "Healthier lives" ← "Less lonely" and starts a session. B has not joined yet.
 */
export async function hostTwoPeerSession(
  peers: { launch(name: string, baseURL: string): Promise<Peer> },
  baseURL: string,
  title: string,
): Promise<{ a: Peer; b: Peer; docId: string; link: string }> {
  const [a, b] = await Promise.all([peers.launch("Fran", baseURL), peers.launch("Pat", baseURL)]);
  const A = a.page;
  await goHome(A);
  const docId = await createDocument(A, "toc", title);
  await addWithToolbar(A, "impact", "Healthier lives");
  await addWithToolbar(A, "outcome", "Less lonely");
  await linkViaPanel(A, node(A, "outcome", "Less lonely"), "Impact: Healthier lives");
  await clearSelection(A);
  const link = await startSession(a);
  return { a, b, docId, link };
}
