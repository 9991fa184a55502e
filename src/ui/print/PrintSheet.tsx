// One sheet of paper: the title and date above, this page's part of the
// diagram (an inline SVG, so a saved PDF keeps vectors and selectable text),
// and the page number below, with the key on tiles.
import { useLayoutEffect, useRef } from "react";
import type { ElementKind } from "../../domain/kinds";
import type { FramingId } from "../../domain/stages";
import type { PagePlan, PlannedPage } from "../../io/print";
import type { InertDiagram } from "./inertSvg";
import { pageSvg, pageView } from "./pageSvg";
import { SheetLegend } from "./SheetLegend";

export interface SheetText {
  title: string;
  date: string;
  framing: FramingId;
  kinds: readonly ElementKind[];
}

export function PrintSheet({
  diagram,
  plan,
  page,
  text,
}: {
  diagram: InertDiagram;
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
    holder.current?.replaceChildren(pageSvg(diagram, pageView(diagram, page, plan, description)));
  }, [diagram, page, plan, description]);
  return (
    <section className="print-sheet" aria-label={page.label}>
      <header className="print-sheet__header">
        <span className="print-sheet__title">{text.title}</span>
        <span className="print-sheet__date">{text.date}</span>
      </header>
      <div className="print-sheet__diagram" ref={holder} />
      <footer className="print-sheet__footer">
        <span className="print-sheet__number">{page.label}</span>
        {tiled && <SheetLegend framing={text.framing} kinds={text.kinds} />}
      </footer>
    </section>
  );
}
