// The tolerant restore beyond the hostile list: id repairs that keep links,
// text hygiene, stage fitting, automatic placement, and that whatever restore
// returns is accepted whole by the document layer.
import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/doc/read";
import { docFromState } from "../../../src/doc/state";
import { stageAlong } from "../../../src/domain/geometry";
import { invariantProblems } from "../../../src/domain/invariants";
import { buildImportedState } from "../../../src/io/tocJson/importDocument";
import { MAX_ELEMENTS, MAX_LINKS } from "../../../src/io/tocJson/messages";
import { type ImportResult, parseTocFile } from "../../../src/io/tocJson/parse";
import { docWith, envelope, LINK_DETAIL_DEFAULTS } from "./helpers";

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

const at = (x: number, y: number) => ({ x, y });

describe("ids", () => {
  it("an invalid but unique element id gets a new id and its links follow", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [
              { id: "has space", kind: "input", position: at(40, 0) },
              { id: 7, kind: "activity", position: at(320, 0) },
              { id: "ok", kind: "output", position: at(600, 0) },
            ],
            [
              { id: "l1", source: "has space", target: 7 },
              { id: "l2", source: 7, target: "ok" },
              { id: "l3", source: "7", target: "ok" }, // "7" is not 7
            ],
          ),
        ),
      ),
    );
    const [a, b, c] = result.document.elements;
    expect(a?.id).not.toBe("has space");
    expect(result.document.links).toEqual([
      { id: "l1", source: a?.id, target: b?.id, rationale: "", ...LINK_DETAIL_DEFAULTS },
      { id: "l2", source: b?.id, target: c?.id, rationale: "", ...LINK_DETAIL_DEFAULTS },
    ]);
    expect(result.repairs).toEqual([
      "2 elements had missing or invalid ids and were given new ones.",
      "1 link pointed to an element that is not in the file and was left out.",
    ]);
  });

  it("an invalid id used twice cannot be told apart, so links to it are left out", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [
              { id: "x y", kind: "note", position: at(0, 0) },
              { id: "x y", kind: "note", position: at(0, 100) },
              { id: "ok", kind: "note", position: at(0, 200) },
            ],
            [{ id: "l", source: "x y", target: "ok" }],
          ),
        ),
      ),
    );
    expect(new Set(result.document.elements.map((e) => e.id)).size).toBe(3);
    expect(result.document.links).toEqual([]);
    expect(result.repairs).toEqual([
      "2 elements had missing or invalid ids and were given new ones.",
      "1 link pointed to an element that is not in the file and was left out.",
    ]);
  });

  it("entries that are not objects are left out and counted", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(docWith([null, 3, "x", [], { id: "a", position: at(0, 0) }], [null, true])),
      ),
    );
    expect(result.document.elements.map((e) => e.id)).toEqual(["a"]);
    expect(result.repairs).toEqual([
      "4 items in the list of elements could not be read and were left out.",
      "1 element of a kind ToC Studio does not know was turned into a note.",
      "2 items in the list of links could not be read and were left out.",
    ]);
  });
});

describe("text, stages and meta", () => {
  it("cleans titles and descriptions: lone surrogates, NUL, newlines in titles, overlong text", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith([
            {
              id: "a",
              kind: "note",
              title: "bad\uD800 title\u0000 with\nnewline",
              description: "x".repeat(25_000),
              position: at(0, 0),
            },
            {
              id: "b",
              kind: "note",
              title: "fine",
              description: "line 1\nline 2",
              position: at(0, 100),
            },
          ]),
        ),
      ),
    );
    const [a, b] = result.document.elements;
    expect(a?.title).toBe("bad\uFFFD title with newline");
    expect(a?.description).toHaveLength(20_000);
    expect(b?.description).toBe("line 1\nline 2");
    expect(result.repairs).toEqual([
      "2 pieces of text had characters that cannot be kept, or were too long, and were tidied.",
    ]);
  });

  it("text that is not a string is left blank", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith([
            { id: "a", kind: "note", title: 12, description: { html: "<b>" }, position: at(0, 0) },
          ]),
        ),
      ),
    );
    expect(result.document.elements[0]).toMatchObject({ title: "", description: "" });
    expect(result.repairs).toEqual(["2 pieces of text could not be read and were left blank."]);
  });

  it("fits stages to kinds", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith([
            { id: "a", kind: "impact", stage: "inputs", position: at(0, 0) },
            { id: "b", kind: "outcome", stage: "medium", position: at(0, 0) },
            { id: "c", kind: "outcome", stage: "sideways", position: at(0, 0) },
            { id: "d", kind: "note", stage: "short", position: at(0, 0) },
            { id: "e", kind: "outcome", position: at(0, 0) },
          ]),
        ),
      ),
    );
    expect(result.document.elements.map((e) => e.stage)).toEqual([
      "impact",
      "medium",
      "short",
      null,
      "short",
    ]);
    expect(result.repairs).toEqual(["3 elements were moved to stages that suit their kinds."]);
  });

  it("repairs an unusable title and framing with notes", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope({ title: "  \u0000 ", framing: "sideways", createdAt: -5, elements: [] }),
      ),
    );
    expect(result.document).toMatchObject({
      title: "Untitled theory of change",
      framing: "toc",
      createdAt: 0,
    });
    expect(result.repairs).toEqual([
      "The file's title could not be read, so the theory of change is called “Untitled theory of change”.",
      "The file did not say clearly whether to show a theory of change or a logic model, so it opens as a theory of change.",
    ]);
  });
});

