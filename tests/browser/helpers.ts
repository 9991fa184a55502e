// Shared helpers for the browser tests. Everything here drives the app the
// way a person does (buttons, keys, the mouse) and reads what they see.
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, chromium, expect, type Locator, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { socialPrescribing } from "../../src/templates/socialPrescribing";

export const KIND_LABELS = {
  impact: "Impact",
  outcome: "Outcome",
  output: "Output",
  activity: "Activity",
  input: "Input",
  assumption: "Assumption",
  note: "Note",
} as const;
export type Kind = keyof typeof KIND_LABELS;
export const KIND_KEYS: Record<Kind, string> = {
  impact: "1",
  outcome: "2",
  output: "3",
  activity: "4",
  input: "5",
  assumption: "6",
  note: "7",
};

/** The same launch options playwright.config.ts gives the `page` fixture. */
export const CHROMIUM_LAUNCH = chromiumLaunchOptions();

/** A browser with its own profile directory: survives closing and relaunching. */
export function launchPersistent(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM_LAUNCH,
    headless: true,
    baseURL,
    viewport: { width: 1280, height: 720 },
  });
}

// ── Screens ─────────────────────────────────────────────────────────────

export function saveStatus(page: Page): Locator {
  return page.getByTestId("save-status");
}

/**
 * Waits until the status says every change so far is on this device. Allows more than
 * the usual 5 s: this waits for the disk, which a busy shared machine can hold up.
 */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/Saved on this device/, { timeout: 15_000 });
}

export async function goHome(page: Page): Promise<void> {
  await page.goto("/#/");
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
}

