// Details of elements and links (assumptions, indicators, evidence, status,
// owner, tags, stakeholder records), the registers, shared descriptions, and
// what two people editing them at once end up with.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addElement, connect, updateElement } from "../../../src/doc/commands";
import {
  addDetail,
  removeDetail,
  setStakeholderRole,
  updateDetail,
} from "../../../src/doc/detailCommands";
import { runMigrations } from "../../../src/doc/migrations";
import { observeModel } from "../../../src/doc/observe";
import { TYPING } from "../../../src/doc/origins";
import { readModel } from "../../../src/doc/read";
import {
  addStakeholder,
  createGroup,
  dismissFinding,
  removeGroup,
  removeStakeholder,
  restoreFinding,
  setCeiling,
} from "../../../src/doc/registerCommands";
import { createDoc, getMaps } from "../../../src/doc/schema";
import { createUndoHistory } from "../../../src/doc/undo";
import { STARTING_STAKEHOLDERS } from "../../../src/domain/details";
import type { TocModel } from "../../../src/domain/model";
import { element, newElement, newLink, seededDoc, syncDocs, updatesDuring } from "./helpers";

function docWithPair() {
  const doc = seededDoc();
  addElement(doc, newElement("a", "activity"));
  addElement(doc, newElement("o", "outcome"));
  connect(doc, newLink("l", "a", "o"));
  return doc;
}

function replicaPair() {
  const a = docWithPair();
  const b = createDoc();
  syncDocs(a, b);
  return [a, b] as const;
}

describe("detail lists", () => {
  it("adds, changes and removes an indicator, cleaning every field", () => {
    const doc = docWithPair();
    const id = addDetail(doc, "o", "indicators", {
      measure: "Wellbeing (ONS4)\u0000",
      population: "Adults referred",
      target: "+1 point\nby March",
    });
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(element(doc, "o")?.indicators).toEqual([
      {
        id,
        measure: "Wellbeing (ONS4)",
        population: "Adults referred",
        baseline: "",
        target: "+1 point by March",
        threshold: "",
        byWhen: "",
        dataSource: "",
      },
    ]);
    updateDetail(doc, "o", "indicators", id as string, { baseline: "6.9" });
    expect(element(doc, "o")?.indicators[0]?.baseline).toBe("6.9");
    expect(
      updatesDuring(doc, () =>
        updateDetail(doc, "o", "indicators", id as string, { baseline: "6.9" }),
      ),
    ).toBe(0);
    removeDetail(doc, "o", "indicators", id as string);
    expect(element(doc, "o")?.indicators).toEqual([]);
  });

  it("keeps items in the order they were added", () => {
    const doc = docWithPair();
    for (const text of ["first", "second", "third"]) {
      addDetail(doc, "o", "assumptions", { text, confidence: "high" });
    }
    expect(element(doc, "o")?.assumptions.map((a) => a.text)).toEqual(["first", "second", "third"]);
  });

  it("links hold assumptions and evidence but never indicators", () => {
    const doc = docWithPair();
    expect(addDetail(doc, "l", "assumptions", { text: "GPs refer", confidence: "low" })).not.toBe(
      null,
    );
    expect(addDetail(doc, "l", "indicators", { measure: "x" })).toBeNull();
    const link = readModel(doc).links[0];
    expect(link?.assumptions.map((a) => [a.text, a.confidence])).toEqual([["GPs refer", "low"]]);
  });

  it("an evidence link is https: or mailto: only, and unknown choices fall back", () => {
    const doc = docWithPair();
    const urls = [
      "javascript:alert(1)",
      "http://example.org/report",
      "data:text/html,hi",
      "https://www.nice.org.uk/guidance",
      "mailto:team@nhs.net",
      "/relative",
    ];
    for (const url of urls) addDetail(doc, "o", "evidence", { title: url, url });
    addDetail(doc, "o", "assumptions", { text: "x", confidence: "certain" as "high" });
    const el = element(doc, "o");
    expect(el?.evidence.map((e) => e.url)).toEqual([
      "",
      "",
      "",
      "https://www.nice.org.uk/guidance",
      "mailto:team@nhs.net",
      "",
    ]);
    expect(el?.evidence[0]).toMatchObject({ type: "research", strength: "moderate" });
    expect(el?.assumptions[0]?.confidence).toBe("medium");
  });

  it("two people adding the first assumption at once both keep theirs", () => {
    const [a, b] = replicaPair();
    addDetail(a, "o", "assumptions", { text: "from A", confidence: "low" });
    addDetail(b, "o", "assumptions", { text: "from B", confidence: "high" });
    syncDocs(a, b);
    for (const doc of [a, b]) {
      expect(
        element(doc, "o")
          ?.assumptions.map((x) => x.text)
          .sort(),
      ).toEqual(["from A", "from B"]);
    }
  });
});

