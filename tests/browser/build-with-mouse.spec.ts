// A facilitator builds a theory of change with the mouse: toolbar buttons,
// typed titles, links dragged between handles, a node dragged into place, a
// description in the side panel, delete / undo / redo, copy and paste — and
// finds all of it after a reload and after closing and reopening the browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  addWithToolbar,
  canvasPosition,
  clearSelection,
  connectByDrag,
  createDocument,
  docRow,
  dragBy,
  edge,
  edges,
  expectCounts,
  expectSaved,
  fitView,
  goHome,
  type Kind,
  launchPersistent,
  linksOnCanvas,
  node,
  nodes,
  renameOpenDocument,
  sidePanel,
  titlesOnCanvas,
  toolbarButton,
} from "./helpers";

const ELEMENTS: Array<[Kind, string]> = [
  ["impact", "Healthier, more connected lives"],
  ["outcome", "People feel less lonely"],
  ["outcome", "People manage their own health"],
  ["outcome", "Community groups thrive"],
  ["outcome", "Fewer repeat GP visits"],
  ["output", "Referrals made"],
  ["output", "Groups funded"],
  ["activity", "Link workers meet people"],
  ["activity", "Run community grants"],
  ["activity", "Train GP receptionists"],
  ["input", "Link worker team"],
  ["input", "Grant budget"],
  ["assumption", "People accept referrals"],
  ["assumption", "Groups have capacity"],
  ["note", "Check wording with residents"],
];

// [from, to] by title; all dragged handle to handle.
const LINKS: Array<[string, string]> = [
  ["Link worker team", "Link workers meet people"],
  ["Link workers meet people", "Referrals made"],
  ["Referrals made", "People feel less lonely"],
  ["People feel less lonely", "Healthier, more connected lives"],
  ["Grant budget", "Run community grants"],
  ["Run community grants", "Groups funded"],
  ["Groups funded", "Community groups thrive"],
];

const kindOf = new Map(ELEMENTS.map(([kind, title]) => [title, kind]));
const byTitle = (page: Page, title: string) => node(page, kindOf.get(title) ?? "note", title);

test("build a theory of change with the mouse; it survives reload and a browser restart", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(path.join(tmpdir(), "toc-profile-"));
  let context = await launchPersistent(profile, baseURL ?? "");
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await goHome(page);
    const docId = await createDocument(page, "toc");
    await renameOpenDocument(page, "Loneliness programme");

    // ── 15 elements from the toolbar, each with a typed title ──
    for (const [kind, title] of ELEMENTS) await addWithToolbar(page, kind, title);
    await expect(nodes(page)).toHaveCount(ELEMENTS.length);
    await fitView(page);

    // ── Links dragged from a source handle to a target handle ──
    for (const [from, to] of LINKS) {
      await connectByDrag(page, byTitle(page, from), byTitle(page, to));
      await expect(edge(page, from, to)).toHaveCount(1);
    }
    await expect(edges(page)).toHaveCount(LINKS.length);

    // ── Move an element by dragging it ──
    const moved = byTitle(page, "Fewer repeat GP visits");
    const movedBefore = await canvasPosition(moved);
    const boxBefore = await moved.boundingBox();
    await dragBy(page, moved, 120, -50);
    await expect
      .poll(async () => (await moved.boundingBox())?.x ?? 0)
      .toBeGreaterThan((boxBefore?.x ?? 0) + 100);
    const movedAfter = await canvasPosition(moved);
    expect(movedAfter.x).toBeGreaterThan(movedBefore.x + 100);
    expect(movedAfter.y).toBeLessThan(movedBefore.y - 30);

    // ── A description in the side panel ──
    await byTitle(page, "Referrals made").click();
    const description = sidePanel(page).getByLabel("Description");
    await description.fill("Counted monthly from the referral log.");
    await sidePanel(page).getByLabel("Title").focus(); // leaving the field saves it
    await expectSaved(page);

    // ── Delete an element with its links; undo brings both back; redo deletes again ──
    const lonely = byTitle(page, "People feel less lonely");
    await lonely.click();
    await toolbarButton(page, "Delete").click();
    await expect(lonely).toHaveCount(0);
    await expect(edges(page)).toHaveCount(LINKS.length - 2);
    await expect(edge(page, "Referrals made", "People feel less lonely")).toHaveCount(0);
    await toolbarButton(page, "Undo").click();
    await expect(lonely).toHaveCount(1);
    await expect(edges(page)).toHaveCount(LINKS.length);
    await expect(edge(page, "Referrals made", "People feel less lonely")).toHaveCount(1);
    await expect(
      edge(page, "People feel less lonely", "Healthier, more connected lives"),
    ).toHaveCount(1);
    await toolbarButton(page, "Redo").click();
    await expect(lonely).toHaveCount(0);
    await expect(edges(page)).toHaveCount(LINKS.length - 2);

    // ── Copy and paste with the keyboard: two linked elements come back as new ones ──
    await byTitle(page, "Grant budget").click();
    await byTitle(page, "Run community grants").click({ modifiers: ["Control"] });
    await expect(sidePanel(page)).toContainText("2 items selected");
    await page.keyboard.press("Control+c");
    await page.keyboard.press("Control+v");
    await expect(byTitle(page, "Grant budget")).toHaveCount(2);
    await expect(byTitle(page, "Run community grants")).toHaveCount(2);
    await expect(edge(page, "Grant budget", "Run community grants")).toHaveCount(2);
    await expect(page.getByTestId("notice")).toContainText("Pasted 2 element(s).");

    const elementCount = ELEMENTS.length - 1 + 2;
    const linkCount = LINKS.length - 2 + 1;
    await clearSelection(page);
    await expectCounts(page, elementCount, linkCount);
    await expectSaved(page);
    const titles = await titlesOnCanvas(page);
    const links = await linksOnCanvas(page);
    expect(titles).toHaveLength(elementCount);
    expect(links).toHaveLength(linkCount);

    const expectEverything = async (p: Page) => {
      await expect(p.getByLabel("Document title")).toHaveValue("Loneliness programme");
      await expectCounts(p, elementCount, linkCount);
      await expect(nodes(p)).toHaveCount(elementCount);
      await expect(edges(p)).toHaveCount(linkCount);
      expect(await titlesOnCanvas(p)).toEqual(titles);
      expect(await linksOnCanvas(p)).toEqual(links);
      // The dragged element stayed where it was put.
      expect(await canvasPosition(byTitle(p, "Fewer repeat GP visits"))).toEqual(movedAfter);
      // The description is there.
      await byTitle(p, "Referrals made").click();
      await expect(sidePanel(p).getByLabel("Description")).toHaveValue(
        "Counted monthly from the referral log.",
      );
      await clearSelection(p);
    };

    // ── Reload ──
    await page.reload();
    await expectSaved(page);
    await expectEverything(page);

    // ── Close the browser and start it again on the same profile ──
    await context.close();
    context = await launchPersistent(profile, baseURL ?? "");
    page = context.pages()[0] ?? (await context.newPage());
    await goHome(page);
    await expect(docRow(page, "Loneliness programme")).toContainText(`${elementCount} elements`);
    await docRow(page, "Loneliness programme").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#/doc/${docId}$`));
    await expectSaved(page);
    await expectEverything(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
