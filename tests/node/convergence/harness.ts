// A small simulated network of replicas for the convergence tests (not a test
// file). Each replica is a Y.Doc with its own undo history, selection and
// observeModel mirror (openReplica, shared with providerNetwork.ts). Local
// updates (origin !== REMOTE) are queued to every other replica; the test
// decides delivery order, duplicates, drops, reconnects (state-vector exchange
// both ways) and reloads.
import { expect } from "vitest";
import * as Y from "yjs";
import {
  addElement,
  connect,
  deleteItems,
  insertFragment,
  moveElements,
  type NewElement,
  type NewLink,
  setDocumentTitle,
  setFraming,
  updateElement,
  updateLink,
} from "../../../src/doc/commands";
import {
  addDetail,
  removeDetail,
  setStakeholderRole,
  updateDetail,
} from "../../../src/doc/detailCommands";
import type { DetailList } from "../../../src/doc/detailLists";
import { runMigrations } from "../../../src/doc/migrations";
import { observeModel } from "../../../src/doc/observe";
import { PERSISTENCE, REMOTE, TYPING } from "../../../src/doc/origins";
import { readModel } from "../../../src/doc/read";
import { createGroup, dismissFinding, setCeiling } from "../../../src/doc/registerCommands";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import { createUndoHistory, type UndoHistory } from "../../../src/doc/undo";
import { STARTING_STAKEHOLDERS } from "../../../src/domain/details";
import { invariantProblems } from "../../../src/domain/invariants";
import { ELEMENT_KINDS } from "../../../src/domain/kinds";
import type { TocModel } from "../../../src/domain/model";
import { STAGE_IDS } from "../../../src/domain/stages";
import { type Rng, rng } from "../../helpers/random.mjs";
import { canonical } from "../doc/helpers";

export interface Replica {
  name: string;
  doc: Y.Doc;
  history: UndoHistory;
  selection: string[];
  mirror: TocModel | null;
  stop: () => void;
  counter: number;
}

/**
 * Stops `replicas[index]` and puts in its place the replica `open` makes from its full state,
 * keeping its name and id counter (a page reload).
 */
export function reloadReplica(
  replicas: Replica[],
  index: number,
  open: (name: string, index: number, state: Uint8Array) => Replica,
): void {
  const old = replicas[index];
  const state = Y.encodeStateAsUpdate(old.doc);
  old.stop();
  const fresh = open(old.name, index, state);
  fresh.counter = old.counter;
  replicas[index] = fresh;
}

/** What seedNetwork and expectConverged need of a network. */
export interface ReplicaSet {
  readonly replicas: Replica[];
  /** Problems seen in any mirror at any time (they must never be shown). */
  readonly shownProblems: string[];
}

/**
 * Opens a replica as the app does: load `state` (if any), migrate, then an
 * undo history, a selection and an observeModel mirror whose invariant
 * problems are recorded in `shownProblems`. `onUpdate` then hears every
 * update of the doc (whatever its origin).
 */
export function openReplica(
  name: string,
  state: Uint8Array | null,
  shownProblems: string[],
  onUpdate: (update: Uint8Array, origin: unknown) => void,
): Replica {
  const doc = createDoc();
  if (state) Y.applyUpdate(doc, state, PERSISTENCE);
  // As openDocument does after the local load.
  runMigrations(doc);
  const replica: Replica = {
    name,
    doc,
    selection: [],
    mirror: null,
    counter: 0,
    history: null as unknown as UndoHistory,
    stop: () => {},
  };
  replica.history = createUndoHistory(doc, {
    get: () => replica.selection,
    set: (ids) => {
      replica.selection = ids;
    },
  });
  const stopMirror = observeModel(doc, (m) => {
    replica.mirror = m;
    const problems = invariantProblems(m);
    if (problems.length) shownProblems.push(`${name}: ${problems.join("; ")}`);
  });
  doc.on("update", onUpdate);
  replica.stop = () => {
    stopMirror();
    doc.off("update", onUpdate);
    replica.history.destroy();
    doc.destroy();
  };
  return replica;
}

interface Message {
  to: number;
  update: Uint8Array;
}

