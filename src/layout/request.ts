// The messages between the page and the layout worker, and the worker's check
// of what it is sent: a request is refused with a plain-English reason unless
// every id is a string, every number finite, every stage known, and it holds at
// most 10,000 elements and 20,000 links. Pinned by tests/node/layout/request.test.ts.
import { isStageId } from "../domain/stages";
import { isFiniteNumber } from "../domain/text";
import {
  type LayoutElement,
  type LayoutInput,
  type LayoutLink,
  type LayoutResult,
  MAX_LAYOUT_ELEMENTS,
  MAX_LAYOUT_LINKS,
} from "./types";

/** Page → worker. `only` is the tidy selection's ids. */
export interface LayoutRequest {
  id: number;
  input: LayoutInput;
  only?: string[];
}

/** Worker → page. */
export type LayoutReply =
  | { id: number; ok: true; positions: LayoutResult }
  | { id: number; ok: false; error: string };

/** The longest id accepted (the app's ids are 16 characters). */
export const MAX_ID_LENGTH = 1000;

export type ReadRequest =
  | { ok: true; id: number; input: LayoutInput; only?: ReadonlySet<string> }
  | { ok: false; id: number; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isId = (v: unknown): v is string => typeof v === "string" && v.length <= MAX_ID_LENGTH;
const optionalSize = (v: unknown): boolean => v === undefined || (isFiniteNumber(v) && v >= 0);

function readElement(raw: unknown, n: number): LayoutElement | string {
  if (!isObject(raw)) return `element ${n} is not an element`;
  if (!isId(raw.id)) return `element ${n} has no usable id`;
  const stage = raw.stage ?? null;
  if (stage !== null && !isStageId(stage)) return `element ${n} has an unknown stage`;
  const p = raw.position;
  if (!isObject(p) || !isFiniteNumber(p.x) || !isFiniteNumber(p.y)) {
    return `element ${n} has no usable position`;
  }
  if (!optionalSize(raw.width) || !optionalSize(raw.height)) {
    return `element ${n} has an unusable size`;
  }
  if (raw.lane !== undefined && !(Number.isSafeInteger(raw.lane) && (raw.lane as number) >= 0)) {
    return `element ${n} has an unusable group`;
  }
  return {
    id: raw.id,
    stage,
    position: { x: p.x, y: p.y },
    ...(raw.width === undefined ? {} : { width: raw.width as number }),
    ...(raw.height === undefined ? {} : { height: raw.height as number }),
    ...(raw.lane === undefined ? {} : { lane: raw.lane as number }),
  };
}

function readLink(raw: unknown, n: number): LayoutLink | string {
  if (!isObject(raw) || !isId(raw.source) || !isId(raw.target)) {
    return `link ${n} does not name the two elements it joins`;
  }
  return { source: raw.source, target: raw.target };
}

/** Checks a message sent to the worker; copies what it keeps, so nothing else rides along. */
export function readRequest(data: unknown): ReadRequest {
  const id = isObject(data) && Number.isSafeInteger(data.id) ? (data.id as number) : -1;
  const refuse = (reason: string): ReadRequest => ({
    ok: false,
    id,
    error: `The diagram could not be arranged: ${reason}. Nothing was moved.`,
  });
  if (!isObject(data) || id < 0) return refuse("the request was not understood");
  const input = data.input;
  if (!isObject(input) || !Array.isArray(input.elements) || !Array.isArray(input.links)) {
    return refuse("the request held no elements or links");
  }
  if (input.elements.length > MAX_LAYOUT_ELEMENTS) {
    return refuse(`it has more than ${MAX_LAYOUT_ELEMENTS.toLocaleString("en-GB")} elements`);
  }
  if (input.links.length > MAX_LAYOUT_LINKS) {
    return refuse(`it has more than ${MAX_LAYOUT_LINKS.toLocaleString("en-GB")} links`);
  }
  const elements: LayoutElement[] = [];
  for (const [n, raw] of input.elements.entries()) {
    const element = readElement(raw, n + 1);
    if (typeof element === "string") return refuse(element);
    elements.push(element);
  }
  const links: LayoutLink[] = [];
  for (const [n, raw] of input.links.entries()) {
    const link = readLink(raw, n + 1);
    if (typeof link === "string") return refuse(link);
    links.push(link);
  }
  let only: Set<string> | undefined;
  if (data.only !== undefined) {
    if (
      !Array.isArray(data.only) ||
      data.only.length > MAX_LAYOUT_ELEMENTS ||
      !data.only.every(isId)
    ) {
      return refuse("the selection to tidy was not a list of element ids");
    }
    only = new Set(data.only);
  }
  return { ok: true, id, input: { elements, links }, ...(only ? { only } : {}) };
}
