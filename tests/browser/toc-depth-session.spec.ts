// The depth issue's "done when", tried as a new user would, with a second
// person in a live session (two browser processes, real WebRTC): start from
// the social-prescribing template, add an outcome without an indicator and see
// the check fire, add the indicator and see it clear, lay the model out by
// stage in one click, filter to what residents proposed — and the peer sees
// the outcome, its indicator and the new layout.
import { socialPrescribing } from "../../src/templates/socialPrescribing";
import {
  addWithToolbar,
  canvasPosition,
  expectSaved,
  goHome,
  node,
  nodes,
  runFromMenu,
  sidePanel,
} from "./helpers";
import { expect, expectPeers, joinSession, startSession, test } from "./sessionHelpers";

const OUTCOME = "Residents trust the practice to listen";
const MEASURE = "Residents who say the practice listened (GP Patient Survey)";

test("from the social prescribing template to a checked, laid-out model, seen by a peer", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(180_000);
  const [a, b] = await Promise.all([
    peers.launch("Fran", baseURL ?? ""),
    peers.launch("Pat", baseURL ?? ""),
  ]);
  const A = a.page;
  const B = b.page;

  // ── A facilitator starts from the template and invites a colleague ──
  await goHome(A);
  await A.getByRole("button", { name: `Use this template: ${socialPrescribing.name}` }).click();
  await expectSaved(A);
  const count = socialPrescribing.elements.length + 1; // and the note about the template
  await expect(nodes(A)).toHaveCount(count);
  const checksTab = A.getByRole("tab", { name: /^Checks/ });
  await expect(checksTab).toHaveAccessibleName("Checks, no open findings");
  const link = await startSession(a);
  await joinSession(b, link);
  await expectPeers(A, 1);
  await expect(nodes(B)).toHaveCount(count);

  // ── An outcome without an indicator: the check fires ──
  const outcome = await addWithToolbar(A, "outcome", OUTCOME);
  await expect(checksTab).toHaveAccessibleName(/Checks, [1-9]\d* open findings?/);
  await checksTab.click();
  const panel = sidePanel(A);
  const noIndicator = panel.getByRole("button", {
    name: `Outcome "${OUTCOME}" has no indicator: how will you know it happened?`,
  });
  await expect(noIndicator).toBeVisible();

  // ── The indicator, added in the details panel, clears it ──
  await noIndicator.click();
  await A.getByRole("tab", { name: "Details" }).click();
  await panel.getByText("Indicators", { exact: true }).click();
  await panel.getByRole("button", { name: "Add an indicator" }).click();
  const measure = panel.getByRole("textbox", { name: "Measure" });
  await measure.fill(MEASURE);
  await measure.press("Enter");
  await A.getByRole("tab", { name: /^Checks/ }).click();
  await expect(noIndicator).toHaveCount(0);
  await expect(outcome).toContainText("Ind. 1");

  // ── Lay out by stage in one click ──
  await runFromMenu(A, "Arrange", "Lay out by stage");
  await expect(A.getByTestId("notice")).toContainText(/Laid out \d+ elements?/);
  await expectSaved(A);
  const laidOut = await canvasPosition(node(A, "outcome", OUTCOME));

  // ── What residents proposed ──
  await runFromMenu(A, "View", "what Residents with lived experience proposed");
  const proposed = socialPrescribing.elements.filter((e) =>
    e.proposedBy?.includes("sh-residents"),
  ).length;
  await expect(A.getByRole("status").filter({ hasText: "Showing what" })).toContainText(
    `${proposed} element`,
  );
  await expect(A.locator(".toc-node:not(.is-dimmed)")).toHaveCount(proposed);
  await A.screenshot({ path: test.info().outputPath("facilitator-filtered.png") });

  // ── The peer has it all: the outcome with its indicator, at its laid-out place ──
  const onB = node(B, "outcome", OUTCOME);
  await expect(onB).toContainText("Ind. 1");
  await expect.poll(() => canvasPosition(onB)).toEqual(laidOut);
  await onB.click();
  await sidePanel(B).getByText("Indicators", { exact: true }).click();
  await expect(sidePanel(B).getByRole("group", { name: /^Indicator 1/ })).toContainText(MEASURE);
  // A's filter is A's own view: nothing is faded for the peer.
  await expect(B.locator(".toc-node.is-dimmed")).toHaveCount(0);
  await B.screenshot({ path: test.info().outputPath("peer.png") });
});