export class Network implements ReplicaSet {
  readonly replicas: Replica[] = [];
  queue: Message[] = [];
  readonly shownProblems: string[] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) this.replicas.push(this.open(`r${i}`, i, null));
  }

  private open(name: string, index: number, state: Uint8Array | null): Replica {
    return openReplica(name, state, this.shownProblems, (update, origin) => {
      if (origin === REMOTE) return;
      for (let to = 0; to < this.replicas.length; to++) {
        if (to !== index) this.queue.push({ to, update });
      }
    });
  }

  /** Closes a replica and opens it again from its full state (a page reload). */
  reload(index: number): void {
    reloadReplica(this.replicas, index, (...args) => this.open(...args));
  }

  /** Delivers, duplicates or drops queued messages, in random order. */
  deliverSome(rng: Rng, options: { drop: number; duplicate: number }): void {
    const n = rng.int(this.queue.length + 1);
    for (let k = 0; k < n && this.queue.length > 0; k++) {
      const i = rng.int(this.queue.length);
      const msg = this.queue[i];
      if (rng.chance(options.drop)) {
        this.queue.splice(i, 1);
        continue;
      }
      if (!rng.chance(options.duplicate)) this.queue.splice(i, 1);
      Y.applyUpdate(this.replicas[msg.to].doc, msg.update, REMOTE);
    }
  }

  /** A reconnect: each side sends what the other lacks. */
  reconnect(a: number, b: number): void {
    const da = this.replicas[a].doc;
    const db = this.replicas[b].doc;
    Y.applyUpdate(db, Y.encodeStateAsUpdate(da, Y.encodeStateVector(db)), REMOTE);
    Y.applyUpdate(da, Y.encodeStateAsUpdate(db, Y.encodeStateVector(da)), REMOTE);
  }

  /** Delivers everything still queued (random order), then heals every pair. */
  settle(rng: Rng): void {
    for (const msg of rng.shuffle([...this.queue])) {
      Y.applyUpdate(this.replicas[msg.to].doc, msg.update, REMOTE);
    }
    this.queue = [];
    for (let round = 0; round < 2; round++) {
      for (let a = 0; a < this.replicas.length; a++) {
        for (let b = a + 1; b < this.replicas.length; b++) this.reconnect(a, b);
      }
    }
  }

  close(): void {
    for (const r of this.replicas) r.stop();
  }
}

/** What a user or peer can observe of a replica, in a comparable form. */
export function observable(replica: Replica) {
  const doc = replica.doc;
  return {
    model: canonical(readModel(doc)),
    raw: {
      meta: doc.getMap("meta").toJSON(),
      nodes: doc.getMap("nodes").toJSON(),
      edges: doc.getMap("edges").toJSON(),
    },
  };
}

// ---- random commands -------------------------------------------------------

const WEIRD_TEXT = [
  "",
  "Clean water",
  "a\uD800b",
  "tab\there",
  "\u0000nul",
  "👩‍👩‍👧",
  "e\u0301",
  "x".repeat(310),
];

function text(rng: Rng): string {
  return rng.chance(0.3) ? rng.pick(WEIRD_TEXT) : `t${rng.int(1000)}`;
}

function coordinate(rng: Rng): number {
  if (rng.chance(0.05)) return rng.pick([Number.NaN, Infinity, 1e308, -0]);
  return Math.round((rng.next() * 4000 - 1000) * 1024) / 1024;
}

function knownIds(replica: Replica, pool: string[], rng: Rng): string[] {
  const ids = (replica.mirror?.elements ?? []).map((e) => e.id);
  // Sometimes an id this replica does not have (deleted, or not yet received).
  if (pool.length && rng.chance(0.1)) ids.push(rng.pick(pool));
  return ids;
}

function newIdFor(replica: Replica, rng: Rng, pool: string[]): string {
  // A few ids are shared between replicas, as when two people import the same file.
  const id = rng.chance(0.05) ? `shared${rng.int(4)}` : `${replica.name}-${replica.counter++}`;
  pool.push(id);
  return id;
}

