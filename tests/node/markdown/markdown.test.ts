// The Markdown narrative shows everything the report holds and user text
// stays text: no raw HTML, no links or images a label could inject, no
// javascript: anywhere a renderer would follow it (TESTING.md hostile 1–3).
// Evidence links appear only for https: and mailto: addresses.
import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../../src/io/markdown";
import { buildReport } from "../../../src/io/report";
import { testElement, testIndicator, testLink, testModel } from "../domain/builders";
import { templateModel } from "../helpers/templateModel";

const NOW = new Date(2026, 11, 3);

/** Positions of `token` not escaped by a backslash (an even run of backslashes before it). */
function unescaped(md: string, token: string): number[] {
  const found: number[] = [];
  for (let i = md.indexOf(token); i >= 0; i = md.indexOf(token, i + 1)) {
    let slashes = 0;
    while (md[i - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) found.push(i);
  }
  return found;
}

/** Raw HTML a renderer would pass through: any unescaped "<" other than our own <br>. */
function rawHtml(md: string): string[] {
  return unescaped(md, "<")
    .map((i) => md.slice(i, i + 12))
    .filter((s) => !s.startsWith("<br>"));
}

/** Link or image openings a renderer would see: unescaped "[" not written by the exporter. */
function injectedLinks(md: string): string[] {
  return unescaped(md, "[")
    .map((i) => md.slice(i, i + 40))
    .filter((s) => !/^\[(Source on [^\]]*|Email)\]\((https:|mailto:)/.test(s));
}

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "[click me](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "<script>alert(1)</script>",
  "<https://evil.example>",
  "www.evil.example and JaVaScRiPt:alert(1)",
  "# Heading | pipe `code` *bold* _em_ ~~strike~~ &lt;b&gt;",
];

function hostileModel(label: string) {
  return testModel(
    [
      testElement("imp", {
        kind: "impact",
        stage: "impact",
        title: label,
        description: `${label}\n- list\n1. item`,
        indicators: [testIndicator(`${label}\nsecond line`, { population: label })],
        evidence: [
          {
            id: "e1",
            title: label,
            url: "javascript:alert(1)",
            type: "research",
            strength: "weak",
          },
          {
            id: "e2",
            title: label,
            url: " JAVASCRIPT:alert(1)",
            type: "practice",
            strength: "weak",
          },
          {
            id: "e3",
            title: label,
            url: "data:text/html,<script>",
            type: "practice",
            strength: "weak",
          },
        ],
        assumptions: [{ id: "a", text: label, confidence: "low" }],
      }),
      testElement("o", { title: label }),
    ],
    [testLink("l", "o", "imp", { rationale: label })],
    { meta: { title: label, framing: "toc", createdAt: 0, schemaVersion: 2, ceiling: null } },
  );
}

describe("hostile text", () => {
  for (const label of HOSTILE) {
    it(`stays inert: ${label}`, () => {
      const md = toMarkdown(buildReport(hostileModel(label), NOW));
      expect(rawHtml(md)).toEqual([]);
      expect(injectedLinks(md)).toEqual([]);
      expect(unescaped(md, "javascript:").length + unescaped(md, "JaVaScRiPt:").length).toBe(0);
      expect(unescaped(md, "](").filter((i) => !/^\]\((https:|mailto:)/.test(md.slice(i)))).toEqual(
        [],
      );
      // The words survive: the title is the first heading, escaped.
      expect(md.split("\n")[0].replace(/\\(.)/g, "$1")).toBe(`# ${label}`);
    });
  }

  it("keeps table rows whole: pipes escaped, line breaks as <br>", () => {
    const md = toMarkdown(buildReport(hostileModel("a | b"), NOW));
    const row = md.split("\n").find((l) => l.startsWith("| a \\| b | Impact |"));
    expect(row).toContain("a \\| b<br>second line");
    expect(unescaped(row ?? "", "|")).toHaveLength(10);
  });

  it("links https: and mailto: evidence and nothing else", () => {
    const model = hostileModel("Title");
    const safe = {
      ...model,
      elements: model.elements.map((e) =>
        e.id === "imp"
          ? {
              ...e,
              evidence: [
                ...e.evidence,
                {
                  id: "e4",
                  title: "Review",
                  url: "https://example.org/a b)(",
                  type: "research" as const,
                  strength: "strong" as const,
                },
                {
                  id: "e5",
                  title: "Ask",
                  url: "mailto:team@example.org",
                  type: "practice" as const,
                  strength: "weak" as const,
                },
              ],
            }
          : e,
      ),
    };
    const md = toMarkdown(buildReport(safe, NOW));
    expect(md).toContain("[Source on example.org](https://example.org/a%20b%29%28)");
    expect(md).toContain("[Email](mailto:team@example.org)");
    expect(md.match(/\]\(/g)).toHaveLength(2);
  });
});

describe("the social prescribing template", () => {
  const model = templateModel();
  const report = buildReport(model, NOW);
  const md = toMarkdown(report);

  it("has the title, date, every section and every pathway", () => {
    const [first] = md.split("\n");
    expect(first.startsWith("# ")).toBe(true);
    expect(first.replace(/\\(.)/g, "$1")).toBe(`# ${report.title}`);
    expect(md).toContain("3 December 2026");
    for (const heading of [
      "## Narrative",
      "## Outcomes and indicators",
      "## Assumptions and evidence",
      "## Activities and outputs",
      "## Stakeholders and who proposed what",
      "## Quality checks",
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    for (const p of report.pathways) expect(md).toContain(`\n### ${p.title}\n`);
  });

  it("holds every indicator's measure in the outcomes table", () => {
    const unescapedText = md.replace(/\\(.)/g, "$1");
    for (const ind of model.elements.flatMap((e) => e.indicators)) {
      expect(unescapedText).toContain(`| ${ind.measure} |`);
    }
    expect(rawHtml(md)).toEqual([]);
  });

  it("says so when the document is empty", () => {
    const empty = toMarkdown(buildReport(testModel([]), NOW));
    expect(empty).toContain("no elements yet");
    expect(empty).toContain("There are no outcomes yet.");
  });

  it("writes the ceiling and each dismissed finding with its reason and who dismissed it", () => {
    const model = testModel([testElement("o", { stage: "long", title: "Fewer falls" })], [], {
      meta: { title: "T", framing: "toc", createdAt: 0, schemaVersion: 2, ceiling: "medium" },
      dismissals: [
        { key: "outcome-without-indicator:o", reason: "Counted by the council", by: "Sam", at: 0 },
      ],
    });
    const out = toMarkdown(buildReport(model, NOW));
    expect(out).toContain("**Accountability ceiling.** The programme answers for everything up to");
    expect(out).toContain("### Outcome without an indicator (0 open, 1 dismissed)");
    expect(out).toMatch(
      /- Dismissed: .*Fewer falls.* Reason: Counted by the council \(dismissed by Sam\)/,
    );
  });
});
