// Opens a .docx the way a test needs it: the zip's parts, document.xml parsed
// as XML (a parse error fails the test), and its paragraphs with their styles.
// Runs in the node environment (the docx package packs Uint8Arrays from this
// realm) and borrows jsdom's DOMParser; jsdom ships no type declarations.
import { createRequire } from "node:module";
import JSZip from "jszip";

const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new () => { window: { DOMParser: typeof DOMParser } };
};

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface OpenedDocx {
  readonly zip: JSZip;
  readonly files: string[];
  readonly xml: string;
  readonly dom: Document;
  /** Every paragraph's style id ("" when none) and text. */
  readonly paragraphs: { style: string; text: string }[];
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("word/document.xml is missing");
  const dom = parseXml(xml);
  const paragraphs = Array.from(dom.getElementsByTagNameNS(W, "p")).map((p) => ({
    style: p.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? "",
    text: Array.from(p.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent)
      .join(""),
  }));
  return { zip, files: Object.keys(zip.files), xml, dom, paragraphs };
}

/** Parses XML; throws when it is not well-formed. */
export function parseXml(xml: string): Document {
  const dom = new new JSDOM().window.DOMParser().parseFromString(xml, "application/xml");
  if (dom.getElementsByTagName("parsererror").length > 0) throw new Error("XML is not well-formed");
  return dom;
}

export const WORD_NS = W;
