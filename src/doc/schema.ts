// The Y.Doc schema — the one place that names the shared types.
//
//   meta:  Y.Map  schemaVersion, title, framing, createdAt, initialized
//   nodes: Y.Map  id → Y.Map { id, kind, stage, title, description, position: {x, y} }
//   edges: Y.Map  id → Y.Map { id, source, target, rationale }
//
// Rules (pinned by tests): element maps are mutated in place, never replaced
// (a replaced map beats a concurrent delete and resurrects "ghost" nodes);
// no per-user state (selection, dragging, measured size) is ever stored.
import * as Y from "yjs";

export const SCHEMA_VERSION = 1;

export type ElementMap = Y.Map<unknown>;
export type LinkMap = Y.Map<unknown>;

export interface DocMaps {
  meta: Y.Map<unknown>;
  nodes: Y.Map<ElementMap>;
  edges: Y.Map<LinkMap>;
}

export function getMaps(doc: Y.Doc): DocMaps {
  return {
    meta: doc.getMap("meta"),
    nodes: doc.getMap("nodes") as Y.Map<ElementMap>,
    edges: doc.getMap("edges") as Y.Map<LinkMap>,
  };
}

export function createDoc(): Y.Doc {
  // gc stays on: deleted content is not needed (snapshots keep their own copy).
  return new Y.Doc();
}
