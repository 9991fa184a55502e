// Browsers, pages and the two kinds of session the benchmark drives: the app
// (production build, its own "Start a session" link) and the bare y-webrtc
// baseline page. Every participant is a separate Chromium process; contexts
// are made per phase and closed straight after.
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { instrumentPage } from "./instrument.mjs";

export const LAUNCH = {
  ...chromiumLaunchOptions(["--allow-loopback-in-peer-connection"]),
  headless: true,
};
const VIEWPORT = { width: 800, height: 600 };
const POLL = { polling: 10 };
const SEED_TITLE = "Seed";

/** Lazily launched browser processes, reused across group sizes. */
export function createBrowserPool() {
  const browsers = [];
  return {
    browsers,
    async ensure(count) {
      const missing = [];
      for (let i = browsers.length; i < count; i++) missing.push(i);
      // Three at a time: ten simultaneous launches on two cores time out.
      for (let i = 0; i < missing.length; i += 3) {
        const launched = await Promise.all(
          missing.slice(i, i + 3).map(() => chromium.launch(LAUNCH)),
        );
        browsers.push(...launched);
      }
      return browsers.slice(0, count);
    },
    async closeAll() {
      await Promise.all(browsers.map((b) => b.close().catch(() => {})));
      browsers.length = 0;
    },
  };
}

const open = new Set();

/** Closes every context opened since the last call (also after a failed set-up). */
export async function closeOpenPeers() {
  const peers = [...open];
  open.clear();
  await Promise.all(peers.map((p) => p.close()));
}

/** Errors and crashes seen by every open page (for a failed group's report). */
export function openPeerErrors() {
  return [
    ...new Set([...open].flatMap((p) => p.errors.map((e) => `browser ${p.index + 1}: ${e}`))),
  ];
}

/** A fresh context (own profile, camera + microphone granted) with the instrumentation. */
async function openPeer(browser, index) {
  const context = await browser.newContext({
    permissions: ["camera", "microphone"],
    viewport: VIEWPORT,
  });
  await context.addInitScript(instrumentPage);
  await context.addInitScript(
    (name) => {
      try {
        localStorage.setItem("toc-studio:display-name", name);
      } catch {}
    },
    `Peer ${index + 1}`,
  );
  const page = await context.newPage();
  // Main-thread CPU time (thread ticks) of this page's renderer, read before every edit.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const where = m.location()?.url ? ` (${new URL(m.location().url).pathname})` : "";
    // Headless Chromium asks each new profile for /favicon.ico, which no page here has.
    if (where === " (/favicon.ico)") return;
    errors.push(`console: ${m.text()}${where}`);
  });
  page.on("dialog", (d) => void d.dismiss().catch(() => {}));
  page.on("crash", () => errors.push(`page crashed (browser ${index + 1})`));
  browser.on("disconnected", () => errors.push(`browser ${index + 1} process disconnected`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
  });
  const cpu = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      task: get("TaskDuration"),
      script: get("ScriptDuration"),
      layout: get("LayoutDuration"),
      style: get("RecalcStyleDuration"),
    };
  };
  const peer = { index, context, page, errors, cpu, close: () => context.close().catch(() => {}) };
  open.add(peer);
  return peer;
}

const readBench = (page) =>
  page.evaluate(() => {
    const b = window.__bench;
    return {
      enterAt: b.enterAt,
      seenAt: b.seenAt,
      nodeSeenAt: b.nodeSeenAt,
      sendAt: b.sendAt,
      recvAt: b.recvAt,
      recvBytes: b.recvBytes,
      worker: b.worker,
      workerFor: b.workerFor,
      messages: b.messages,
      log: b.log,
    };
  });

// ── The app ────────────────────────────────────────────────────────────────

/** Presses a kind key; once the new element's title field has focus, returns its id. */
async function typeNewElement(page, key) {
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    () => {
      const field = document.activeElement;
      if (field?.getAttribute("aria-label") !== "Element title") return null;
      return {
        id: field.closest(".react-flow__node")?.getAttribute("data-id") ?? null,
        digitAt: window.__bench.digitAt.at(-1),
      };
    },
    null,
    POLL,
  );
  return handle.jsonValue();
}

async function finishTitle(page, title) {
  await page.keyboard.insertText(title);
  await page.waitForFunction((t) => document.activeElement?.value === t, title, POLL);
  await page.keyboard.press("Enter");
}

