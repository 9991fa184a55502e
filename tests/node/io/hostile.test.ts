// TESTING.md "Hostile inputs", items 7–11 and 20, for *.toc.json imports.
// Each case pins the exact outcome: refused with which message, or repaired
// with which note. Imports are all-or-nothing and never touch an open document
// (parseTocFile is pure; nothing is written until the caller stores the result).
import { afterEach, describe, expect, it, vi } from "vitest";
import { stageAlong } from "../../../src/domain/geometry";
import { serializeToc } from "../../../src/io/tocJson/format";
import { MAX_ELEMENTS, MAX_LINKS } from "../../../src/io/tocJson/messages";
import { type ImportResult, parseTocFile } from "../../../src/io/tocJson/parse";
import {
  APP_VERSION,
  docWith,
  ELEMENT_DETAIL_DEFAULTS,
  envelope,
  fileOf,
  LINK_DETAIL_DEFAULTS,
  NO_REGISTERS,
  NOW,
  sampleModel,
  textOnlyFileOf,
} from "./helpers";

function expectRefused(result: ImportResult, message: string): void {
  expect(result).toEqual({ ok: false, message });
}

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

const el = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: "activity",
  stage: "activities",
  title: id,
  description: "",
  position: { x: 320, y: 0 },
  ...extra,
});

const NEWER_APP = (what: string) =>
  `This file was made by a newer version of ToC Studio (${what}). Update the app to open it.`;

const placedNote = (n: number) =>
  n === 1
    ? "1 element had no usable position and was placed automatically."
    : `${n} elements had no usable positions and were placed automatically.`;

describe("7. numbers as positions", () => {
  async function positionsOf(positions: string[]) {
    // Raw JSON text, so values such as 1e308 and -1e400 reach JSON.parse as written.
    const elements = positions
      .map(
        (p, i) =>
          `{"id":"e${i}","kind":"activity","stage":"activities","title":"t","position":${p}}`,
      )
      .join(",");
    const text = `{"type":"toc-studio/theory-of-change","version":1,"schemaVersion":1,"document":{"title":"T","framing":"toc","createdAt":1,"elements":[{"id":"anchor","kind":"activity","title":"a","position":{"x":320,"y":100}},${elements}],"links":[]}}`;
    return expectOk(await parseTocFile(text));
  }

  const NOT_JSON = "This file is damaged or is not a ToC Studio file: it is not valid JSON.";

  it("NaN is not JSON: a file containing it is refused as invalid JSON", async () => {
    const text = envelope(docWith([])).replace(
      '"elements":[]',
      '"elements":[{"id":"a","position":{"x":NaN,"y":0}}]',
    );
    expectRefused(await parseTocFile(text), NOT_JSON);
  });

  it("Infinity is not JSON either: refused as invalid JSON", async () => {
    const text = envelope(docWith([])).replace(
      '"elements":[]',
      '"elements":[{"id":"a","position":{"x":Infinity,"y":0}}]',
    );
    expectRefused(await parseTocFile(text), NOT_JSON);
  });

  it('"NaN" and "Infinity" as strings are placed automatically', async () => {
    const result = await positionsOf(['{"x":"NaN","y":0}', '{"x":0,"y":"Infinity"}']);
    expect(result.repairs).toEqual([placedNote(2)]);
  });

  it("1e308 (finite but far off the canvas) is placed automatically", async () => {
    const result = await positionsOf(['{"x":1e308,"y":0}']);
    expect(result.repairs).toEqual([placedNote(1)]);
    expect(result.document.elements[1]?.position).toEqual({ x: stageAlong("activities"), y: 220 });
  });

  it("1e400 and -1e400 (JSON.parse gives ±Infinity) are placed automatically", async () => {
    expect(JSON.parse("-1e400")).toBe(-Infinity);
    const result = await positionsOf(['{"x":1e400,"y":0}', '{"x":0,"y":-1e400}']);
    expect(result.repairs).toEqual([placedNote(2)]);
    for (const e of result.document.elements) {
      expect(Number.isFinite(e.position.x) && Number.isFinite(e.position.y)).toBe(true);
    }
  });

  it('"12" (a number in a string) is placed automatically, not coerced', async () => {
    const result = await positionsOf(['{"x":"12","y":"12"}']);
    expect(result.repairs).toEqual([placedNote(1)]);
    expect(result.document.elements[1]?.position).toEqual({ x: stageAlong("activities"), y: 220 });
  });

  it("null coordinates, a null position and a missing position are placed automatically", async () => {
    const result = await positionsOf(['{"x":null,"y":null}', "null", '{"x":1}', "[1,2]"]);
    expect(result.repairs).toEqual([placedNote(4)]);
    // Stacked below the anchor in the activities band, one row each.
    expect(result.document.elements.slice(1).map((e) => e.position)).toEqual([
      { x: stageAlong("activities"), y: 220 },
      { x: stageAlong("activities"), y: 340 },
      { x: stageAlong("activities"), y: 460 },
      { x: stageAlong("activities"), y: 580 },
    ]);
  });

  it("-0 becomes 0 silently", async () => {
    const result = await positionsOf(['{"x":-0,"y":-0}']);
    expect(result.repairs).toEqual([]);
    const p = result.document.elements[1]?.position;
    expect(Object.is(p?.x, 0) && Object.is(p?.y, 0)).toBe(true);
  });
});

