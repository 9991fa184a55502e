// Any file a person drops or picks becomes a new document through one door:
// the file's name picks the reader (ToC Studio file, a picture exported by
// ToC Studio with its model inside, a spreadsheet), each reader caps size
// before reading and checks what it reads, and every one ends in the same
// tolerant restore. All or nothing: a refusal is one plain-English message.
import { MAX_SVG_CHARS } from "../diagram/svg/embed";
import { MAX_PNG_FILE_BYTES } from "../png/size";
import { MAX_FILE_BYTES, MESSAGES } from "../tocJson/messages";
import { type ImportResult, parseTocFile } from "../tocJson/parse";

export interface ImportSource {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
  text: () => Promise<string>;
}

export const IMPORT_ACCEPT =
  ".json,.toc.json,application/json,.svg,image/svg+xml,.png,image/png,.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const NO_MODEL =
  "This picture has no theory of change inside it. Only pictures exported from ToC Studio (SVG or PNG) can be opened; other pictures cannot be turned into a model.";

type Reader = (source: ImportSource, bytes: Uint8Array) => Promise<ImportResult>;

const pictureReader =
  (find: (bytes: Uint8Array) => Promise<string | null>): Reader =>
  async (_source, bytes) => {
    const embedded = await find(bytes);
    if (embedded === null) return { ok: false, message: NO_MODEL };
    return parseTocFile(embedded);
  };

// Each reader caps the bytes it reads at what its format can legitimately hold.
const READERS: { extension: RegExp; maxBytes: number; read: Reader }[] = [
  {
    extension: /\.svg$/i,
    maxBytes: MAX_SVG_CHARS,
    read: pictureReader(async (bytes) => {
      const { readSvgModel } = await import("../diagram");
      return readSvgModel(new TextDecoder().decode(bytes));
    }),
  },
  {
    extension: /\.png$/i,
    maxBytes: MAX_PNG_FILE_BYTES,
    read: pictureReader(async (bytes) => {
      const { readPngText, PNG_MODEL_KEYWORD } = await import("../png");
      return readPngText(bytes, PNG_MODEL_KEYWORD);
    }),
  },
  {
    extension: /\.(csv|xlsx)$/i,
    maxBytes: MAX_FILE_BYTES,
    read: async (source, bytes) => {
      const { importSheetFile } = await import("../sheets");
      return importSheetFile(source.name, bytes);
    },
  },
];

export async function readImport(source: ImportSource): Promise<ImportResult> {
  const reader = READERS.find((r) => r.extension.test(source.name));
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
