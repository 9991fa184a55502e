// The Word report's chapters, in order, and their titles; the Markdown and the
// slides use the same titles for the same parts.

export const REPORT_SECTIONS = [
  "diagram",
  "narrative",
  "outcomes",
  "assumptions",
  "activities",
  "stakeholders",
  "quality",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const SECTION_TITLES: Record<ReportSection, string> = {
  diagram: "Diagram",
  narrative: "Narrative",
  outcomes: "Outcomes and indicators",
  assumptions: "Assumptions and evidence",
  activities: "Activities and outputs",
  stakeholders: "Stakeholders and who proposed what",
  quality: "Quality checks",
};