function randomElement(replica: Replica, rng: Rng, pool: string[]): NewElement {
  return {
    id: newIdFor(replica, rng, pool),
    kind: rng.pick(ELEMENT_KINDS),
    stage: rng.chance(0.7) ? rng.pick(STAGE_IDS) : null,
    title: text(rng),
    description: rng.chance(0.3) ? text(rng) : undefined,
    position: { x: coordinate(rng), y: coordinate(rng) },
  };
}

function randomLink(replica: Replica, rng: Rng, ids: string[], pool: string[]): NewLink | null {
  if (ids.length === 0) return null;
  return {
    id: newIdFor(replica, rng, pool),
    source: rng.pick(ids),
    target: rng.pick(ids),
    rationale: rng.chance(0.3) ? text(rng) : "",
  };
}

/** Runs one random command (or undo/redo) on a replica; returns its name. */
export function randomCommand(replica: Replica, rng: Rng, pool: string[]): string {
  const doc = replica.doc;
  const ids = knownIds(replica, pool, rng);
  const linkIds = (replica.mirror?.links ?? []).map((l) => l.id);
  const roll = rng.int(120);
  if (roll < 14 || ids.length === 0) {
    const el = randomElement(replica, rng, pool);
    addElement(doc, el);
    replica.selection = [el.id];
    return "add";
  }
  const id = rng.pick(ids);
  if (roll < 30) {
    const patch = rng.pick([
      { title: text(rng) },
      { description: text(rng) },
      { kind: rng.pick(ELEMENT_KINDS) },
      { stage: rng.pick(STAGE_IDS) },
      { kind: rng.pick(ELEMENT_KINDS), stage: rng.pick(STAGE_IDS), title: text(rng) },
    ]);
    updateElement(doc, id, patch);
    return "update";
  }
  if (roll < 44) {
    const moving = rng.shuffle([...ids]).slice(0, 1 + rng.int(4));
    replica.selection = moving;
    moveElements(
      doc,
      moving.map((m) => ({ id: m, position: { x: coordinate(rng), y: coordinate(rng) } })),
    );
    return "move";
  }
  if (roll < 52) {
    const elementIds = rng.chance(0.7) ? [id] : [];
    const links = linkIds.length && rng.chance(0.5) ? [rng.pick(linkIds)] : [];
    deleteItems(doc, { elementIds, linkIds: links });
    return "delete";
  }
  if (roll < 64) {
    const link = randomLink(replica, rng, ids, pool);
    if (link) connect(doc, link);
    return "connect";
  }
  if (roll < 69) {
    if (linkIds.length) updateLink(doc, rng.pick(linkIds), { rationale: text(rng) });
    return "updateLink";
  }
  if (roll < 75) {
    const elements = Array.from({ length: 1 + rng.int(3) }, () =>
      randomElement(replica, rng, pool),
    );
    const all = [...ids, ...elements.map((e) => e.id)];
    const links = Array.from({ length: rng.int(4) }, () => randomLink(replica, rng, all, pool));
    insertFragment(doc, { elements, links: links.filter((l): l is NewLink => l !== null) });
    return "insertFragment";
  }
  if (roll < 85) {
    replica.history.undo();
    return "undo";
  }
  if (roll < 91) {
    replica.history.redo();
    return "redo";
  }
  if (roll < 95) {
    setFraming(doc, rng.pick(["toc", "logic"] as const));
    return "setFraming";
  }
  if (roll < 100) {
    setDocumentTitle(doc, text(rng));
    return "setDocumentTitle";
  }
  return randomDetailCommand(replica, rng, id, linkIds);
}

