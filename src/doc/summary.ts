// The few facts the library lists for each document, read cheaply.
import * as Y from "yjs";
import type { FramingId } from "../domain/stages";
import { readMeta } from "./read";
import { getMaps } from "./schema";

export interface DocSummary {
  title: string;
  framing: FramingId;
  elementCount: number;
}

export function summarizeDoc(doc: Y.Doc): DocSummary {
  const { meta, nodes } = getMaps(doc);
  const { title, framing } = readMeta(meta);
  let elementCount = 0;
  for (const el of nodes.values()) if (el instanceof Y.Map) elementCount++;
  return { title, framing, elementCount };
}
