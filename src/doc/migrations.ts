// Ordered, named migrations. Each runs once per document, after local
// persistence has loaded (and after a peer brings an older document), in ONE
// transaction with origin MIGRATION that also writes the new schemaVersion.
// Migrations are deterministic and idempotent: two offline peers may both run
// them and must converge. Tests pin that the list is complete (one step for
// every version up to SCHEMA_VERSION) and that each step is idempotent.
import * as Y from "yjs";
import { fitStage, isElementKind } from "../domain/kinds";
import { isFramingId } from "../domain/stages";
import { createDetailLists, DETAIL_LISTS, LINK_DETAIL_LISTS } from "./detailLists";
import { MIGRATION } from "./origins";
import { writeStartingStakeholders } from "./registerCommands";
import { type DocMaps, getMaps, SCHEMA_VERSION } from "./schema";
import { isYMap, setIfChanged } from "./write";

export interface Migration {
  /** The schema version this migration produces. */
  to: number;
  name: string;
  run(maps: DocMaps): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    name: "Fill defaults for documents written before schema versions",
    run({ meta, nodes }) {
      if (!isFramingId(meta.get("framing"))) meta.set("framing", "toc");
      if (typeof meta.get("createdAt") !== "number") meta.set("createdAt", 0);
      if (meta.get("initialized") !== true) meta.set("initialized", true);
      for (const el of nodes.values()) {
        if (!isYMap(el)) continue;
        const kind = el.get("kind");
        if (!isElementKind(kind)) continue;
        setIfChanged(el, "stage", fitStage(kind, el.get("stage")));
        const description = el.get("description");
        if (typeof description !== "string" && !(description instanceof Y.Text)) {
          el.set("description", "");
        }
      }
    },
  },
  {
    to: 2,
    name: "Shared descriptions, detail lists and the stakeholder register",
    run(maps) {
      for (const el of maps.nodes.values()) {
        if (!isYMap(el)) continue;
        const description = el.get("description");
        if (!(description instanceof Y.Text)) {
          el.set("description", new Y.Text(typeof description === "string" ? description : ""));
        }
        if (!isYMap(el.get("stakeholders"))) el.set("stakeholders", new Y.Map());
        createDetailLists(el, DETAIL_LISTS);
      }
      for (const link of maps.edges.values()) {
        if (isYMap(link)) createDetailLists(link, LINK_DETAIL_LISTS);
      }
      writeStartingStakeholders(maps);
    },
  },
];

export type MigrationResult = "current" | "migrated" | "too-new";

export function storedVersion(doc: Y.Doc): number {
  const v = getMaps(doc).meta.get("schemaVersion");
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** A document written by a newer app must not be touched by this one. */
export function isNewerThanApp(doc: Y.Doc): boolean {
  return storedVersion(doc) > SCHEMA_VERSION;
}

export function runMigrations(doc: Y.Doc): MigrationResult {
  const from = storedVersion(doc);
  if (from > SCHEMA_VERSION) return "too-new";
  if (from === SCHEMA_VERSION) return "current";
  const maps = getMaps(doc);
  // An empty document has nothing to migrate: it is waiting for seeding or for
  // a peer's state. Writing defaults here would race the peer's real meta
  // (last writer wins per key) and could overwrite its framing and date.
  if (maps.meta.size === 0 && maps.nodes.size === 0 && maps.edges.size === 0) return "current";
  doc.transact(() => {
    for (const m of MIGRATIONS) if (m.to > from) m.run(maps);
    maps.meta.set("schemaVersion", SCHEMA_VERSION);
  }, MIGRATION);
  return "migrated";
}
