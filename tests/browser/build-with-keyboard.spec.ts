// A keyboard-only participant builds a small theory of change: number keys
// add elements, typing names them, Tab moves between elements and into the
// side panel, where "Add a link to…" links them; Delete, Ctrl+Z, Ctrl+D,
// F2 and the arrow keys work; everything is there after a reload.
// No mouse call anywhere in this file.
import { expect, type Page, test } from "@playwright/test";
import {
  addWithKeys,
  canvasPosition,
  edge,
  edges,
  expectCounts,
  expectSaved,
  inlineTitle,
  KIND_LABELS,
  type Kind,
  linksOnCanvas,
  node,
  nodes,
  sidePanel,
  tabTo,
  titlesOnCanvas,
} from "./helpers";

/**
 * From the focused (so selected) element, reach the side panel's "Add a link to…" and
 * link it to `to`: by Tab (which passes any later elements, so only for the newest one)
 * or by L, which jumps there from any element.
 */
async function linkWithKeys(
  page: Page,
  to: { kind: Kind; title: string },
  via: "tab" | "l" = "tab",
): Promise<void> {
  const panel = sidePanel(page);
  const select = panel.getByLabel("Add a link to…");
  if (via === "tab") await tabTo(page, select);
  else await page.keyboard.press("l");
  await expect(select).toBeFocused();
  const label = `${KIND_LABELS[to.kind]}: ${to.title}`;
  // Arrow keys on a closed <select> step through the options (as on Windows and Linux).
  const checked = select.locator("option:checked");
  for (let i = 0; i < 20 && (await checked.textContent()) !== label; i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(checked).toHaveText(label);
  const add = panel.getByRole("button", { name: "Add link" });
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await expect(
    panel.getByRole("list").getByRole("button", { name: label, exact: true }),
  ).toBeVisible();
}

function panelHeading(page: Page) {
  return sidePanel(page).getByRole("heading", { level: 2 });
}

test("build a theory of change with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await tabTo(page, page.getByRole("button", { name: "New theory of change" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/doc\//);
  await expectSaved(page);

  const impact = { kind: "impact", title: "Healthier lives" } as const;
  const outcome = { kind: "outcome", title: "People feel less lonely" } as const;
  const output = { kind: "output", title: "Referrals made" } as const;
  const activity = { kind: "activity", title: "Link workers meet people" } as const;
  const input = { kind: "input", title: "Link worker team" } as const;
  const assumption = { kind: "assumption", title: "People accept referrals" } as const;

  // Backwards mapping: each new element links to the one it leads to.
  await addWithKeys(page, impact.kind, impact.title);
  await addWithKeys(page, outcome.kind, outcome.title);
  await expect(panelHeading(page)).toHaveText(/Outcome/);
  await linkWithKeys(page, impact);
  await addWithKeys(page, output.kind, output.title);
  await linkWithKeys(page, outcome);
  await addWithKeys(page, activity.kind, activity.title);
  await linkWithKeys(page, output);
  await addWithKeys(page, input.kind, input.title);
  await linkWithKeys(page, activity);
  await addWithKeys(page, assumption.kind, assumption.title);
  await linkWithKeys(page, outcome);
  const note = await addWithKeys(page, "note", "Ask the residents panel");

  await expect(nodes(page)).toHaveCount(7);
  await expect(edges(page)).toHaveCount(5);
  await expect(edge(page, outcome.title, impact.title)).toHaveCount(1);
  await expect(edge(page, assumption.title, outcome.title)).toHaveCount(1);

  // F2 renames the focused element; Escape would cancel.
  await expect(note).toBeFocused();
  await page.keyboard.press("F2");
  await expect(inlineTitle(page)).toBeFocused();
  await page.keyboard.type("Draft, not agreed");
  await page.keyboard.press("Escape");
  await expect(node(page, "note", "Ask the residents panel")).toBeFocused();
  await page.keyboard.press("F2");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Ask the residents panel first");
  await page.keyboard.press("Enter");
  const renamed = node(page, "note", "Ask the residents panel first");
  await expect(renamed).toBeFocused();

  // Shift+Tab moves focus to the previous element and selects it.
  await page.keyboard.press("Shift+Tab");
  await expect(node(page, assumption.kind, assumption.title)).toBeFocused();
  await expect(panelHeading(page)).toHaveText(/Assumption/);
  await page.keyboard.press("Shift+Tab");
  const inputNode = node(page, input.kind, input.title);
  await expect(inputNode).toBeFocused();
  await expect(panelHeading(page)).toHaveText(/Input/);
  await page.keyboard.press("Tab");
  await expect(node(page, assumption.kind, assumption.title)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(inputNode).toBeFocused();

  // Arrows move the selection: 10 px a press, 50 with Shift.
  const start = await canvasPosition(inputNode);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  // (Stored positions are rounded, so a nudge in this rotated framing may be off by a hair.)
  const rounded = async () => {
    const p = await canvasPosition(inputNode);
    return { x: Math.round(p.x), y: Math.round(p.y) };
  };
  await expect.poll(rounded).toEqual({ x: Math.round(start.x + 20), y: Math.round(start.y + 50) });
  await expect(inputNode).toBeFocused();
  const moved = await canvasPosition(inputNode);

  // Delete removes the element and its links; Ctrl+Z brings them back.
  await tabTo(page, node(page, output.kind, output.title), { back: true });
  await expect(panelHeading(page)).toHaveText(/Output/);
  await page.keyboard.press("Delete");
  await expect(node(page, output.kind, output.title)).toHaveCount(0);
  await expect(edges(page)).toHaveCount(3);
  await page.keyboard.press("Control+z");
  await expect(node(page, output.kind, output.title)).toHaveCount(1);
  await expect(edges(page)).toHaveCount(5);
  await expect(edge(page, activity.title, output.title)).toHaveCount(1);
  await expect(edge(page, output.title, outcome.title)).toHaveCount(1);

  // Ctrl+D duplicates the selected element (undo restored the selection).
  await expect(panelHeading(page)).toHaveText(/Output/);
  await page.keyboard.press("Control+d");
  await expect(node(page, output.kind, output.title)).toHaveCount(2);
  await expect(nodes(page)).toHaveCount(8);

  await page.keyboard.press("Escape");
  await expectCounts(page, 8, 5);
  await expectSaved(page);
  const titles = await titlesOnCanvas(page);
  const links = await linksOnCanvas(page);

  await page.reload();
  await expectSaved(page);
  await expectCounts(page, 8, 5);
  expect(await titlesOnCanvas(page)).toEqual(titles);
  expect(await linksOnCanvas(page)).toEqual(links);
  expect(await canvasPosition(inputNode)).toEqual(moved);
});

// Focus selects, so tabbing from an older element to the side panel would
// pass (and select) every element after it: L jumps to "Add a link to…".
test("link from an older element with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("button", { name: "New theory of change" }));
  await page.keyboard.press("Enter");
  await expectSaved(page);
  await addWithKeys(page, "impact", "Healthier lives");
  await addWithKeys(page, "outcome", "Less lonely");
  await addWithKeys(page, "activity", "Meet people");
  await page.keyboard.press("Shift+Tab");
  await expect(node(page, "outcome", "Less lonely")).toBeFocused();
  await linkWithKeys(page, { kind: "impact", title: "Healthier lives" }, "l");
  await expect(edge(page, "Less lonely", "Healthier lives")).toHaveCount(1);
  await expect(edge(page, "Meet people", "Healthier lives")).toHaveCount(0);

  // Renaming an element renames it in its links' names too.
  await node(page, "outcome", "Less lonely").focus();
  await page.keyboard.press("F2");
  await inlineTitle(page).fill("Less isolated");
  await page.keyboard.press("Enter");
  await expect(node(page, "outcome", "Less isolated")).toHaveAttribute(
    "aria-label",
    "Outcome: Less isolated",
  );
  await expect(edge(page, "Less isolated", "Healthier lives")).toHaveCount(1);
  await expect(edge(page, "Less lonely", "Healthier lives")).toHaveCount(0);
});
