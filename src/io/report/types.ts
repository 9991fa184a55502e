// The report model: a plain, renderer-neutral account of a theory of change,
// built once from a TocModel and read by the Word report, the Markdown export
// and the slides, so the three never disagree. Every string in it is plain
// text (well-formed Unicode, no control characters except newline and tab);
// each renderer escapes it for its own format. Nothing here is invented: all
// of it is the model's content, arranged and joined into sentences.
import type { ElementStatus } from "../../domain/details";
import type { CheckId } from "../../domain/quality";
import type { FramingId, StageId } from "../../domain/stages";

export interface ReportElement {
  readonly id: string;
  /** The written tag ("Outcome", "Activity"…), so colour is never the only signal. */
  readonly kindLabel: string;
  readonly stage: StageId | null;
  /** The stage's name in the document's framing ("Early outcomes"…), "" when unstaged. */
  readonly stageName: string;
  readonly title: string;
  readonly description: string;
  readonly status: ElementStatus;
  /** Beyond the accountability ceiling: the programme contributes to it. */
  readonly contributesTo: boolean;
}

export interface Pathway {
  /** Group id, element id of the pathway's goal, or a fixed id ("across", "whole", "unlinked"). */
  readonly id: string;
  readonly title: string;
  /** Stage order of the framing: impact first for "toc", inputs first for "logic". */
  readonly elements: readonly ReportElement[];
  /** Readable paragraphs generated from the model. */
  readonly narrative: readonly string[];
}

export interface ReportTable {
  readonly columns: readonly string[];
  /** Relative column widths (they sum to 100), for renderers that lay out a page. */
  readonly widths: readonly number[];
  /** Indexes of columns whose cells are links (already checked: https: or mailto: only, or ""). */
  readonly linkColumns: readonly number[];
  readonly rows: readonly (readonly string[])[];
  /** What to write instead of an empty table. */
  readonly emptyText: string;
}

export interface ReportTables {
  readonly outcomes: ReportTable;
  readonly assumptions: ReportTable;
  readonly evidence: ReportTable;
  readonly activities: ReportTable;
  readonly stakeholders: ReportTable;
  readonly links: ReportTable;
}

export interface QualityFindingLine {
  readonly message: string;
  /** Only for dismissed findings. */
  readonly reason: string;
  readonly by: string;
  /** The line as every renderer writes it: the message, then for a dismissed
   * finding "Reason: … (dismissed by …)". */
  readonly text: string;
}

export interface QualityGroup {
  readonly check: CheckId;
  readonly label: string;
  /** "Label (2 open, 1 dismissed)". */
  readonly heading: string;
  readonly explanation: string;
  readonly open: readonly QualityFindingLine[];
  readonly dismissed: readonly QualityFindingLine[];
}

export interface QualitySummary {
  readonly openCount: number;
  readonly dismissedCount: number;
  /** One sentence: "3 open findings and 1 dismissed." / "No findings: every check passes." */
  readonly summary: string;
  /** Only checks with at least one finding, in the checks' order. */
  readonly groups: readonly QualityGroup[];
}

export interface ReportStage {
  readonly id: StageId;
  readonly name: string;
}

export interface Report {
  readonly title: string;
  /** Written out, e.g. "3 December 2026". */
  readonly date: string;
  readonly framing: FramingId;
  /** "Theory of change" or "Logic model". */
  readonly framingLabel: string;
  /** The framing's stages in reading order (impact first for "toc"). */
  readonly stages: readonly ReportStage[];
  /** Opening paragraphs: what the document holds, or that it is empty. */
  readonly overview: readonly string[];
  /** True when the document has no staged elements (nothing to narrate). */
  readonly isEmpty: boolean;
  /** The accountability ceiling in one sentence, or null when none is set. */
  readonly ceiling: string | null;
  readonly pathways: readonly Pathway[];
  readonly tables: ReportTables;
  readonly quality: QualitySummary;
}
