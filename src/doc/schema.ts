// The Y.Doc schema — the one place that names the shared types.
//
//   meta:  Y.Map  schemaVersion, title, framing, createdAt, initialized, ceiling
//   nodes: Y.Map  id → Y.Map { id, kind, stage, title, description: Y.Text,
//                  position: {x, y}, status, owner, tags: string[], group,
//                  assumptions | indicators | evidence: Y.Map id → Y.Map item,
//                  stakeholders: Y.Map stakeholderId → role }
//   edges: Y.Map  id → Y.Map { id, source, target, rationale, assumptions, evidence }
//   stakeholders: Y.Map id → Y.Map { id, name, order }   (the register)
//   groups:       Y.Map id → Y.Map { id, title }          (workstreams)
//   dismissals:   Y.Map findingKey → Y.Map { key, reason, by, at }
//
// Nested maps and texts are created together with their element or link (or
// by the migration to version 2), never lazily on first use: two people
// creating the same nested type at once would each replace the other's.
//
// Rules (pinned by tests): element maps are mutated in place, never replaced
// (a replaced map beats a concurrent delete and resurrects "ghost" nodes);
// no per-user state (selection, dragging, measured size) is ever stored.
import * as Y from "yjs";

export const SCHEMA_VERSION = 2;

export type ElementMap = Y.Map<unknown>;
export type LinkMap = Y.Map<unknown>;

export interface DocMaps {
  meta: Y.Map<unknown>;
  nodes: Y.Map<ElementMap>;
  edges: Y.Map<LinkMap>;
  stakeholders: Y.Map<Y.Map<unknown>>;
  groups: Y.Map<Y.Map<unknown>>;
  dismissals: Y.Map<Y.Map<unknown>>;
}

export function getMaps(doc: Y.Doc): DocMaps {
  return {
    meta: doc.getMap("meta"),
    nodes: doc.getMap("nodes") as Y.Map<ElementMap>,
    edges: doc.getMap("edges") as Y.Map<LinkMap>,
    stakeholders: doc.getMap("stakeholders") as Y.Map<Y.Map<unknown>>,
    groups: doc.getMap("groups") as Y.Map<Y.Map<unknown>>,
    dismissals: doc.getMap("dismissals") as Y.Map<Y.Map<unknown>>,
  };
}

export function createDoc(): Y.Doc {
  // gc stays on: deleted content is not needed (snapshots keep their own copy).
  return new Y.Doc();
}