describe("8. prototype pollution", () => {
  afterEach(() => {
    // Belt and braces: never leave a polluted prototype behind for other tests.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  function assertClean(): void {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  }

  it('{"__proto__": {"polluted": 1}} at the top level is dropped', async () => {
    const text = envelope(docWith([el("a")])).replace(/^\{/, '{"__proto__":{"polluted":1},');
    const result = expectOk(await parseTocFile(text));
    expect(result.repairs).toEqual([]);
    assertClean();
  });

  it("__proto__ inside the document is dropped", async () => {
    const text = envelope(docWith([el("a")])).replace(
      '"document":{',
      '"document":{"__proto__":{"polluted":1,"title":"evil"},',
    );
    const result = expectOk(await parseTocFile(text));
    expect(result.document.title).toBe("Test");
    assertClean();
  });

  it("__proto__ inside an element cannot supply its fields", async () => {
    const text = envelope(docWith([{ id: "a", title: "x", position: { x: 0, y: 0 } }])).replace(
      '{"id":"a"',
      '{"__proto__":{"polluted":1,"kind":"impact","stage":"impact"},"id":"a"',
    );
    const result = expectOk(await parseTocFile(text));
    const element = result.document.elements[0];
    expect(element?.kind).toBe("note");
    expect(result.repairs).toEqual([
      "1 element of a kind ToC Studio does not know was turned into a note.",
    ]);
    expect(Object.getPrototypeOf(element)).toBe(Object.prototype);
    expect(Object.keys(element ?? {})).toEqual([
      "id",
      "kind",
      "stage",
      "title",
      "description",
      "status",
      "owner",
      "tags",
      "group",
      "stakeholders",
      "assumptions",
      "indicators",
      "evidence",
      "position",
    ]);
    assertClean();
  });

  it("constructor.prototype at every level is dropped", async () => {
    const evil = '"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}';
    const text = envelope(docWith([el("a")], [{ id: "l", source: "a", target: "a" }]))
      .replace(/^\{/, `{${evil},`)
      .replace('"document":{', `"document":{${evil},`)
      .replace('{"id":"a"', `{${evil},"id":"a"`)
      .replace('{"id":"l"', `{${evil},"id":"l"`);
    const result = expectOk(await parseTocFile(text));
    expect(result.document.elements.map((e) => e.id)).toEqual(["a"]);
    assertClean();
  });

  it("an element id of __proto__ or constructor is replaced, and its links follow", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [el("b"), { ...el("c"), id: "proto.type" }],
            [{ id: "l", source: "b", target: "proto.type" }],
          ),
        ),
      ),
    );
    const [b, c] = result.document.elements;
    expect(result.document.links).toEqual([
      { id: "l", source: b?.id, target: c?.id, rationale: "", ...LINK_DETAIL_DEFAULTS },
    ]);
    assertClean();
  });
});

