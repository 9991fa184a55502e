// Accessibility bar (WCAG 2.2 AA): axe finds no serious or critical
// violation on the library, the editor with a selection, the shortcuts
// dialog and a delete confirmation.
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations, runFromMenu } from "./helpers";

test("the library, the editor and its dialogs have no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(180_000); // axe over the canvas is slow on a busy 2-core machine
  await page.goto("/#/");
  await page.getByRole("button", { name: "New theory of change" }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved on this device/);
  await page.keyboard.press("1");
  await page.keyboard.type("People live well");
  await page.keyboard.press("Enter");
  await page.keyboard.press("2");
  await page.keyboard.type("People feel less lonely");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("toc-node")).toHaveCount(2);
  await expectNoSeriousViolations(page);

  await runFromMenu(page, "More", "Keyboard shortcuts");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "All documents" }).click();
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page
    .getByRole("button", { name: /^Delete / })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousViolations(page);
});
