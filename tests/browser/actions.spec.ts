// The action registry as a person meets it: the command palette (Ctrl+K, a
// few letters, Enter), the context menu on elements, links and the canvas,
// refusal of writes on a read-only document, and a calm editor layout (one
// header row, the canvas at least 80 % of the window's height). Screenshots
// land in test-results/screenshots/.
import { expect, type Page, test } from "@playwright/test";
import * as Y from "yjs";
import {
  canvasPosition,
  createDocument,
  dragBy,
  edge,
  edges,
  expectNoSeriousViolations,
  expectSaved,
  type FixtureElement,
  goHome,
  importThroughPicker,
  menuItem,
  node,
  nodes,
  openMenu,
  tocFile,
} from "./helpers";

const DIR = "test-results/screenshots";
const ELEMENTS: FixtureElement[] = [
  { id: "a", kind: "impact", title: "People live well for longer" },
  { id: "b", kind: "outcome", stage: "short", title: "People feel less lonely" },
  { id: "c", kind: "output", title: "400 people referred a year" },
  { id: "d", kind: "activity", title: "Link workers meet people" },
  { id: "e", kind: "input", title: "Three link workers" },
];
const LINKS: Array<[string, string]> = [
  ["b", "a"],
  ["c", "b"],
  ["d", "c"],
  ["e", "d"],
];

async function openModel(page: Page): Promise<void> {
  await goHome(page);
  await importThroughPicker(page, {
    name: "pilot.toc.json",
    buffer: Buffer.from(tocFile("Link worker pilot", ELEMENTS, LINKS)),
  });
  await expectSaved(page);
  await expect(nodes(page)).toHaveCount(ELEMENTS.length);
}

test("the command palette runs any action: Ctrl+K, a few letters, Enter", async ({ page }) => {
  await openModel(page);
  const moved = node(page, "activity", "Link workers meet people");
  await dragBy(page, moved, 0, 260);
  await expectSaved(page);
  const before = await canvasPosition(moved);

  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette).toBeVisible();
  const search = palette.getByRole("combobox", { name: "Find an action" });
  await expect(search).toBeFocused();
  // Every action that can run now is listed, with its shortcut.
  await expect(palette.getByRole("option", { name: /^Add outcome/ })).toContainText("2");
  await expect(palette.getByRole("option", { name: /^Undo/ })).toBeVisible();
  await page.screenshot({ path: `${DIR}/palette.png` });
  await expectNoSeriousViolations(page);

  // Words in any order, any case.
  await search.fill("STAGE lay");
  await expect(palette.getByRole("option")).toHaveCount(1);
  await search.fill("lay out");
  const first = palette.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(first).toContainText("Lay out by stage");
  await expect(search).toHaveAttribute(
    "aria-activedescendant",
    (await first.getAttribute("id")) ?? "",
  );
  await search.press("Enter");
  await expect(palette).toHaveCount(0);
  await expect(page.getByTestId("notice")).toContainText("Laid out 5 elements");
  await expect.poll(() => canvasPosition(moved)).not.toEqual(before);

  // Escape closes it and gives focus back.
  await node(page, "impact", "People live well for longer").focus();
  await page.keyboard.press("Control+k");
  await expect(palette).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette).toHaveCount(0);
  await expect(node(page, "impact", "People live well for longer")).toBeFocused();
});

