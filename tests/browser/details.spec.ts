// The side panel's theory-of-change details: a facilitator gives an outcome
// a description, a status, an assumption, an indicator, evidence (an unsafe
// link is refused in plain words and never becomes a link), who proposed it,
// an owner and tags, and finds everything after a reload (real IndexedDB).
// A keyboard-only pass over one section; undo of a typing run in the shared
// description; stakeholder groups edited in their dialog; axe over the panel
// with every section open; two people typing into one description at once
// over a live session, each keeping their words and their place.
import { expect, type Locator, type Page } from "@playwright/test";
import {
  addWithKeys,
  addWithToolbar,
  clearSelection,
  createDocument,
  expectNoSeriousViolations,
  expectSaved,
  goHome,
  linkViaPanel,
  node,
  sidePanel,
  tabTo,
  toolbarButton,
} from "./helpers";
import {
  expectWebrtcPair,
  joinSession,
  expect as sessionExpect,
  startSession,
  test,
} from "./sessionHelpers";

const OUTCOME = "People feel less lonely";
const DESCRIPTION = "Measured with the UCLA three-item loneliness scale.";
const ASSUMPTION = "GPs have time to refer during appointments";
const INDICATOR = {
  Measure: "Adults reporting less loneliness (UCLA 3-item)",
  Population: "Adults referred by Camden GPs",
  Baseline: "38% often lonely",
  Target: "25% often lonely",
  Threshold: "30%",
  "By when": "March 2027",
  "Data source": "Link worker case records",
} as const;
const SAFE_LINK = "https://www.england.nhs.uk/personalisedcare/social-prescribing/";

/** The collapsible section of the side panel whose summary starts with `title`. */
function section(page: Page, title: string): Locator {
  return sidePanel(page)
    .locator("details.detail-section")
    .filter({ has: page.locator("summary", { hasText: new RegExp(`^${title}`) }) });
}

/** A section's own summary (not those of the indicator cards inside it). */
function summaryOf(found: Locator): Locator {
  return found.locator(":scope > summary");
}

async function openSection(page: Page, title: string): Promise<Locator> {
  const found = section(page, title);
  if ((await found.getAttribute("open")) === null) {
    await summaryOf(found).click();
  }
  await expect(found).toHaveAttribute("open", "");
  return found;
}

/** The list item (card) of a detail list: "Assumption 1", "Indicator 1", "Evidence 2". */
function item(scope: Locator, name: string): Locator {
  return scope.locator("li.detail-item").filter({
    has: scope.page().locator(".detail-item__legend", { hasText: new RegExp(`^${name}$`) }),
  });
}

