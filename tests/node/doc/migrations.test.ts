// Invariant: the migration list has one named step for every schema version;
// an old document migrates to a valid model in ONE transaction with origin
// MIGRATION that also writes the new version; migrating again writes nothing;
// peers that migrate the same old document concurrently converge; a document
// from a newer app is never written; an empty document is left for seeding;
// seeding twice, or on two replicas at once, ends with one initialized meta.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setFraming } from "../../../src/doc/commands";
import {
  isNewerThanApp,
  MIGRATIONS,
  runMigrations,
  storedVersion,
} from "../../../src/doc/migrations";
import { MIGRATION, REMOTE, SEED } from "../../../src/doc/origins";
import { readModel } from "../../../src/doc/read";
import { createDoc, getMaps, SCHEMA_VERSION } from "../../../src/doc/schema";
import { initializeDocument, isInitialized } from "../../../src/doc/seed";
import { invariantProblems } from "../../../src/domain/invariants";
import { model, originsDuring, updatesDuring } from "./helpers";

/** A document as the first release wrote it: no schemaVersion, no stages, no descriptions. */
function versionZeroDoc(clientID?: number): Y.Doc {
  const doc = createDoc();
  if (clientID !== undefined) doc.clientID = clientID;
  const { meta, nodes, edges } = getMaps(doc);
  doc.transact(() => {
    meta.set("title", "Old workshop");
    const add = (id: string, fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id, ...fields })) map.set(k, v);
      nodes.set(id, map);
    };
    add("imp", { kind: "impact", title: "Healthy children", position: { x: 1700, y: 0 } });
    add("out", { kind: "outcome", title: "Clean water", position: { x: 900, y: 10 } });
    add("act", {
      kind: "activity",
      title: "Dig wells",
      stage: "outputs",
      position: { x: 300, y: 0 },
    });
    add("odd", { kind: "mystery", title: "Unknown kind", position: { x: 0, y: 0 } });
    const link = new Y.Map<unknown>();
    link.set("id", "l1");
    link.set("source", "out");
    link.set("target", "imp");
    edges.set("l1", link);
  });
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
}

