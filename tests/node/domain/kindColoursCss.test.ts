// Invariant: the canvas draws each kind in the colours the exported pictures
// use. canvas.css sets them as --kind-fill and --kind-stroke on
// `.toc-node--<kind>`; KIND_COLOURS holds them for SVG, PNG, Word and
// PowerPoint, so the two cannot drift apart unnoticed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ELEMENT_KINDS } from "../../../src/domain/kinds";
import { KIND_COLOURS } from "../../../src/domain/palette";

const css = readFileSync(new URL("../../../src/canvas/canvas.css", import.meta.url), "utf8");

function kindRule(kind: string): string {
  const rules = [
    ...css.matchAll(new RegExp(`(?:^|\\})\\s*\\.toc-node--${kind}\\s*\\{([^}]*)\\}`, "g")),
  ];
  expect(rules, `one rule for .toc-node--${kind} alone`).toHaveLength(1);
  return rules[0]?.[1] ?? "";
}

function variable(rule: string, name: string): string | undefined {
  return new RegExp(`--${name}\\s*:\\s*([^;]+);`).exec(rule)?.[1]?.trim().toLowerCase();
}

describe("the canvas's kind colours", () => {
  it.each(ELEMENT_KINDS)("%s matches KIND_COLOURS", (kind) => {
    const rule = kindRule(kind);
    expect({ fill: variable(rule, "kind-fill"), stroke: variable(rule, "kind-stroke") }).toEqual(
      KIND_COLOURS[kind],
    );
  });
});
