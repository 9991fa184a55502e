// Invariant: a copy carries exactly the selected elements and the links
// between them, as a file that reads back and as plain text a person can
// read; a paste gets fresh ids, keeps only links between pasted elements and
// only the groups and stakeholders this document has; pasted text becomes
// one note per non-empty line.
import { describe, expect, it } from "vitest";
import { clipboardContents, readableText, selectionFragment } from "../../../src/io/clipboard/copy";
import { notesFromLines, pastedFragment, pastedLines } from "../../../src/io/clipboard/paste";
import { parseTocFile } from "../../../src/io/tocJson/parse";
import { testElement, testLink, testModel } from "../domain/builders";
import { APP_VERSION, NOW } from "./helpers";

const model = testModel(
  [
    testElement("a", { title: "Fewer lonely evenings", stage: "short" }),
    testElement("b", {
      kind: "impact",
      stage: "impact",
      title: "Healthier old age",
      description: "Line one\nLine two",
      group: "g1",
      stakeholders: { s1: "endorsed", gone: "proposed" },
    }),
    testElement("c", { kind: "note", stage: null, title: "Left out" }),
  ],
  [testLink("ab", "a", "b", { rationale: "company helps" }), testLink("cb", "c", "b")],
  {
    groups: [{ id: "g1", title: "Group" }],
    stakeholders: [{ id: "s1", name: "Residents", order: 0 }],
  },
);

describe("copy", () => {
  it("takes the selected elements and only the links between them", () => {
    const fragment = selectionFragment(model, new Set(["a", "b"]));
    expect(fragment?.elements.map((e) => e.id)).toEqual(["a", "b"]);
    expect(fragment?.links.map((l) => l.id)).toEqual(["ab"]);
    expect(selectionFragment(model, new Set())).toBeNull();
    expect(selectionFragment(model, new Set(["deleted-by-a-peer"]))).toBeNull();
  });

  it("writes readable text: kind, stage in the document's framing, title, description, links", () => {
    const fragment = selectionFragment(model, new Set(["a", "b"]));
    expect(fragment && readableText(fragment)).toBe(
      [
        "Outcome (Early outcomes): Fewer lonely evenings",
        "Impact (Impact): Healthier old age",
        "  Line one",
        "  Line two",
        "Fewer lonely evenings → Healthier old age (because company helps)",
      ].join("\n"),
    );
  });

  it("writes a file that reads back as the same elements and link", async () => {
    const fragment = selectionFragment(model, new Set(["a", "b"]));
    if (!fragment) throw new Error("no fragment");
    const { json } = clipboardContents(fragment, NOW, APP_VERSION);
    const parsed = await parseTocFile(json);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.document.elements.map((e) => e.title)).toEqual([
      "Fewer lonely evenings",
      "Healthier old age",
    ]);
    expect(parsed.document.links).toHaveLength(1);
  });
});

describe("paste", () => {
  it("gives fresh ids, rejoins links and keeps only this document's groups and stakeholders", async () => {
    const fragment = selectionFragment(model, new Set(["a", "b"]));
    if (!fragment) throw new Error("no fragment");
    const parsed = await parseTocFile(clipboardContents(fragment, NOW, APP_VERSION).json);
    if (!parsed.ok) throw new Error(parsed.message);

    const here = testModel([], [], {
      groups: [],
      stakeholders: [{ id: "s1", name: "Residents", order: 0 }],
    });
    const { elements, links } = pastedFragment(parsed.document, here);
    const ids = elements.map((e) => e.id);
    expect(ids).not.toContain("a");
    expect(ids).not.toContain("b");
    expect(new Set(ids).size).toBe(2);
    expect(links).toHaveLength(1);
    expect([links[0]?.source, links[0]?.target]).toEqual(ids);
    const impact = elements.find((e) => e.title === "Healthier old age");
    expect(impact?.group).toBeNull();
    expect(impact?.stakeholders).toEqual({ s1: "endorsed" });
    // Offset, so the copy does not hide the original.
    expect(impact?.position).not.toEqual(model.elements[1]?.position);
  });

  it("turns text into one note per non-empty line", () => {
    const lines = pastedLines("  first \r\n\n second\n   \nthird");
    expect(lines).toEqual(["first", "second", "third"]);
    const notes = notesFromLines(lines);
    expect(notes.map((n) => [n.kind, n.title])).toEqual([
      ["note", "first"],
      ["note", "second"],
      ["note", "third"],
    ]);
    expect(new Set(notes.map((n) => n.position.y)).size).toBe(3);
  });
});
