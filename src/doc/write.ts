// Low-level write helpers shared by the commands. Yjs records a same-value
// set as a new update, so every write first compares (pinned by a test:
// a no-op command produces no update).
import * as Y from "yjs";
import type { Point } from "../domain/geometry";

export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  if (current === value) return;
  if (isPoint(current) && isPoint(value) && current.x === value.x && current.y === value.y) return;
  map.set(key, value);
}

function isPoint(value: unknown): value is Point {
  return typeof value === "object" && value !== null && "x" in value && "y" in value;
}

export function isYMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map;
}

/** The key a nested shared type sits under in its parent map. */
export function keyInParent(type: object): string | null {
  const item = (type as unknown as { _item: { parentSub: string | null } | null })._item;
  return item?.parentSub ?? null;
}