describe("automatic placement", () => {
  it("stacks unplaced elements in their stage band below the placed ones; notes go past impact", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith([
            { id: "placed", kind: "outcome", stage: "long", position: at(1440, 500) },
            { id: "u1", kind: "outcome", stage: "long" },
            { id: "u2", kind: "outcome", stage: "long" },
            { id: "u3", kind: "input" },
            { id: "n1", kind: "assumption" },
          ]),
        ),
      ),
    );
    const pos = Object.fromEntries(result.document.elements.map((e) => [e.id, e.position]));
    expect(pos.u1).toEqual({ x: stageAlong("long"), y: 620 });
    expect(pos.u2).toEqual({ x: stageAlong("long"), y: 740 });
    expect(pos.u3).toEqual({ x: stageAlong("inputs"), y: 0 });
    expect(pos.n1).toEqual({ x: 7 * 280 + 40, y: 0 });
  });

  it("never places outside the coordinate range", async () => {
    const elements = [
      { id: "low", kind: "input", position: at(40, 999_990) },
      ...Array.from({ length: 3 }, (_, i) => ({ id: `u${i}`, kind: "input" })),
    ];
    const result = expectOk(await parseTocFile(envelope(docWith(elements))));
    for (const e of result.document.elements)
      expect(Math.abs(e.position.y)).toBeLessThanOrEqual(1_000_000);
  });
});

describe("restored documents are accepted whole by the document layer", () => {
  it("a heavily repaired file imports every element and link it kept, with no invariant problems", async () => {
    const text = envelope(
      docWith(
        [
          { id: "a", kind: "goal", position: at(Number.MAX_VALUE, 0) },
          { id: "a", kind: "impact", stage: "inputs", title: "\uDFFF" },
          { id: "bad id", kind: "outcome", position: null },
          { id: "c", kind: "activity", position: at(-0, 5) },
        ],
        [
          { id: "l", source: "a", target: "bad id" },
          { id: "l", source: "bad id", target: "c" },
          { id: "m", source: "c", target: "c" },
          { id: "n", source: "c", target: "zzz" },
          { id: "o", source: "a", target: "bad id" },
        ],
      ),
    );
    const result = expectOk(await parseTocFile(text));
    const doc = docFromState(buildImportedState(result.document, 1));
    const model = readModel(doc);
    doc.destroy();
    expect(model.elements).toHaveLength(result.document.elements.length);
    expect(model.links).toHaveLength(result.document.links.length);
    expect(model.elements).toHaveLength(4);
    expect(model.links).toHaveLength(2);
    expect(invariantProblems(model)).toEqual([]);
  });

  // Guards against a quadratic restore (such a bug took ~30 s here), not speed:
  // the bound is loose because CI machines are shared and noisy.
  it("parses the most elements and links a file may hold without a quadratic blow-up", async () => {
    const n = MAX_ELEMENTS;
    const elements = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      kind: "activity",
      stage: "activities",
      title: `Activity ${i}`,
      description: "",
      position: at(320, i * 120),
    }));
    const links = Array.from({ length: MAX_LINKS }, (_, i) => ({
      id: `l${i}`,
      source: `e${i % n}`,
      target: `e${(i % n) + 1 + Math.floor(i / n) < n ? (i % n) + 1 + Math.floor(i / n) : 0}`,
      rationale: "",
    }));
    const result = expectOk(await parseTocFile(envelope(docWith(elements, links))));
    expect(result.document.elements).toHaveLength(n);
  }, 60_000);
});
