// Two people in a live session, each in their own browser process, connected
// over real WebRTC (loopback): A starts a session on a document, B opens the
// link and receives the whole document; then every kind of edit travels both
// ways, and each sees the other's name, pointer and selection.
import type { Page } from "@playwright/test";
import {
  addWithToolbar,
  canvasPosition,
  clearSelection,
  connectByDrag,
  createDocument,
  dragBy,
  edge,
  edges,
  fitView,
  goHome,
  type Kind,
  linkViaPanel,
  node,
  nodes,
  sidePanel,
  titlesOnCanvas,
  toolbarButton,
} from "./helpers";
import {
  candidateAddresses,
  expect,
  expectWebrtcPair,
  joinSession,
  lastEnter,
  participants,
  screenshotsSideBySide,
  sessionStatus,
  startSession,
  summarise,
  test,
  watchFor,
} from "./sessionHelpers";

/** Adds an element on `from` and returns how long until `to` showed it (ms). */
async function timedAdd(from: Page, to: Page, kind: Kind, title: string): Promise<number> {
  const seen = await watchFor(to, `${kind[0]?.toUpperCase()}${kind.slice(1)}: ${title}`);
  await addWithToolbar(from, kind, title);
  const shownAt = await seen();
  return shownAt - (await lastEnter(from));
}

/** Retitles an element from the side panel on `from`; returns ms until `to` showed it. */
async function timedRetitle(
  from: Page,
  to: Page,
  kind: Kind,
  title: string,
  next: string,
): Promise<number> {
  const label = `${kind[0]?.toUpperCase()}${kind.slice(1)}: ${next}`;
  // A new element may be placed at the edge of the view, under the zoom controls.
  await fitView(from);
  await node(from, kind, title).click();
  const field = sidePanel(from).getByLabel("Title");
  await field.fill(next);
  const seen = await watchFor(to, label);
  await field.press("Enter");
  await expect(node(from, kind, next)).toHaveCount(1);
  const shownAt = await seen();
  await field.blur();
  await clearSelection(from);
  return shownAt - (await lastEnter(from));
}

/** Drags an element on `from` and waits until `to` has it at the same canvas position. */
async function moveAndCheck(from: Page, to: Page, kind: Kind, title: string): Promise<void> {
  const onFrom = node(from, kind, title);
  const before = await canvasPosition(onFrom);
  await dragBy(from, onFrom, 90, 60);
  await expect.poll(async () => (await canvasPosition(onFrom)).x).toBeGreaterThan(before.x + 40);
  const after = await canvasPosition(onFrom);
  await expect.poll(() => canvasPosition(node(to, kind, title))).toEqual(after);
  await clearSelection(from);
}

async function deleteAndCheck(from: Page, to: Page, kind: Kind, title: string): Promise<void> {
  await node(from, kind, title).click();
  await toolbarButton(from, "Delete").click();
  await expect(node(from, kind, title)).toHaveCount(0);
  await expect(node(to, kind, title)).toHaveCount(0);
}

