// Turns Y events into plain TocModel snapshots for the store. Only elements
// and links touched by a transaction are re-read; every other element keeps
// its object identity, so memoised canvas nodes do not re-render (pinned by
// the mirror-identity test).
//
// Changes made here (commands, undo, migrations: local transactions) are
// handed over at once, so code running a command reads the new model straight
// after. Changes that arrive from elsewhere (Y.applyUpdate: a peer) can be
// handed over once per frame instead (`scheduleRemote`): a peer's burst of
// updates then costs one new snapshot and one render, not one per update.
import * as Y from "yjs";
import type { TocElement, TocLink, TocMeta, TocModel } from "../domain/model";
import { ELEMENT, LINK } from "../domain/records/elements";
import { sameFields } from "../domain/records/field";
import {
  readDismissals,
  readElement,
  readGroups,
  readLink,
  readMeta,
  readStakeholders,
} from "./read";
import { getMaps } from "./schema";
import { keyInParent } from "./write";

/** The top-level map a changed type belongs to, and its entry's key there. */
function locate(type: unknown): { root: unknown; key: string | null } {
  let current = type as Y.AbstractType<unknown> | null;
  let child: Y.AbstractType<unknown> | null = null;
  while (current && current.parent) {
    child = current;
    current = current.parent as Y.AbstractType<unknown> | null;
  }
  return { root: current, key: child ? keyInParent(child) : null };
}

export interface ObserveOptions {
  /**
   * Defers handing over changes from non-local transactions: called with a
   * flush the first time such a change is pending; returns a cancel. A local
   * transaction meanwhile hands over everything at once (and cancels it).
   * Without it every transaction that changes something emits at once.
   */
  scheduleRemote?: (flush: () => void) => () => void;
}

export function observeModel(
  doc: Y.Doc,
  onChange: (model: TocModel) => void,
  options: ObserveOptions = {},
): () => void {
  const maps = getMaps(doc);
  const elements = new Map<string, TocElement>();
  const links = new Map<string, TocLink>();
  let meta: TocMeta = readMeta(maps.meta);
  const registers = {
    stakeholders: readStakeholders(maps.stakeholders),
    groups: readGroups(maps.groups),
    dismissals: readDismissals(maps.dismissals),
  };
  let model: TocModel = { meta, elements: [], links: [], ...registers };

  const refreshElement = (id: string) => {
    const map = maps.nodes.get(id);
    const el = map instanceof Y.Map ? readElement(id, map) : null;
    if (el) elements.set(id, sameElement(elements.get(id), el));
    else elements.delete(id);
  };
  const refreshLink = (id: string) => {
    const map = maps.edges.get(id);
    const link = map instanceof Y.Map ? readLink(id, map) : null;
    if (link) links.set(id, sameLink(links.get(id), link));
    else links.delete(id);
  };
  let cancelScheduled: (() => void) | null = null;
  const emit = () => {
    if (cancelScheduled) {
      const cancel = cancelScheduled;
      cancelScheduled = null;
      cancel();
    }
    const liveLinks = [...links.values()].filter(
      (l) => elements.has(l.source) && elements.has(l.target) && !elements.has(l.id),
    );
    model = { meta, elements: [...elements.values()], links: liveLinks, ...registers };
    onChange(model);
  };

  for (const id of maps.nodes.keys()) refreshElement(id);
  for (const id of maps.edges.keys()) refreshLink(id);
  emit();

  const onTransaction = (tr: Y.Transaction) => {
    let touched = false;
    for (const [changed, keys] of tr.changed) {
      const type: unknown = changed;
      if (type === maps.meta) {
        meta = readMeta(maps.meta);
        touched = true;
        continue;
      }
      if (type === maps.nodes || type === maps.edges) {
        const refresh = type === maps.nodes ? refreshElement : refreshLink;
        for (const key of keys) if (key !== null) refresh(key);
        touched = true;
        continue;
      }
      // Anything nested: an element's or link's own map, its description, its
      // lists and their items, or a register and its entries.
      const { root, key } = locate(type);
      if (root === maps.nodes && key) refreshElement(key);
      else if (root === maps.edges && key) refreshLink(key);
      else if (root === maps.stakeholders)
        registers.stakeholders = readStakeholders(maps.stakeholders);
      else if (root === maps.groups) registers.groups = readGroups(maps.groups);
      else if (root === maps.dismissals) registers.dismissals = readDismissals(maps.dismissals);
      else continue;
      touched = true;
    }
    if (!touched) return;
    if (tr.local || !options.scheduleRemote) emit();
    else if (!cancelScheduled) cancelScheduled = options.scheduleRemote(emit);
  };
  doc.on("afterTransaction", onTransaction);
  return () => {
    doc.off("afterTransaction", onTransaction);
    cancelScheduled?.();
    cancelScheduled = null;
  };
}

// Keep the old object when no field of its spec changed (e.g. a no-op re-read).
function sameElement(old: TocElement | undefined, next: TocElement): TocElement {
  return old && sameFields(ELEMENT, old, next) ? old : next;
}

function sameLink(old: TocLink | undefined, next: TocLink): TocLink {
  return old && sameFields(LINK, old, next) ? old : next;
}
