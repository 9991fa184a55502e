// One sheet of paper: the title and date above, this page's part of the
// diagram (an inline SVG, so a saved PDF keeps vectors and selectable text),
// and the page number below, with the key on tiles.
import { useLayoutEffect, useRef } from "react";
import type { FramingId } from "../../domain/stages";
import type { SceneLegendItem } from "../../io/diagram";
import { neighbourNote, type PagePlan, type PlannedPage } from "../../io/print";
import type { PrintDrawing } from "../../io/print/diagramForPrint";
import { pageSvg, pageView } from "../../io/print/pageSvg";
import { SheetLegend } from "./SheetLegend";

export interface SheetText {
  title: string;
  /** Framing and date, e.g. "Theory of change · 3 December 2026". */
  subtitle: string;
  framing: FramingId;
  legend: readonly SceneLegendItem[];
  ceiling: boolean;
}

export function PrintSheet({
  drawing,
  plan,
  page,
  text,
}: {
  drawing: PrintDrawing;
  plan: PagePlan;
  page: PlannedPage;
  text: SheetText;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const tiled = plan.fit === "tiles";
  const description = tiled
    ? `Part of the diagram: row ${page.row}, column ${page.column}`
    : `The diagram of ${text.title}`;
  useLayoutEffect(() => {
    const box = drawing.box;
    if (!box) return;
    const view = pageView(box, page, plan, description);
    // A tile's copy holds only what shows through its window; one page holds all.
    const diagram = drawing.drawingFor(tiled ? view.window : null);
    if (diagram) holder.current?.replaceChildren(pageSvg(diagram, view));
  }, [drawing, page, plan, tiled, description]);
  return (
    <section className="print-sheet" aria-label={page.label}>
      <header className="print-sheet__header">
        <span className="print-sheet__title">{text.title}</span>
        <span className="print-sheet__date">{text.subtitle}</span>
      </header>
      <div className="print-sheet__diagram" ref={holder} />
      <footer className="print-sheet__footer">
        <p className="print-sheet__number">
          <strong>{page.label}</strong>
          {tiled && <span className="print-sheet__joins">{neighbourNote(plan, page)}</span>}
        </p>
        {tiled && (
          <SheetLegend framing={text.framing} legend={text.legend} ceiling={text.ceiling} />
        )}
      </footer>
    </section>
  );
}
