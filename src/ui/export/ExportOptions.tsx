// The options each format offers in the export dialog: what to include for
// pictures, size and background for PNG, sections for the Word report.
import { REPORT_SECTIONS, type ReportSection, type ReportSections } from "../../io/exports/request";
import type { PngBackground, PngScale } from "./exportActions";

export const SECTION_LABELS: Record<ReportSection, string> = {
  diagram: "Diagram",
  narrative: "Narrative by pathway",
  outcomes: "Outcomes and indicators",
  assumptions: "Assumptions and evidence",
  activities: "Activities and outputs",
  stakeholders: "Stakeholders and who proposed what",
  quality: "Quality checks",
};

export function ScopeOptions(props: {
  selectedCount: number;
  selectionOnly: boolean;
  onChange: (selectionOnly: boolean) => void;
}) {
  const { selectedCount } = props;
  return (
    <fieldset className="export-options">
      <legend>What to include</legend>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={!props.selectionOnly}
          onChange={() => props.onChange(false)}
        />
        The whole theory of change
      </label>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={props.selectionOnly}
          disabled={selectedCount === 0}
          onChange={() => props.onChange(true)}
        />
        {selectedCount === 0
          ? "Only the selected elements (select some on the canvas first)"
          : `Only the ${selectedCount.toLocaleString("en-GB")} selected element${selectedCount === 1 ? "" : "s"}`}
      </label>
    </fieldset>
  );
}

export function PngOptions(props: {
  scale: PngScale;
  background: PngBackground;
  onScale: (scale: PngScale) => void;
  onBackground: (background: PngBackground) => void;
}) {
  return (
    <>
      <fieldset className="export-options export-options--row">
        <legend>Size</legend>
        {([1, 2, 3] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="export-scale"
              checked={props.scale === s}
              onChange={() => props.onScale(s)}
            />
            {s}× {s === 1 ? "(screen)" : s === 2 ? "(sharp)" : "(print)"}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options export-options--row">
        <legend>Background</legend>
        {(["white", "transparent"] as const).map((b) => (
          <label key={b}>
            <input
              type="radio"
              name="export-background"
              checked={props.background === b}
              onChange={() => props.onBackground(b)}
            />
            {b === "white" ? "White" : "Transparent"}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function SectionOptions(props: {
  sections: ReportSections;
  onChange: (sections: ReportSections) => void;
}) {
  return (
    <fieldset className="export-options">
      <legend>Sections of the report</legend>
      {REPORT_SECTIONS.map((s) => (
        <label key={s}>
          <input
            type="checkbox"
            checked={props.sections[s]}
            onChange={(e) => props.onChange({ ...props.sections, [s]: e.target.checked })}
          />
          {SECTION_LABELS[s]}
        </label>
      ))}
    </fieldset>
  );
}
