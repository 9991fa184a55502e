// A peer's edits for the remote suite and its profiler (bench/remote-profile.mjs): a Node peer
// holding a copy of the open document, title edits made there as separate Yjs updates, and
// their delivery in the app page (needs the benchmark hook, bench/lib/hooks.mjs).
import * as Y from "yjs";
import { rng } from "../../tests/helpers/random.mjs";

const b64 = (u) => Buffer.from(u).toString("base64");

/** Seeded shuffle. */
export function shuffled(list, seed) {
  return rng(seed).shuffle([...list]);
}

/** Ids of the elements the canvas draws now. */
export function drawnIds(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".react-flow__node")].map((n) => n.dataset.id),
  );
}

/** The peer: a copy of the page's open document state, with its own client id. */
export async function peerOf(page) {
  const state = await page.evaluate(() => {
    const { Y, activeDocument } = globalThis.__tocBench;
    const u = Y.encodeStateAsUpdate(activeDocument().doc);
    let s = "";
    for (let i = 0; i < u.length; i += 0x8000)
      s += String.fromCharCode(...u.subarray(i, i + 0x8000));
    return btoa(s);
  });
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Buffer.from(state, "base64"));
  return peer;
}

/**
 * makeEdits(n): n title changes by the peer as n separate updates (base64), with the peer's
 * state before them and the title each edited element should show. Fewer edits than elements
 * retitle the drawn elements first, rotated by one each call; as many as elements retitle
 * every element once, in a seeded random order.
 */
export function editMaker(peer, drawn) {
  const nodes = peer.getMap("nodes");
  const allIds = [...nodes.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const drawnSet = new Set(drawn);
  const others = allIds.filter((id) => !drawnSet.has(id));
  let run = 0;
  return (n) => {
    run++;
    const before = b64(Y.encodeStateAsUpdate(peer));
    const targets =
      n >= allIds.length
        ? shuffled(allIds, run).slice(0, n)
        : [...drawn, ...others].slice(0, n).map((_id, i, l) => l[(i + run) % l.length]);
    const updates = [];
    const expected = {};
    const onUpdate = (u) => updates.push(b64(u));
    peer.on("update", onUpdate);
    targets.forEach((id, i) => {
      const title = `Remote ${run}.${i + 1}`;
      peer.transact(() => nodes.get(id).set("title", title));
      expected[id] = title;
    });
    peer.off("update", onUpdate);
    return { before, updates, expected };
  };
}

/**
 * In the app page: delivers each update in its own task (a MessageChannel message, as a data
 * channel delivers a peer's messages) and applies it with the app's REMOTE origin to the open
 * Y.Doc; resolves once every edited element that is on the canvas shows its new title and a
 * frame with it has been produced (rAF, then a task after that frame).
 */
export async function deliverInApp({ updates, expected }) {
  const { Y, REMOTE, activeDocument } = globalThis.__tocBench;
  const doc = activeDocument().doc;
  const decode = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const list = updates.map(decode);
  const nodeOf = (id) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const titleOf = (id) => nodeOf(id)?.querySelector(".toc-node__title")?.textContent ?? null;
  // Only elements drawn now can show the change (the canvas draws the visible ones).
  const pending = new Map(Object.entries(expected).filter(([id]) => nodeOf(id)));
  const shown = pending.size;
  const frames = [];
  const longtasks = [];
  const loaf = new PerformanceObserver((l) => frames.push(...l.getEntries()));
  loaf.observe({ type: "long-animation-frame" });
  const lt = new PerformanceObserver((l) => longtasks.push(...l.getEntries()));
  lt.observe({ type: "longtask" });
  // rAF gaps: an upper bound on frame length (frames under 50 ms are not reported as LoAF).
  let lastRaf = null;
  let maxGap = 0;
  let stopRaf = false;
  let t0 = 0;
  const onRaf = () => {
    const now = performance.now();
    if (lastRaf !== null && now > t0 && t0 > 0) maxGap = Math.max(maxGap, now - lastRaf);
    lastRaf = now;
    if (!stopRaf) requestAnimationFrame(onRaf);
  };
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  requestAnimationFrame(onRaf);
  await new Promise((r) => setTimeout(r, 50));
  return new Promise((resolve) => {
    let tApplied = 0;
    let tDom = 0;
    const channel = new MessageChannel();
    let next = 0;
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (tDom) return;
      for (const [id, title] of pending) if (titleOf(id) === title) pending.delete(id);
      if (pending.size > 0) return;
      tDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => {
          const tPaint = performance.now();
          stopRaf = true;
          // Let the observers deliver the frame that just ended.
          setTimeout(() => {
            loaf.disconnect();
            lt.disconnect();
            const overlaps = (e) => e.startTime < tPaint && e.startTime + e.duration > t0;
            const loafMax = Math.max(0, ...frames.filter(overlaps).map((e) => e.duration));
            const taskMax = Math.max(0, ...longtasks.filter(overlaps).map((e) => e.duration));
            resolve({
              applied: tApplied - t0,
              dom: tDom - t0,
              painted: tPaint - t0,
              loafMax,
              taskMax,
              rafGapMax: maxGap,
              shown,
            });
          }, 200);
        };
        after.port2.postMessage(0);
      });
    };
    observer.observe(document.querySelector(".react-flow") ?? document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    channel.port1.onmessage = () => {
      Y.applyUpdate(doc, list[next++], REMOTE);
      if (next === list.length) {
        tApplied = performance.now();
        check();
      }
    };
    t0 = performance.now();
    for (let i = 0; i < list.length; i++) channel.port2.postMessage(0);
  });
}
