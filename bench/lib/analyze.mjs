// Turns the raw in-page timestamps into latencies. For every counted edit:
//   visible      Enter (app) / map.set (baseline) on the editor → the title in the DOM (app) or
//                the Y.Map observer firing (baseline) on EVERY other browser (the slowest one)
//   perReceiver  the same, one sample per receiving browser
//   add (app)    the "1".."5" key → the new element in every other browser's DOM
//   breakdown    sender: edit → first RTCDataChannel.send carrying the title
//                wire:   that send → the receiver's datachannel "message" event
//                receiver: that message → visible (for the app this includes the update-check
//                worker round trip, measured separately as `worker`)
import { summary } from "./stats.mjs";

export function analyze(edits, data, { warmup, kind, cpu = [] }) {
  const byIndex = new Map(data.map((d) => [d.index, d]));
  const visible = [];
  const perReceiver = [];
  const add = [];
  const local = [];
  const sender = [];
  const wire = [];
  const receiver = [];
  const worker = [];
  const workerQueue = [];
  const afterWorker = [];
  const updateBytes = [];
  const slowest = [];
  const copies = [];
  const checks = [];
  const addSender = [];
  const addWire = [];
  const addReceiver = [];
  const addWorker = [];
  const cpuEditor = [];
  const cpuReceiver = [];
  const scriptReceiver = [];
  let missing = 0;
  edits.forEach((edit, k) => {
    if (k < warmup) return;
    const ed = byIndex.get(edit.editorIndex);
    const start = ed.enterAt[edit.title];
    if (!start) {
      missing++;
      return;
    }
    const sent = ed.sendAt[edit.title];
    if (sent) sender.push(sent - start);
    if (kind === "app" && ed.seenAt[edit.title]) local.push(ed.seenAt[edit.title] - start);
    let worst = -Infinity;
    let worstAdd = -Infinity;
    for (const r of data) {
      if (r.index === edit.editorIndex) continue;
      const seen = r.seenAt[edit.title];
      if (!seen) {
        missing++;
        continue;
      }
      perReceiver.push(seen - start);
      worst = Math.max(worst, seen - start);
      const recv = r.recvAt[edit.title];
      if (recv && sent) wire.push(recv - sent);
      if (recv) {
        receiver.push(seen - recv);
        if (r.recvBytes[edit.title]) updateBytes.push(r.recvBytes[edit.title]);
        const job = r.workerFor?.[edit.title];
        if (job) {
          worker.push(job.end - job.start);
          workerQueue.push(job.start - recv);
          afterWorker.push(seen - job.end);
        }
      }
      if (kind === "app" && edit.nodeId && edit.digitAt) {
        const shown = r.nodeSeenAt[edit.nodeId];
        if (shown) worstAdd = Math.max(worstAdd, shown - edit.digitAt);
      }
    }
    // How many copies of the update each receiver got (y-webrtc re-broadcasts every update it
    // applies, so in a mesh of N each receiver gets it from the editor and from N-2 others), and
    // how many the update-check worker trial-applied.
    for (const r of data) {
      if (r.index === edit.editorIndex) continue;
      copies.push(r.log.filter((m) => m.d === "r" && m.s.includes(edit.title)).length);
      if (kind === "app")
        checks.push(r.log.filter((m) => m.d === "w" && m.s.includes(edit.title)).length);
    }
    if (kind === "app" && edit.nodeId && edit.digitAt) {
      const id = edit.nodeId;
      const send = ed.log.find((m) => m.d === "s" && m.t >= edit.digitAt && m.s.includes(id));
      if (send) addSender.push(send.t - edit.digitAt);
      for (const r of data) {
        if (r.index === edit.editorIndex) continue;
        const recv = r.log.find((m) => m.d === "r" && m.s.includes(id));
        const shown = r.nodeSeenAt[id];
        if (!recv || !shown) continue;
        if (send) addWire.push(recv.t - send.t);
        addReceiver.push(shown - recv.t);
        const job = r.log.find((m) => m.d === "w" && m.s.includes(id));
        if (job) addWorker.push(job.end - job.t);
      }
    }
    // Main-thread CPU between this edit's start and the next one's (trailing work included).
    if (cpu[k] && cpu[k + 1]) {
      for (const r of data) {
        const before = cpu[k][r.index];
        const after = cpu[k + 1][r.index];
        if (!before || !after) continue;
        if (r.index === edit.editorIndex) cpuEditor.push(after.task - before.task);
        else {
          cpuReceiver.push(after.task - before.task);
          scriptReceiver.push(after.script - before.script);
        }
      }
    }
    if (worst > -Infinity) {
      visible.push(worst);
      slowest.push({ k, editor: edit.editorIndex, ms: Math.round(worst * 10) / 10 });
    }
    if (worstAdd > -Infinity) add.push(worstAdd);
  });
  const out = {
    edits: visible.length,
    missing,
    visible: summary(visible),
    perReceiver: summary(perReceiver),
    breakdown: {
      sender: summary(sender),
      wire: summary(wire),
      receiver: summary(receiver),
    },
    updateBytes: summary(updateBytes),
    copiesPerReceiver: summary(copies),
    mainThreadCpuMs: {
      receiverTask: summary(cpuReceiver),
      receiverScript: summary(scriptReceiver),
      editorTask: summary(cpuEditor),
    },
    samples: visible.map((v) => Math.round(v * 10) / 10),
    slowestEdits: slowest.sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
  if (kind === "app") {
    out.add = summary(add);
    out.addBreakdown = {
      sender: summary(addSender),
      wire: summary(addWire),
      receiver: summary(addReceiver),
      updateCheckWorker: summary(addWorker),
    };
    out.checksPerReceiver = summary(checks);
    out.editorOwnDom = summary(local);
    out.breakdown.updateCheckWorker = summary(worker);
    out.breakdown.waitBeforeWorker = summary(workerQueue);
    out.breakdown.afterWorkerToVisible = summary(afterWorker);
    out.workerJobs = summary(data.flatMap((d) => d.worker.map((j) => j.end - j.start)));
  }
  return out;
}