describe("status, owner, tags and group", () => {
  it("are cleaned on write and no-op writes send nothing", () => {
    const doc = docWithPair();
    updateElement(doc, "o", {
      status: "agreed",
      owner: "  PCN clinical director ",
      tags: ["prevention", "Prevention", " ", "x".repeat(60), "equity"],
    });
    const el = element(doc, "o");
    expect(el?.status).toBe("agreed");
    expect(el?.owner).toBe("PCN clinical director");
    expect(el?.tags).toEqual(["prevention", "x".repeat(40), "equity"]);
    expect(
      updatesDuring(doc, () =>
        updateElement(doc, "o", {
          status: "agreed",
          tags: ["prevention", "x".repeat(40), "equity"],
        }),
      ),
    ).toBe(0);
    updateElement(doc, "o", { status: "bogus" as "agreed" });
    expect(element(doc, "o")?.status).toBe("agreed");
  });
});

describe("shared descriptions", () => {
  it("two people typing in different places of one description keep both", () => {
    const [a, b] = replicaPair();
    updateElement(a, "o", { description: "Residents feel less alone." }, TYPING);
    syncDocs(a, b);
    updateElement(a, "o", { description: "Older residents feel less alone." }, TYPING);
    updateElement(b, "o", { description: "Residents feel less alone, week by week." }, TYPING);
    syncDocs(a, b);
    for (const doc of [a, b]) {
      expect(element(doc, "o")?.description).toBe("Older residents feel less alone, week by week.");
    }
  });

  it("a run of typing is one undo step; a command after it is another", () => {
    const doc = docWithPair();
    const undo = createUndoHistory(doc, { get: () => [], set: () => {} });
    for (const text of ["W", "We", "Wel", "Well"]) {
      updateElement(doc, "o", { description: text }, TYPING);
    }
    updateElement(doc, "o", { title: "Better wellbeing" });
    undo.undo();
    expect(element(doc, "o")).toMatchObject({ title: "Title o", description: "Well" });
    undo.undo();
    expect(element(doc, "o")?.description).toBe("");
    undo.destroy();
  });
});

describe("the stakeholder register", () => {
  it("a new document starts with the six groups, under fixed ids", () => {
    const model = readModel(seededDoc());
    expect(model.stakeholders.map((s) => s.id)).toEqual(STARTING_STAKEHOLDERS.map((s) => s.id));
    expect(model.stakeholders[0]?.name).toBe("Residents with lived experience");
  });

  it("records who proposed and challenged an element; removing a group removes its records", () => {
    const doc = docWithPair();
    const ward = addStakeholder(doc, "Ward councillors") as string;
    setStakeholderRole(doc, "o", "sh-residents", "proposed");
    setStakeholderRole(doc, "o", ward, "challenged");
    setStakeholderRole(doc, "o", "not-in-register", "endorsed");
    expect(element(doc, "o")?.stakeholders).toEqual({
      "sh-residents": "proposed",
      [ward]: "challenged",
    });
    removeStakeholder(doc, ward);
    expect(element(doc, "o")?.stakeholders).toEqual({ "sh-residents": "proposed" });
    expect(readModel(doc).stakeholders.map((s) => s.name)).not.toContain("Ward councillors");
    setStakeholderRole(doc, "o", "sh-residents", null);
    expect(element(doc, "o")?.stakeholders).toEqual({});
  });
});

