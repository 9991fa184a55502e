// Screenshots for people to look at (kept in test-results/screenshots/): the
// library, the same theory of change in both framings, the side panel with an
// element selected, and the shortcuts dialog. Each also asserts the screen
// shows what the picture is meant to show, so a blank page cannot pass.
import { devices, expect, type Page, test } from "@playwright/test";
import {
  clearSelection,
  dismissNotice,
  edges,
  expectCounts,
  expectSaved,
  type FixtureElement,
  goHome,
  importThroughPicker,
  node,
  nodes,
  runFromMenu,
  sidePanel,
  tocFile,
} from "./helpers";

const DIR = "test-results/screenshots";

const ELEMENTS: FixtureElement[] = [
  { id: "a", kind: "impact", title: "More people in Camden live well for longer" },
  { id: "b", kind: "outcome", stage: "long", title: "Fewer people reach crisis point" },
  {
    id: "c",
    kind: "outcome",
    stage: "medium",
    title: "People manage long-term conditions with confidence",
  },
  {
    id: "d",
    kind: "outcome",
    stage: "short",
    title: "People feel less lonely",
    description:
      "Measured with the UCLA three-item loneliness scale at referral and after 12 weeks.",
  },
  { id: "e", kind: "outcome", stage: "short", title: "People know what local support exists" },
  { id: "f", kind: "output", title: "400 people referred a year" },
  { id: "g", kind: "activity", title: "Link workers meet people at their GP practice" },
  { id: "h", kind: "activity", title: "Map community groups with residents" },
  { id: "i", kind: "input", title: "Three link workers" },
  { id: "j", kind: "assumption", title: "GPs refer people who would benefit" },
];
const LINKS: Array<[string, string, string?]> = [
  ["b", "a"],
  ["c", "b", "Confidence with a condition prevents escalation"],
  ["d", "c"],
  ["e", "c"],
  ["f", "d"],
  ["f", "e"],
  ["g", "f"],
  ["h", "e"],
  ["i", "g"],
  ["j", "f"],
];

/** Waits until the canvas has stopped moving (fit-view animates for 300 ms). */
async function canvasAtRest(page: Page): Promise<void> {
  const viewport = page.locator(".react-flow__viewport");
  let last = "";
  await expect
    .poll(
      async () => {
        const now = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
}

test("screenshots of the main screens", async ({ page }) => {
  await goHome(page);
  for (const [title, framing] of [
    ["Health literacy in Hackney", "toc"],
    ["Welfare advice in GP surgeries", "logic"],
    ["Community connectors: Tower Hamlets", "toc"],
  ] as const) {
    await importThroughPicker(page, {
      name: "x.toc.json",
      buffer: Buffer.from(tocFile(title, ELEMENTS.slice(0, 4), [["b", "a"]], framing)),
    });
    await expectSaved(page);
    await page.getByRole("link", { name: "All documents" }).click();
  }
  await importThroughPicker(page, {
    name: "camden.toc.json",
    buffer: Buffer.from(tocFile("Social prescribing pilot — Camden", ELEMENTS, LINKS)),
  });
  await expectSaved(page);
  const docUrl = page.url();

  // ── Home with a few documents ──
  await page.getByRole("link", { name: "All documents" }).click();
  await dismissNotice(page);
  await expect(page.getByRole("link", { name: "Social prescribing pilot — Camden" })).toBeVisible();
  await expect(page.getByTestId("storage-note")).not.toHaveText("Storage: checking…");
  await shot(page, "home");

  // ── Canvas, theory-of-change framing ──
  await page.goto(docUrl);
  await expectSaved(page);
  await expectCounts(page, ELEMENTS.length, LINKS.length);
  await expect(nodes(page)).toHaveCount(ELEMENTS.length);
  await expect(edges(page)).toHaveCount(LINKS.length);
  await canvasAtRest(page);
  await shot(page, "canvas-theory-of-change");

  // ── The same document as a logic model ──
  await page.getByRole("radio", { name: "Logic model" }).check();
  await expect(
    page.locator(".react-flow").getByText("Short-term outcomes", { exact: false }).first(),
  ).toBeVisible();
  await canvasAtRest(page);
  await expect(nodes(page)).toHaveCount(ELEMENTS.length);
  await shot(page, "canvas-logic-model");

  // ── Side panel with an element selected ──
  await page.getByRole("radio", { name: "Theory of change" }).check();
  await canvasAtRest(page);
  await node(page, "outcome", "People feel less lonely").click();
  await expect(sidePanel(page).getByLabel("Description")).toHaveValue(/UCLA/);
  await expect(sidePanel(page).getByRole("heading", { name: "Leads to" })).toBeVisible();
  await shot(page, "side-panel");

  // ── Shortcuts dialog ──
  await clearSelection(page);
  await runFromMenu(page, "More", "Keyboard shortcuts");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row")).not.toHaveCount(0);
  await shot(page, "shortcuts");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toHaveCount(0);
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _, ...phone } = devices["Pixel 7"];
  test.use(phone);

  test("the library and the editor fit the screen; nothing scrolls the page sideways", async ({
    page,
  }) => {
    const pageFits = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    await goHome(page);
    await importThroughPicker(page, {
      name: "camden.toc.json",
      buffer: Buffer.from(tocFile("Social prescribing pilot — Camden", ELEMENTS, LINKS)),
    });
    await expectSaved(page);
    await expect(nodes(page)).toHaveCount(ELEMENTS.length);
    await canvasAtRest(page);
    expect(await pageFits()).toBe(true);
    // The canvas keeps at least half of the screen.
    const canvas = await page.getByRole("main", { name: "Canvas" }).boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThan((phone.viewport?.height ?? 0) / 2);
    await node(page, "outcome", "People feel less lonely").click();
    await expect(sidePanel(page).getByLabel("Description")).toHaveValue(/UCLA/);
    await shot(page, "phone-editor");

    // The toolbar row scrolls sideways: it fades at the end with more buttons beyond it.
    const tools = page.locator(".editor__tools");
    const fades = () =>
      tools.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.getPropertyValue("--fade-left"), style.getPropertyValue("--fade-right")];
      });
    expect(await fades()).toEqual(["0px", "40px"]);
    await tools.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(fades).toEqual(["40px", "0px"]);
    await shot(page, "phone-toolbar-scrolled");
    await tools.evaluate((el) => {
      el.scrollLeft = 0;
    });

    await page.getByRole("button", { name: "Start a session" }).click();
    const nameField = page.getByRole("textbox", { name: "Your name" });
    await expect(nameField).toBeInViewport();
    await expect(page.getByRole("button", { name: "Join" })).toBeInViewport();
    expect(await pageFits()).toBe(true);
    await shot(page, "phone-name-dialog");
    await page.getByRole("link", { name: "Cancel" }).click(); // back to the library

    await dismissNotice(page);
    await expect(
      page.getByRole("link", { name: "Social prescribing pilot — Camden" }),
    ).toBeVisible();
    expect(await pageFits()).toBe(true);
    await shot(page, "phone-home");
  });
});
