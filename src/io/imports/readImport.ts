// Any file a person drops or picks becomes a new document through one door:
// the file's name picks the reader (ToC Studio file, a picture exported by
// ToC Studio with its model inside, a spreadsheet), each reader caps size
// before reading and checks what it reads, and every one ends in the same
// tolerant restore. All or nothing: a refusal is one plain-English message.

import { MAX_SVG_CHARS } from "../diagram/svg/embed";
import { FORMATS, IMPORT_FORMATS, type ImportFormat } from "../exports/formats";
import { MAX_PNG_FILE_BYTES } from "../png/size";
import { MAX_FILE_BYTES, MESSAGES } from "../tocJson/messages";
import { type ImportResult, parseTocFile } from "../tocJson/parse";

export interface ImportSource {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
  text: () => Promise<string>;
}

/** For a file input: plain ".json" too, then each format's extension and media type. */
export const IMPORT_ACCEPT = [
  ".json",
  ...IMPORT_FORMATS.flatMap((f) => [FORMATS[f].extension, FORMATS[f].mime.split(";")[0]]),
].join(",");

const NO_MODEL =
  "This picture has no theory of change inside it. Only pictures exported from ToC Studio (SVG or PNG) can be opened; other pictures cannot be turned into a model.";

type Reader = (source: ImportSource, bytes: Uint8Array) => Promise<ImportResult>;

const readSheet: Reader = async (source, bytes) => {
  const { importSheetFile } = await import("../sheets");
  return importSheetFile(source.name, bytes);
};

const pictureReader =
  (find: (bytes: Uint8Array) => Promise<string | null>): Reader =>
  async (_source, bytes) => {
    const embedded = await find(bytes);
    if (embedded === null) return { ok: false, message: NO_MODEL };
    return parseTocFile(embedded);
  };

// Each reader caps the bytes it reads at what its format can legitimately hold.
const READERS: Record<Exclude<ImportFormat, "toc">, { maxBytes: number; read: Reader }> = {
  svg: {
    maxBytes: MAX_SVG_CHARS,
    read: pictureReader(async (bytes) => {
      const { readSvgModel } = await import("../diagram");
      return readSvgModel(new TextDecoder().decode(bytes));
    }),
  },
  png: {
    maxBytes: MAX_PNG_FILE_BYTES,
    read: pictureReader(async (bytes) => {
      const { readPngText, PNG_MODEL_KEYWORD } = await import("../png");
      return readPngText(bytes, PNG_MODEL_KEYWORD);
    }),
  },
  csv: { maxBytes: MAX_FILE_BYTES, read: readSheet },
  xlsx: { maxBytes: MAX_FILE_BYTES, read: readSheet },
};

function readerFor(name: string) {
  const lower = name.toLowerCase();
  for (const format of IMPORT_FORMATS) {
    if (format !== "toc" && lower.endsWith(FORMATS[format].extension)) return READERS[format];
  }
  return null;
}

export async function readImport(source: ImportSource): Promise<ImportResult> {
  const reader = readerFor(source.name);
  if (!reader) return parseTocFile(source);
  const { maxBytes } = reader;
  if (source.size > maxBytes) {
    return { ok: false, message: MESSAGES.tooLarge(source.size, maxBytes) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.arrayBuffer());
  } catch {
    return { ok: false, message: MESSAGES.readFailed };
  }
  if (bytes.byteLength > maxBytes) {
    return { ok: false, message: MESSAGES.tooLarge(bytes.byteLength, maxBytes) };
  }
  return reader.read(source, bytes);
}
