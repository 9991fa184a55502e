// The live quality checks, as a person uses them: starting from the social
// prescribing template (no open findings), adding an outcome from the toolbar
// makes "has no indicator" and "not connected" appear in the Checks tab (its
// label counts them); a finding's message selects the element; dismissing
// needs a reason, moves the finding under "Dismissed" with the reason, who and
// when, and "Show again" brings it back; adding an indicator in the details
// panel clears one finding, deleting the outcome the other. Axe finds no
// serious violation in the tab or the dismiss dialog.
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  addWithToolbar,
  bringIntoView,
  expectNoSeriousViolations,
  expectSaved,
  linkViaPanel,
  nodeByTitle,
  openSocialPrescribing,
  sidePanel,
} from "./helpers";

const TITLE = "Residents feel heard by services";
const NO_INDICATOR = `Outcome "${TITLE}" has no indicator: how will you know it happened?`;
const NOT_CONNECTED = `Outcome "${TITLE}" is not connected to anything: link it to what leads to it or what it leads to.`;
const REASON = "We will link it to the pathway in next week's workshop";

function checksTab(page: Page): Locator {
  return page.getByRole("tab", { name: /^Checks/ });
}

/** The finding (open or dismissed) whose message this is. */
function finding(page: Page, message: string): Locator {
  return sidePanel(page)
    .getByRole("listitem")
    .filter({ has: page.getByText(message, { exact: true }) });
}

test("findings appear live, lead to the element, and can be dismissed and shown again", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openSocialPrescribing(page);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, no open findings");

  // ── Add an outcome as a person would: the toolbar, then type its title ──
  const outcome = await addWithToolbar(page, "outcome", TITLE);
  await expectSaved(page);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 2 open findings");
  await expect(checksTab(page)).toContainText("Checks (2)");

  await checksTab(page).click();
  const panel = sidePanel(page);
  await expect(panel.getByRole("heading", { name: "Checks", level: 2 })).toBeVisible();
  await expect(panel).toContainText("2 things to look at.");
  const group = panel.getByRole("region", { name: "Outcome without an indicator (1)" });
  await expect(group).toContainText("Every outcome needs at least one indicator");
  await expect(
    panel.getByRole("region", { name: "Element not connected (1)" }).getByRole("button", {
      name: NOT_CONNECTED,
    }),
  ).toBeVisible();

  // ── The message selects the element and keeps focus in the list ──
  const other = nodeByTitle(page, await firstImpactTitle(page));
  await bringIntoView(page, other);
  await other.click();
  await expect(outcome).not.toHaveClass(/\bselected\b/);
  const go = group.getByRole("button", { name: NO_INDICATOR });
  await go.click();
  await expect(outcome).toHaveClass(/\bselected\b/);
  await expect(go).toBeFocused();

  // ── Dismiss needs a reason; Enter submits ──
  await finding(page, NOT_CONNECTED).getByRole("button", { name: "Dismiss…" }).click();
  const dialog = page.getByRole("dialog", { name: "Dismiss this finding?" });
  await expect(dialog).toContainText(NOT_CONNECTED);
  const reason = dialog.getByRole("textbox", { name: "Why is this fine?" });
  await expect(reason).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toContainText("Write why this is fine, so others know.");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousViolations(page);
  // Escape cancels: nothing dismissed, focus back on the Dismiss button.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(
    finding(page, NOT_CONNECTED).getByRole("button", { name: "Dismiss…" }),
  ).toBeFocused();

  // Someone who joined a session on this device before: their name is remembered.
  await page.evaluate(() => localStorage.setItem("toc-studio:display-name", "Priya"));
  await page.keyboard.press("Enter"); // the focused Dismiss… button
  await expect(dialog).toContainText("and that Priya dismissed it");
  await reason.fill(REASON);
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expectSaved(page);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 1 open finding");
  await expect(panel).toContainText("1 thing to look at.");
  await expect(panel.getByRole("region", { name: "Element not connected (1)" })).toHaveCount(0);
  // Focus moved to the finding still open.
  await expect(go).toBeFocused();
  // Screen readers hear the new count once it settles.
  await expect(page.getByTestId("checks-announcement")).toHaveText("1 thing to look at.");

  // ── Dismissed: collapsed, with the reason, who and when ──
  const dismissed = panel.locator("details.dismissed");
  await expect(dismissed).not.toHaveAttribute("open");
  await dismissed.getByText("Dismissed (1)").click();
  const gone = finding(page, NOT_CONNECTED);
  await expect(gone).toContainText(`Why it is fine: ${REASON}`);
  await expect(gone).toContainText("Dismissed by Priya, just now");
  await expectNoSeriousViolations(page);

  // It stays dismissed after a reload (it is in the document).
  await page.reload();
  await expectSaved(page);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 1 open finding");
  await checksTab(page).click();
  await panel.getByText("Dismissed (1)").click();
  await expect(finding(page, NOT_CONNECTED)).toContainText(REASON);

  // ── Show again ──
  await finding(page, NOT_CONNECTED).getByRole("button", { name: "Show again" }).click();
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 2 open findings");
  await expect(panel.getByText(/^Dismissed \(/)).toHaveCount(0);
  const back = panel
    .getByRole("region", { name: "Element not connected (1)" })
    .getByRole("button", { name: NOT_CONNECTED });
  await expect(back).toBeFocused();

  // ── Adding an indicator in the details panel clears "no indicator" ──
  await back.click(); // selects the outcome
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(/Outcome/);
  await panel.getByText("Indicators", { exact: true }).click();
  await panel.getByRole("button", { name: "Add an indicator" }).click();
  const measure = panel.getByRole("textbox", { name: "Measure" });
  await expect(measure).toBeFocused();
  await measure.fill("Residents who say services listened to them");
  await measure.press("Enter");
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 1 open finding");

  // ── Deleting the outcome clears the rest ──
  await outcome.click();
  await page.keyboard.press("Delete");
  await expect(outcome).toHaveCount(0);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, no open findings");
  await checksTab(page).click();
  await expect(panel).toContainText("No problems found — nice work.");
});

