// Invariant: every template the app offers is a valid spec — refs unique and
// resolvable, stages allowed for each kind, no self, duplicate or looping
// links, titles present, short and unique — and every starter is a usable
// theory of change: one impact that every staged element reaches, person,
// community and system pathways with short, medium and long outcomes, an
// indicator on every outcome, reasons on the links, named sources and
// honest evidence. Each rule is also shown to fail on a broken copy.
import { describe, expect, it } from "vitest";
import { STARTING_STAKEHOLDERS, type StartingStakeholderId } from "../../../src/domain/details";
import {
  blankLogicModel,
  blankToc,
  communityConnectors,
  healthLiteracy,
  socialPrescribing,
  TEMPLATES,
  templateById,
} from "../../../src/templates";
import type { TemplateElement, TemplateSpec } from "../../../src/templates/spec";
import { leadingVerb, RESIDENTS, templateProblems } from "./rules";

const STARTERS: readonly TemplateSpec[] = [socialPrescribing, communityConnectors, healthLiteracy];
const BLANKS: readonly TemplateSpec[] = [blankToc, blankLogicModel];
const isStarter = (t: TemplateSpec) => STARTERS.includes(t);

const copy = (t: TemplateSpec): TemplateSpec => structuredClone(t);
const rulesBroken = (t: TemplateSpec, starter = true) =>
  new Set(templateProblems(t, { starter }).map((p) => p.slice(0, p.indexOf(":"))));
const find = (t: TemplateSpec, ref: string): TemplateElement => {
  const el = t.elements.find((e) => e.ref === ref);
  if (!el) throw new Error(`no element ${ref}`);
  return el;
};
const firstOf = (t: TemplateSpec, kind: TemplateElement["kind"]) => {
  const el = t.elements.find((e) => e.kind === kind);
  if (!el) throw new Error(`no ${kind}`);
  return el;
};

describe("template list", () => {
  it("offers the blanks first, then the three starters, with unique ids", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      "blank-toc",
      "blank-logic-model",
      "social-prescribing",
      "community-connectors",
      "health-literacy",
    ]);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) expect(templateById(t.id)).toBe(t);
    expect(templateById("nope")).toBeUndefined();
  });

  it("uses both framings for the blanks", () => {
    expect(blankToc.framing).toBe("toc");
    expect(blankLogicModel.framing).toBe("logic");
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s", (_id, template) => {
  it("breaks no rule", () => {
    expect(templateProblems(template, { starter: isStarter(template) })).toEqual([]);
  });
});

describe("blank templates", () => {
  it.each(BLANKS.map((t) => [t.id, t] as const))("%s holds one impact and no links", (_id, t) => {
    expect(t.elements).toHaveLength(1);
    expect(t.elements[0].kind).toBe("impact");
    expect(t.elements[0].description?.trim()).toBeTruthy();
    expect(t.links).toEqual([]);
    expect(t.groups).toEqual([]);
  });

  it("a blank with more in it is reported", () => {
    const t = copy(blankToc);
    t.elements.push({ ref: "o", kind: "outcome", stage: "short", title: "Something changes" });
    t.links.push({ from: "o", to: "impact", rationale: "Because it does" });
    expect(rulesBroken(t, false).has("blank")).toBe(true);
  });
});

describe("starter templates", () => {
  it.each(STARTERS.map((t) => [t.id, t] as const))("%s has the expected shape", (_id, t) => {
    const count = (kind: TemplateElement["kind"]) =>
      t.elements.filter((e) => e.kind === kind).length;
    expect(t.elements.length).toBeGreaterThanOrEqual(25);
    expect(t.elements.length).toBeLessThanOrEqual(45);
    expect(count("impact")).toBe(1);
    expect(count("outcome")).toBeGreaterThanOrEqual(9);
    for (const kind of ["input", "activity", "output"] as const)
      expect(count(kind)).toBeGreaterThan(0);
    expect(t.groups.map((g) => g.title)).toEqual([
      "Person level",
      "Community level",
      "System level",
    ]);
    // Residents with lived experience proposed several outcomes; every group proposed something.
    const outcomesByResidents = t.elements.filter(
      (e) => e.kind === "outcome" && e.proposedBy?.includes(RESIDENTS),
    );
    expect(outcomesByResidents.length).toBeGreaterThanOrEqual(3);
    const named = new Set(t.elements.flatMap((e) => e.proposedBy ?? []));
    expect([...named].sort()).toEqual(STARTING_STAKEHOLDERS.map((s) => s.id).sort());
  });

  it("social prescribing is honest that its evidence base is mixed", () => {
    const evidence = socialPrescribing.elements.flatMap((e) => e.evidence ?? []);
    expect(evidence.some((e) => e.strength === "weak")).toBe(true);
    expect(evidence.some((e) => e.strength === "moderate")).toBe(true);
    expect(socialPrescribing.note).toMatch(/mixed/);
    // The contested claim about demand on GP and urgent care is marked as such.
    expect(find(socialPrescribing, "s-long-demand").status).toBe("contested");
  });
});

