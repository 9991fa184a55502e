// Outcome worded as an activity: an outcome whose title starts with an
// activity verb in its base form ("Deliver…", "Run…", "Set up…"), ignoring
// case and any leading punctuation, symbols or spaces. The verb must be a whole
// word: "Running…", "Referrals…" and "Run-down…" do not match. Outcomes are
// changes ("More residents…", "Reduced…").
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { named } from "./names";

export const ACTIVITY_VERBS: readonly string[] = [
  "deliver",
  "run",
  "hold",
  "provide",
  "offer",
  "train",
  "recruit",
  "host",
  "set up",
  "roll out",
  "establish",
  "commission",
  "develop",
  "create",
  "organise",
  "organize",
  "conduct",
  "launch",
  "fund",
  "employ",
  "hire",
  "build",
  "distribute",
  "refer",
  "signpost",
  "implement",
  "introduce",
  "design",
  "co-design",
  "co-produce",
  "facilitate",
  "coordinate",
  "co-ordinate",
  "promote",
  "publish",
  "procure",
  "teach",
];

const LEADING = /^[\s\p{P}\p{S}\p{M}\p{Cf}\p{Z}]+/u;
const WORD_GOES_ON = /^[\p{L}\p{N}\p{M}'’-]/u;

/** The activity verb a title starts with, in lower case, or null. */
export function leadingActivityVerb(title: string): string | null {
  const head = title.slice(0, 200).replace(LEADING, "").replace(/\s+/g, " ").toLowerCase();
  for (const verb of ACTIVITY_VERBS) {
    if (head.startsWith(verb) && !WORD_GOES_ON.test(head.slice(verb.length))) return verb;
  }
  return null;
}

export function outcomesWordedAsActivities(graph: ModelGraph): Finding[] {
  const findings: Finding[] = [];
  for (const el of graph.elements) {
    if (el.kind !== "outcome") continue;
    const verb = leadingActivityVerb(el.title);
    if (!verb) continue;
    const message = `${named(el)} starts with "${verb}", so it reads like an activity: an outcome names a change, such as "More residents…" or "Reduced…".`;
    findings.push(finding("outcome-worded-as-activity", [el.id], message, [el.id]));
  }
  return findings;
}