describe("9. depth and size", () => {
  it("100,000-deep nesting is refused fast, without a stack overflow", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = envelope(docWith([])).replace('"elements":[]', `"elements":${deep}`);
    const result = await parseTocFile(text);
    expectRefused(
      result,
      "This file is not a ToC Studio file: its contents are nested far too deeply to be a theory of change.",
    );
  });

  it("100,000-deep objects are refused just as fast", async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const result = await parseTocFile(fileOf(deep));
    expectRefused(
      result,
      "This file is not a ToC Studio file: its contents are nested far too deeply to be a theory of change.",
    );
  });

  it("brackets inside strings do not count as nesting", async () => {
    const title = "[".repeat(1000);
    const result = expectOk(
      await parseTocFile(envelope(docWith([el("a", { description: title })]))),
    );
    expect(result.document.elements[0]?.description).toBe(title);
  });

  it("a 200 MB file is refused from its declared size, without reading it", async () => {
    const text = vi.fn(async () => "");
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const result = await parseTocFile({
      name: "huge.toc.json",
      size: 200 * 1024 * 1024,
      text,
      arrayBuffer,
    });
    expectRefused(
      result,
      "This file is too large to be a theory of change (200 MB). The limit is 20 MB.",
    );
    expect(text).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("a file just over 20 MB says so without rounding down to the limit", async () => {
    const result = await parseTocFile({
      name: "x.json",
      size: 20 * 1024 * 1024 + 1,
      text: vi.fn(),
    });
    expectRefused(
      result,
      "This file is too large to be a theory of change (20.1 MB). The limit is 20 MB.",
    );
  });

  it("a file whose declared size lies is still capped after reading", async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x20);
    const result = await parseTocFile({
      name: "liar.toc.json",
      size: 10,
      text: async () => "",
      arrayBuffer: async () => big.buffer,
    });
    expectRefused(
      result,
      "This file is too large to be a theory of change (21 MB). The limit is 20 MB.",
    );
  });

  it("pasted text over 20 MB is refused", async () => {
    const result = await parseTocFile(" ".repeat(21 * 1024 * 1024));
    expectRefused(
      result,
      "This file is too large to be a theory of change (21 MB). The limit is 20 MB.",
    );
  });

  const count = (n: number) => n.toLocaleString("en-GB");

  it("more elements than the editor opens responsively are refused, saying how many", async () => {
    const elements = Array.from({ length: MAX_ELEMENTS + 1 }, (_, i) => ({ id: `e${i}` }));
    expectRefused(
      await parseTocFile(envelope(docWith(elements))),
      `This file has ${count(MAX_ELEMENTS + 1)} elements; ToC Studio opens at most ${count(MAX_ELEMENTS)}, so it was not opened.`,
    );
  });

  it("more links than the editor opens responsively are refused, saying how many", async () => {
    const links = Array.from({ length: MAX_LINKS + 1 }, () => 0);
    expectRefused(
      await parseTocFile(envelope(docWith([], links))),
      `This file has ${count(MAX_LINKS + 1)} links; ToC Studio opens at most ${count(MAX_LINKS)}, so it was not opened.`,
    );
  });
});

