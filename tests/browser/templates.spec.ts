// Starting from a template: the home screen lists the templates; "Use this
// template" on the social-prescribing starter opens a new document with all
// its elements, the note about the template and the three pathway groups;
// a reload keeps it; the Checks tab has nothing open; the library lists it.
import { expect, test } from "@playwright/test";
import { socialPrescribing } from "../../src/templates/socialPrescribing";
import {
  edges,
  expectLibrary,
  expectSaved,
  goHome,
  node,
  nodeByTitle,
  nodes,
  sidePanel,
  titlesOnCanvas,
} from "./helpers";

const TEMPLATE_NAMES = [
  "Blank theory of change",
  "Blank logic model",
  "Social prescribing in a primary care network",
  "Community connectors (community health champions)",
  "Health literacy programme",
];

test("start from the social prescribing template", async ({ page }) => {
  test.setTimeout(120_000);
  await goHome(page);
  const templates = page.getByRole("region", { name: "Start from a template" });
  await expect(templates.getByRole("heading", { level: 3 })).toHaveText(TEMPLATE_NAMES);
  const card = templates
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: socialPrescribing.name }) });
  await expect(card).toContainText(socialPrescribing.summary);
  await expect(card).toContainText(
    `${socialPrescribing.elements.length} elements and a note · ${socialPrescribing.links.length} links`,
  );

  // The existing "New …" buttons are still there, unchanged.
  await expect(page.getByRole("button", { name: "New theory of change" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New logic model" })).toBeVisible();

  await card.getByRole("button", { name: `Use this template: ${socialPrescribing.name}` }).click();
  await expect(page).toHaveURL(/#\/doc\/[A-Za-z0-9_-]+$/);
  await expectSaved(page);
  await expect(page.getByLabel("Document title")).toHaveValue(socialPrescribing.title);
  await expect(page.getByRole("radio", { name: "Theory of change" })).toBeChecked();

  // Every element, the note and every link are on the canvas.
  const count = socialPrescribing.elements.length + 1;
  await expect(nodes(page)).toHaveCount(count);
  await expect(edges(page)).toHaveCount(socialPrescribing.links.length);
  await expect(node(page, "note", "About this template")).toBeVisible();
  // The three pathway groups, each framed round its elements.
  for (const group of socialPrescribing.groups) {
    const members = socialPrescribing.elements.filter((e) => e.group === group.ref);
    expect(members.length).toBeGreaterThan(0);
    for (const el of members) await expect(nodeByTitle(page, el.title)).toHaveCount(1);
    await expect(
      page.getByRole("region", { name: `Group: ${group.title}, ${members.length} elements` }),
    ).toBeVisible();
  }
  const before = await titlesOnCanvas(page);

  // The Checks tab: nothing open in a starter.
  const checksTab = page.getByRole("tab", { name: "Checks, no open findings" });
  await expect(checksTab).toContainText("Checks (0)");
  await checksTab.click();
  await expect(sidePanel(page)).toContainText("No problems found — nice work.");
  await expect(sidePanel(page).getByRole("button", { name: "Dismiss…" })).toHaveCount(0);

  // A reload keeps it all.
  await page.reload();
  await expectSaved(page);
  await expect(nodes(page)).toHaveCount(count);
  expect(await titlesOnCanvas(page)).toEqual(before);
  await expect(page.getByRole("tab", { name: "Checks, no open findings" })).toBeVisible();

  // The note can be deleted like any element.
  await node(page, "note", "About this template").click();
  await page.keyboard.press("Delete");
  await expect(nodes(page)).toHaveCount(count - 1);
  await expectSaved(page);

  await page.getByRole("link", { name: "All documents" }).click();
  await expectLibrary(page, [`${socialPrescribing.title} — ${count - 1} elements`]);
});

test("a blank template opens with its impact and note; its one finding is the lone impact", async ({
  page,
}) => {
  await goHome(page);
  await page.getByRole("button", { name: "Use this template: Blank logic model" }).click();
  await expectSaved(page);
  await expect(page.getByRole("radio", { name: "Logic model" })).toBeChecked();
  await expect(nodes(page)).toHaveCount(2);
  await expect(node(page, "note", "About this template")).toBeVisible();
  const tab = page.getByRole("tab", { name: "Checks, 1 open finding" });
  await expect(tab).toContainText("Checks (1)");
  await tab.click();
  await expect(
    sidePanel(page).getByRole("heading", { name: "Element not connected (1)" }),
  ).toBeVisible();
});
