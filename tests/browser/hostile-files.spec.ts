// Hostile files never freeze the page: while each one is imported the page
// answers round trips within 2 s (pageGaps.ts), the refusal is one plain
// sentence, and nothing on this device changes. The files are built here:
// decompression bombs in an XLSX and in a PNG's model chunk, a sheet with far
// too many rows, hand-made CSVs with too many rows or items, a model at the
// size limit, and a title holding a right-to-left override.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { MAX_SHEET_ROWS } from "../../src/io/sheets/messages";
import { MAX_ELEMENTS, MAX_LINKS } from "../../src/io/tocJson/messages";
import {
  dismissNotice,
  expectLibrary,
  type FixtureElement,
  goHome,
  nodes,
  quotedText,
  tocFile,
} from "./helpers";
import { deflateBomb, logicModelCsv, pngWithBomb, sheetWithRows, zipOf } from "./hostileFiles";
import { longestGap } from "./pageGaps";

/** The longest the page may stop answering. */
const MAX_GAP_MS = 2_000;
const count = (n: number) => n.toLocaleString("en-GB");

const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

// One context for the file (a failed test starts a fresh one). Tracing
// snapshots the page on every step, which is test work on the page's thread:
// off here, so the gaps measured are the app's own.
test.use({ trace: "off" });

let context: BrowserContext;
let page: Page;
/** What the home screen lists: refused files never add to it. */
const library: string[] = [];

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await goHome(page);
});

test.afterAll(async () => {
  await context.close();
});

test.beforeEach(async () => {
  await goHome(page);
  await dismissNotice(page);
});

/**
 * Imports `file` through the file picker from the home screen; returns the
 * longest gap. The file is written to disk first and picked by path: handed
 * over as bytes, Playwright decodes it inside the page, which itself freezes
 * the page for seconds on a 10 MB file.
 */
async function importMeasured(
  file: { name: string; buffer: Buffer },
  expected: string | RegExp,
  settleMs?: number,
): Promise<number> {
  const path = test.info().outputPath(file.name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, file.buffer);
  const notice = page.getByTestId("notice");
  const gap = await longestGap(
    page,
    async () => {
      await page.getByTestId("import-input").first().setInputFiles(path);
      await expect(notice).toContainText(expected, { timeout: 30_000 });
    },
    settleMs,
  );
  console.log(`${file.name}: longest gap ${gap} ms`);
  return gap;
}