test("a finding about a link selects the link; a rationale clears it", async ({ page }) => {
  test.setTimeout(120_000);
  await openSocialPrescribing(page);
  const impact = await firstImpactTitle(page);
  const activity = await addWithToolbar(page, "activity", "Run a weekly drop-in");
  await linkViaPanel(page, activity, `Impact: ${impact}`);
  await expectSaved(page);
  await expect(checksTab(page)).toHaveAccessibleName("Checks, 1 open finding");

  await checksTab(page).click();
  const panel = sidePanel(page);
  const go = panel
    .getByRole("region", { name: "Link without a rationale (1)" })
    .getByRole("button", { name: /^The link from "Run a weekly drop-in" to "/ });
  await go.click();
  const link = page.locator(
    `.react-flow__edge[aria-label^=${JSON.stringify(`Link: Run a weekly drop-in leads to ${impact}`)}]`,
  );
  await expect(link).toHaveClass(/\bselected\b/);
  await expect(activity).not.toHaveClass(/\bselected\b/);
  await expect(go).toBeFocused();

  await page.getByRole("tab", { name: "Details" }).click();
  await expect(panel.getByRole("heading", { name: "Link", level: 2 })).toBeVisible();
  const rationale = panel.getByLabel("Because… (rationale)");
  await rationale.fill("Regular contact keeps people connected");
  await rationale.blur();
  await expect(checksTab(page)).toHaveAccessibleName("Checks, no open findings");
});

/** The impact's title as the canvas shows it (the template's, whatever its wording today). */
async function firstImpactTitle(page: Page): Promise<string> {
  const title = page
    .locator('.react-flow__node[aria-label^="Impact: "]')
    .first()
    .locator(".toc-node__title");
  return (await title.textContent()) ?? "";
}