test("an outcome's details are filled in and are all there after a reload", async ({ page }) => {
  test.setTimeout(150_000);
  await createDocument(page, "toc", "Details drill");
  const outcome = await addWithToolbar(page, "outcome", OUTCOME);
  const panel = sidePanel(page);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(/Outcome/);

  // ── Description (shared text, written as it is typed) and status ──
  await panel.getByLabel("Description").click();
  await page.keyboard.type(DESCRIPTION);
  await panel.getByLabel("Status").selectOption({ label: "Agreed" });

  // ── An assumption with its confidence ──
  const assumptions = await openSection(page, "Assumptions");
  await expect(summaryOf(assumptions)).toHaveText("Assumptions (0)");
  await assumptions.getByRole("button", { name: "Add an assumption" }).click();
  const firstAssumption = assumptions.getByRole("group", { name: "Assumption 1" });
  await expect(firstAssumption.getByLabel("What we assume")).toBeFocused();
  await page.keyboard.type(ASSUMPTION);
  await page.keyboard.press("Tab"); // leaving the field keeps it
  await expect(firstAssumption.getByLabel("Confidence")).toBeFocused();
  await firstAssumption.getByLabel("Confidence").selectOption({ label: "High" });
  await expect(summaryOf(assumptions)).toHaveText("Assumptions (1)");

  // ── An indicator with every field ──
  const indicators = await openSection(page, "Indicators");
  await indicators.getByRole("button", { name: "Add an indicator" }).click();
  const card = item(indicators, "Indicator 1");
  await expect(card.getByLabel("Measure", { exact: true })).toBeFocused();
  for (const [label, value] of Object.entries(INDICATOR)) {
    await card.getByLabel(label, { exact: true }).fill(value);
  }
  await page.keyboard.press("Tab");
  await expect(card.locator("summary")).toContainText(INDICATOR.Measure);
  await expect(card.locator("summary")).toContainText("Target 25% often lonely by March 2027");

  // ── Evidence: a javascript: link is refused in plain words, an https link is kept ──
  const evidence = await openSection(page, "Evidence");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  const unsafe = item(evidence, "Evidence 1");
  await expect(unsafe.getByLabel("Source")).toBeFocused();
  await page.keyboard.type("A page someone pasted");
  const unsafeLink = unsafe.getByLabel("Link", { exact: true });
  await unsafeLink.fill("javascript:alert(document.cookie)");
  await unsafeLink.press("Tab");
  await expect(unsafe.getByText("Only https:// and mailto: links can be kept")).toBeVisible();
  await expect(unsafeLink).toHaveAttribute("aria-invalid", "true");
  await expect(unsafeLink).toHaveAccessibleDescription(/Only https:\/\/ and mailto: links/);
  await expect(unsafeLink).toHaveValue("javascript:alert(document.cookie)"); // kept to fix
  await expect(unsafe.getByRole("link")).toHaveCount(0);

  await evidence.getByRole("button", { name: "Add evidence" }).click();
  const safe = item(evidence, "Evidence 2");
  await expect(safe.getByLabel("Source")).toBeFocused();
  await page.keyboard.type("NHS England: social prescribing");
  await safe.getByLabel("Link", { exact: true }).fill(SAFE_LINK);
  await safe.getByLabel("Link", { exact: true }).press("Enter");
  await safe.getByLabel("Type").selectOption({ label: "Evaluation" });
  await safe.getByLabel("Strength").selectOption({ label: "Strong" });
  const open = safe.getByRole("link", { name: /^Open link/ });
  await expect(open).toHaveAttribute("href", SAFE_LINK);
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("rel", "noopener noreferrer");

  // ── Residents proposed it; an owner and two tags ──
  const stakeholders = await openSection(page, "Stakeholders");
  await stakeholders
    .getByLabel("Residents with lived experience")
    .selectOption({ label: "Proposed" });
  await expect(summaryOf(stakeholders)).toHaveText("Stakeholders (1)");
  const owner = await openSection(page, "Owner and tags");
  await owner.getByLabel("Owner").fill("Camden link worker team");
  await owner.getByLabel("Add a tag").fill("loneliness");
  await owner.getByLabel("Add a tag").press("Enter");
  await owner.getByLabel("Add a tag").pressSequentially("wellbeing,");
  await expect(owner.getByRole("button", { name: "Remove tag loneliness" })).toBeVisible();
  await expect(owner.getByRole("button", { name: "Remove tag wellbeing" })).toBeVisible();
  await expect(summaryOf(owner)).toContainText("Camden link worker team · 2 tags");

  // Nothing anywhere on the page links to script.
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // ── Reload: everything is still there ──
  await expectSaved(page);
  await page.reload();
  await expectSaved(page);
  await outcome.click();
  await expect(panel.getByLabel("Description")).toHaveValue(DESCRIPTION);
  await expect(panel.getByLabel("Status")).toHaveValue("agreed");
  await expect(summaryOf(section(page, "Assumptions"))).toHaveText("Assumptions (1)");
  await expect(summaryOf(section(page, "Indicators"))).toHaveText(/^Indicators \(1\)/);
  await expect(summaryOf(section(page, "Evidence"))).toHaveText("Evidence (2)");
  await expect(summaryOf(section(page, "Stakeholders"))).toHaveText("Stakeholders (1)");

  await openSection(page, "Assumptions");
  await expect(firstAssumption.getByLabel("What we assume")).toHaveValue(ASSUMPTION);
  await expect(firstAssumption.getByLabel("Confidence")).toHaveValue("high");
  await openSection(page, "Indicators");
  await card.locator("summary").click();
  for (const [label, value] of Object.entries(INDICATOR)) {
    await expect(card.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await openSection(page, "Evidence");
  await expect(unsafe.getByLabel("Source")).toHaveValue("A page someone pasted");
  await expect(unsafe.getByLabel("Link", { exact: true })).toHaveValue("");
  await expect(unsafe.getByRole("link")).toHaveCount(0);
  await expect(safe.getByLabel("Type")).toHaveValue("evaluation");
  await expect(safe.getByLabel("Strength")).toHaveValue("strong");
  await expect(safe.getByRole("link", { name: /^Open link/ })).toHaveAttribute("href", SAFE_LINK);
  await openSection(page, "Stakeholders");
  await expect(panel.getByLabel("Residents with lived experience")).toHaveValue("proposed");
  await openSection(page, "Owner and tags");
  await expect(panel.getByLabel("Owner")).toHaveValue("Camden link worker team");
  await expect(panel.getByRole("list", { name: "Tags on this element" })).toHaveText(
    /loneliness.*wellbeing/,
  );
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // ── Accessibility: the panel with every section (and the indicator card) open ──
  await expectNoSeriousViolations(page, '[data-testid="side-panel"]');
});

test("a keyboard-only pass over the assumptions section", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("button", { name: "New theory of change" }));
  await page.keyboard.press("Enter");
  await expectSaved(page);
  await addWithKeys(page, "outcome", OUTCOME);
  const assumptions = section(page, "Assumptions");
  const summary = summaryOf(assumptions);

  // From the element, Tab reaches the section; Enter opens it.
  await tabTo(page, summary);
  await page.keyboard.press("Enter");
  await expect(assumptions).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  const add = assumptions.getByRole("button", { name: "Add an assumption" });
  await expect(add).toBeFocused();
  await page.keyboard.press("Enter");
  const first = assumptions.getByRole("group", { name: "Assumption 1" });
  await expect(first.getByLabel("What we assume")).toBeFocused();
  await page.keyboard.type("People accept a referral from their GP");
  await page.keyboard.press("Tab");
  const confidence = first.getByLabel("Confidence");
  await expect(confidence).toBeFocused();
  await expect(confidence).toHaveValue("medium");
  await page.keyboard.press("ArrowDown"); // a closed select steps through its options
  await expect(confidence).toHaveValue("high");
  await page.keyboard.press("Tab");
  await expect(first.getByRole("button", { name: "Remove assumption 1" })).toBeFocused();

  // A second one, then remove the first: the cursor lands on "Add an assumption".
  await page.keyboard.press("Tab");
  await expect(add).toBeFocused();
  await page.keyboard.press("Enter");
  const second = assumptions.getByRole("group", { name: "Assumption 2" });
  await expect(second.getByLabel("What we assume")).toBeFocused();
  await page.keyboard.type("Community groups have room for more people");
  await tabTo(page, first.getByRole("button", { name: "Remove assumption 1" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(add).toBeFocused();
  await expect(page.getByTestId("notice")).toContainText("Assumption 1 removed.");
  await expect(summary).toHaveText("Assumptions (1)");
  await expect(
    assumptions.getByRole("group", { name: "Assumption 1" }).getByLabel("What we assume"),
  ).toHaveValue("Community groups have room for more people");

  // Ctrl+Z (focus is on a button, so the app's undo acts) brings it back.
  await page.keyboard.press("Control+z");
  await expect(summary).toHaveText("Assumptions (2)");
  await expect(
    assumptions.getByRole("group", { name: "Assumption 1" }).getByLabel("Confidence"),
  ).toHaveValue("high");
  await expectSaved(page);
});

test("undo in the description undoes a run of typing, not each key", async ({ page }) => {
  await createDocument(page);
  await addWithToolbar(page, "outcome", OUTCOME);
  const panel = sidePanel(page);
  const description = panel.getByLabel("Description");
  await description.click();
  await page.keyboard.type("Counted monthly");
  await page.waitForTimeout(1_500); // a pause ends a run of typing
  await page.keyboard.type(" from the referral log");
  await expect(description).toHaveValue("Counted monthly from the referral log");

  // Ctrl+Z in the field is the app's undo: the whole second run goes, focus stays.
  await page.keyboard.press("Control+z");
  await expect(description).toHaveValue("Counted monthly");
  await expect(description).toBeFocused();
  await page.keyboard.press("Control+z");
  await expect(description).toHaveValue("");
  await page.keyboard.press("Control+Shift+z");
  await expect(description).toHaveValue("Counted monthly");
  await page.keyboard.press("Control+y");
  await expect(description).toHaveValue("Counted monthly from the referral log");
  // The title was a step of its own and is untouched.
  await expect(panel.getByLabel("Title")).toHaveValue(OUTCOME);

  // A change that does not come from typing here (undo of text at the end)
  // leaves the caret on the same characters.
  await page.waitForTimeout(1_500);
  await page.keyboard.press("End");
  await page.keyboard.type(" (NHS)");
  await description.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 7));
  await page.keyboard.press("Control+z");
  await expect(description).toHaveValue("Counted monthly from the referral log");
  expect(
    await description.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([3, 7]);

  // The toolbar's Undo does the same.
  await toolbarButton(page, "Undo").click();
  await expect(description).toHaveValue("Counted monthly");
  await expectSaved(page);
});

test("stakeholder groups are added, renamed and removed in their dialog", async ({ page }) => {
  await createDocument(page);
  await addWithToolbar(page, "impact", "Healthier lives");
  const outcome = await addWithToolbar(page, "outcome", OUTCOME);
  await linkViaPanel(page, outcome, "Impact: Healthier lives");
  const stakeholders = await openSection(page, "Stakeholders");
  await stakeholders.getByLabel("Primary care").selectOption({ label: "Challenged" });

  await stakeholders.getByRole("button", { name: "Edit stakeholder groups…" }).click();
  const dialog = page.getByRole("dialog", { name: "Stakeholder groups" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("New group").fill("Carers");
  await dialog.getByLabel("New group").press("Enter");
  await expect(dialog.getByText("Carers", { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Rename Carers" }).click();
  const rename = dialog.getByLabel("New name for Carers");
  await expect(rename).toBeFocused();
  await rename.fill("Unpaid carers");
  await rename.press("Enter");
  await expect(dialog.getByRole("button", { name: "Rename Unpaid carers" })).toBeFocused();
  await expectNoSeriousViolations(page, "dialog");

  await dialog.getByRole("button", { name: "Remove Primary care" }).click();
  const confirm = page.getByRole("dialog", { name: "Remove Primary care?" });
  await expect(confirm).toContainText("Its records on 1 element will be removed too.");
  await confirm.getByRole("button", { name: "Remove group" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Remove Primary care" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    stakeholders.getByRole("button", { name: "Edit stakeholder groups…" }),
  ).toBeFocused();
  await expect(stakeholders.getByLabel("Unpaid carers")).toHaveValue("");
  await expect(stakeholders.getByLabel("Primary care")).toHaveCount(0);
  await expect(summaryOf(stakeholders)).toHaveText("Stakeholders (0)");

  // The link's own panel: rationale, assumptions and evidence.
  await node(page, "outcome", OUTCOME).click();
  await sidePanel(page).getByRole("button", { name: "Impact: Healthier lives" }).click();
  await expect(sidePanel(page).getByRole("heading", { level: 2 })).toHaveText("Link");
  const linkAssumptions = await openSection(page, "Assumptions");
  await linkAssumptions.getByRole("button", { name: "Add an assumption" }).click();
  await page.keyboard.type("Less loneliness lowers the risk of poor health");
  await page.keyboard.press("Tab");
  await expect(summaryOf(linkAssumptions)).toHaveText("Assumptions (1)");
  await expectSaved(page);
});

test("two people type into one description at once; both keep their words and their place", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(120_000);
  const [a, b] = await Promise.all([
    peers.launch("Fran", baseURL ?? ""),
    peers.launch("Pat", baseURL ?? ""),
  ]);
  const A = a.page;
  const B = b.page;
  await goHome(A);
  await createDocument(A, "toc", "Typing together");
  await addWithToolbar(A, "outcome", OUTCOME);
  await clearSelection(A);
  const link = await startSession(a);
  await joinSession(b, link);
  await expectWebrtcPair(A, B);

  const descriptionOn = async (page: Page) => {
    await node(page, "outcome", OUTCOME).click();
    return sidePanel(page).getByLabel("Description");
  };
  const onA = await descriptionOn(A);
  const onB = await descriptionOn(B);
  await onA.click();
  await A.keyboard.type("Alpha");
  await sessionExpect(onB).toHaveValue("Alpha");

  // Fran types at the end while Pat types at the start, key by key, at the same time.
  await onA.press("End");
  await onB.click();
  await onB.press("Home");
  await Promise.all([
    A.keyboard.type(" then the rest of the sentence", { delay: 40 }),
    B.keyboard.type("Before: ", { delay: 60 }),
  ]);
  const expected = "Before: Alpha then the rest of the sentence";
  await sessionExpect(onA).toHaveValue(expected);
  await sessionExpect(onB).toHaveValue(expected);
  // Each caret stayed just after what that person typed.
  const caret = (field: Locator) =>
    field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
  expect(await caret(onA)).toEqual([expected.length, expected.length]);
  expect(await caret(onB)).toEqual(["Before: ".length, "Before: ".length]);
  await expectSaved(A);
  await expectSaved(B);
});
