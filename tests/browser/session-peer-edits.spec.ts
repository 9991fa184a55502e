// What one person's screen does with another's later edits in a live session
// (two browser processes over real WebRTC): a field that is focused but not
// being edited shows the peer's change and never writes its own old text back;
// text typed meanwhile is kept and written on top of the peer's change; and a
// peer's delete leaves nothing selected that no longer exists.
import type { Locator, Page } from "@playwright/test";
import {
  actionButton,
  bringIntoView,
  expectActionsEnabled,
  type Kind,
  node,
  sidePanel,
} from "./helpers";
import {
  expect,
  expectWebrtcPair,
  hostTwoPeerSession,
  joinSession,
  screenshot,
  test,
} from "./sessionHelpers";

/** Fran (A) and Pat (B) in a session over WebRTC, on "Healthier lives" ← "Less lonely". */
async function connectedPair(
  peers: Parameters<typeof hostTwoPeerSession>[0],
  baseURL: string,
  title: string,
) {
  const { a, b, link } = await hostTwoPeerSession(peers, baseURL, title);
  await joinSession(b, link);
  await expectWebrtcPair(a.page, b.page);
  return { a, b, A: a.page, B: b.page };
}

/** Retitles an element from the side panel (Enter), then leaves the field. */
async function retitle(page: Page, kind: Kind, title: string, next: string): Promise<void> {
  await select(page, node(page, kind, title));
  const field = sidePanel(page).getByLabel("Title");
  await field.fill(next);
  await field.press("Enter");
  await expect(node(page, kind, next)).toHaveCount(1);
  await field.blur();
}

/** Clicks an element, brought fully onto the canvas first. */
async function select(page: Page, target: Locator): Promise<void> {
  await bringIntoView(page, target);
  await target.click();
}

/** Clicks a part of the side panel that takes no focus, so the focused field is left. */
async function clickAway(page: Page): Promise<void> {
  await sidePanel(page).getByRole("heading", { level: 2 }).click();
}

/**
 * A makes one more edit and waits until B shows it: the channel keeps order, so
 * whatever A wrote before (such as a stale title written back) has reached B too.
 */
async function flush(from: Page, to: Page, marker: string): Promise<void> {
  await retitle(from, "impact", (await impactTitle(from)) ?? "", marker);
  await expect(node(to, "impact", marker)).toHaveCount(1);
}

async function impactTitle(page: Page): Promise<string | undefined> {
  const label = await page
    .locator(".react-flow__node[aria-label^='Impact: ']")
    .getAttribute("aria-label");
  return label?.replace(/^Impact: /, "").replace(/; .*$/, "");
}

test("a focused title field shows a peer's later retitle, writes nothing back, and keeps text typed meanwhile", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(150_000);
  const { a, b, A, B } = await connectedPair(peers, baseURL ?? "", "Peer edits");

  // A retitles in the side panel and presses Enter: the field keeps focus.
  await select(A, node(A, "outcome", "Less lonely"));
  const title = sidePanel(A).getByLabel("Title");
  await title.fill("People feel less lonely");
  await title.press("Enter");
  await expect(title).toBeFocused();
  await expect(node(B, "outcome", "People feel less lonely")).toHaveCount(1);

  // B retitles the same element later; A's field, focused and unedited, shows it at once.
  await retitle(B, "outcome", "People feel less lonely", "Fewer people feel lonely");
  await expect(node(A, "outcome", "Fewer people feel lonely")).toHaveCount(1);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue("Fewer people feel lonely");
  await screenshot(A, "peer-edits-focused-title.png");

  // A clicks away: nothing of A's is written back, on either screen.
  await clickAway(A);
  await expect(title).not.toBeFocused();
  await expect(title).toHaveValue("Fewer people feel lonely");
  await flush(A, B, "Healthier lives for all");
  await expect(node(A, "outcome", "Fewer people feel lonely")).toHaveCount(1);
  await expect(node(B, "outcome", "Fewer people feel lonely")).toHaveCount(1);

  // A types at the end of the title; B meanwhile changes its start. A's typing is
  // not disturbed, and A's Enter writes A's words on top of B's: both survive.
  await select(A, node(A, "outcome", "Fewer people feel lonely"));
  await title.click();
  await A.keyboard.press("End");
  await A.keyboard.type(" in Leeds");
  await retitle(B, "outcome", "Fewer people feel lonely", "Far fewer people feel lonely");
  await expect(node(A, "outcome", "Far fewer people feel lonely")).toHaveCount(1);
  await expect(title).toHaveValue("Fewer people feel lonely in Leeds");
  await expect(title).toBeFocused();
  await title.press("Enter");
  await expect(title).toHaveValue("Far fewer people feel lonely in Leeds");
  await expect(node(A, "outcome", "Far fewer people feel lonely in Leeds")).toHaveCount(1);
  await expect(node(B, "outcome", "Far fewer people feel lonely in Leeds")).toHaveCount(1);

  // Both change the same word: A's Enter writes A's text as A sees it, and says
  // what it replaced; Undo puts B's text back on both screens.
  await A.keyboard.press("End");
  for (let i = 0; i < "Leeds".length; i++) await A.keyboard.press("Backspace");
  await A.keyboard.type("Bradford");
  await retitle(
    B,
    "outcome",
    "Far fewer people feel lonely in Leeds",
    "Far fewer people feel lonely in York",
  );
  await expect(node(A, "outcome", "Far fewer people feel lonely in York")).toHaveCount(1);
  await expect(title).toHaveValue("Far fewer people feel lonely in Bradford");
  await title.press("Enter");
  await expect(node(B, "outcome", "Far fewer people feel lonely in Bradford")).toHaveCount(1);
  const notice = A.getByTestId("notice");
  await expect(notice).toContainText("Someone else changed “Title” while you were editing it.");
  await expect(notice).toContainText("Far fewer people feel lonely in York");
  await screenshot(A, "peer-edits-replaced-notice.png");
  await actionButton(A, "Undo").click();
  await expect(node(A, "outcome", "Far fewer people feel lonely in York")).toHaveCount(1);
  await expect(node(B, "outcome", "Far fewer people feel lonely in York")).toHaveCount(1);
  await expect(title).toHaveValue("Far fewer people feel lonely in York");

  expect([...a.errors, ...b.errors]).toEqual([]);
});

