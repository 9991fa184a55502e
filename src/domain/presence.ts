// What one participant shows the others: name, colour, cursor, selection and
// a live drag. Carried by awareness, never the document. Anything a peer
// sends is cleaned here before it is shown (names are text, length-capped).
import type { Point } from "./geometry";
import { isValidId } from "./ids";
import { cleanCoordinate, cleanText } from "./text";

export interface Participant {
  clientId: number;
  name: string;
  colour: string;
  colourName: string;
  cursor: Point | null;
  selection: string[];
  dragging: ReadonlyMap<string, Point> | null;
  /** No pointer move, selection or drag seen from them for a while. */
  idle: boolean;
}

export const IDLE_AFTER_MS = 60_000;

export const MAX_NAME_LENGTH = 40;
const MAX_SELECTION = 500;

/** Colours readable on white (≥ 4.5:1) with names, so colour is never the only signal. */
export const PARTICIPANT_COLOURS = [
  ["#005eb8", "blue"],
  ["#b1221c", "red"],
  ["#007f3b", "green"],
  ["#7c2855", "plum"],
  ["#8a4b00", "brown"],
  ["#330072", "purple"],
  ["#00665e", "teal"],
  ["#425563", "slate"],
] as const;

export function colourFor(clientId: number): { colour: string; colourName: string } {
  const [colour, colourName] = PARTICIPANT_COLOURS[Math.abs(clientId) % PARTICIPANT_COLOURS.length];
  return { colour, colourName };
}

export function cleanName(name: unknown): string {
  // A lone surrogate cleans to U+FFFD, which means nothing as a name.
  return cleanText(name, MAX_NAME_LENGTH, true)
    .replace(/\uFFFD/g, "")
    .trim();
}

function cleanPoint(value: unknown): Point | null {
  if (typeof value !== "object" || value === null) return null;
  const x = cleanCoordinate((value as { x?: unknown }).x);
  const y = cleanCoordinate((value as { y?: unknown }).y);
  return x === null || y === null ? null : { x, y };
}

/** A peer's awareness state as something safe to render, or null. */
export function readParticipant(clientId: number, state: unknown): Participant | null {
  if (typeof state !== "object" || state === null) return null;
  const s = state as Record<string, unknown>;
  const user = (typeof s.user === "object" && s.user !== null ? s.user : {}) as Record<
    string,
    unknown
  >;
  const name = cleanName(user.name) || "Someone";
  const selection = Array.isArray(s.selection)
    ? s.selection.filter(isValidId).slice(0, MAX_SELECTION)
    : [];
  let dragging: Map<string, Point> | null = null;
  if (typeof s.dragging === "object" && s.dragging !== null) {
    dragging = new Map();
    for (const [id, p] of Object.entries(s.dragging).slice(0, MAX_SELECTION)) {
      const point = cleanPoint(p);
      if (isValidId(id) && point) dragging.set(id, point);
    }
  }
  return {
    clientId,
    name,
    ...colourFor(clientId),
    cursor: cleanPoint(s.cursor),
    idle: false,
    selection,
    dragging,
  };
}
