// User text inside the app's own messages is direction-isolated: a title
// holding a right-to-left override (U+202E) must not reverse the rest of the
// sentence. Every message builder that quotes user text goes through quoted(),
// and no message in the app's own layers puts user text in quotes by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quoted } from "../../../src/domain/text";
import { SHEET_MESSAGES, SHEET_NOTES } from "../../../src/io/sheets/messages";
import { IMPORT_MESSAGES } from "../../../src/ui/import/importMessages";

const EVIL = "Board report \u202Efdp.exe";
const ISOLATED = `\u2068${EVIL}\u2069`;

describe("quoted", () => {
  it("isolates user text and closes the isolate before the closing quote", () => {
    expect(quoted(EVIL)).toBe(`“${ISOLATED}”`);
  });
});

describe("every message builder that quotes user text isolates it", () => {
  const built: Array<[string, string]> = [
    ["import refused", IMPORT_MESSAGES.notOpened(EVIL, "It is damaged.")],
    ["import opened", IMPORT_MESSAGES.opened(EVIL, [])],
    ["sheet rows", SHEET_MESSAGES.tooManyRows(EVIL, 60_000)],
    ["missing table", SHEET_MESSAGES.missingTable(EVIL)],
    ["row names missing", SHEET_NOTES.rowNamesMissing(EVIL, 3, "an element", 0)],
    ["unknown columns: sheet", SHEET_NOTES.unknownColumns(EVIL, ["Notes"])],
    ["unknown columns: heading", SHEET_NOTES.unknownColumns("Sheet1", [EVIL])],
  ];
  it.each(built)("%s", (_, message) => {
    expect(message).toContain(`“${ISOLATED}”`);
    // The override never leaks past its isolate into the app's own words.
    expect(message.replace(/\u2068[^\u2069]*\u2069/g, "")).not.toContain("\u202E");
  });
});

// The layers that write the app's own messages (not the exported documents,
// whose text is the model's).
const MESSAGE_LAYERS = ["store", "ui", "canvas", "app", "io/sheets", "io/tocJson", "io/imports"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("no message quotes user text by hand", () => {
  it("interpolations inside quotation marks go through quoted()", () => {
    const offenders = MESSAGE_LAYERS.flatMap((layer) =>
      sources(join("src", layer)).flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => /[“‘']\$\{/.test(line) && !line.includes("quoted(")),
      ),
    );
    expect(offenders.map((o) => `${o.at}: ${o.line.trim()}`)).toEqual([]);
  });
});
