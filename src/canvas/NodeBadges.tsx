// Small badges under a node's title: its status when not "proposed" and how
// many assumptions, indicators and evidence items it has. Written words and
// numbers, so they read without colour; the node's accessible name says the
// same in full (buildFlow's nodeLabel), so these are hidden from screen readers.
import { STATUS_LABELS } from "../domain/details";
import type { TocElement } from "../domain/model";

export function NodeBadges({ element }: { element: TocElement }) {
  const { status, assumptions, indicators, evidence } = element;
  const counts = [
    { key: "assumptions", short: "Assum.", n: assumptions.length, full: "assumptions" },
    { key: "indicators", short: "Ind.", n: indicators.length, full: "indicators" },
    { key: "evidence", short: "Evid.", n: evidence.length, full: "evidence items" },
  ].filter((c) => c.n > 0);
  if (status === "proposed" && counts.length === 0) return null;
  return (
    <span className="toc-node__badges" aria-hidden="true">
      {status !== "proposed" && (
        <span className={`toc-badge toc-badge--${status}`}>{STATUS_LABELS[status]}</span>
      )}
      {counts.map((c) => (
        <span key={c.key} className="toc-badge" title={`${c.n} ${c.full}`}>
          {c.short} {c.n}
        </span>
      ))}
    </span>
  );
}