/** Schema 2: details, stakeholder records, groups, ceiling, dismissals, shared typing. */
function randomDetailCommand(replica: Replica, rng: Rng, id: string, linkIds: string[]): string {
  const doc = replica.doc;
  const roll = rng.int(20);
  const owner = linkIds.length && rng.chance(0.3) ? rng.pick(linkIds) : id;
  const list: DetailList = rng.pick(["assumptions", "indicators", "evidence"] as const);
  const mirrored =
    replica.mirror?.elements.find((e) => e.id === owner) ??
    replica.mirror?.links.find((l) => l.id === owner);
  const items = (mirrored as Record<string, unknown> | undefined)?.[list] as
    | Array<{ id: string }>
    | undefined;
  if (roll < 5) {
    addDetail(doc, owner, list, { text: text(rng), measure: text(rng), title: text(rng) });
    return "addDetail";
  }
  if (roll < 9) {
    if (items?.length) {
      updateDetail(doc, owner, list, rng.pick(items).id, {
        text: text(rng),
        measure: text(rng),
        url: rng.chance(0.5) ? "https://example.org/x" : "javascript:alert(1)",
      });
    }
    return "updateDetail";
  }
  if (roll < 11) {
    if (items?.length) removeDetail(doc, owner, list, rng.pick(items).id);
    return "removeDetail";
  }
  if (roll < 14) {
    setStakeholderRole(
      doc,
      id,
      rng.pick(STARTING_STAKEHOLDERS.map((s) => s.id)),
      rng.pick(["proposed", "endorsed", "challenged", null] as const),
    );
    return "setStakeholderRole";
  }
  if (roll < 15) {
    createGroup(doc, text(rng), [id]);
    return "createGroup";
  }
  if (roll < 16) {
    setCeiling(doc, rng.chance(0.8) ? rng.pick(STAGE_IDS) : null);
    return "setCeiling";
  }
  if (roll < 17) {
    dismissFinding(doc, { key: `check:${id}`, reason: text(rng), by: "x", at: rng.int(1000) });
    return "dismissFinding";
  }
  // Typing into the shared description: an insertion at a random place.
  const current = replica.mirror?.elements.find((e) => e.id === id)?.description ?? "";
  const at = rng.int(current.length + 1);
  updateElement(
    doc,
    id,
    { description: current.slice(0, at) + text(rng) + current.slice(at) },
    TYPING,
  );
  return "typeDescription";
}

/** Seeds the network: one replica creates the document, or (sometimes) all at once. */
export function seedNetwork(net: Pick<ReplicaSet, "replicas">, rng: Rng): void {
  const everyone = rng.chance(0.25);
  net.replicas.forEach((r, i) => {
    if (i === 0 || everyone) {
      initializeDocument(r.doc, {
        title: `Doc of ${r.name}`,
        framing: rng.pick(["toc", "logic"] as const),
        createdAt: 1_700_000_000_000 + i,
      });
    }
  });
}

// ---- one random run ---------------------------------------------------------

/** One reproducible random run: seed the network, run commands, settle. */
export function runSeed(seed: number, options: { settle?: boolean } = {}): Network {
  const r = rng(seed);
  const net = new Network(2 + (seed % 4));
  const pool: string[] = [];
  seedNetwork(net, r);
  if (r.chance(0.5)) net.settle(r); // sometimes everyone starts from the seeded document
  const steps = 40 + r.int(80);
  for (let step = 0; step < steps; step++) {
    const who = r.int(net.replicas.length);
    randomCommand(net.replicas[who], r, pool);
    net.deliverSome(r, { drop: 0.1, duplicate: 0.1 });
    if (r.chance(0.08)) {
      const a = r.int(net.replicas.length);
      const b = r.int(net.replicas.length);
      if (a !== b) net.reconnect(a, b);
    }
    if (r.chance(0.03)) net.reload(r.int(net.replicas.length));
  }
  if (options.settle !== false) net.settle(r);
  return net;
}

/** Everything a user or peer could observe is the same on every replica. */
export function expectConverged(net: ReplicaSet): void {
  const [first, ...rest] = net.replicas;
  const expected = observable(first);
  const vector = Y.encodeStateVector(first.doc);
  for (const replica of net.replicas) {
    const seen = observable(replica);
    expect(invariantProblems(seen.model), replica.name).toEqual([]);
    expect(canonical(replica.mirror ?? readModel(replica.doc)), replica.name).toEqual(seen.model);
  }
  for (const replica of rest) {
    expect(observable(replica), replica.name).toEqual(expected);
    expect(Y.encodeStateVector(replica.doc), replica.name).toEqual(vector);
  }
  expect(net.shownProblems).toEqual([]);
}