describe("10. damaged and foreign files", () => {
  const exported = () => serializeToc(sampleModel(), NOW, APP_VERSION);

  it("truncated JSON is refused as cut short", async () => {
    const text = exported();
    for (const cut of [0.25, 0.5, 0.9]) {
      expectRefused(
        await parseTocFile(fileOf(text.slice(0, Math.floor(text.length * cut)))),
        "This file is cut short or damaged: the JSON ends unexpectedly.",
      );
    }
    expectRefused(
      await parseTocFile(
        '{"type":"toc-studio/theory-of-change","version":1,"document":{"title":"abc',
      ),
      "This file is cut short or damaged: the JSON ends unexpectedly.",
    );
  });

  it("a UTF-8 byte order mark is accepted (bytes, text and string)", async () => {
    const text = exported();
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(expectOk(await parseTocFile(fileOf(bom))).repairs).toEqual([]);
    expect(expectOk(await parseTocFile(textOnlyFileOf(`\uFEFF${text}`))).repairs).toEqual([]);
    expect(expectOk(await parseTocFile(`\uFEFF${text}`)).repairs).toEqual([]);
  });

  it("invalid UTF-8 is refused", async () => {
    const good = new TextEncoder().encode(envelope(docWith([el("a", { title: "café" })])));
    const at = good.indexOf(0xc3); // first byte of "é"
    const bad = good.slice();
    bad[at + 1] = 0x28; // "\xC3(" is not UTF-8
    expectRefused(
      await parseTocFile(fileOf(bad)),
      "This file is damaged or is not a ToC Studio file: some of its characters cannot be read (it is not UTF-8 text).",
    );
    const lone = good.slice();
    lone[at] = 0xff;
    expectRefused(
      await parseTocFile(fileOf(lone)),
      "This file is damaged or is not a ToC Studio file: some of its characters cannot be read (it is not UTF-8 text).",
    );
  });

  it("duplicate keys: the last one wins, harmlessly", async () => {
    const text =
      '{"type":"something","type":"toc-studio/theory-of-change","version":9,"version":1,' +
      '"document":{"title":"First","title":"Second","elements":[' +
      '{"id":"a","id":"b","kind":"impact","kind":"input","title":"x","position":{"x":1,"x":40,"y":0}}],"links":[]}}';
    const result = expectOk(await parseTocFile(text));
    expect(result.document.title).toBe("Second");
    expect(result.document.elements).toEqual([
      {
        id: "b",
        kind: "input",
        stage: "inputs",
        title: "x",
        description: "",
        position: { x: 40, y: 0 },
        ...ELEMENT_DETAIL_DEFAULTS,
      },
    ]);
    expect(result.repairs).toEqual([]);
  });

  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  ]);

  it("a PNG renamed .json is refused as an image", async () => {
    expectRefused(
      await parseTocFile(fileOf(PNG, "diagram.json")),
      "This file is not a ToC Studio file: it does not contain readable text (it looks like a PNG image).",
    );
  });

  it("a PNG is recognised even when only text() is available", async () => {
    const asText = new TextDecoder().decode(PNG); // lenient, like File.text()
    expectRefused(
      await parseTocFile(textOnlyFileOf(asText, "diagram.json")),
      "This file is not a ToC Studio file: it does not contain readable text (it looks like a PNG image).",
    );
  });

  it("PDF and ZIP (Word, Excel) files are named as such", async () => {
    expectRefused(
      await parseTocFile(fileOf(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ"))),
      "This file is not a ToC Studio file: it does not contain readable text (it looks like a PDF document).",
    );
    expectRefused(
      await parseTocFile(fileOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))),
      "This file is not a ToC Studio file: it does not contain readable text (it looks like a ZIP archive or an Office document).",
    );
  });

  it("a file with NUL bytes is refused as not text", async () => {
    expectRefused(
      await parseTocFile(fileOf(new Uint8Array([0x7b, 0x00, 0x7d]))),
      "This file is not a ToC Studio file: it does not contain readable text.",
    );
  });

  it("an empty file is refused", async () => {
    expectRefused(
      await parseTocFile(fileOf("")),
      "This file is empty: there is nothing in it to open.",
    );
    expectRefused(
      await parseTocFile("\uFEFF \n"),
      "This file is empty: there is nothing in it to open.",
    );
  });

  it("text that is not JSON is refused, naming the line", async () => {
    expectRefused(
      await parseTocFile('{\n  "type": "toc-studio/theory-of-change",\n  oops\n}'),
      "This file is damaged or is not a ToC Studio file: it is not valid JSON (the problem is near line 3).",
    );
  });

  it("JSON that is not a ToC Studio file is refused", async () => {
    const message =
      "This file is not a ToC Studio file: it holds data, but not a theory of change saved by ToC Studio.";
    for (const text of [
      "[]",
      "null",
      "42",
      '"text"',
      "{}",
      '{"type":"excalidraw"}',
      '{"nodes":[],"edges":[]}',
    ]) {
      expectRefused(await parseTocFile(text), message);
    }
  });

  it("a file that cannot be read gives a plain message", async () => {
    const result = await parseTocFile({
      name: "gone.toc.json",
      size: 100,
      text: async () => {
        throw new DOMException("NotReadableError");
      },
    });
    expectRefused(
      result,
      "This file could not be read. It may have been moved or deleted, or the browser was not allowed to open it.",
    );
  });
});