async function expectRefused(file: { name: string; buffer: Buffer }, reason: string) {
  const gap = await importMeasured(file, `${quotedText(file.name)} was not opened. ${reason}`);
  expect(gap, `the page stopped answering for ${gap} ms`).toBeLessThan(MAX_GAP_MS);
  await expect(page).toHaveURL(/#\/$/);
  await expectLibrary(page, library);
}

test("(a) an XLSX that unpacks to 1.1 GB while declaring 1 KB is refused without freezing", async () => {
  const bomb = zipOf([
    { name: "xl/sharedStrings.xml", data: deflateBomb(1_100), declaredSize: 1_024 },
  ]);
  await expectRefused(
    { name: "bomb.xlsx", buffer: bomb },
    "This spreadsheet unpacks to far more data than a theory of change holds, so it was not opened.",
  );
});

test("(a) a PNG whose model chunk unpacks to 1 GB is refused without freezing", async () => {
  await expectRefused(
    { name: "bomb.png", buffer: pngWithBomb(PNG_1x1, 1_024) },
    "This picture has no theory of change inside it.",
  );
});

test("(b) an XLSX with 250,000 rows is refused before it is parsed", async () => {
  await expectRefused(
    { name: "huge.xlsx", buffer: sheetWithRows(250_000) },
    `A sheet in this spreadsheet has more than ${count(MAX_SHEET_ROWS)} rows, too many to open. The limit is ${count(MAX_SHEET_ROWS)} rows per sheet.`,
  );
});

test("(c) a CSV of 199,000 rows × 7 columns is refused at once, saying how many rows it has", async () => {
  await expectRefused(
    { name: "huge.csv", buffer: logicModelCsv(199_000) },
    `This CSV file has too many rows to open (${count(199_001)}). The limit is ${count(MAX_SHEET_ROWS)}.`,
  );
});

test("(c) a CSV within the row limit but with too many items is refused before they are built", async () => {
  const rows = 5_000;
  await expectRefused(
    { name: "many-items.csv", buffer: logicModelCsv(rows) },
    `This file has ${count(rows * 7)} elements; ToC Studio opens at most ${count(MAX_ELEMENTS)}, so it was not opened.`,
  );
});

test("(e) a title holding a right-to-left override cannot reverse the app's message", async () => {
  const title = "Board report \u202Efdp.exe";
  const file = {
    name: "report.toc.json",
    buffer: Buffer.from(
      tocFile(title, [{ id: "a", kind: "impact", title: "Healthier lives" }], []),
    ),
  };
  const gap = await importMeasured(file, `Opened ${quotedText(title)} as a new document.`);
  expect(gap).toBeLessThan(MAX_GAP_MS);
  // What a reader sees: the app's own words come after the title, to its right
  // (an override left open reverses the rest of the line, drawing them to the
  // left of the title's last characters).
  const notice = page.getByTestId("notice");
  const boxes = await notice.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const box = (needle: string) => {
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const at = text.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + needle.length);
        const { left, right } = range.getBoundingClientRect();
        walker.currentNode = element;
        return { left, right };
      }
      return null;
    };
    return { title: box("fdp.exe"), rest: box("as a new document") };
  });
  expect(boxes.title).not.toBeNull();
  expect(boxes.rest).not.toBeNull();
  expect(boxes.rest?.left ?? 0).toBeGreaterThan(boxes.title?.right ?? Infinity);
  await goHome(page);
  library.push(`${title} — 1 element`);
  await expectLibrary(page, library);
});

const KINDS = ["input", "activity", "output", "outcome", "impact"] as const;
function modelOfSize(title: string, elementCount: number, linkCount: number): Buffer {
  const elements: FixtureElement[] = Array.from({ length: elementCount }, (_, i) => ({
    id: `e${i}`,
    kind: KINDS[i % KINDS.length],
    title: `Element ${i}`,
  }));
  // Distinct pairs: element i to the next 1, 2, 3… elements along.
  const links: Array<[string, string]> = Array.from({ length: linkCount }, (_, i) => {
    const from = i % elementCount;
    const step = 1 + Math.floor(i / elementCount);
    return [`e${from}`, `e${(from + step) % elementCount}`];
  });
  return Buffer.from(tocFile(title, elements, links));
}

test("(d) a model at the size limit opens and the editor keeps answering", async () => {
  test.setTimeout(120_000);
  const gap = await importMeasured(
    { name: "largest.toc.json", buffer: modelOfSize("Largest model", MAX_ELEMENTS, MAX_LINKS) },
    `Opened ${quotedText("Largest model")} as a new document.`,
    // Rendering after the message is part of opening: keep probing while the canvas draws.
    3_000,
  );
  await expect(nodes(page).first()).toBeVisible();
  expect(gap, `the page stopped answering for ${gap} ms`).toBeLessThan(MAX_GAP_MS);
  await goHome(page);
  library.push(`Largest model — ${count(MAX_ELEMENTS)} elements`);
  await expectLibrary(page, library);
});

test("(d) a model over the size limit is refused, saying how many elements it has", async () => {
  await expectRefused(
    { name: "too-big.toc.json", buffer: modelOfSize("Too big", 25_000, 0) },
    `This file has ${count(25_000)} elements; ToC Studio opens at most ${count(MAX_ELEMENTS)}, so it was not opened.`,
  );
});
