// The live quality checks as the editor uses them: findings of a model
// snapshot (computed once per snapshot, however many components ask), and
// what a person can do with a finding — go to it, dismiss it with a reason,
// show it again. Dismissals are written to the document, so everyone sees them.
import { dismissFinding, restoreFinding } from "../doc/registerCommands";
import type { TocModel } from "../domain/model";
import { checkModel, type Finding } from "../domain/quality";
import { writableDoc } from "./actions";
import { revealElement, setSelection } from "./editorStore";
import { rememberedName } from "./liveSession";

const computed = new WeakMap<TocModel, readonly Finding[]>();

/** Every finding of this snapshot, open and dismissed, in CHECKS order. */
export function findingsOf(model: TocModel): readonly Finding[] {
  let findings = computed.get(model);
  if (!findings) {
    findings = checkModel(model);
    computed.set(model, findings);
  }
  return findings;
}

export function openFindingCount(model: TocModel): number {
  let open = 0;
  for (const f of findingsOf(model)) if (!f.dismissal) open++;
  return open;
}

/** Whether the finding points at something on the canvas. */
export function canReveal(finding: Finding): boolean {
  return finding.elementIds.length > 0 || finding.linkIds.length > 0;
}

/**
 * Selects what the finding is about and brings it into view: its first
 * element, or — for a finding about a link — the link, with its source shown.
 */
export function revealFinding(finding: Finding): void {
  const [element] = finding.elementIds;
  const [link] = finding.linkIds;
  if (finding.check === "link-without-rationale" && link) {
    if (element) revealElement(element);
    setSelection([], [link]);
  } else if (element) {
    revealElement(element);
  }
}

/** Dismisses a finding for everyone, saying why and who (the name this device remembers). */
export function dismissWithReason(key: string, reason: string): boolean {
  const doc = writableDoc();
  if (!doc || !reason.trim()) return false;
  dismissFinding(doc, { key, reason: reason.trim(), by: rememberedName(), at: Date.now() });
  return true;
}

export function showFindingAgain(key: string): boolean {
  const doc = writableDoc();
  if (!doc) return false;
  restoreFinding(doc, key);
  return true;
}