/** The social prescribing template as a new document, opened and saved. Returns its address. */
export async function openSocialPrescribing(page: Page): Promise<string> {
  await goHome(page);
  await page.getByRole("button", { name: `Use this template: ${socialPrescribing.name}` }).click();
  await expect(page).toHaveURL(/#\/doc\/[A-Za-z0-9_-]+$/);
  await expectSaved(page);
  return page.url();
}

/** From the home screen: a new document, opened and ready to edit. Returns its id. */
export async function createDocument(
  page: Page,
  framing: "toc" | "logic" = "toc",
  title?: string,
): Promise<string> {
  if (page.url() === "about:blank") await goHome(page);
  else if (page.url().includes("#/doc/")) {
    await page.getByRole("link", { name: "All documents" }).click();
  }
  await page
    .getByRole("button", { name: framing === "toc" ? "New theory of change" : "New logic model" })
    .click();
  await expect(page).toHaveURL(/#\/doc\/[A-Za-z0-9_-]+$/);
  await expectSaved(page);
  if (title) await renameOpenDocument(page, title);
  return docIdFromUrl(page.url());
}

export function docIdFromUrl(url: string): string {
  const match = /#\/doc\/([A-Za-z0-9_-]+)/.exec(url);
  if (!match?.[1]) throw new Error(`Not a document URL: ${url}`);
  return match[1];
}

export async function renameOpenDocument(page: Page, title: string): Promise<void> {
  const field = page.getByLabel("Document title");
  await field.fill(title);
  await field.press("Enter");
  await expect(page).toHaveTitle(`${title} — ToC Studio`);
  await expectSaved(page);
}

// ── Canvas ──────────────────────────────────────────────────────────────

/** Every element on the canvas. */
export function nodes(page: Page): Locator {
  return page.locator(".react-flow__node");
}

/**
 * The element of this kind and title: its accessible name is "<Kind>: <title>", followed by
 * "; <status, details…>" when it has any.
 */
export function node(page: Page, kind: Kind, title: string): Locator {
  const name = `${KIND_LABELS[kind]}: ${title}`;
  return page.locator(
    `.react-flow__node:is([aria-label=${JSON.stringify(name)}], [aria-label^=${JSON.stringify(`${name}; `)}])`,
  );
}

export function nodeByTitle(page: Page, title: string): Locator {
  return nodes(page).filter({
    has: page.locator(".toc-node__title").getByText(title, { exact: true }),
  });
}

/** Every link on the canvas. */
export function edges(page: Page): Locator {
  return page.locator(".react-flow__edge");
}

/** The link from one title to another (its accessible name says so). */
export function edge(page: Page, from: string, to: string): Locator {
  return page.locator(
    `.react-flow__edge[aria-label^=${JSON.stringify(`Link: ${from} leads to ${to}`)}]`,
  );
}

export function toolbarButton(page: Page, name: string): Locator {
  return page
    .getByRole("toolbar", { name: "Canvas tools" })
    .getByRole("button", { name, exact: true });
}

/** An item of the open menu of this name, whatever its kind (plain, checkbox, radio). */
export function menuItem(page: Page, menu: string, item: string): Locator {
  const list = page.getByRole("menu", { name: menu });
  const named = { name: item, exact: true };
  return list
    .getByRole("menuitem", named)
    .or(list.getByRole("menuitemcheckbox", named))
    .or(list.getByRole("menuitemradio", named));
}

/** Opens a menu by its button (toolbar "Edit", "Arrange", "View"; header "More") and opens it. */
export async function openMenu(page: Page, menu: string): Promise<Locator> {
  await page.getByRole("button", { name: menu, exact: true }).click();
  const list = page.getByRole("menu", { name: menu });
  await expect(list).toBeVisible();
  return list;
}

/** Chooses an item from a menu as a person would: open it by name, click the item. */
export async function runFromMenu(page: Page, menu: string, item: string): Promise<void> {
  await openMenu(page, menu);
  await menuItem(page, menu, item).click();
  await expect(page.getByRole("menu", { name: menu })).toHaveCount(0);
}

export function inlineTitle(page: Page): Locator {
  return page.getByRole("textbox", { name: "Element title" });
}

/** Adds an element with the toolbar button and types its title (mouse + typing). */
export async function addWithToolbar(page: Page, kind: Kind, title: string): Promise<Locator> {
  await toolbarButton(page, KIND_LABELS[kind]).click();
  const field = inlineTitle(page);
  await expect(field).toBeFocused();
  await field.fill(title);
  await field.press("Enter");
  await expect(field).toHaveCount(0);
  const added = node(page, kind, title);
  await expect(added).toBeVisible();
  return added;
}

/** Adds an element with its number key and types its title (keyboard only). */
export async function addWithKeys(page: Page, kind: Kind, title: string): Promise<Locator> {
  await page.keyboard.press(KIND_KEYS[kind]);
  const field = inlineTitle(page);
  await expect(field).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
  await expect(field).toHaveCount(0);
  const added = node(page, kind, title);
  await expect(added).toBeVisible();
  // Focus comes back to the element so the keyboard user keeps their place.
  await expect(added).toBeFocused();
  return added;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("Element is not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags from one element's "Drag to link" handle to another's target handle with the mouse.
 * hover() first checks that each handle is really under the pointer (not covered by the
 * minimap, the zoom controls or a message), so a covered handle fails loudly.
 */
export async function connectByDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = from.locator(".react-flow__handle.source");
  const target = to.locator(".react-flow__handle.target");
  await source.hover();
  await page.mouse.down();
  const start = await centre(source);
  const end = await centre(target);
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await target.hover();
  await page.mouse.up();
}

/** Drags an element by its body by (dx, dy) screen pixels. */
export async function dragBy(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error("Element is not visible");
  // Grab the body left of centre: away from the handles (top/bottom centre, left/right middle).
  const grip = { x: box.width * 0.3, y: box.height * 0.5 };
  await target.hover({ position: grip });
  const x = box.x + grip.x;
  const y = box.y + grip.y;
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Where the element sits on the canvas, in canvas units (independent of zoom and pan). */
export async function canvasPosition(target: Locator): Promise<{ x: number; y: number }> {
  const transform = await target.evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`No position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

export function sidePanel(page: Page): Locator {
  return page.getByTestId("side-panel");
}

/** With nothing selected the side panel says how many elements and links there are. */
export async function expectCounts(page: Page, elements: number, links: number): Promise<void> {
  await expect(sidePanel(page)).toContainText(
    `${elements} ${elements === 1 ? "element" : "elements"}, ${links} ${links === 1 ? "link" : "links"}.`,
  );
}

export async function clearSelection(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(sidePanel(page).getByRole("heading", { name: "Details" })).toBeVisible();
}

/** The titles of every element on the canvas, sorted (for before/after comparisons). */
export async function titlesOnCanvas(page: Page): Promise<string[]> {
  const labels = await nodes(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute("aria-label") ?? ""),
  );
  return labels.sort();
}

export async function linksOnCanvas(page: Page): Promise<string[]> {
  const labels = await edges(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute("aria-label") ?? ""),
  );
  return labels.sort();
}

// ── Library ─────────────────────────────────────────────────────────────

export function docTable(page: Page): Locator {
  return page.getByRole("table", { name: "Theories of change on this device" });
}

export function docRow(page: Page, title: string): Locator {
  return docTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

/** Fits the whole document on screen with the zoom controls' "Fit View" button. */
export async function fitView(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Fit View" }).click();
}

/**
 * Makes sure the whole of `target` is on the canvas before clicking it, as a person would
 * (a new element can land at the canvas's edge, half hidden): Fit View if it is not.
 */
export async function bringIntoView(page: Page, target: Locator): Promise<void> {
  const onCanvas = async () => {
    const [box, pane] = await Promise.all([
      target.boundingBox(),
      page.locator(".react-flow").boundingBox(),
    ]);
    return (
      box !== null &&
      pane !== null &&
      box.x >= pane.x &&
      box.y >= pane.y &&
      box.x + box.width <= pane.x + pane.width &&
      box.y + box.height <= pane.y + pane.height
    );
  };
  if (await onCanvas()) return;
  await fitView(page);
  await expect.poll(onCanvas).toBe(true);
}

/** Selects `from` by clicking it and links it to `toLabel` ("<Kind>: <title>") from the side panel. */
export async function linkViaPanel(page: Page, from: Locator, toLabel: string): Promise<void> {
  await bringIntoView(page, from);
  await from.click();
  const panel = sidePanel(page);
  await panel.getByLabel("Add a link to…").selectOption({ label: toLabel });
  await panel.getByRole("button", { name: "Add link" }).click();
  await expect(
    panel.getByRole("list").getByRole("button", { name: toLabel, exact: true }),
  ).toBeVisible();
}

/** Today's date as the user's clock shows it: YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  const key = options.back ? "Shift+Tab" : "Tab";
  for (let i = 0; i < (options.max ?? 40); i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

// ── Files ───────────────────────────────────────────────────────────────

const STAGES = ["inputs", "activities", "outputs", "short", "medium", "long", "impact"] as const;
export type Stage = (typeof STAGES)[number];
const STAGED: Partial<Record<Kind, Stage>> = {
  impact: "impact",
  outcome: "short",
  output: "outputs",
  activity: "activities",
  input: "inputs",
};

export interface FixtureElement {
  id: string;
  kind: Kind;
  title: string;
  stage?: Stage;
  description?: string;
}

/**
 * A *.toc.json file as ToC Studio writes it (format version 1), laid out the
 * way the app places elements: each stage a column, elements stacked in it.
 */
export function tocFile(
  title: string,
  elements: FixtureElement[],
  links: Array<[string, string, string?]>,
  framing: "toc" | "logic" = "toc",
): string {
  const nextInColumn = new Map<number, number>();
  const fileElements = elements.map((e) => {
    const stage = e.stage ?? STAGED[e.kind] ?? null;
    const column = stage ? STAGES.indexOf(stage) : STAGES.length;
    const y = nextInColumn.get(column) ?? 0;
    nextInColumn.set(column, y + 120);
    return {
      id: e.id,
      kind: e.kind,
      stage,
      title: e.title,
      description: e.description ?? "",
      position: { x: column * 280 + 40, y },
    };
  });
  return `${JSON.stringify(
    {
      type: "toc-studio/theory-of-change",
      version: 1,
      source: "ToC Studio tests",
      exportedAt: new Date().toISOString(),
      schemaVersion: 1,
      document: {
        title,
        framing,
        createdAt: Date.now(),
        elements: fileElements,
        links: links.map(([source, target, rationale], i) => ({
          id: `link${i}`,
          source,
          target,
          rationale: rationale ?? "",
        })),
      },
    },
    null,
    2,
  )}\n`;
}

/** Opens a file through the (hidden) file input, as the "Import a file…" picker does. */
export async function importThroughPicker(
  page: Page,
  file: { name: string; mimeType?: string; buffer: Buffer },
): Promise<void> {
  await page
    .getByTestId("import-input")
    .first()
    .setInputFiles({
      name: file.name,
      mimeType: file.mimeType ?? "application/json",
      buffer: file.buffer,
    });
}

/** Drops a file on the window: dragenter, dragover and drop with a real DataTransfer. */
export async function dropFile(
  page: Page,
  file: { name: string; mimeType?: string; buffer: Buffer },
  events: Array<"dragenter" | "dragover" | "drop" | "dragleave"> = [
    "dragenter",
    "dragover",
    "drop",
  ],
): Promise<void> {
  await page.evaluate(
    ({ name, type, base64, events }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body;
      for (const kind of events) {
        target.dispatchEvent(
          new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      }
    },
    {
      name: file.name,
      type: file.mimeType ?? "application/json",
      base64: file.buffer.toString("base64"),
      events,
    },
  );
}

/** "<title> — <n elements>" for every document the home screen lists, sorted. */
export async function libraryContents(page: Page): Promise<string[]> {
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
  const table = docTable(page);
  if ((await table.count()) === 0) return [];
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
      return `${cells[0]} — ${cells[3]}`;
    }),
  );
  return rows.sort();
}

/** Dismisses the message, if one shows, so the next assertion cannot read a stale one. */
export async function dismissNotice(page: Page): Promise<void> {
  const notice = page.getByTestId("notice");
  if ((await notice.count()) > 0) await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
}

/** Waits until the home screen lists exactly these "<title> — <n elements>" (it refreshes after showing). */
export async function expectLibrary(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => libraryContents(page)).toEqual([...expected].sort());
}

// ── Accessibility ───────────────────────────────────────────────────────

/** axe (WCAG 2.0–2.2 A and AA rules) finds nothing serious or critical, in `selector` if given. */
export async function expectNoSeriousViolations(page: Page, selector?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (selector) builder.include(selector);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

// ── Actions on the selection ────────────────────────────────────────────

/** The toolbar button of an action that sits on the toolbar (Undo, Redo, Delete, the add buttons). */
export function actionButton(page: Page, name: string): Locator {
  return toolbarButton(page, name);
}

/** Actions on the selection that sit in the toolbar's Edit menu rather than on a button. */
const IN_EDIT_MENU = new Set(["Copy", "Cut", "Paste", "Duplicate", "Select all"]);

/**
 * Each named action is offered (enabled) or not, as the selection allows: a
 * toolbar button, or an item of the Edit menu (opened, looked at, closed).
 */
export async function expectActionsEnabled(
  page: Page,
  names: string[],
  enabled: boolean,
): Promise<void> {
  for (const name of names) {
    if (!IN_EDIT_MENU.has(name)) {
      if (enabled) await expect(actionButton(page, name)).toBeEnabled();
      else await expect(actionButton(page, name)).toBeDisabled();
      continue;
    }
    await openMenu(page, "Edit");
    const item = menuItem(page, "Edit", name);
    if (enabled) await expect(item).toBeEnabled();
    else await expect(item).toBeDisabled();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu", { name: "Edit" })).toHaveCount(0);
  }
}

/** User text as the app quotes it in its own messages: in quotation marks, direction-isolated. */
export function quotedText(text: string): string {
  return `“\u2068${text}\u2069”`;
}
