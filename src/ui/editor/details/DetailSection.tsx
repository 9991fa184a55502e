// A collapsible part of the details panel: a native <details> whose summary
// names the section and how many items it holds ("Assumptions (2)"), so a
// closed section still says what is inside.
import type { ReactNode } from "react";
import { setSectionOpen, useOpenSections } from "./openSections";
import "./details.css";

export function DetailSection(props: {
  /** Remembered across elements: the same id stays open or closed. */
  id: string;
  title: string;
  count?: number;
  /** A short note after the title (e.g. the owner's name). */
  note?: string;
  children: ReactNode;
}) {
  const open = useOpenSections((s) => s.open.has(props.id));
  return (
    <details
      className="detail-section"
      open={open}
      onToggle={(e) => setSectionOpen(props.id, e.currentTarget.open)}
      data-section={props.id}
    >
      <summary className="detail-section__summary">
        <span className="detail-section__title">{props.title}</span>
        {props.count !== undefined && (
          <span className="detail-section__count"> ({props.count})</span>
        )}
        {props.note && <span className="detail-section__note">{props.note}</span>}
      </summary>
      <div className="detail-section__body">{props.children}</div>
    </details>
  );
}
