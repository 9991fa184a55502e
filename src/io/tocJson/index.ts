export {
  downloadName,
  fileBaseName,
  serializeToc,
  TOC_FILE_EXTENSION,
  TOC_FILE_MIME,
  TOC_FILE_TYPE,
  TOC_FILE_VERSION,
  TOC_SCHEMA_PATH,
  type TocFileEnvelope,
} from "./format";
export { buildImportedState, type ImportSummary, summarizeImported } from "./importDocument";
export { MAX_ELEMENTS, MAX_FILE_BYTES, MAX_LINKS, MESSAGES } from "./messages";
export {
  type ImportedDocument,
  type ImportResult,
  parseTocFile,
  type TocFileSource,
} from "./parse";
