// Arranging the open document: auto-layout by stage (all, or the selection),
// groups, the accountability ceiling, and what the canvas highlights. Layout
// runs in a worker; the result is shown as a short local animation (the drag
// preview) and then written once, so it is one undo step and peers see one
// update.
import { moveElements } from "../doc/commands";
import {
  createGroup,
  removeGroup,
  renameGroup,
  setCeiling as setCeilingCommand,
} from "../doc/registerCommands";
import type { StakeholderRole } from "../domain/details";
import type { Point } from "../domain/geometry";
import type { StageId } from "../domain/stages";
import { quoted } from "../domain/text";
import { LayoutCancelledError, runLayout } from "../layout/runLayout";
import { writableDoc } from "./actions";
import { setSelection, useEditor } from "./editorStore";
import { showMessage } from "./notices";

const ANIMATION_MS = 400;
/** Above this many moves the result is written without animation (each frame would redraw them all). */
const ANIMATE_AT_MOST = 300;

function animate(from: ReadonlyMap<string, Point>, to: ReadonlyMap<string, Point>): Promise<void> {
  if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) return Promise.resolve();
  return new Promise((resolve) => {
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      const ease = 1 - (1 - t) ** 3;
      const frame = new Map<string, Point>();
      for (const [id, end] of to) {
        const begin = from.get(id) ?? end;
        frame.set(id, {
          x: begin.x + (end.x - begin.x) * ease,
          y: begin.y + (end.y - begin.y) * ease,
        });
      }
      useEditor.setState({ dragPreview: frame });
      if (t < 1) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
}

/** Lays the document (or, with `selectionOnly`, the selected elements) out by stage. */
export async function layOut(selectionOnly = false): Promise<void> {
  const { model, selectedElements } = useEditor.getState();
  if (!model || !writableDoc()) return;
  const only = selectionOnly ? new Set(selectedElements) : undefined;
  if (only && only.size < 2) {
    showMessage("Select two or more elements to tidy them.");
    return;
  }
  const lanes = new Map(model.groups.map((g, i) => [g.id, i]));
  let result: Map<string, Point>;
  try {
    result = await runLayout(
      {
        elements: model.elements.map((e) => {
          const lane = e.group ? lanes.get(e.group) : undefined;
          return {
            id: e.id,
            stage: e.stage,
            position: e.position,
            ...(lane === undefined ? {} : { lane }),
          };
        }),
        links: model.links.map((l) => ({ source: l.source, target: l.target })),
      },
      only,
    );
  } catch (error) {
    if (!(error instanceof LayoutCancelledError)) showMessage((error as Error).message, "error");
    return;
  }
  const current = useEditor.getState().model;
  if (!current) return;
  const from = new Map(current.elements.map((e) => [e.id, e.position]));
  const moves = [...result].filter(([id, p]) => {
    const old = from.get(id);
    return old && (old.x !== p.x || old.y !== p.y);
  });
  if (moves.length === 0) {
    showMessage("Already tidy: nothing needed to move.");
    return;
  }
  if (moves.length <= ANIMATE_AT_MOST) await animate(from, new Map(moves));
  const doc = writableDoc();
  if (doc)
    moveElements(
      doc,
      moves.map(([id, position]) => ({ id, position })),
    );
  useEditor.setState({ dragPreview: null });
  showMessage(
    `Laid out ${moves.length === 1 ? "1 element" : `${moves.length} elements`}. Undo puts them back.`,
  );
}

export function groupSelection(title: string): void {
  const doc = writableDoc();
  const ids = [...useEditor.getState().selectedElements];
  if (!doc || ids.length === 0) return;
  if (createGroup(doc, title, ids))
    showMessage(`Grouped ${ids.length} element(s) as ${quoted(title)}.`);
}

export function ungroup(groupId: string): void {
  const doc = writableDoc();
  if (doc) removeGroup(doc, groupId);
}

export function renameGroupTo(groupId: string, title: string): void {
  const doc = writableDoc();
  if (doc) renameGroup(doc, groupId, title);
}

export function setCeiling(stage: StageId | null): void {
  const doc = writableDoc();
  if (doc) setCeilingCommand(doc, stage);
}

/** Highlights the pathway through an element (null: show everything). */
export function focusPathway(elementId: string | null): void {
  useEditor.setState({ pathwayFocus: elementId, stakeholderFilter: null });
  if (elementId) setSelection([elementId]);
}

export function filterByStakeholder(
  filter: { stakeholderId: string; role: StakeholderRole } | null,
): void {
  useEditor.setState({ stakeholderFilter: filter, pathwayFocus: null });
}