test("two browsers in a session over WebRTC: the whole document, edits both ways, presence", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(120_000); // ~25 s on an idle 2-core machine; generous for a loaded one
  const [a, b] = await Promise.all([
    peers.launch("Fran", baseURL ?? ""),
    peers.launch("Pat", baseURL ?? ""),
  ]);
  expect(a.browser).not.toBe(b.browser); // two browser processes, not two tabs of one
  const A = a.page;
  const B = b.page;

  // ── A: a document with two linked elements, then a session ──
  await goHome(A);
  const docId = await createDocument(A, "toc", "Loneliness programme");
  await addWithToolbar(A, "impact", "Healthier lives");
  await addWithToolbar(A, "outcome", "People feel less lonely");
  await linkViaPanel(A, node(A, "outcome", "People feel less lonely"), "Impact: Healthier lives");
  await clearSelection(A);
  const link = await startSession(a);
  expect(link).toMatch(new RegExp(`^${baseURL}/?#room=${docId},[A-Za-z0-9_-]{47}$`));
  // Inside a loopback-only network namespace Chromium reports navigator.onLine === false (as on
  // a venue LAN with no internet); the live signaling connection must win.
  await expect(sessionStatus(A)).toHaveText(/Connected — waiting for others to join/);
  await expect(sessionStatus(A)).toHaveAttribute("data-peers", "0");

  // ── B opens the link, gives a name, and receives the whole document ──
  await joinSession(b, link);
  await expectWebrtcPair(A, B);
  await expect(node(B, "impact", "Healthier lives")).toHaveCount(1);
  await expect(node(B, "outcome", "People feel less lonely")).toHaveCount(1);
  await expect(edge(B, "People feel less lonely", "Healthier lives")).toHaveCount(1);
  await expect(B.getByLabel("Document title")).toHaveValue("Loneliness programme");
  expect(await titlesOnCanvas(B)).toEqual(await titlesOnCanvas(A));

  // ── It is WebRTC: one peer on each side over a connected RTCPeerConnection (above), on loopback ──
  const addresses = [...(await candidateAddresses(A)), ...(await candidateAddresses(B))];
  console.log(`ICE candidate pair addresses: ${[...new Set(addresses)].join(", ")}`);
  expect(addresses.length).toBeGreaterThan(0);

  // ── Presence: each sees the other's name ──
  await expect(participants(A)).toHaveText(["Pat"]);
  await expect(participants(B)).toHaveText(["Fran"]);
  await expect(A.getByText("Fran (you)")).toBeVisible();

  // ── Create, retitle, move, delete, connect: A → B (latency of each add measured) ──
  const latency: number[] = [];
  latency.push(await timedAdd(A, B, "activity", "Run friendship groups"));
  latency.push(await timedAdd(A, B, "output", "Groups running"));
  latency.push(await timedAdd(A, B, "input", "Volunteers"));
  latency.push(await timedRetitle(A, B, "input", "Volunteers", "Trained volunteers"));
  await fitView(A);
  await fitView(B);
  await moveAndCheck(A, B, "output", "Groups running");
  await connectByDrag(
    A,
    node(A, "activity", "Run friendship groups"),
    node(A, "output", "Groups running"),
  );
  await expect(edge(A, "Run friendship groups", "Groups running")).toHaveCount(1);
  await expect(edge(B, "Run friendship groups", "Groups running")).toHaveCount(1);
  await deleteAndCheck(A, B, "input", "Trained volunteers");

  // ── The same from B to A ──
  latency.push(await timedAdd(B, A, "assumption", "People want to join"));
  latency.push(await timedAdd(B, A, "note", "Ask residents"));
  latency.push(await timedRetitle(B, A, "note", "Ask residents", "Ask residents first"));
  await fitView(B);
  await moveAndCheck(B, A, "activity", "Run friendship groups");
  await connectByDrag(
    B,
    node(B, "output", "Groups running"),
    node(B, "outcome", "People feel less lonely"),
  );
  await expect(edge(B, "Groups running", "People feel less lonely")).toHaveCount(1);
  await expect(edge(A, "Groups running", "People feel less lonely")).toHaveCount(1);
  await deleteAndCheck(B, A, "note", "Ask residents first");
  console.log(`Edit → visible on the other browser: ${summarise(latency)}`);

  // Both hold the same document.
  await expect(nodes(A)).toHaveCount(5);
  await expect(nodes(B)).toHaveCount(5);
  await expect(edges(B)).toHaveCount(3);
  expect(await titlesOnCanvas(B)).toEqual(await titlesOnCanvas(A));

  // ── Presence: B's pointer over the canvas, and B's selection, show on A ──
  await fitView(A);
  const canvas = await B.getByRole("main", { name: "Canvas" }).boundingBox();
  if (!canvas) throw new Error("No canvas on B");
  await B.mouse.move(canvas.x + canvas.width * 0.4, canvas.y + canvas.height * 0.6);
  await B.mouse.move(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.55, {
    steps: 4,
  });
  const cursor = A.getByTestId("remote-cursor");
  await expect(cursor).toHaveCount(1);
  await expect(cursor).toContainText("Pat");
  await node(B, "activity", "Run friendship groups").click();
  await expect(
    node(A, "activity", "Run friendship groups").locator(".toc-node__remote-names"),
  ).toHaveText("Pat");
  await node(A, "impact", "Healthier lives").click();
  await expect(node(B, "impact", "Healthier lives").locator(".toc-node__remote-names")).toHaveText(
    "Fran",
  );
  // Moving the pointer off the canvas removes it on the other side.
  await B.mouse.move(canvas.x + canvas.width * 0.45, 5);
  await expect(cursor).toHaveCount(0);
  await B.mouse.move(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.5, {
    steps: 3,
  });
  await expect(cursor).toHaveCount(1);

  await screenshotsSideBySide(
    [
      { name: "A", page: A },
      { name: "B", page: B },
    ],
    "session-two-peers",
  );
  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  expect([...a.dialogs, ...b.dialogs]).toEqual([]);
});
