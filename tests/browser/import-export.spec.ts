// Files: export a theory of change as *.toc.json, open it again through the
// file picker and by dropping it on the window (each time a NEW document),
// and refuse damaged, foreign and too-new files with a plain message while
// every document already on this device stays exactly as it was.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  addWithToolbar,
  createDocument,
  dismissNotice,
  docIdFromUrl,
  dropFile,
  edge,
  expectCounts,
  expectLibrary,
  expectSaved,
  goHome,
  importThroughPicker,
  linksOnCanvas,
  linkViaPanel,
  node,
  quotedText,
  renameOpenDocument,
  sidePanel,
  titlesOnCanvas,
  tocFile,
  today,
} from "./helpers";

const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function buildSmallToc(page: Page, title: string): Promise<void> {
  await createDocument(page, "toc");
  await renameOpenDocument(page, title);
  const impact = await addWithToolbar(page, "impact", "Healthier lives");
  const outcome = await addWithToolbar(page, "outcome", "People feel less lonely");
  const activity = await addWithToolbar(page, "activity", "Link workers meet people");
  await linkViaPanel(page, outcome, "Impact: Healthier lives");
  await linkViaPanel(page, activity, "Outcome: People feel less lonely");
  await outcome.click();
  await sidePanel(page).getByLabel("Description").fill("Measured with the UCLA loneliness scale.");
  await sidePanel(page).getByLabel("Title").focus();
  await expect(impact).toBeVisible();
  await page.keyboard.press("Escape");
  await expectSaved(page);
}

async function exportOpenDocument(page: Page) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export…" }).click();
  await page.getByRole("radio", { name: "ToC Studio file (.toc.json)" }).check();
  await page
    .getByRole("dialog", { name: "Export" })
    .getByRole("button", { name: "Export" })
    .click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

