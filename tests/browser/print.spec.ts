// The print view: from the social-prescribing template, the Export dialog's
// print format (or "#/doc/<id>/print" typed in) shows the options and every
// sheet; Chromium's PDF of it (what "Save as PDF" gives) has one A4 landscape
// page on "Fit on one page" and one page per tile, each with the title as real
// text and its "Page k of n" label; the keyboard works every control; Escape
// goes back to the editor with nothing changed; a hostile title prints as text
// and runs nothing.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { socialPrescribing } from "../../src/templates/socialPrescribing";
import {
  expectNoSeriousViolations,
  nodes,
  openSocialPrescribing,
  renameOpenDocument,
} from "./helpers";

async function openPrintView(page: Page, through: "export" | "address"): Promise<void> {
  if (through === "export") {
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.getByRole("radio", { name: "Print or save as PDF" }).check();
    await dialog.getByRole("button", { name: "Open print layout" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/doc\/[A-Za-z0-9_-]+\/print$/);
  } else {
    await page.evaluate(() => {
      location.hash = `${location.hash}/print`;
    });
  }
  await expect(page.getByRole("heading", { name: "Print or save as PDF" })).toBeFocused();
  // "Save as PDF" suggests the page title as the file name: the download name.
  await expect(page).toHaveTitle(/-theory-of-change-\d{4}-\d{2}-\d{2}$/);
}

/** Saves the page as PDF the way the print dialog would, and reads it back with the PDF tools. */
async function printToPdf(
  page: Page,
  path: string,
): Promise<{ pages: number; size: string; text: string[] }> {
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? "";
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).split("\f");
  return { pages, size, text: text.slice(0, pages) };
}

/** pdfinfo's "841.92 x 594.96 pts (A4)" is within a point of width × height. */
function expectSheet(size: string, width: number, height: number): void {
  const [w, h] = (/^([\d.]+) x ([\d.]+) pts/.exec(size) ?? []).slice(1).map(Number);
  expect(Math.abs((w ?? 0) - width)).toBeLessThan(1);
  expect(Math.abs((h ?? 0) - height)).toBeLessThan(1);
}

test("print the social prescribing template on one page and as tiles", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  page.on("dialog", () => {
    throw new Error("A dialog opened: something ran");
  });
  const editorUrl = await openSocialPrescribing(page);
  const elementCount = await nodes(page).count();
  await openPrintView(page, "export");

  // One page by default: A4 landscape.
  await expect(page.getByRole("radio", { name: "A4" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Landscape" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Fit on one page" })).toBeChecked();
  await expect(page.getByRole("region", { name: "Page 1 of 1" })).toBeVisible();
  await expect(page.locator(".print-view").getByRole("status")).toContainText(
    "1 page, A4 landscape",
  );
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath("preview-one-page.png"), fullPage: true });

  const onePage = await printToPdf(page, testInfo.outputPath("one-page.pdf"));
  expect(onePage.pages).toBe(1);
  expectSheet(onePage.size, 842, 595);
  expect(onePage.text[0]).toContain(socialPrescribing.title);
  expect(onePage.text[0]).toContain("Page 1 of 1");
  // Only the sheet prints: none of the view's controls, none of the editor.
  expect(onePage.text[0]).not.toContain("Print or save as PDF");
  expect(onePage.text[0]).not.toContain("Back to the editor");
  // The diagram is vectors with text, not a picture: an element's title is in the PDF's text.
  expect(onePage.text[0]?.replace(/\s+/g, " ")).toContain("Residents live well");

  // Tiles, chosen with the keyboard: Tab to the layout group, arrow to "Tiles".
  await page.getByRole("radio", { name: "Fit on one page" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Tiles to tape together" })).toBeChecked();
  await expect(page.getByLabel("Tile size")).toHaveValue("1");
  const summary = await page.locator(".print-view").getByRole("status").textContent();
  const total = Number(/^(\d+) pages/.exec(summary ?? "")?.[1]);
  expect(total).toBeGreaterThan(1);
  await expect(page.locator(".print-sheet")).toHaveCount(total);
  await expect(
    page.getByRole("region", { name: `Page 1 of ${total} — row 1, column 1` }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("preview-tiles.png"), fullPage: true });
  await expectNoSeriousViolations(page);

  const tiles = await printToPdf(page, testInfo.outputPath("tiles.pdf"));
  expect(tiles.pages).toBe(total);
  expectSheet(tiles.size, 842, 595);
  tiles.text.forEach((sheet, i) => {
    expect(sheet).toContain(socialPrescribing.title);
    expect(sheet).toContain(`Page ${i + 1} of ${total}`);
    expect(sheet).toContain("Stages:");
    expect(sheet).toContain("Joins page");
  });

  // Portrait US Letter: the sheet size follows.
  await page.getByRole("radio", { name: "US Letter" }).check();
  await page.getByRole("radio", { name: "Portrait" }).check();
  const letter = await printToPdf(page, testInfo.outputPath("letter-portrait.pdf"));
  expectSheet(letter.size, 612, 792);

  // "Print…" opens the browser's print dialog (stood in for here: a real one would block).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print…" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  // Number keys do not add elements behind the print view; Escape goes back.
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(editorUrl);
  await expect(nodes(page)).toHaveCount(elementCount);
  await expect(page).toHaveTitle(`${socialPrescribing.title} — ToC Studio`);
});

test("a hostile title prints as plain text and runs nothing", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  let ran = false;
  page.on("dialog", async (dialog) => {
    ran = true;
    await dialog.dismiss();
  });
  await openSocialPrescribing(page);
  const title = `<img src=x onerror=alert(1)> & "quotes" ]]> \u202Eevil`;
  await renameOpenDocument(page, title);
  await openPrintView(page, "address");
  const header = page.locator(".print-sheet__title").first();
  await expect(header).toHaveText(title);
  await expect(
    page.locator(".print-view img, .print-view script, .print-view foreignObject"),
  ).toHaveCount(0);
  const pdf = await printToPdf(page, testInfo.outputPath("hostile.pdf"));
  expect(pdf.pages).toBe(1);
  expect(pdf.text[0]).toContain("<img src=x onerror=alert(1)>");
  await page.getByRole("button", { name: "Back to the editor" }).click();
  await expect(page.getByLabel("Document title")).toHaveValue(title);
  expect(ran).toBe(false);
});
