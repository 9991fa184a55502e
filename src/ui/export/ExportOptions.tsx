// The options each format offers in the export dialog: what to include for
// pictures, size and background for PNG, sections for the Word report.
import { REPORT_SECTIONS, type ReportSection, type ReportSections } from "../../io/exports/request";
import { PNG_SCALES } from "../../io/png/size";
import { plural } from "../common/format";
import { RadioGroup } from "../common/RadioGroup";
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

type Scope = "all" | "selection";
const SCOPES: readonly Scope[] = ["all", "selection"];
const BACKGROUNDS: readonly PngBackground[] = ["white", "transparent"];
const SCALE_LABELS: Record<PngScale, string> = {
  1: "1× (screen)",
  2: "2× (sharp)",
  3: "3× (print)",
};

export function ScopeOptions(props: {
  selectedCount: number;
  selectionOnly: boolean;
  onChange: (selectionOnly: boolean) => void;
}) {
  const { selectedCount } = props;
  return (
    <RadioGroup<Scope>
      className="export-options"
      legend="What to include"
      name="export-scope"
      values={SCOPES}
      label={(s) =>
        s === "all"
          ? "The whole theory of change"
          : selectedCount === 0
            ? "Only the selected elements (select some on the canvas first)"
            : `Only the ${plural(selectedCount, "selected element")}`
      }
      value={props.selectionOnly ? "selection" : "all"}
      disabled={(s) => s === "selection" && selectedCount === 0}
      onChange={(s) => props.onChange(s === "selection")}
    />
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
      <RadioGroup<PngScale>
        className="export-options export-options--row"
        legend="Size"
        name="export-scale"
        values={PNG_SCALES}
        label={(s) => SCALE_LABELS[s]}
        value={props.scale}
        onChange={props.onScale}
      />
      <RadioGroup<PngBackground>
        className="export-options export-options--row"
        legend="Background"
        name="export-background"
        values={BACKGROUNDS}
        label={(b) => (b === "white" ? "White" : "Transparent")}
        value={props.background}
        onChange={props.onBackground}
      />
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