test("export, then open the file again by the picker and by dropping it", async ({ page }) => {
  await goHome(page);
  await buildSmallToc(page, "Social prescribing: Camden");
  const originalId = docIdFromUrl(page.url());
  const titles = await titlesOnCanvas(page);
  const links = await linksOnCanvas(page);
  expect(titles).toHaveLength(3);
  expect(links).toHaveLength(2);

  // ── Export ──
  const exported = await exportOpenDocument(page);
  expect(exported.name).toBe(`social-prescribing-camden-theory-of-change-${today()}.toc.json`);
  const file = JSON.parse(exported.text);
  expect(file).toMatchObject({
    type: "toc-studio/theory-of-change",
    version: 1,
    document: { title: "Social prescribing: Camden", framing: "toc" },
  });
  expect(typeof file.source).toBe("string");
  expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
  expect(file.document.elements).toHaveLength(3);
  expect(file.document.links).toHaveLength(2);

  // ── Import through the picker on the home screen: a new document, the same content ──
  await page.getByRole("link", { name: "All documents" }).click();
  await importThroughPicker(page, { name: exported.name, buffer: Buffer.from(exported.text) });
  await expect(page).toHaveURL(/#\/doc\//);
  const importedId = docIdFromUrl(page.url());
  expect(importedId).not.toBe(originalId);
  await expect(page.getByTestId("notice")).toContainText("as a new document");
  await expectSaved(page);
  await expect(page.getByLabel("Document title")).toHaveValue("Social prescribing: Camden");
  await expectCounts(page, 3, 2);
  expect(await titlesOnCanvas(page)).toEqual(titles);
  expect(await linksOnCanvas(page)).toEqual(links);
  await node(page, "outcome", "People feel less lonely").click();
  await expect(sidePanel(page).getByLabel("Description")).toHaveValue(
    "Measured with the UCLA loneliness scale.",
  );

  // ── Drop the file on the window (here, over the open editor): another new document ──
  await dropFile(page, { name: exported.name, buffer: Buffer.from(exported.text) }, [
    "dragenter",
    "dragover",
  ]);
  await expect(page.getByText("Drop a .toc.json file to open it as a new document")).toBeVisible();
  await dropFile(page, { name: exported.name, buffer: Buffer.from(exported.text) }, ["drop"]);
  await expect(page.getByText("Drop a .toc.json file to open it as a new document")).toHaveCount(0);
  await expect(page).not.toHaveURL(new RegExp(`#/doc/(${importedId}|${originalId})$`));
  await expect(page).toHaveURL(/#\/doc\//);
  await expectSaved(page);
  await expectCounts(page, 3, 2);
  expect(await titlesOnCanvas(page)).toEqual(titles);
  expect(await linksOnCanvas(page)).toEqual(links);
  await expect(edge(page, "People feel less lonely", "Healthier lives")).toHaveCount(1);

  // ── The library has three copies, and the original is untouched ──
  await goHome(page);
  await expectLibrary(page, [
    "Social prescribing: Camden — 3 elements",
    "Social prescribing: Camden — 3 elements",
    "Social prescribing: Camden — 3 elements",
  ]);
});

test("damaged, foreign and too-new files are refused and change nothing", async ({ page }) => {
  await goHome(page);
  await buildSmallToc(page, "Kept safe");
  const good = await exportOpenDocument(page);
  const keptTitles = await titlesOnCanvas(page);
  await page.getByRole("link", { name: "All documents" }).click();
  await createDocument(page, "logic", "Second one");
  await addWithToolbar(page, "input", "Volunteer hours");
  await expectSaved(page);
  await page.getByRole("link", { name: "All documents" }).click();

  const before = ["Kept safe — 3 elements", "Second one — 1 element"];
  await expectLibrary(page, before);

  const newer = JSON.parse(good.text);
  newer.version = 2;
  const newerDocument = JSON.parse(good.text);
  newerDocument.schemaVersion = 99;
  const bad = [
    {
      name: "truncated.toc.json",
      buffer: Buffer.from(good.text.slice(0, Math.floor(good.text.length / 2))),
      message: /cut short or damaged/,
    },
    { name: "photo.json", buffer: PNG_1x1, message: /not a ToC Studio file.*PNG image/ },
    {
      name: "from-the-future.toc.json",
      buffer: Buffer.from(JSON.stringify(newer)),
      message: /newer version of ToC Studio.*Update the app/,
    },
    {
      name: "newer-document.toc.json",
      buffer: Buffer.from(JSON.stringify(newerDocument)),
      message: /newer version of ToC Studio.*Update the app/,
    },
  ];

  // From the home screen, through the picker and by dropping.
  for (const file of bad) {
    for (const how of ["picker", "drop"] as const) {
      await dismissNotice(page);
      if (how === "picker") await importThroughPicker(page, file);
      else await dropFile(page, file);
      const notice = page.getByTestId("notice");
      await expect(notice, `${file.name} (${how})`).toContainText(
        `${quotedText(file.name)} was not opened.`,
      );
      await expect(notice).toContainText(file.message);
      await expect(page).toHaveURL(/#\/$/);
      await expectLibrary(page, before);
    }
  }

  // With a document open: the refused file leaves it (and the route) as it was.
  await page.getByRole("link", { name: "Kept safe" }).click();
  await expectSaved(page);
  const openUrl = page.url();
  for (const file of bad) {
    await dismissNotice(page);
    await dropFile(page, file);
    await expect(page.getByTestId("notice")).toContainText(file.message);
    await dismissNotice(page);
    await importThroughPicker(page, file);
    await expect(page.getByTestId("notice")).toContainText(file.message);
    expect(page.url()).toBe(openUrl);
    await expectCounts(page, 3, 2);
    expect(await titlesOnCanvas(page)).toEqual(keptTitles);
  }

  // After a reload, still exactly the two documents, each unchanged.
  await page.reload();
  await expectSaved(page);
  expect(await titlesOnCanvas(page)).toEqual(keptTitles);
  await goHome(page);
  await expectLibrary(page, before);
  await page.getByRole("link", { name: "Second one" }).click();
  await expectSaved(page);
  await expectCounts(page, 1, 0);
  await expect(node(page, "input", "Volunteer hours")).toBeVisible();
});

test("a file made by hand in the published format opens with its links", async ({ page }) => {
  await goHome(page);
  const text = tocFile(
    "Hand-made",
    [
      { id: "a", kind: "impact", title: "Thriving community" },
      { id: "b", kind: "outcome", title: "Residents know where to get help" },
      { id: "c", kind: "activity", title: "Advice sessions in libraries" },
    ],
    [
      ["b", "a", "Knowing where to go is the first step"],
      ["c", "b"],
    ],
  );
  await importThroughPicker(page, { name: "hand-made.toc.json", buffer: Buffer.from(text) });
  await expectSaved(page);
  await expectCounts(page, 3, 2);
  await expect(
    edge(page, "Residents know where to get help", "Thriving community"),
  ).toHaveAttribute("aria-label", /because Knowing where to go is the first step/);
});