describe("11. broken references, ids, kinds, versions and fields", () => {
  it("links to missing elements are left out with one counted note", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [el("a"), el("b")],
            [
              { id: "ok", source: "a", target: "b" },
              { id: "x1", source: "a", target: "ghost" },
              { id: "x2", source: "ghost", target: "b" },
              { id: "x3", target: "b" },
            ],
          ),
        ),
      ),
    );
    expect(result.document.links.map((l) => l.id)).toEqual(["ok"]);
    expect(result.repairs).toEqual([
      "3 links pointed to elements that are not in the file and were left out.",
    ]);
  });

  it("duplicate element ids: later ones get fresh ids, links keep the first", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [el("a", { title: "first" }), el("b"), el("a", { title: "second" })],
            [{ id: "l", source: "b", target: "a" }],
          ),
        ),
      ),
    );
    const [first, , second] = result.document.elements;
    expect(first?.id).toBe("a");
    expect(second?.title).toBe("second");
    expect(second?.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(result.document.links).toEqual([
      { id: "l", source: "b", target: "a", rationale: "", ...LINK_DETAIL_DEFAULTS },
    ]);
    expect(result.repairs).toEqual([
      "1 element had the same id as another element and was given a new one.",
    ]);
  });

  it("duplicate link ids and link ids equal to element ids are renamed", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [el("a"), el("b"), el("c")],
            [
              { id: "l", source: "a", target: "b" },
              { id: "l", source: "b", target: "c" },
              { id: "a", source: "a", target: "c" },
            ],
          ),
        ),
      ),
    );
    const ids = result.document.links.map((l) => l.id);
    expect(ids[0]).toBe("l");
    expect(new Set([...ids, "a", "b", "c"]).size).toBe(6);
    expect(result.repairs).toEqual([
      "2 links had missing, invalid or repeated ids and were given new ones.",
    ]);
  });

  it("self-loops are left out", async () => {
    const result = expectOk(
      await parseTocFile(envelope(docWith([el("a")], [{ id: "s", source: "a", target: "a" }]))),
    );
    expect(result.document.links).toEqual([]);
    expect(result.repairs).toEqual(["1 link joined an element to itself and was left out."]);
  });

  it("repeated links between the same two elements are left out", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith(
            [el("a"), el("b")],
            [
              { id: "l1", source: "a", target: "b", rationale: "kept" },
              { id: "l2", source: "a", target: "b" },
              { id: "l3", source: "b", target: "a" },
            ],
          ),
        ),
      ),
    );
    expect(result.document.links.map((l) => l.id)).toEqual(["l1", "l3"]);
    expect(result.repairs).toEqual([
      "1 link repeated another link between the same two elements and was left out.",
    ]);
  });

  it("unknown kinds become notes", async () => {
    const result = expectOk(
      await parseTocFile(
        envelope(
          docWith([
            el("a", { kind: "goal", stage: "impact" }),
            el("b", { kind: "<script>" }),
            el("c"),
          ]),
        ),
      ),
    );
    expect(result.document.elements.map((e) => [e.kind, e.stage])).toEqual([
      ["note", null],
      ["note", null],
      ["activity", "activities"],
    ]);
    expect(result.repairs).toEqual([
      "2 elements of kinds ToC Studio does not know were turned into notes.",
    ]);
  });

  it("a future format version is refused with the update message", async () => {
    expectRefused(
      await parseTocFile(envelope(docWith([]), { version: 3 })),
      NEWER_APP("format version 3"),
    );
  });

  it("a missing format version is read as version 1, with a note", async () => {
    const text = envelope(docWith([el("a")])).replace('"version":1,', "");
    const result = expectOk(await parseTocFile(text));
    expect(result.repairs).toEqual([
      "The file did not say which format version it uses, so it was read as version 1.",
    ]);
  });

  it("a nonsense format version is refused", async () => {
    for (const version of ["1", 0, -1, 0.5, true, {}]) {
      expectRefused(
        await parseTocFile(envelope(docWith([]), { version })),
        "This file is damaged: the format version written in it is not one ToC Studio understands.",
      );
    }
  });

  it("missing fields are filled with defaults", async () => {
    const text = JSON.stringify({
      type: "toc-studio/theory-of-change",
      version: 1,
      document: {
        elements: [
          { id: "a", kind: "outcome" },
          { id: "n", kind: "note" },
        ],
        links: [{ source: "a", target: "n" }],
      },
    });
    const result = expectOk(await parseTocFile(text));
    expect(result.document.title).toBe("Untitled theory of change");
    expect(result.document.framing).toBe("toc");
    expect(result.document.createdAt).toBe(0);
    expect(result.document.elements).toEqual([
      {
        id: "a",
        kind: "outcome",
        stage: "short",
        title: "",
        description: "",
        position: { x: stageAlong("short"), y: 0 },
        ...ELEMENT_DETAIL_DEFAULTS,
      },
      {
        id: "n",
        kind: "note",
        stage: null,
        title: "",
        description: "",
        position: { x: 1960 + 40, y: 0 },
        ...ELEMENT_DETAIL_DEFAULTS,
      },
    ]);
    expect(result.document.links).toEqual([
      {
        id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
        source: "a",
        target: "n",
        rationale: "",
        ...LINK_DETAIL_DEFAULTS,
      },
    ]);
    expect(result.repairs).toEqual([
      "2 elements had no usable positions and were placed automatically.",
      "1 link had a missing, invalid or repeated id and was given a new one.",
    ]);
  });

  it("a document without elements or links is an empty document", async () => {
    const result = expectOk(await parseTocFile(envelope({ title: "Empty" })));
    expect(result.document).toEqual({
      title: "Empty",
      framing: "toc",
      createdAt: 0,
      elements: [],
      links: [],
      ...NO_REGISTERS,
    });
    expect(result.repairs).toEqual([]);
  });

  it("a missing document is refused", async () => {
    expectRefused(
      await parseTocFile('{"type":"toc-studio/theory-of-change","version":1}'),
      "This file is damaged: it does not contain a theory of change.",
    );
  });

  it("element or link lists that are not lists are refused", async () => {
    expectRefused(
      await parseTocFile(envelope({ elements: { a: 1 } })),
      "This file is damaged: its list of elements cannot be read.",
    );
    expectRefused(
      await parseTocFile(envelope({ elements: [], links: "none" })),
      "This file is damaged: its list of links cannot be read.",
    );
  });

  it("extra fields are ignored and never copied", async () => {
    const text = envelope(
      {
        ...docWith(
          [
            el("a", { colour: "red", onclick: "alert(1)", position: { x: 320, y: 0, z: 9 } }),
            el("b"),
          ],
          [{ id: "l", source: "a", target: "b", weight: 3 }],
        ),
        comments: [{ text: "hi" }],
      },
      { generator: "someone else", $schema: "x" },
    );
    const result = expectOk(await parseTocFile(text));
    expect(result.repairs).toEqual([]);
    expect(Object.keys(result.document)).toEqual([
      "title",
      "framing",
      "createdAt",
      "elements",
      "links",
      "ceiling",
      "stakeholders",
      "groups",
      "dismissals",
    ]);
    expect(result.document.elements[0]).toEqual({
      id: "a",
      kind: "activity",
      stage: "activities",
      title: "a",
      description: "",
      position: { x: 320, y: 0 },
      ...ELEMENT_DETAIL_DEFAULTS,
    });
    expect(result.document.links[0]).toEqual({
      id: "l",
      source: "a",
      target: "b",
      rationale: "",
      ...LINK_DETAIL_DEFAULTS,
    });
  });
});