// Each rule, broken on a copy of a starter, is reported.
describe("the rules catch broken templates", () => {
  const broken = (mutate: (t: TemplateSpec) => void, base: TemplateSpec = socialPrescribing) => {
    const t = copy(base);
    mutate(t);
    return rulesBroken(t);
  };

  it("repeated refs", () => {
    expect(broken((t) => (t.elements[1].ref = t.elements[0].ref)).has("ref-unique")).toBe(true);
  });

  it("a group that does not exist", () => {
    expect(broken((t) => (firstOf(t, "outcome").group = "nowhere")).has("group-exists")).toBe(true);
  });

  it("links to missing elements, self links and duplicate links", () => {
    expect(broken((t) => t.links.push({ from: "impact", to: "ghost" })).has("link-end")).toBe(true);
    expect(broken((t) => t.links.push({ from: "ghost", to: "impact" })).has("link-end")).toBe(true);
    const out = socialPrescribing.elements.find((e) => e.kind === "output")?.ref as string;
    expect(broken((t) => t.links.push({ from: out, to: out })).has("self-link")).toBe(true);
    expect(broken((t) => t.links.push({ ...t.links[0] })).has("duplicate-link")).toBe(true);
  });

  it("stages the kind does not allow", () => {
    expect(broken((t) => (firstOf(t, "outcome").stage = "outputs")).has("stage")).toBe(true);
    expect(broken((t) => (firstOf(t, "activity").stage = "short")).has("stage")).toBe(true);
    expect(broken((t) => (firstOf(t, "input").stage = undefined)).has("stage")).toBe(true);
    expect(
      broken((t) =>
        t.elements.push({ ref: "n", kind: "note", stage: "short", title: "A note" }),
      ).has("stage"),
    ).toBe(true);
  });

  it("empty, long and duplicate titles", () => {
    expect(broken((t) => (t.elements[3].title = "   ")).has("title-empty")).toBe(true);
    expect(broken((t) => (t.elements[3].title = "x".repeat(301))).has("title-long")).toBe(true);
    expect(
      broken((t) => (t.elements[3].title = `  ${t.elements[2].title.toUpperCase()} `)).has(
        "title-duplicate",
      ),
    ).toBe(true);
  });

  it("no impact, or two", () => {
    expect(
      broken((t) => (t.elements = t.elements.filter((e) => e.kind !== "impact"))).has("one-impact"),
    ).toBe(true);
    expect(
      broken((t) =>
        t.elements.push({
          ref: "impact-2",
          kind: "impact",
          stage: "impact",
          title: "Another impact",
        }),
      ).has("one-impact"),
    ).toBe(true);
  });

  it("outcomes without a complete indicator", () => {
    expect(broken((t) => (firstOf(t, "outcome").indicators = [])).has("indicator")).toBe(true);
    expect(broken((t) => (firstOf(t, "outcome").indicators = undefined)).has("indicator")).toBe(
      true,
    );
    for (const field of ["measure", "dataSource", "baseline", "byWhen"] as const) {
      const errors = broken((t) => {
        const ind = firstOf(t, "outcome").indicators?.[0];
        if (ind) Object.assign(ind, { [field]: " " });
      });
      expect(errors.has("indicator")).toBe(true);
    }
  });

  it("an element with no path to the impact", () => {
    const add = (el: TemplateElement) => broken((t) => t.elements.push(el));
    expect(
      add({ ref: "stray", kind: "activity", stage: "activities", title: "A stray activity" }).has(
        "reach-impact",
      ),
    ).toBe(true);
    expect(
      add({ ref: "stray", kind: "input", stage: "inputs", title: "A stray input" }).has(
        "reach-impact",
      ),
    ).toBe(true);
    // An input that leads only to a dead-end activity does not reach the impact either.
    const errors = broken((t) => {
      t.elements.push(
        { ref: "in-x", kind: "input", stage: "inputs", title: "Money" },
        { ref: "act-x", kind: "activity", stage: "activities", title: "Spend it" },
      );
      t.links.push({ from: "in-x", to: "act-x", rationale: "Because money is spent" });
    });
    expect(errors.has("reach-impact")).toBe(true);
  });

  it("loops and backward links", () => {
    const loop = broken((t) => t.links.push({ from: "impact", to: "in-link-workers" }));
    expect(loop.has("cycle")).toBe(true);
    expect(loop.has("forward")).toBe(true);
    // Backwards across pathways without making a loop.
    const back = broken((t) =>
      t.links.push({ from: "p-medium-lonely", to: "s-short-referrals", rationale: "Because so" }),
    );
    expect(back.has("forward")).toBe(true);
    expect(back.has("cycle")).toBe(false);
  });

  it("a pathway missing a stage, or missing altogether", () => {
    const noLong = broken((t) => {
      for (const e of t.elements)
        if (e.group === "person" && e.stage === "long") e.stage = "medium";
    });
    expect(noLong.has("levels")).toBe(true);
    expect(broken((t) => (t.groups[1].title = "Neighbourhoods")).has("levels")).toBe(true);
  });

  it("outcomes worded as activities", () => {
    for (const title of [
      "Deliver more groups",
      "set up a hub",
      "  Train staff in teach-back",
      "Run   clubs for older people",
      "Fund small grants",
      "Launch a campaign",
    ]) {
      expect(broken((t) => (firstOf(t, "outcome").title = title)).has("outcome-verb")).toBe(true);
    }
    // Whole words only: these are changes, not activities.
    for (const title of [
      "Training completion rises",
      "Runners feel safer",
      "Hospital stays are shorter",
    ]) {
      expect(leadingVerb(title)).toBeNull();
    }
  });

  it("unsafe evidence links", () => {
    for (const url of [
      "http://example.org/x",
      "javascript:alert(1)",
      "ftp://x.org/",
      "www.nhs.uk",
    ]) {
      const errors = broken((t) => {
        const el = t.elements.find((e) => e.evidence?.length) as TemplateElement;
        el.evidence = (el.evidence ?? []).map((ev, i) => (i === 0 ? { ...ev, url } : ev));
      });
      expect(errors.has("evidence-url")).toBe(true);
    }
  });

  it("a note that does not say it is a starting point", () => {
    expect(
      broken((t) => (t.note = t.note.replace(/starting point/gi, "template"))).has("note"),
    ).toBe(true);
  });

  it("unknown stakeholders, too few outcomes from residents", () => {
    expect(
      broken(
        (t) => (firstOf(t, "outcome").proposedBy = ["Someone else" as StartingStakeholderId]),
      ).has("proposed-by"),
    ).toBe(true);
    const errors = broken((t) => {
      for (const e of t.elements) e.proposedBy = e.proposedBy?.filter((who) => who !== RESIDENTS);
    });
    expect(errors.has("stakeholders")).toBe(true);
  });

  it("rationales that do not give a reason, and links with no reasons", () => {
    expect(broken((t) => (t.links[0].rationale = "since it does")).has("rationale")).toBe(true);
    expect(
      broken((t) => {
        for (const l of t.links) l.rationale = undefined;
      }).has("rationale-most"),
    ).toBe(true);
    expect(
      broken((t) => {
        for (const l of t.links) l.assumptions = undefined;
      }).has("link-assumptions"),
    ).toBe(true);
  });

  it("an outcome resting on a single precondition", () => {
    const errors = broken((t) => {
      t.links = t.links.filter(
        (l) => !(l.to === "p-medium-lonely" && l.from === "c-short-relationships"),
      );
    });
    expect(errors.has("preconditions")).toBe(true);
  });

  it("statistics, US spellings and quotes", () => {
    const withDescription = (text: string) =>
      broken((t) => {
        firstOf(t, "activity").description = text;
      });
    expect(withDescription("Half the people (50%) improve").has("no-statistics")).toBe(true);
    expect(withDescription("A local organization runs it").has("spelling")).toBe(true);
    expect(withDescription("The neighborhood centre").has("spelling")).toBe(true);
    expect(withDescription('One resident said "it changed my life"').has("quotes")).toBe(true);
    // UK spellings pass.
    expect(
      withDescription("Organisations in the neighbourhood centre, enrolled in the programme").size,
    ).toBe(0);
  });

  it("too many elements", () => {
    const errors = broken((t) => {
      for (let i = 0; i < 15; i++)
        t.elements.push({ ref: `note-${i}`, kind: "note", title: `Note ${i}` });
    });
    expect(errors.has("size")).toBe(true);
  });

  it("each starter passes the same breakage checks (not just social prescribing)", () => {
    for (const base of STARTERS) {
      expect(broken((t) => (firstOf(t, "outcome").indicators = []), base).has("indicator")).toBe(
        true,
      );
      expect(broken((t) => t.links.push({ ...t.links[0] }), base).has("duplicate-link")).toBe(true);
    }
  });
});
