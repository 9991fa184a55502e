import path from "node:path";
import { expect, test } from "@playwright/test";
import { startServer } from "../../server/serve.mjs";

// Installable, offline PWA: manifest + icons, a CSP-clean page, and a service worker that serves
// the whole app from its cache once the server is gone. This test starts its own server on the
// production build so it can stop it (Playwright's setOffline does not prove much for workers).

const DIST = path.resolve(import.meta.dirname, "../../dist");

test("the manifest and its icons are served", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    /manifest\.webmanifest$/,
  );
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#005eb8");
  const manifestResponse = await request.get("/manifest.webmanifest");
  expect(manifestResponse.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await manifestResponse.json();
  expect(manifest).toMatchObject({ name: "ToC Studio", display: "standalone", start_url: "./" });
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(`/${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
});

test("the app loads with no CSP violation and still opens with the server stopped", async ({
  page,
}) => {
  const server = await startServer({ host: "127.0.0.1", port: 0, root: DIST });
  const cspErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  try {
    await page.goto(server.url);
    // The app registers /sw.js itself in production; registering again is harmless.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register("/sw.js");
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await server.close();
  }
  await page.reload();
  await expect(page).toHaveTitle(/ToC Studio/);
  await expect(page.locator("#root")).not.toBeEmpty();
  await page.screenshot({ path: test.info().outputPath("offline.png") });
  expect(cspErrors).toEqual([]);
});