describe("the migration list", () => {
  it("has one step per version, 1..SCHEMA_VERSION, in order, with unique names", () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    const names = MIGRATIONS.map((m) => m.name.trim());
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("each step is idempotent on a migrated document", () => {
    const doc = versionZeroDoc();
    runMigrations(doc);
    for (const m of MIGRATIONS) {
      expect(updatesDuring(doc, () => doc.transact(() => m.run(getMaps(doc)), MIGRATION))).toBe(0);
    }
  });
});

describe("runMigrations", () => {
  it("brings a version-0 document to a valid current model in one MIGRATION transaction", () => {
    const doc = versionZeroDoc();
    expect(storedVersion(doc)).toBe(0);
    let result = "";
    const origins = originsDuring(doc, () => (result = runMigrations(doc)));
    expect(result).toBe("migrated");
    expect(origins).toEqual([MIGRATION]);
    const m = model(doc);
    expect(invariantProblems(m)).toEqual([]);
    expect(m.meta).toEqual({
      title: "Old workshop",
      framing: "toc",
      createdAt: 0,
      schemaVersion: SCHEMA_VERSION,
      ceiling: null,
    });
    expect(isInitialized(doc)).toBe(true);
    const byId = Object.fromEntries(m.elements.map((e) => [e.id, e]));
    expect(byId.imp).toMatchObject({ stage: "impact", description: "" });
    expect(byId.out).toMatchObject({ stage: "short", description: "" });
    expect(byId.act).toMatchObject({ stage: "activities", description: "" }); // wrong stage repaired
    expect(byId.odd).toMatchObject({ kind: "note", stage: null });
    expect(m.links.map((l) => [l.id, l.rationale])).toEqual([["l1", ""]]);
    // The repair is in the document, not only in what is read.
    expect(getMaps(doc).nodes.get("out")?.get("stage")).toBe("short");
  });

  it("migrating twice writes nothing the second time", () => {
    const doc = versionZeroDoc();
    runMigrations(doc);
    let result = "";
    expect(updatesDuring(doc, () => (result = runMigrations(doc)))).toBe(0);
    expect(result).toBe("current");
  });

  it("treats a non-integer or negative version as 0", () => {
    for (const v of ["1", 0.5, -1, null]) {
      const doc = versionZeroDoc();
      getMaps(doc).meta.set("schemaVersion", v);
      expect(runMigrations(doc)).toBe("migrated");
      expect(storedVersion(doc)).toBe(SCHEMA_VERSION);
    }
  });

  it("two replicas migrating the same old document concurrently converge", () => {
    const original = versionZeroDoc(1);
    const a = createDoc();
    const b = createDoc();
    a.clientID = 2;
    b.clientID = 3;
    Y.applyUpdate(a, Y.encodeStateAsUpdate(original), REMOTE);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(original), REMOTE);
    expect(runMigrations(a)).toBe("migrated");
    expect(runMigrations(b)).toBe("migrated");
    sync(a, b);
    expect(model(a)).toEqual(model(b));
    expect(invariantProblems(model(a))).toEqual([]);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(runMigrations(a)).toBe("current");
    expect(runMigrations(b)).toBe("current");
  });

  it("a document from a newer app is reported too-new and never written", () => {
    const doc = versionZeroDoc();
    getMaps(doc).meta.set("schemaVersion", SCHEMA_VERSION + 1);
    expect(isNewerThanApp(doc)).toBe(true);
    const before = Y.encodeStateAsUpdate(doc);
    let result = "";
    expect(updatesDuring(doc, () => (result = runMigrations(doc)))).toBe(0);
    expect(result).toBe("too-new");
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("an empty document is left alone, so a joining peer never overwrites the real meta", () => {
    // Peer A created the document in the logic framing; peer B joins with an
    // empty replica and opens it before the first sync.
    const a = createDoc();
    const b = createDoc();
    a.clientID = 1; // B's client id is higher, so B's writes would win every key
    b.clientID = 2;
    initializeDocument(a, { title: "Youth jobs", framing: "logic", createdAt: 1_700_000_000_000 });
    expect(updatesDuring(b, () => expect(runMigrations(b)).toBe("current"))).toBe(0);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readModel(doc).meta).toEqual({
        title: "Youth jobs",
        framing: "logic",
        createdAt: 1_700_000_000_000,
        schemaVersion: SCHEMA_VERSION,
        ceiling: null,
      });
    }
  });
});

describe("seeding", () => {
  it("seeds once, with origin SEED; a second seed writes nothing", () => {
    const doc = createDoc();
    const opts = { title: "First", framing: "toc" as const, createdAt: 5 };
    expect(originsDuring(doc, () => initializeDocument(doc, opts))).toEqual([SEED]);
    let again = true;
    expect(
      updatesDuring(doc, () => {
        again = initializeDocument(doc, { ...opts, title: "Second", framing: "logic" });
      }),
    ).toBe(0);
    expect(again).toBe(false);
    expect(readModel(doc).meta).toEqual({
      title: "First",
      framing: "toc",
      createdAt: 5,
      schemaVersion: SCHEMA_VERSION,
      ceiling: null,
    });
    expect(runMigrations(doc)).toBe("current");
  });

  it("falls back to the default title for a blank one", () => {
    const doc = createDoc();
    initializeDocument(doc, { title: "\u0000 ", framing: "toc", createdAt: 0 });
    expect(readModel(doc).meta.title).not.toBe("");
  });

  it("two replicas seeding at once converge on one initialized meta", () => {
    const a = createDoc();
    const b = createDoc();
    initializeDocument(a, { title: "From A", framing: "toc", createdAt: 1 });
    initializeDocument(b, { title: "From B", framing: "logic", createdAt: 2 });
    sync(a, b);
    const meta = readModel(a).meta;
    expect(readModel(b).meta).toEqual(meta);
    // One replica's seed won every key (same keys, one transaction each).
    expect([
      { title: "From A", framing: "toc", createdAt: 1 },
      { title: "From B", framing: "logic", createdAt: 2 },
    ]).toContainEqual({ title: meta.title, framing: meta.framing, createdAt: meta.createdAt });
    expect(isInitialized(a) && isInitialized(b)).toBe(true);
    expect(initializeDocument(a, { framing: "toc", createdAt: 3 })).toBe(false);
    // Editing after the race still converges.
    setFraming(a, "logic");
    sync(a, b);
    expect(readModel(b).meta.framing).toBe("logic");
  });
});