describe("groups, ceiling and dismissed findings", () => {
  it("groups frame elements; removing one leaves its elements", () => {
    const doc = docWithPair();
    const g = createGroup(doc, "Person level", ["a", "o", "missing"]) as string;
    expect(readModel(doc).groups).toEqual([{ id: g, title: "Person level" }]);
    expect(element(doc, "a")?.group).toBe(g);
    removeGroup(doc, g);
    expect(readModel(doc).groups).toEqual([]);
    expect(readModel(doc).elements.every((e) => e.group === null)).toBe(true);
  });

  it("the ceiling is a stage or nothing", () => {
    const doc = docWithPair();
    setCeiling(doc, "medium");
    expect(readModel(doc).meta.ceiling).toBe("medium");
    setCeiling(doc, "nowhere" as "medium");
    expect(readModel(doc).meta.ceiling).toBe("medium");
    setCeiling(doc, null);
    expect(readModel(doc).meta.ceiling).toBeNull();
  });

  it("a dismissal carries its reason to every replica and can be taken back", () => {
    const [a, b] = replicaPair();
    dismissFinding(a, {
      key: "outcome-without-indicator:o",
      reason: "Measured by the ICB",
      by: "Sam",
      at: 5,
    });
    syncDocs(a, b);
    expect(readModel(b).dismissals).toEqual([
      { key: "outcome-without-indicator:o", reason: "Measured by the ICB", by: "Sam", at: 5 },
    ]);
    restoreFinding(b, "outcome-without-indicator:o");
    syncDocs(a, b);
    expect(readModel(a).dismissals).toEqual([]);
  });
});

describe("the mirror", () => {
  it("an edit inside one element's details re-reads that element only", () => {
    const doc = docWithPair();
    const id = addDetail(doc, "o", "assumptions", { text: "before", confidence: "low" }) as string;
    let last: TocModel | null = null;
    const stop = observeModel(doc, (m) => {
      last = m;
    });
    const before = last as unknown as TocModel;
    updateDetail(doc, "o", "assumptions", id, { text: "after" });
    const after = last as unknown as TocModel;
    const find = (m: TocModel, elementId: string) => m.elements.find((e) => e.id === elementId);
    expect(find(after, "o")?.assumptions[0]?.text).toBe("after");
    expect(find(after, "a")).toBe(find(before, "a"));
    addStakeholder(doc, "Pharmacies");
    expect((last as unknown as TocModel).stakeholders.at(-1)?.name).toBe("Pharmacies");
    stop();
  });
});

describe("migration to version 2", () => {
  it("turns a version-1 description into shared text and adds the register, once", () => {
    const doc = createDoc();
    const { meta, nodes } = getMaps(doc);
    doc.transact(() => {
      meta.set("schemaVersion", 1);
      meta.set("initialized", true);
      meta.set("framing", "toc");
      const el = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: "o",
        kind: "outcome",
        stage: "short",
        title: "T",
      })) {
        el.set(k, v);
      }
      el.set("description", "Written in version 1");
      el.set("position", { x: 0, y: 0 });
      nodes.set("o", el);
    });
    expect(runMigrations(doc)).toBe("migrated");
    expect(nodes.get("o")?.get("description")).toBeInstanceOf(Y.Text);
    expect(element(doc, "o")?.description).toBe("Written in version 1");
    expect(readModel(doc).stakeholders).toHaveLength(6);
    expect(addDetail(doc, "o", "indicators", { measure: "m" })).not.toBeNull();
  });

  it("two offline replicas migrating the same document converge on one register", () => {
    const a = createDoc();
    const { meta } = getMaps(a);
    a.transact(() => {
      meta.set("schemaVersion", 1);
      meta.set("initialized", true);
    });
    const b = createDoc();
    syncDocs(a, b);
    runMigrations(a);
    runMigrations(b);
    syncDocs(a, b);
    expect(readModel(a).stakeholders).toEqual(readModel(b).stakeholders);
    expect(readModel(a).stakeholders).toHaveLength(6);
  });
});

describe("undo of typing in two descriptions", () => {
  it("typing in another element's description is a step of its own", () => {
    const doc = docWithPair();
    const undo = createUndoHistory(doc, { get: () => [], set: () => {} });
    updateElement(doc, "o", { description: "in o" }, TYPING);
    updateElement(doc, "a", { description: "in a" }, TYPING);
    undo.undo();
    expect(element(doc, "a")?.description).toBe("");
    expect(element(doc, "o")?.description).toBe("in o");
    undo.destroy();
  });
});
