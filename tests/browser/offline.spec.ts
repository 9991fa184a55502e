// After one visit the app works with no network: it opens, lists the
// documents on this device, opens one, and saves edits to it.
import { expect, type Page, test } from "@playwright/test";
import {
  addWithToolbar,
  createDocument,
  docRow,
  expectCounts,
  expectSaved,
  goHome,
  node,
} from "./helpers";

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims open pages when it activates; a reload makes sure.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload();
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test("opens, shows the library and edits a document with the network gone", async ({
  page,
  context,
}) => {
  await goHome(page);
  await createDocument(page, "toc", "Offline workshop");
  await addWithToolbar(page, "impact", "Healthier lives");
  await expectSaved(page);
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  try {
    // Proof that nothing reaches the server now (a URL the worker has not cached).
    const probe = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.txt`, { cache: "no-store" }).then(
        (r) => `answered ${r.status}`,
        () => "failed",
      ),
    );
    expect(probe).toBe("failed");

    // Reload the open document: the app and the document open from this device.
    await page.reload();
    await expect(page).toHaveTitle("Offline workshop — ToC Studio");
    await expectSaved(page);
    await expect(node(page, "impact", "Healthier lives")).toBeVisible();

    // Edit it offline; the edit is saved on this device and survives another reload.
    await addWithToolbar(page, "outcome", "People feel less lonely");
    await expectSaved(page);
    await page.reload();
    await expectSaved(page);
    await expectCounts(page, 2, 0);
    await expect(node(page, "outcome", "People feel less lonely")).toBeVisible();

    // The library opens too, and a new document can be started.
    await page.getByRole("link", { name: "All documents" }).click();
    await expect(docRow(page, "Offline workshop")).toContainText("2 elements");
    await createDocument(page, "logic", "Started offline");
    await addWithToolbar(page, "input", "Volunteer hours");
    await expectSaved(page);
    await page.goto("/#/");
    await expect(docRow(page, "Started offline")).toContainText("1 element");
  } finally {
    await context.setOffline(false);
  }
});