/**
 * Browser 0 makes a document with one element and starts a session; the others open the link
 * one after another. Returns the peers and each joiner's connect time (ms from navigation start
 * to data-peers >= 1 with the seed element in the DOM).
 */
export async function setUpApp(browsers, appUrl, log) {
  const peers = await Promise.all(browsers.map((b, i) => openPeer(b, i)));
  const host = peers[0].page;
  await host.goto(`${appUrl}/#/`);
  await host.getByRole("button", { name: "New theory of change" }).click();
  await host.getByTestId("save-status").filter({ hasText: "Saved on this device" }).waitFor();
  await typeNewElement(host, "1");
  await finishTitle(host, SEED_TITLE);
  await host.locator(`.react-flow__node[aria-label="Impact: ${SEED_TITLE}"]`).waitFor();
  await host.getByRole("button", { name: "Start a session" }).click();
  const dialog = host.getByRole("dialog", { name: "Invite people to this session" });
  await dialog.waitFor();
  const link = await host.locator("#session-link").inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
  const connect = [];
  const details = [];
  for (const peer of peers.slice(1)) {
    await peer.page.goto(link);
    connect.push(await waitConnected(peer, peers));
    details.push(await connectDetail(peer.page));
    log(`  app: browser ${peer.index + 1} connected in ${Math.round(connect.at(-1))} ms`);
  }
  const mesh = await waitForMesh(peers, (page) =>
    page.evaluate(() =>
      Number(document.querySelector('[data-testid="session-status"]')?.getAttribute("data-peers")),
    ),
  );
  return { peers, connect, details, mesh };
}

/** One app edit: add an element in `editor`, wait until it shows, then title it and wait. */
export async function appEdit(peers, editorIndex, k, title) {
  const editor = peers[editorIndex].page;
  const others = peers.filter((p) => p.index !== editorIndex);
  const created = await typeNewElement(editor, String((k % 5) + 1));
  if (created.id) {
    await waitEach(
      others,
      (id) => window.__bench.nodeSeenAt[id],
      created.id,
      `new element (edit ${k})`,
    );
  }
  await finishTitle(editor, title);
  await waitEach(others, (t) => window.__bench.seenAt[t], title, `title ${title}`);
  return { editorIndex, title, nodeId: created.id, digitAt: created.digitAt };
}

/** Waits for `fn(arg)` in every page; a timeout names the browser and what it missed. */
async function waitEach(peers, fn, arg, what, timeout = 15_000) {
  await Promise.all(
    peers.map(async (p) => {
      try {
        await p.page.waitForFunction(fn, arg, { ...POLL, timeout });
      } catch (error) {
        const state = await p.page
          .evaluate(() => ({
            peers:
              document
                .querySelector('[data-testid="session-status"]')
                ?.getAttribute("data-peers") ?? window.__bench.baseline?.peers(),
            status: document.querySelector('[data-testid="session-status"]')?.textContent,
            nodes: document.querySelectorAll(".react-flow__node").length,
          }))
          .catch(() => ({}));
        throw new Error(
          `browser ${p.index + 1}: ${what} not seen within ${timeout} ms (${JSON.stringify(state)}; ${String(error.message).split("\n")[0]})`,
        );
      }
    }),
  );
}

// ── The bare y-webrtc baseline ─────────────────────────────────────────────

export async function setUpBaseline(browsers, baselineUrl, signalingUrl, log) {
  const peers = await Promise.all(browsers.map((b, i) => openPeer(b, i)));
  const rand = () => Math.random().toString(36).slice(2, 12);
  const fragment = new URLSearchParams({
    room: `baseline-${rand()}`,
    password: `${rand()}${rand()}`,
    signaling: signalingUrl,
  });
  const url = `${baselineUrl}/index.html#${fragment}`;
  await peers[0].page.goto(`${url}&seed=1`);
  await peers[0].page.waitForFunction(() => window.__bench.baseline, null, POLL);
  const connect = [];
  const details = [];
  for (const peer of peers.slice(1)) {
    await peer.page.goto(url);
    connect.push(await waitConnected(peer, peers));
    details.push(await connectDetail(peer.page));
    log(`  baseline: browser ${peer.index + 1} connected in ${Math.round(connect.at(-1))} ms`);
  }
  const mesh = await waitForMesh(peers, (page) =>
    page.evaluate(() => window.__bench.baseline.peers()),
  );
  return { peers, connect, details, mesh };
}

