// Invariant: on random small models (all kinds, dangling links, self-links,
// notes in the way) the linear-time walks agree with a slow, obvious
// reachability search: loops are exactly the sets of staged elements that
// reach each other, and the path checks match forward searches over causal
// links (links between two staged elements).
import { describe, expect, it } from "vitest";
import { ELEMENT_KINDS, KINDS } from "../../../../src/domain/kinds";
import type { TocModel } from "../../../../src/domain/model";
import { checkModel } from "../../../../src/domain/quality";
import { element, link, model } from "./build";

function randomModel(seed: number): TocModel {
  let state = seed;
  const random = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
  const elements = Array.from({ length: 12 + random(20) }, (_, i) =>
    element(ELEMENT_KINDS[random(ELEMENT_KINDS.length)] ?? "note", `e${i}`, `T${i}`),
  );
  const links = Array.from({ length: random(45) }, (_, i) => {
    const end = () => (random(20) === 0 ? "missing" : `e${random(elements.length)}`);
    return link(`l${i}`, end(), end());
  });
  return model(elements, links);
}

/** Forward reachability by repeated search from every element: slow and obvious. */
function reachable(m: TocModel): Map<string, Set<string>> {
  const staged = new Set(
    m.elements.filter((el) => KINDS[el.kind].stages.length > 0).map((el) => el.id),
  );
  const next = new Map<string, string[]>();
  for (const l of m.links) {
    if (l.source === l.target || !staged.has(l.source) || !staged.has(l.target)) continue;
    next.set(l.source, [...(next.get(l.source) ?? []), l.target]);
  }
  const result = new Map<string, Set<string>>();
  for (const start of staged) {
    const seen = new Set<string>();
    const todo = [...(next.get(start) ?? [])];
    while (todo.length > 0) {
      const id = todo.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(next.get(id) ?? []));
    }
    result.set(start, seen);
  }
  return result;
}

describe("graph rules against brute force", () => {
  it("agrees on loops and paths for 300 random models", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const m = randomModel(seed);
      const reach = reachable(m);
      const kindOf = new Map(m.elements.map((el) => [el.id, el.kind]));
      const linked = new Set(
        m.links
          .filter((l) => l.source !== l.target && kindOf.has(l.source) && kindOf.has(l.target))
          .flatMap((l) => [l.source, l.target]),
      );
      const findings = checkModel(m);
      const keysOf = (check: string) => findings.filter((f) => f.check === check).map((f) => f.key);

      const loops = new Set<string>();
      for (const [id, seen] of reach) {
        if (!seen.has(id)) continue;
        const members = [...seen].filter((other) => reach.get(other)?.has(id));
        loops.add(`cycle:${members.sort().join(",")}`);
      }
      expect(new Set(keysOf("cycle")), `seed ${seed}`).toEqual(loops);

      const leadsTo = (id: string, kinds: string[]) =>
        [...(reach.get(id) ?? [])].some((other) => kinds.includes(kindOf.get(other) ?? ""));
      const idle = m.elements
        .filter((el) => el.kind === "activity" && linked.has(el.id))
        .filter((el) => !leadsTo(el.id, ["outcome", "impact"]))
        .map((el) => `activity-without-outcome:${el.id}`);
      expect(keysOf("activity-without-outcome"), `seed ${seed}`).toEqual(idle);

      const hasImpact = m.elements.some((el) => el.kind === "impact");
      const stranded = m.elements
        .filter((el) => hasImpact && el.kind === "outcome" && linked.has(el.id))
        .filter((el) => !leadsTo(el.id, ["impact"]))
        .map((el) => `outcome-without-path-to-impact:${el.id}`);
      expect(keysOf("outcome-without-path-to-impact"), `seed ${seed}`).toEqual(stranded);
    }
  });
});
