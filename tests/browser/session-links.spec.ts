// Session links that are not right: cut short or mistyped (the checksum tells),
// a valid-looking secret of another session (nothing is received, and the
// person is told), and script in the fragment (shown as a damaged link, never run).
import { formatRoomFragment, newRoomSecret } from "../../src/domain/roomLink";
import { goHome, nodes } from "./helpers";
import {
  expect,
  expectWebrtcPair,
  giveName,
  hostTwoPeerSession,
  participants,
  sessionStatus,
  test,
} from "./sessionHelpers";

const DAMAGED = "This session link is damaged";

test("damaged and hostile links show the damaged-link page; no script runs", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(90_000); // ~15 s on an idle machine
  const b = await peers.launch("Pat", baseURL ?? "");
  const page = b.page;
  const valid = `/${formatRoomFragment({ roomId: "abcDEF123_-", secret: newRoomSecret() })}`;
  const lastChar = valid.at(-1) === "A" ? "B" : "A";
  const cases: Array<[string, string]> = [
    ["cut short", valid.slice(0, -6)],
    ["script tag", "/#room=<script>alert(1)</script>"],
    ["cut inside the secret", valid.slice(0, 30)],
    ["one character mistyped", valid.slice(0, -1) + lastChar],
    ["no secret", "/#room=abcDEF123_-"],
    ["img onerror", '/#room=<img src=x onerror="alert(2)">,x'],
    ["javascript: in the id", "/#room=javascript:alert(3),x"],
    ["NUL", `/#room=abc%00def,${newRoomSecret()}`],
    ["very long", `/#room=${"a".repeat(10_000)},${newRoomSecret()}`],
  ];
  // The first two on a fresh page load, the others as a change of the fragment on an open
  // page (back on the library in between, so each case must bring the page up itself).
  let fresh = 2;
  for (const [name, url] of cases) {
    await test.step(name, async () => {
      if (fresh-- > 0) await page.goto("about:blank");
      else {
        await page.goto("/#/");
        await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
      }
      await page.goto(url);
      await expect(page.getByRole("heading", { name: DAMAGED })).toBeVisible();
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await expect(page.getByRole("textbox", { name: "Your name" })).toHaveCount(0);
    });
  }
  await goHome(page);
  await page.evaluate(() => {
    location.hash = "#room=<script>alert(4)</script>";
  });
  await expect(page.getByRole("heading", { name: DAMAGED })).toBeVisible();
  // The way out goes back to the library.
  await page.getByRole("link", { name: "Go to your theories of change" }).click();
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
  // No script ran: no alert, no page error, and nothing was injected into the DOM.
  expect(b.dialogs).toEqual([]);
  expect(b.errors).toEqual([]);
  expect(await page.locator("script:not([type=module]):not([src])").count()).toBe(0);
});

test("the right room with another valid secret: told so, and nothing of the session arrives", async ({
  baseURL,
  peers,
}) => {
  test.setTimeout(90_000); // ~15 s on an idle machine
  const { a, b, docId, link } = await hostTwoPeerSession(peers, baseURL ?? "", "Secret plans");
  const A = a.page;
  const B = b.page;

  // Same room id, a different secret that is itself well formed.
  const wrong = `${new URL(link).origin}/${formatRoomFragment({ roomId: docId, secret: newRoomSecret() })}`;
  expect(wrong).not.toBe(link);
  await B.goto(wrong);
  await giveName(B, "Pat");
  const alert = B.getByRole("alert").filter({
    hasText: "This link's secret does not match the session",
  });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(sessionStatus(B)).toHaveAttribute("data-peers", "0");
  // The host, who was there first, is not told its own link is wrong.
  await expect(A.getByText("This link's secret does not match the session")).toHaveCount(0);
  await expect(sessionStatus(A)).toHaveAttribute("data-peers", "0");
  await expect(nodes(B)).toHaveCount(0);
  await expect(participants(A)).toHaveCount(0);
  await expect(participants(B)).toHaveCount(0);
  await expect(B.getByLabel("Document title")).not.toHaveValue("Secret plans");

  // With the right link the same browser gets in at once (so the refusal above was the secret).
  await B.goto(link);
  await expectWebrtcPair(A, B);
  await expect(nodes(B)).toHaveCount(2);
  await expect(alert).toHaveCount(0);
  await expect(B.getByLabel("Document title")).toHaveValue("Secret plans");
  // y-webrtc 10.3 leaves the promise of a message it cannot decrypt unhandled: an
  // "OperationError" page error on each side, and nothing else.
  const errors = [...a.errors, ...b.errors].filter((e) => e !== "OperationError");
  expect([...errors, ...a.dialogs, ...b.dialogs]).toEqual([]);
});