export async function baselineEdit(peers, editorIndex, _k, key) {
  const editor = peers[editorIndex].page;
  const others = peers.filter((p) => p.index !== editorIndex);
  await editor.evaluate((key) => window.__bench.baseline.edit(key), key);
  await waitEach(others, (t) => window.__bench.seenAt[t], key, `baseline key ${key}`);
  return { editorIndex, title: key };
}

// ── Shared ─────────────────────────────────────────────────────────────────

const CONNECT_TIMEOUT_MS = 45_000;

/**
 * Waits until a joiner has a WebRTC peer and the seed element; returns ms after navigation
 * start. On timeout the error says how far it got and what the others see.
 */
async function waitConnected(peer, all) {
  try {
    const handle = await peer.page.waitForFunction(() => window.__bench.connectedAt, null, {
      ...POLL,
      timeout: CONNECT_TIMEOUT_MS,
    });
    return await handle.jsonValue();
  } catch (error) {
    const state = await peer.page
      .evaluate(() => ({
        milestones: window.__bench.connect,
        status: document.querySelector('[data-testid="session-status"]')?.textContent ?? null,
        peerConnections: window.__bench.peerConnections.map(
          (pc) => `${pc.connectionState}/${pc.iceConnectionState}/${pc.iceGatheringState}`,
        ),
      }))
      .catch((e) => ({ unreadable: String(e.message).split("\n")[0] }));
    const others = await Promise.all(
      all
        .filter((p) => p !== peer)
        .map((p) =>
          p.page
            .evaluate(
              () =>
                document
                  .querySelector('[data-testid="session-status"]')
                  ?.getAttribute("data-peers") ?? "-",
            )
            .catch(() => "?"),
        ),
    );
    throw new Error(
      `browser ${peer.index + 1} not connected within ${CONNECT_TIMEOUT_MS} ms: ${JSON.stringify(state)}; data-peers of the others: ${others.join(",")} (${String(error.message).split("\n")[0]})`,
    );
  }
}

/** Connect milestones (ms after navigation start) of a page that has just connected. */
function connectDetail(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const c = window.__bench.connect;
    return {
      domContentLoaded: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      statusShown: Math.round(c.statusAt),
      firstPeer: Math.round(c.peerAt),
      seedVisible: Math.round(c.seedAt),
    };
  });
}

/**
 * Why a page may have fewer peers than expected: update-check workers terminated after a
 * time-out (updateCheck.ts → every pending check fails → the guard disconnects those peers), the
 * "could not be used" notice, and the states of its RTCPeerConnections.
 */
export function sessionHealth(page) {
  return page
    .evaluate(() => {
      const b = window.__bench;
      const states = {};
      for (const pc of b.peerConnections) {
        const key = pc.connectionState;
        states[key] = (states[key] ?? 0) + 1;
      }
      return {
        workersTerminated: b.workersTerminated ?? 0,
        rejectedNotice: document.body.textContent.includes("could not be used"),
        peerConnections: states,
        slowestCheckMs: Math.round(Math.max(0, ...b.worker.map((j) => j.end - j.start))),
      };
    })
    .catch(() => ({ unreadable: true }));
}

/** Waits until every page has a WebRTC connection to every other one. */
async function waitForMesh(peers, countOf, timeout = 45_000) {
  const want = peers.length - 1;
  const started = Date.now();
  const deadline = started + timeout;
  for (;;) {
    const counts = await Promise.all(peers.map((p) => countOf(p.page)));
    if (counts.every((c) => c >= want)) return { ms: Date.now() - started, complete: true };
    if (Date.now() > deadline) {
      // y-webrtc floods every update to every peer it has, so edits still reach everyone
      // through the others: measure anyway, and report the missing links and why.
      const health = await Promise.all(peers.map((p) => sessionHealth(p.page)));
      return { ms: Date.now() - started, complete: false, peersPerBrowser: counts, health };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Main-thread CPU counters (ms) of every page, in index order. */
export function cpuSnapshot(peers) {
  return Promise.all(peers.map((p) => p.cpu()));
}

export async function collect(peers) {
  return Promise.all(peers.map(async (p) => ({ index: p.index, ...(await readBench(p.page)) })));
}
