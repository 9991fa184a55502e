// Invariant: the home screen's list of templates (loaded up front) says
// exactly what each template holds (loaded only when used), in the same order.
import { describe, expect, it } from "vitest";
import { loadTemplate, TEMPLATE_CATALOGUE } from "../../../src/templates/catalogue";
import { TEMPLATES } from "../../../src/templates/index";

describe("the template catalogue", () => {
  it("matches every template's name, summary, framing and size", () => {
    expect(TEMPLATE_CATALOGUE).toEqual(
      TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        summary: t.summary,
        framing: t.framing,
        elements: t.elements.length,
        links: t.links.length,
      })),
    );
  });

  it("loads each template by its id, and refuses an unknown one", async () => {
    for (const entry of TEMPLATE_CATALOGUE)
      expect((await loadTemplate(entry.id)).id).toBe(entry.id);
    await expect(loadTemplate("nope")).rejects.toThrow("No template");
  });
});
