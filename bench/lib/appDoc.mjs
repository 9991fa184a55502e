// Puts a generated theory of change into the app the way a person would: the
// library's "Import a file…" with a .toc.json, then waits until it is open,
// saved on this device, and the side panel counts every element.
import { generateGraph, toTocFile } from "./graph.mjs";

/**
 * @param {import("@playwright/test").Page} page
 * @param {string} appUrl
 * @param {number} size
 * @param {number} [seed]
 * @returns {Promise<string>} the document's URL (#/doc/<id>)
 */
export async function openGenerated(page, appUrl, size, seed = 1) {
  await page.goto(`${appUrl}/#/`);
  await page.getByRole("heading", { name: "On this device" }).waitFor();
  const file = toTocFile(generateGraph(size, seed), `Benchmark ${size}`);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import a file…" }).first().click();
  await (await chooser).setFiles({
    name: `bench-${size}.toc.json`,
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await page.waitForURL(/#\/doc\//, { timeout: 120_000 });
  await page
    .getByText(`${size.toLocaleString("en-GB")} elements`, { exact: false })
    .first()
    .waitFor({ timeout: 120_000 });
  await page
    .getByTestId("save-status")
    .filter({ hasText: "Saved on this device" })
    .waitFor({ timeout: 120_000 });
  return page.url();
}
