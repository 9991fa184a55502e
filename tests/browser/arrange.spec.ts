// Arranging and viewing a theory of change as a user does: lay it out by
// stage in one click (one undo step), follow the pathway through an element,
// filter to what a stakeholder group proposed, draw the accountability
// ceiling, and frame elements in a group that collapses and expands.
import { expect, type Page, test } from "@playwright/test";
import {
  canvasPosition,
  expectSaved,
  goHome,
  importThroughPicker,
  menuItem,
  node,
  nodes,
  openMenu,
  runFromMenu,
} from "./helpers";

const STAGE_SPAN = 280;
const along = (i: number) => i * STAGE_SPAN + 40; // stageAlong in document units

// A small logic model with messy positions and who proposed what.
function messyModel(): string {
  const el = (
    id: string,
    kind: string,
    stage: string | null,
    title: string,
    x: number,
    y: number,
    extra = {},
  ) => ({
    id,
    kind,
    stage,
    title,
    description: "",
    position: { x, y },
    ...extra,
  });
  const residents = { stakeholders: { "sh-residents": "proposed" } };
  const elements = [
    el("in", "input", "inputs", "Link worker funding", 700, 500),
    el("act", "activity", "activities", "Link workers meet patients", 90, -300),
    el("side", "activity", "activities", "Walking groups", 300, 40),
    el("out", "output", "outputs", "Referrals received", 1200, 10),
    el("o1", "outcome", "short", "People feel heard", 0, 0, residents),
    el("o2", "outcome", "medium", "People feel less lonely", 1500, 900, residents),
    el("o3", "outcome", "long", "Fewer GP visits for non-medical needs", 200, 200),
    el("imp", "impact", "impact", "Healthier, more connected residents", 40, 600),
  ];
  const link = (id: string, source: string, target: string) => ({
    id,
    source,
    target,
    rationale: "",
  });
  const links = [
    link("l1", "in", "act"),
    link("l2", "act", "out"),
    link("l3", "out", "o1"),
    link("l4", "o1", "o2"),
    link("l5", "o2", "o3"),
    link("l6", "o3", "imp"),
    link("l7", "side", "o2"),
  ];
  return JSON.stringify({
    type: "toc-studio/theory-of-change",
    version: 1,
    schemaVersion: 2,
    document: { title: "Arrange me", framing: "logic", createdAt: 0, elements, links },
  });
}

async function openMessyModel(page: Page): Promise<void> {
  await goHome(page);
  await importThroughPicker(page, { name: "arrange.toc.json", buffer: Buffer.from(messyModel()) });
  await expect(page).toHaveURL(/#\/doc\//);
  await expectSaved(page);
  await expect(nodes(page)).toHaveCount(8);
}

async function positions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const map = new Map<string, { x: number; y: number }>();
  for (const n of await nodes(page).all()) {
    map.set((await n.getAttribute("aria-label")) ?? "", await canvasPosition(n));
  }
  return map;
}

test("lay out by stage: every element in its stage's column, none overlapping, one undo step", async ({
  page,
}) => {
  await openMessyModel(page);
  const before = await positions(page);
  await runFromMenu(page, "Arrange", "Lay out by stage");
  await expect(page.getByTestId("notice")).toContainText("Laid out 8 elements");
  await expectSaved(page);

  const stageOf: Record<string, number> = { Input: 0, Activity: 1, Output: 2, Impact: 6 };
  const outcomeStage: Record<string, number> = {
    "People feel heard": 3,
    "People feel less lonely": 4,
    "Fewer GP visits for non-medical needs": 5,
  };
  const after = await positions(page);
  for (const [label, p] of after) {
    const [kind, title] = label.split(": ");
    const stage = kind === "Outcome" ? outcomeStage[title] : stageOf[kind];
    expect(p.x, label).toBe(along(stage));
  }
  const boxes = await Promise.all((await nodes(page).all()).map((n) => n.boundingBox()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) throw new Error("node not visible");
      const overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `nodes ${i} and ${j} overlap`).toBe(false);
    }
  }

  await page
    .getByRole("toolbar", { name: "Canvas tools" })
    .getByRole("button", { name: "Undo" })
    .click();
  await expect.poll(() => positions(page)).toEqual(before);
});

test("pathway focus, stakeholder filter, accountability ceiling and a collapsible group", async ({
  page,
}) => {
  await openMessyModel(page);
  await runFromMenu(page, "Arrange", "Lay out by stage");
  await expectSaved(page);
  await page.getByRole("button", { name: "Fit View" }).click();

  // ── The pathway through "Referrals received": everything but the side branch ──
  await node(page, "output", "Referrals received").click();
  await runFromMenu(page, "View", "Show pathway");
  await openMenu(page, "View");
  await expect(menuItem(page, "View", "Show pathway")).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");
  await expect(
    page.getByRole("status").filter({ hasText: "Showing the pathway through" }),
  ).toContainText("Referrals received");
  await expect(page.locator(".toc-node.is-dimmed")).toHaveCount(1);
  await expect(node(page, "activity", "Walking groups").locator(".toc-node")).toHaveClass(
    /is-dimmed/,
  );
  await page.getByRole("button", { name: "Show everything" }).click();
  await expect(page.locator(".toc-node.is-dimmed")).toHaveCount(0);

  // ── What residents proposed ──
  await runFromMenu(page, "View", "what Residents with lived experience proposed");
  await expect(page.getByRole("status").filter({ hasText: "Showing what" })).toContainText(
    "2 elements",
  );
  await expect(page.locator(".toc-node.is-dimmed")).toHaveCount(6);
  await expect(node(page, "outcome", "People feel heard").locator(".toc-node")).not.toHaveClass(
    /is-dimmed/,
  );
  await page.getByRole("button", { name: "Show everything" }).click();

  // ── The accountability ceiling above the medium-term outcomes ──
  await runFromMenu(page, "View", "above Medium-term outcomes");
  await expect(page.getByTestId("accountability-ceiling")).toBeVisible();
  await expect(node(page, "outcome", "Fewer GP visits for non-medical needs")).toContainText(
    "Contributes to",
  );
  await expect(node(page, "outcome", "People feel less lonely")).not.toContainText(
    "Contributes to",
  );
  await expect(node(page, "impact", "Healthier, more connected residents")).toHaveAttribute(
    "aria-label",
    /contributes to/,
  );

  // ── Group two elements, collapse and expand the group ──
  await node(page, "outcome", "People feel heard").click();
  await node(page, "outcome", "People feel less lonely").click({ modifiers: ["Shift"] });
  await runFromMenu(page, "Arrange", "Group selection");
  await page.getByLabel("Group name (for example, a workstream)").fill("Person level");
  await page.getByLabel("Group name (for example, a workstream)").press("Enter");
  const group = page.getByRole("region", { name: /Group: Person level, 2 elements/ });
  await expect(group).toBeVisible();
  await expectSaved(page);
  await page.screenshot({ path: test.info().outputPath("arrange.png") });
  await group.getByRole("button", { name: "Collapse group Person level" }).click();
  await expect(node(page, "outcome", "People feel heard")).toBeHidden();
  await expect(
    page.getByRole("region", { name: /Person level, 2 elements, collapsed/ }),
  ).toContainText("2 elements hidden");
  await page.getByRole("button", { name: "Expand group Person level" }).click();
  await expect(node(page, "outcome", "People feel heard")).toBeVisible();

  // The group and the ceiling are in the document: both survive a reload.
  await page.reload();
  await expect(page.getByRole("region", { name: /Group: Person level/ })).toBeVisible();
  await expect(page.getByTestId("accountability-ceiling")).toBeVisible();
});