test("the context menu deletes an element, deletes a link and adds on the empty canvas", async ({
  page,
}) => {
  await openModel(page);
  // ── An element: right-click, Delete ──
  const target = node(page, "input", "Three link workers");
  await target.click({ button: "right" });
  const menu = page.getByRole("menu", { name: "Element" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Edit title" })).toBeFocused();
  await page.screenshot({ path: `${DIR}/context-menu.png` });
  await expectNoSeriousViolations(page);
  await menu.getByRole("menuitem", { name: "Delete" }).click();
  await expect(target).toHaveCount(0);
  await expect(edges(page)).toHaveCount(LINKS.length - 1); // its link went with it
  await expectSaved(page);

  // ── From the keyboard on a focused element; Escape closes and gives focus back ──
  const impact = node(page, "impact", "People live well for longer");
  await impact.focus();
  await impact.press("Shift+F10");
  await expect(menu).toBeVisible();
  // It opens at the element (its top-left corner within the element's width, just below or inside it).
  const box = await impact.boundingBox();
  const menuBox = await menu.boundingBox();
  if (!box || !menuBox) throw new Error("not visible");
  expect(menuBox.x).toBeGreaterThanOrEqual(box.x - 4);
  expect(menuBox.x).toBeLessThanOrEqual(box.x + box.width);
  expect(menuBox.y).toBeGreaterThanOrEqual(box.y - 4);
  expect(menuBox.y).toBeLessThanOrEqual(box.y + box.height + 8);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(impact).toBeFocused();

  // ── A link: its menu offers "Delete link" ──
  const link = edge(page, "People feel less lonely", "People live well for longer");
  await link.dispatchEvent("contextmenu");
  const linkMenu = page.getByRole("menu", { name: "Link" });
  await linkMenu.getByRole("menuitem", { name: "Delete link" }).click();
  await expect(link).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(ELEMENTS.length - 1);

  // ── The empty canvas: add an element where the menu opened ──
  const pane = page.locator(".react-flow__pane");
  const paneBox = await pane.boundingBox();
  if (!paneBox) throw new Error("no canvas");
  await pane.click({ button: "right", position: { x: 30, y: paneBox.height - 30 } });
  const canvasMenu = page.getByRole("menu", { name: "Canvas" });
  await canvasMenu.getByRole("menuitem", { name: "Add note here" }).click();
  await expect(nodes(page)).toHaveCount(ELEMENTS.length);
  await expect(page.getByRole("textbox", { name: "Element title" })).toBeFocused();
});

test("a read-only document refuses writes from keys and menus with its message", async ({
  page,
}) => {
  const id = await createDocument(page);
  await page.keyboard.press("1");
  await page.getByRole("textbox", { name: "Element title" }).press("Enter");
  await expectSaved(page);
  // A newer app's schema version, written beside this document's own updates: the
  // higher client id wins the concurrent write.
  const newer = new Y.Doc();
  newer.clientID = 4_294_967_000;
  newer.getMap("meta").set("schemaVersion", 99);
  const update = [...Y.encodeStateAsUpdate(newer)];
  await page.evaluate(
    ({ id, update }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("toc-studio");
        open.onsuccess = () => {
          const tx = open.result.transaction("updates", "readwrite");
          tx.objectStore("updates").add({ docId: id, update: new Uint8Array(update) });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, update },
  );
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("saved by a newer version");
  await expect(nodes(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Impact", exact: true })).toBeDisabled();

  await nodes(page).first().click();
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("notice")).toContainText("it is read-only here");
  await expect(nodes(page)).toHaveCount(1);
  await page.keyboard.press("2");
  await expect(nodes(page)).toHaveCount(1);

  await openMenu(page, "Arrange");
  await expect(page.getByRole("menuitem", { name: "Lay out by stage" })).toHaveAttribute(
    "aria-disabled",
    "true",
  );
});

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} the header is one row and the canvas has the room`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openModel(page);
    const tops = await page
      .locator(".editor__header > *, .editor__actions > *")
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .map((r) => r.top + r.height / 2),
      );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
    const canvas = await page
      .getByRole("main", { name: "Canvas" })
      .evaluate((el) => el.getBoundingClientRect().height / window.innerHeight);
    expect(canvas).toBeGreaterThanOrEqual(0.8);
    await page.screenshot({ path: `${DIR}/editor-${width}.png` });
    if (width === 1440) {
      await openMenu(page, "View");
      await page.screenshot({ path: `${DIR}/menu-view.png` });
      await page.keyboard.press("Escape");
      await openMenu(page, "More");
      await page.screenshot({ path: `${DIR}/menu-more.png` });
      await expectNoSeriousViolations(page);
    }
  });
}

test("on a 390 px phone the rows scroll sideways and a menu opens whole on screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openModel(page);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true);
  await page.screenshot({ path: `${DIR}/phone-390.png` });
  const menu = await openMenu(page, "View");
  const box = await menu.boundingBox();
  if (!box) throw new Error("menu not visible");
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844); // a long menu scrolls inside itself
  await expect(menuItem(page, "View", "Zoom in")).toBeInViewport();
  const last = menuItem(page, "View", "what Public health challenged");
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await page.screenshot({ path: `${DIR}/phone-390-menu.png` });
});