test("a focused rationale field shows a peer's later rationale and writes nothing back", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(150_000);
  const { a, b, A, B } = await connectedPair(peers, baseURL ?? "", "Peer rationale");

  const openLink = async (page: Page) => {
    await select(page, node(page, "outcome", "Less lonely"));
    await sidePanel(page).getByRole("button", { name: "Impact: Healthier lives" }).click();
    await expect(sidePanel(page).getByRole("heading", { level: 2 })).toHaveText("Link");
    return sidePanel(page).getByLabel("Because… (rationale)");
  };

  // A writes a rationale of two lines and leaves the field; then goes back into it.
  const mine = await openLink(A);
  await mine.fill("Contact builds trust\nTrust keeps people coming");
  await clickAway(A);
  const theirs = await openLink(B);
  await expect(theirs).toHaveValue("Contact builds trust\nTrust keeps people coming");
  await mine.click();
  await expect(mine).toBeFocused();

  // B rewrites it; A's focused, unedited field shows B's text.
  await theirs.fill("Regular contact builds trust\nso people keep coming");
  await clickAway(B);
  await expect(mine).toBeFocused();
  await expect(mine).toHaveValue("Regular contact builds trust\nso people keep coming");

  // A clicks away: B's rationale stays on both screens.
  await clickAway(A);
  await expect(mine).toHaveValue("Regular contact builds trust\nso people keep coming");
  await flush(A, B, "Healthier lives for all");
  await expect(await openLink(A)).toHaveValue(
    "Regular contact builds trust\nso people keep coming",
  );
  await expect(await openLink(B)).toHaveValue(
    "Regular contact builds trust\nso people keep coming",
  );

  expect([...a.errors, ...b.errors]).toEqual([]);
});

test("a peer's delete leaves no ghost selection", async ({ baseURL, peers }) => {
  test.setTimeout(150_000);
  const { a, b, A, B } = await connectedPair(peers, baseURL ?? "", "Peer delete");
  const actions = ["Delete", "Duplicate", "Copy"];

  // A selects "Less lonely"; its actions are offered.
  await select(A, node(A, "outcome", "Less lonely"));
  await expectActionsEnabled(A, actions, true);

  // B deletes it: on A nothing is selected any more.
  await select(B, node(B, "outcome", "Less lonely"));
  await actionButton(B, "Delete").click();
  await expect(node(A, "outcome", "Less lonely")).toHaveCount(0);
  await expectActionsEnabled(A, actions, false);
  await expect(sidePanel(A).getByRole("heading", { name: "Details" })).toBeVisible();
  await expect(sidePanel(A)).not.toContainText("selected.");

  // The next click selects one element, not "2 items".
  await select(A, node(A, "impact", "Healthier lives"));
  await expect(sidePanel(A).getByRole("heading", { level: 2 })).toContainText("Impact");
  await expect(sidePanel(A)).not.toContainText("items selected");
  await expectActionsEnabled(A, actions, true);

  expect([...a.errors, ...b.errors]).toEqual([]);
});
