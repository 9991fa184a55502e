// Opening a *.toc.json file. All or nothing: either a clean ImportedDocument
// plus a short list of what was repaired, or one plain-English message and
// nothing else. Checks run cheapest first: size (before reading a byte),
// binary content, encoding, nesting depth, JSON, envelope, then the tolerant
// restore of the document.
import { SCHEMA_VERSION } from "../../doc/schema";
import { field, isRecord } from "./fields";
import { TOC_FILE_TYPE, TOC_FILE_VERSION } from "./format";
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, MESSAGES } from "./messages";
import { DOCUMENT_NOTES, RepairLog } from "./repairs";
import { type ImportResult, restoreToResult } from "./restore";
import { scanNesting, sniffBytes, sniffText } from "./sniff";

export type { ImportedDocument, ImportResult } from "./restore";

/**
 * A browser File fits this shape as it is. Pass the File itself: with
 * `arrayBuffer` (or `bytes`) the bytes are checked strictly as UTF-8; with
 * only `text()` invalid bytes cannot be told from a real U+FFFD.
 */
export interface TocFileSource {
  name: string;
  size: number;
  text: () => Promise<string>;
  arrayBuffer?: () => Promise<ArrayBuffer>;
  bytes?: () => Promise<ArrayBuffer | Uint8Array>;
}

type Step<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function checkText(text: string): Step<string> {
  if (text.length > MAX_FILE_BYTES) return fail(MESSAGES.tooLarge(text.length));
  const binary = sniffText(text);
  if (binary) return fail(MESSAGES.binary(binary));
  if (text.includes("\u0000")) return fail(MESSAGES.notText);
  return { ok: true, value: text };
}

function decodeBytes(bytes: Uint8Array): Step<string> {
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(MESSAGES.tooLarge(bytes.byteLength));
  const binary = sniffBytes(bytes);
  if (binary) return fail(MESSAGES.binary(binary));
  if (bytes.includes(0)) return fail(MESSAGES.notText);
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return fail(MESSAGES.badEncoding);
  }
}

async function readInput(input: TocFileSource | string): Promise<Step<string>> {
  if (typeof input === "string") return checkText(input);
  if (typeof input.size === "number" && input.size > MAX_FILE_BYTES) {
    return fail(MESSAGES.tooLarge(input.size));
  }
  try {
    const read = input.bytes ?? input.arrayBuffer;
    if (typeof read === "function") {
      const data = await read.call(input);
      return decodeBytes(data instanceof Uint8Array ? data : new Uint8Array(data));
    }
    return checkText(await input.text());
  } catch {
    return fail(MESSAGES.readFailed);
  }
}

/** Drops keys that could reach a prototype if the result were ever merged into another object. */
function reviver(key: string, value: unknown): unknown {
  return key === "__proto__" || key === "constructor" || key === "prototype" ? undefined : value;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseJson(text: string): Step<unknown> {
  const nesting = scanNesting(text, MAX_NESTING_DEPTH);
  if (nesting.tooDeep) return fail(MESSAGES.tooDeep);
  try {
    return { ok: true, value: JSON.parse(text, reviver) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    if (nesting.unclosed || /end of JSON input/i.test(detail)) return fail(MESSAGES.truncated);
    // Engines word this differently: V8 gives a position (sometimes), Firefox a line.
    const position = /position (\d+)/.exec(detail);
    const line = /line (\d+)/.exec(detail);
    const near = position ? lineAt(text, Number(position[1])) : line ? Number(line[1]) : null;
    return fail(MESSAGES.notJson(near));
  }
}

function isNewer(value: unknown, current: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > current;
}

function readEnvelope(value: unknown, repairs: RepairLog): Step<Record<string, unknown>> {
  if (!isRecord(value) || field(value, "type") !== TOC_FILE_TYPE) return fail(MESSAGES.notToc);
  const version = field(value, "version");
  if (isNewer(version, TOC_FILE_VERSION)) return fail(MESSAGES.newerFormat(version));
  if (version === undefined || version === null) repairs.note(DOCUMENT_NOTES.versionMissing);
  else if (version !== TOC_FILE_VERSION) return fail(MESSAGES.badVersion);
  // A document from a newer app may use fields this one would silently lose.
  const schemaVersion = field(value, "schemaVersion");
  if (isNewer(schemaVersion, SCHEMA_VERSION)) return fail(MESSAGES.newerDocument(schemaVersion));
  const document = field(value, "document");
  if (!isRecord(document)) return fail(MESSAGES.noDocument);
  return { ok: true, value: document };
}

export async function parseTocFile(input: TocFileSource | string): Promise<ImportResult> {
  const read = await readInput(input);
  if (!read.ok) return read;
  const text = read.value.charCodeAt(0) === 0xfeff ? read.value.slice(1) : read.value;
  if (text.trim() === "") return fail(MESSAGES.empty);
  const json = parseJson(text);
  if (!json.ok) return json;
  const repairs = new RepairLog();
  const envelope = readEnvelope(json.value, repairs);
  if (!envelope.ok) return envelope;
  return restoreToResult(envelope.value, repairs);
}
