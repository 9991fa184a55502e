// The print view: the options, a preview of every sheet as it will print, a
// Print button (the browser's dialog, where "Save as PDF" gives a vector PDF)
// and the way back. While it is shown, printing shows only the sheets
// (print.css hides every other part of the app).
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { TocModel } from "../../domain/model";
import { DEFAULT_PRINT_OPTIONS, type PrintOptions, pageRule, planPages } from "../../io/print";
import { diagramForPrint } from "../../io/print/diagramForPrint";
import { fileBaseName } from "../../io/tocJson/fileName";
import { PrintControls } from "./PrintControls";
import { PrintSheet } from "./PrintSheet";
import { planSummary } from "./planSummary";
import "./print.css";

export function PrintPreview({ model, onClose }: { model: TocModel; onClose: () => void }) {
  const [options, setOptions] = useState<PrintOptions>(DEFAULT_PRINT_OPTIONS);
  const [now] = useState(() => new Date());
  const heading = useRef<HTMLHeadingElement>(null);
  // Rebuilding the drawing re-parses every sheet's SVG: during a burst of
  // peer edits React skips to the latest model instead of each one in turn.
  const shown = useDeferredValue(model);
  const source = useMemo(() => diagramForPrint(shown, now), [shown, now]);
  const box = source.box;
  const plan = useMemo(() => (box ? planPages(box, options) : null), [box, options]);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  // The browser names a saved PDF after the page title: make it the download name.
  useEffect(() => {
    const before = document.title;
    document.title = fileBaseName(model.meta.title, now);
    return () => {
      document.title = before;
    };
  }, [model.meta.title, now]);

  const text = {
    title: shown.meta.title,
    subtitle: source.subtitle,
    framing: shown.meta.framing,
    legend: source.legend,
    ceiling: source.ceiling,
  };
  return (
    <div className="print-view">
      {plan && <style>{pageRule(plan)}</style>}
      <div className="print-view__controls">
        <h1 ref={heading} tabIndex={-1}>
          Print or save as PDF
        </h1>
        <PrintControls options={options} onChange={setOptions} />
        <p className="print-view__summary" role="status">
          {plan ? planSummary(plan) : "There is nothing to print yet."}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={!plan}
            onClick={() => window.print()}
          >
            Print…
          </button>
          <button type="button" className="button" onClick={onClose} aria-keyshortcuts="Escape">
            Back to the editor
          </button>
        </div>
        <p className="hint">
          To get a PDF, choose “Save as PDF” as the printer. For a clean page, turn off the
          browser’s own “Headers and footers” in its print settings.
        </p>
      </div>
      {plan && (
        <div
          className={`print-view__sheets print-view__sheets--${plan.fit}`}
          style={sheetVariables(plan)}
        >
          {plan.pages.map((page) => (
            <PrintSheet
              key={`${plan.fit}-${page.number}`}
              drawing={source}
              plan={plan}
              page={page}
              text={text}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function sheetVariables(plan: NonNullable<ReturnType<typeof planPages>>): React.CSSProperties {
  const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;
  return {
    "--sheet-width": mm(plan.sheet.width),
    "--sheet-height": mm(plan.sheet.height),
    "--sheet-margin": mm(plan.marginMm),
    "--sheet-header": mm(plan.headerMm),
    "--sheet-footer": mm(plan.footerMm),
    "--printable-width": mm(plan.printable.width),
    "--printable-height": mm(plan.printable.height),
  } as React.CSSProperties;
}
