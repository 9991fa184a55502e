import { describe, expect, it } from "vitest";
import { downloadName, serializeToc } from "../../../src/io/tocJson/format";
import { APP_VERSION, NOW, sampleModel } from "./helpers";

describe("serializeToc", () => {
  it("writes the envelope with a fixed key order", () => {
    const file = JSON.parse(serializeToc(sampleModel(), NOW, APP_VERSION));
    expect(Object.keys(file)).toEqual([
      "type",
      "version",
      "source",
      "exportedAt",
      "schemaVersion",
      "document",
    ]);
    expect(file.type).toBe("toc-studio/theory-of-change");
    expect(file.version).toBe(1);
    expect(file.source).toBe("ToC Studio 0.1.0");
    expect(file.exportedAt).toBe("2025-03-14T09:26:53.589Z");
    expect(file.schemaVersion).toBe(2);
    expect(Object.keys(file.document)).toEqual([
      "title",
      "framing",
      "createdAt",
      "ceiling",
      "stakeholders",
      "groups",
      "dismissals",
      "elements",
      "links",
    ]);
    expect(Object.keys(file.document.elements[0])).toEqual([
      "id",
      "kind",
      "stage",
      "title",
      "description",
      "position",
      "status",
      "owner",
      "tags",
      "group",
      "stakeholders",
      "assumptions",
      "indicators",
      "evidence",
    ]);
    expect(Object.keys(file.document.links[0])).toEqual([
      "id",
      "source",
      "target",
      "rationale",
      "assumptions",
      "evidence",
    ]);
  });

  it("sorts elements and links by id (code-unit order) for stable diffs", () => {
    const file = JSON.parse(serializeToc(sampleModel(), NOW, APP_VERSION));
    const ids = file.document.elements.map((e: { id: string }) => e.id);
    expect(ids).toEqual([
      "Note9",
      "act1",
      "ass1",
      "impact1",
      "in1",
      "out-long",
      "out-short",
      "output_1",
    ]);
    expect(file.document.links.map((l: { id: string }) => l.id)).toEqual([
      "l1",
      "l2",
      "l3",
      "l4",
      "l5",
      "l6",
    ]);
  });

  it("is pretty-printed, ends with a newline and is identical for the same input", () => {
    const a = serializeToc(sampleModel(), NOW, APP_VERSION);
    const b = serializeToc(sampleModel(), NOW, APP_VERSION);
    expect(a).toBe(b);
    expect(a.startsWith('{\n  "type": "toc-studio/theory-of-change",\n')).toBe(true);
    expect(a.endsWith("}\n")).toBe(true);
  });

  it("writes -0 as 0", () => {
    const model = sampleModel();
    const el = model.elements[0];
    if (!el) throw new Error("no element");
    const withNegZero = { ...model, elements: [{ ...el, position: { x: -0, y: -0 } }] };
    const text = serializeToc(withNegZero, NOW, APP_VERSION);
    expect(text).toContain('"x": 0,');
    expect(text).not.toMatch(/": -0\b/);
  });
});

describe("downloadName", () => {
  const day = new Date(2025, 2, 4, 23, 59); // local time: 4 March 2025

  it("uses the slugified title and the local date", () => {
    expect(downloadName("Diabetes Prevention", day)).toBe(
      "diabetes-prevention-theory-of-change-2025-03-04.toc.json",
    );
  });

  it("turns slashes and backslashes into dashes: no path separators", () => {
    const name = downloadName("../../etc/passwd \\ C:\\Windows", day);
    expect(name).toBe("etc-passwd-c-windows-theory-of-change-2025-03-04.toc.json");
    expect(name).not.toMatch(/[/\\]/);
  });

  it("never starts with a dot", () => {
    expect(downloadName(".hidden", day)).toBe("hidden-theory-of-change-2025-03-04.toc.json");
    expect(downloadName("...", day)).toBe("untitled-theory-of-change-2025-03-04.toc.json");
  });

  it("keeps Unicode letters and digits, drops emoji", () => {
    expect(downloadName("Santé mentale 2030 🧠✨ Überblick", day)).toBe(
      "santé-mentale-2030-überblick-theory-of-change-2025-03-04.toc.json",
    );
    expect(downloadName("糖尿病予防", day)).toBe("糖尿病予防-theory-of-change-2025-03-04.toc.json");
    expect(downloadName("🧑‍⚕️🏥", day)).toBe("untitled-theory-of-change-2025-03-04.toc.json");
  });

  it("falls back to 'untitled' for an empty or default title", () => {
    expect(downloadName("", day)).toBe("untitled-theory-of-change-2025-03-04.toc.json");
    expect(downloadName("   ", day)).toBe("untitled-theory-of-change-2025-03-04.toc.json");
    expect(downloadName("Untitled theory of change", day)).toBe(
      "untitled-theory-of-change-2025-03-04.toc.json",
    );
  });

  it("cuts a very long title to 60 characters without a trailing dash", () => {
    const name = downloadName(`${"word ".repeat(100)}end`, day);
    const slug = name.replace(/-theory-of-change-2025-03-04\.toc\.json$/, "");
    expect(Array.from(slug).length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("word-word")).toBe(true);
  });

  it("never splits a character outside the BMP when cutting", () => {
    const name = downloadName("𝒜".repeat(100), day);
    const slug = name.replace(/-theory-of-change-2025-03-04\.toc\.json$/, "");
    expect(slug).toBe("𝒜".repeat(60));
    expect(slug.isWellFormed()).toBe(true);
  });

  it("tolerates control characters, NUL and lone surrogates", () => {
    expect(downloadName("a\u0000b\uD800c\u202Ed", day)).toBe(
      "a-b-c-d-theory-of-change-2025-03-04.toc.json",
    );
  });
});