describe("20. a document from an app with a different schema version", () => {
  it('"schemaVersion": 99 (a newer app) is refused with the update message', async () => {
    expectRefused(
      await parseTocFile(envelope(docWith([el("a")]), { schemaVersion: 99 })),
      NEWER_APP("document version 99"),
    );
  });

  it("an older schemaVersion (0) is accepted and restored tolerantly", async () => {
    const result = expectOk(await parseTocFile(envelope(docWith([el("a")]), { schemaVersion: 0 })));
    expect(result.document.elements).toHaveLength(1);
    expect(result.repairs).toEqual([]);
  });

  it("a missing schemaVersion is read as the current one", async () => {
    const text = envelope(docWith([el("a")])).replace('"schemaVersion":1,', "");
    expect(expectOk(await parseTocFile(text)).repairs).toEqual([]);
  });
});

describe("4 and 11. hostile details (schema version 2 fields)", () => {
  it("script URLs, unknown choices, foreign references and junk lists are cleaned, and counted", async () => {
    const doc = docWith([
      el("a", {
        status: "approved",
        tags: ["ok", 7, "ok"],
        group: "no-such-group",
        stakeholders: { "sh-residents": "proposed", "sh-evil": "proposed", "sh-icb": "owns" },
        assumptions: "not a list",
        indicators: [{ measure: "<script>alert(1)</script>", id: "same" }, { id: "same" }, 5],
        evidence: [{ title: "x", url: "javascript:alert(1)", type: "gossip", strength: 11 }],
      }),
    ]);
    const result = expectOk(await parseTocFile(envelope({ ...doc, ceiling: "sky", groups: "x" })));
    const element = result.document.elements[0];
    expect(element).toMatchObject({ status: "proposed", tags: ["ok", "ok"], group: null });
    expect(element?.stakeholders).toEqual({ "sh-residents": "proposed" });
    expect(element?.assumptions).toEqual([]);
    expect(element?.indicators?.map((i) => i.measure)).toEqual(["<script>alert(1)</script>", ""]);
    expect(new Set(element?.indicators?.map((i) => i.id)).size).toBe(2);
    expect(element?.evidence).toEqual([
      { id: expect.any(String), title: "x", url: "", type: "research", strength: "moderate" },
    ]);
    expect(result.document.ceiling).toBeNull();
    expect(result.repairs).toEqual([
      "7 details (assumptions, indicators, evidence items, tags or stakeholder records) could not be read and were left out.",
    ]);
    expect(JSON.stringify(result.document)).not.toContain("javascript:");
  });
});
