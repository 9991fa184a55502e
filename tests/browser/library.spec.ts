// The home screen's library: create, rename, duplicate, delete to the trash,
// restore, delete forever, empty the trash — and the browser's back and
// forward buttons between the library and a document.
import { expect, type Page, test } from "@playwright/test";
import {
  addWithToolbar,
  createDocument,
  docIdFromUrl,
  docRow,
  docTable,
  expectLibrary,
  expectSaved,
  goHome,
  node,
  quotedText,
} from "./helpers";

function trash(page: Page) {
  return page.getByRole("region", { name: /^Trash/ });
}

async function moveToTrash(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: `Delete ${title}`, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${quotedText(title)}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Move to trash" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(trash(page).getByText(title, { exact: true })).toBeVisible();
}

test("create, rename, duplicate, trash, restore, delete forever, empty trash", async ({ page }) => {
  await goHome(page);
  await expect(page.getByText("No theories of change yet. Start one above.")).toBeVisible();

  await createDocument(page, "toc", "Alpha plan");
  await addWithToolbar(page, "impact", "Healthier lives");
  await addWithToolbar(page, "outcome", "People feel less lonely");
  await expectSaved(page);
  await page.getByRole("link", { name: "All documents" }).click();
  await createDocument(page, "logic", "Beta plan");
  await addWithToolbar(page, "input", "Volunteer hours");
  await expectSaved(page);
  await page.getByRole("link", { name: "All documents" }).click();

  await expectLibrary(page, ["Alpha plan — 2 elements", "Beta plan — 1 element"]);
  await expect(docRow(page, "Alpha plan")).toContainText("Theory of change");
  await expect(docRow(page, "Beta plan")).toContainText("Logic model");

  // ── Rename from the home screen ──
  await page.getByRole("button", { name: "Rename Alpha plan" }).click();
  const field = page.getByRole("textbox", { name: "New title for Alpha plan" });
  await expect(field).toBeFocused();
  await field.fill("Alpha plan (board draft)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(docRow(page, "Alpha plan (board draft)")).toBeVisible();
  // Escape cancels a rename.
  await page.getByRole("button", { name: "Rename Beta plan" }).click();
  await page.getByRole("textbox", { name: "New title for Beta plan" }).fill("Not this");
  await page.keyboard.press("Escape");
  await expect(docRow(page, "Beta plan")).toBeVisible();
  await expectLibrary(page, ["Alpha plan (board draft) — 2 elements", "Beta plan — 1 element"]);
  // The new title is the document's own title too.
  await docRow(page, "Alpha plan (board draft)").getByRole("link").click();
  await expect(page.getByLabel("Document title")).toHaveValue("Alpha plan (board draft)");
  await page.getByRole("link", { name: "All documents" }).click();

  // ── Duplicate: a second document with the same content ──
  await page.getByRole("button", { name: "Duplicate Beta plan" }).click();
  await expect(docRow(page, "Copy of Beta plan")).toContainText("1 element");
  await docRow(page, "Copy of Beta plan").getByRole("link").click();
  await expectSaved(page);
  await expect(node(page, "input", "Volunteer hours")).toBeVisible();
  await page.getByRole("link", { name: "All documents" }).click();

  // ── Delete → trash → restore ──
  await moveToTrash(page, "Copy of Beta plan");
  await expect(docRow(page, "Copy of Beta plan")).toHaveCount(0);
  await expect(trash(page).getByRole("heading")).toHaveText("Trash (1)");
  await page.getByRole("button", { name: "Restore Copy of Beta plan" }).click();
  await expect(docRow(page, "Copy of Beta plan")).toContainText("1 element");
  await expect(trash(page)).toHaveCount(0);

  // ── Delete forever: gone, and its link says so ──
  const copyId = docIdFromUrl(
    (await docRow(page, "Copy of Beta plan").getByRole("link").getAttribute("href")) ?? "",
  );
  await moveToTrash(page, "Copy of Beta plan");
  await page.getByRole("button", { name: "Delete Copy of Beta plan forever" }).click();
  await expect(trash(page)).toHaveCount(0);
  await expect(page.getByText("Copy of Beta plan")).toHaveCount(0);
  await page.goto(`/#/doc/${copyId}`);
  await expect(
    page.getByRole("heading", { name: "This document is not on this device" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Back to all documents" }).click();

  // ── Empty the trash (asks first) ──
  await moveToTrash(page, "Beta plan");
  await page.getByRole("button", { name: "Empty trash" }).click();
  const confirm = page.getByRole("dialog", { name: "Empty the trash?" });
  await confirm.getByRole("button", { name: "Empty trash" }).click();
  await expect(trash(page)).toHaveCount(0);
  await expectLibrary(page, ["Alpha plan (board draft) — 2 elements"]);

  // Survives a reload.
  await page.reload();
  await expectLibrary(page, ["Alpha plan (board draft) — 2 elements"]);
  await expect(trash(page)).toHaveCount(0);
});

test("back and forward move between the library and a document", async ({ page }) => {
  await goHome(page);
  const first = await createDocument(page, "toc", "First");
  await page.getByRole("link", { name: "All documents" }).click();
  const second = await createDocument(page, "logic", "Second");
  await page.getByRole("link", { name: "All documents" }).click();
  await expect(docTable(page)).toBeVisible();

  await page.getByRole("link", { name: "First", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/doc/${first}$`));
  await expect(page.getByLabel("Document title")).toHaveValue("First");

  await page.goBack();
  await expect(page).toHaveURL(/#\/$/);
  await expect(docTable(page)).toBeVisible();

  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#/doc/${first}$`));
  await expect(page.getByLabel("Document title")).toHaveValue("First");
  await expectSaved(page);

  await page.getByRole("link", { name: "All documents" }).click();
  await page.getByRole("link", { name: "Second", exact: true }).click();
  await expect(page.getByLabel("Document title")).toHaveValue("Second");
  await expect(page.getByRole("radio", { name: "Logic model" })).toBeChecked();

  await page.goBack();
  await expect(docTable(page)).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel("Document title")).toHaveValue("First");
  await page.goForward();
  await expect(docTable(page)).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#/doc/${second}$`));
  await expect(page.getByLabel("Document title")).toHaveValue("Second");
});
