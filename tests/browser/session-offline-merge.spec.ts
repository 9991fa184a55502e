// Sessions survive people and servers going away: B leaves the session, keeps
// its own copy, both edit apart (one edit conflicting), and after B comes back
// both hold the same document. And when the signaling server stops, edits keep
// flowing over the WebRTC connections already open; once a server is back on
// the same port, a late joiner receives everything.
import type { Page } from "@playwright/test";
import { startServer } from "../../server/serve.mjs";
import {
  addWithToolbar,
  clearSelection,
  createDocument,
  docRow,
  edge,
  fitView,
  goHome,
  node,
  nodes,
  runFromMenu,
  sidePanel,
  titlesOnCanvas,
} from "./helpers";
import {
  expect,
  expectPeers,
  expectWebrtcPair,
  hostTwoPeerSession,
  joinSession,
  participants,
  screenshot,
  sessionStatus,
  startSession,
  test,
} from "./sessionHelpers";

async function retitle(page: Page, label: string, next: string): Promise<void> {
  await fitView(page); // adding an element zooms to it: bring the others back on screen
  await page.locator(`.react-flow__node[aria-label=${JSON.stringify(label)}]`).click();
  const field = sidePanel(page).getByLabel("Title");
  await field.fill(next);
  await field.press("Enter");
  await field.blur();
  await clearSelection(page);
}

test("leave, edit apart (one conflict), rejoin: both converge; the leaver keeps its copy", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(120_000); // ~35 s on an idle 2-core machine; generous for a loaded one
  const { a, b, docId, link } = await hostTwoPeerSession(peers, baseURL ?? "", "Workshop plan");
  const A = a.page;
  const B = b.page;
  await joinSession(b, link);
  await expectWebrtcPair(A, B);
  await expect(nodes(B)).toHaveCount(2);
  await expect(participants(A)).toHaveText(["Pat"]);

  // ── B leaves: out of the session, but the document stays open and on B's device ──
  await runFromMenu(B, "More", "Leave session");
  await expect(B).toHaveURL(new RegExp(`#/doc/${docId}$`));
  await expect(sessionStatus(B)).toHaveCount(0);
  await expect(B.getByRole("button", { name: "Start a session" })).toBeVisible();
  await expect(nodes(B)).toHaveCount(2);
  await expect(sessionStatus(A)).toHaveAttribute("data-peers", "0", { timeout: 15_000 });
  await expect(participants(A)).toHaveCount(0, { timeout: 15_000 });
  await goHome(B);
  await expect(docRow(B, "Workshop plan")).toContainText("2 elements");
  await docRow(B, "Workshop plan").getByRole("link").click();
  await expect(B).toHaveURL(new RegExp(`#/doc/${docId}$`));
  await expect(node(B, "impact", "Healthier lives")).toHaveCount(1);
  await expect(edge(B, "Less lonely", "Healthier lives")).toHaveCount(1);

  // ── Both edit apart: different elements, and the same element's title ──
  await addWithToolbar(A, "activity", "Weekly walks (A)");
  await retitle(A, "Outcome: Less lonely", "Less lonely — said by A");
  await addWithToolbar(B, "output", "Walk leaders trained (B)");
  await retitle(B, "Impact: Healthier lives", "Healthier, happier lives");
  await retitle(B, "Outcome: Less lonely", "Less lonely — said by B");
  // Apart, neither sees the other's edits.
  await expect(node(B, "activity", "Weekly walks (A)")).toHaveCount(0);
  await expect(node(A, "output", "Walk leaders trained (B)")).toHaveCount(0);

  // ── B goes back to the link (its name is remembered: no question) ──
  await joinSession(b, link, false);
  await expectWebrtcPair(A, B);
  await expect(node(A, "output", "Walk leaders trained (B)")).toHaveCount(1);
  await expect(node(B, "activity", "Weekly walks (A)")).toHaveCount(1);
  await expect(node(A, "impact", "Healthier, happier lives")).toHaveCount(1);
  await expect.poll(async () => titlesOnCanvas(A)).toEqual(await titlesOnCanvas(B));
  const titles = await titlesOnCanvas(A);
  // The conflicting title: one of the two wins, the same on both sides.
  const conflict = titles.filter((t) => t.startsWith("Outcome: Less lonely — said by"));
  expect(conflict).toHaveLength(1);
  console.log(`Conflicting title resolved to "${conflict[0]}" on both sides`);
  expect(titles).toHaveLength(4);
  await expect(
    edge(B, conflict[0]?.slice("Outcome: ".length) ?? "", "Healthier, happier lives"),
  ).toHaveCount(1);
  expect([...a.errors, ...b.errors]).toEqual([]);
});

test("signaling server stops mid-session: WebRTC keeps going; after a restart a late joiner gets everything", async ({
  peers,
}) => {
  test.setTimeout(120_000); // ~35 s on an idle 2-core machine; generous for a loaded one
  let server = await startServer({ host: "127.0.0.1", port: 0, root: "dist" });
  const port = server.port;
  const base = server.url.replace(/\/$/, "");
  try {
    const [a, b] = await Promise.all([peers.launch("Fran", base), peers.launch("Pat", base)]);
    const A = a.page;
    const B = b.page;
    await goHome(A);
    await createDocument(A, "toc", "Outage drill");
    await addWithToolbar(A, "impact", "Healthier lives");
    const link = await startSession(a);
    expect(link.startsWith(`${base}/`)).toBe(true);
    await joinSession(b, link);
    await expectWebrtcPair(A, B);
    await expect(node(B, "impact", "Healthier lives")).toHaveCount(1);

    // ── The signaling server goes away; the peer-to-peer connection stays ──
    await server.close();
    await expect(
      A.evaluate(() =>
        fetch("/").then(
          () => "up",
          () => "down",
        ),
      ),
    ).resolves.toBe("down");
    await addWithToolbar(A, "outcome", "Added during the outage by A");
    await expect(node(B, "outcome", "Added during the outage by A")).toHaveCount(1);
    await addWithToolbar(B, "activity", "Added during the outage by B");
    await expect(node(A, "activity", "Added during the outage by B")).toHaveCount(1);
    await expectPeers(A, 1);
    await expectPeers(B, 1);

    // ── A server again on the same port; C joins late and receives everything ──
    server = await startServer({ host: "127.0.0.1", port, root: "dist" });
    await addWithToolbar(A, "output", "Added after the restart");
    const c = await peers.launch("Sam", base);
    await joinSession(c, link);
    const C = c.page;
    await expect(nodes(C)).toHaveCount(4, { timeout: 15_000 });
    expect(await titlesOnCanvas(C)).toEqual(await titlesOnCanvas(A));
    await expect(C.getByLabel("Document title")).toHaveValue("Outage drill");
    await Promise.all([expectPeers(A, 2), expectPeers(B, 2), expectPeers(C, 2)]);
    await expect
      .poll(async () => (await participants(C).allTextContents()).sort())
      .toEqual(["Fran", "Pat"]);
    // And C's edits reach both.
    await addWithToolbar(C, "note", "Late but here");
    await expect(node(A, "note", "Late but here")).toHaveCount(1);
    await expect(node(B, "note", "Late but here")).toHaveCount(1);
    await screenshot(C, "session-late-joiner-C.png");
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
  } finally {
    await server.close();
  }
});
