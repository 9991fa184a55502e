// Invariant: a person's own logic-model sheet (CSV, or the first sheet of an
// XLSX) with one column per stage becomes one element per non-empty cell, of
// that stage's kind, in that stage's column and the sheet's order, with no
// links, titled from the file name. Headings of either framing and common
// variants are recognised; other columns are reported; a sheet with no stage
// heading, or nothing in it, is refused with a plain message.
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { stageAlong } from "../../../src/domain/geometry";
import { importSheetFile } from "../../../src/io/sheets/importSheetFile";
import { SHEET_MESSAGES } from "../../../src/io/sheets/messages";
import type { ImportResult } from "../../../src/io/tocJson/parse";
import { openImported } from "./helpers";

// XLSX work takes a few seconds on a loaded machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const utf8 = (text: string) => new TextEncoder().encode(text);

function items(result: ImportResult) {
  const model = openImported(result);
  return {
    model,
    list: model.elements.map((el) => [el.kind, el.stage, el.title]),
  };
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("a hand-made CSV logic model", () => {
  const csv = [
    "Inputs,Activities,Outputs,Short-term outcomes,Medium-term outcomes,Long-term outcomes,Impact",
    "Link workers,Hold conversations,Plans agreed,People feel heard,Less loneliness,Better wellbeing,Residents live well",
    ",Run a grants fund,,,",
    "",
    'Funding,"Map the offer\nwith VCFSE partners",Directory',
  ].join("\r\n");

  it("gives one element per filled cell, of the stage's kind, in its column, with no links", async () => {
    const result = await importSheetFile("Our_logic_model.csv", utf8(csv));
    const { model, list } = items(result);
    expect(list).toEqual([
      ["input", "inputs", "Link workers"],
      ["activity", "activities", "Hold conversations"],
      ["output", "outputs", "Plans agreed"],
      ["outcome", "short", "People feel heard"],
      ["outcome", "medium", "Less loneliness"],
      ["outcome", "long", "Better wellbeing"],
      ["impact", "impact", "Residents live well"],
      ["activity", "activities", "Run a grants fund"],
      ["input", "inputs", "Funding"],
      ["activity", "activities", "Map the offer"],
      ["output", "outputs", "Directory"],
    ]);
    expect(model.links).toEqual([]);
    expect(model.meta.title).toBe("Our logic model");
    expect(model.meta.framing).toBe("logic");
    expect(model.elements.find((el) => el.title === "Map the offer")?.description).toBe(
      "with VCFSE partners",
    );
    for (const el of model.elements) expect(el.position.x).toBe(stageAlong(el.stage ?? "impact"));
    // In each column, the sheet's order from the top.
    const activities = model.elements.filter((el) => el.stage === "activities");
    const ys = activities.map((el) => el.position.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(3);
    expect(result.ok && result.repairs).toEqual([]);
  });

  it("reads the theory-of-change framing's headings and opens in that framing", async () => {
    const text =
      "Resources;Interventions;Outputs;Early outcomes;Intermediate outcomes;Long-term outcomes;Impact\nStaff;Training;Sessions;Skills;Practice;Health;Wellbeing";
    const { model, list } = items(await importSheetFile("toc.csv", utf8(text)));
    expect(model.meta.framing).toBe("toc");
    expect(list.map(([kind, stage]) => `${kind}/${stage}`)).toEqual([
      "input/inputs",
      "activity/activities",
      "output/outputs",
      "outcome/short",
      "outcome/medium",
      "outcome/long",
      "impact/impact",
    ]);
  });

  it("accepts common variants of the headings, in any case and punctuation", async () => {
    const text =
      "RESOURCES\tinterventions\tOutcomes\tshort term outcomes\tLong-term goal\tGoal\nA\tB\tC\tD\tE\tF";
    const { list } = items(await importSheetFile("variants.csv", utf8(text)));
    expect(list.map(([, stage]) => stage)).toEqual([
      "inputs",
      "activities",
      "short",
      "short",
      "impact",
      "impact",
    ]);
  });

  it("turns a column of assumptions into assumption elements, beside the stages", async () => {
    const text = "Activities,Assumptions\nRun sessions,People can get there\n,Venues stay free";
    const { list, model } = items(await importSheetFile("plan.csv", utf8(text)));
    expect(list).toEqual([
      ["activity", "activities", "Run sessions"],
      ["assumption", null, "People can get there"],
      ["assumption", null, "Venues stay free"],
    ]);
    const [, first, second] = model.elements;
    expect(first.position.x).toBe(second.position.x);
    expect(first.position.x).toBeGreaterThan(stageAlong("impact"));
  });

  it("reports a column it does not use instead of dropping it silently", async () => {
    const text = "Activities,Notes,Impact\nRun sessions,ask Sam,Healthier town";
    const result = await importSheetFile("plan.csv", utf8(text));
    const { list } = items(result);
    expect(list.map(([, , title]) => title)).toEqual(["Run sessions", "Healthier town"]);
    expect(result.ok && result.repairs.join(" ")).toContain("“\u2068Notes\u2069”");
  });

  it("refuses a sheet with no stage heading, and an empty one, in plain English", async () => {
    const noStages = await importSheetFile("budget.csv", utf8("Item,Cost\nRent,100"));
    expect(noStages).toEqual({ ok: false, message: SHEET_MESSAGES.noStageColumns });
    for (const empty of ["", "\uFEFF", ",,,\r\n,,\r\n", "\r\n\r\n"]) {
      expect(await importSheetFile("empty.csv", utf8(empty))).toEqual({
        ok: false,
        message: SHEET_MESSAGES.empty,
      });
    }
  });
});

describe("a hand-made XLSX logic model", () => {
  it("reads the first sheet: merged cells once, numbers, rich text and formula results as text", async () => {
    const bytes = await workbook((wb) => {
      const sheet = wb.addWorksheet("My model");
      sheet.addRow(["Inputs", "Activities", "Outcomes", "Impact", "Comments"]);
      sheet.addRow([
        "Volunteers",
        { richText: [{ text: "Walk " }, { text: "groups", font: { bold: true } }] },
        { formula: "1+1", result: 2 },
        "Healthier lives",
        "check",
      ]);
      sheet.addRow([12, "Cook-alongs", null, null]);
      sheet.mergeCells("D2:D3");
      wb.addWorksheet("Other").addRow(["Impact"]).commit();
    });
    const result = await importSheetFile("town.xlsx", bytes);
    const { model, list } = items(result);
    expect(list).toEqual([
      ["input", "inputs", "Volunteers"],
      ["activity", "activities", "Walk groups"],
      ["outcome", "short", "2"],
      ["impact", "impact", "Healthier lives"],
      ["input", "inputs", "12"],
      ["activity", "activities", "Cook-alongs"],
    ]);
    expect(model.meta.title).toBe("town");
    expect(result.ok && result.repairs.join(" ")).toContain("“\u2068Comments\u2069”");
  });

  it("refuses a workbook whose first sheet has no stage heading", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Budget").addRow(["Item", "Cost"]);
    });
    expect(await importSheetFile("budget.xlsx", bytes)).toEqual({
      ok: false,
      message: SHEET_MESSAGES.noStageColumns,
    });
  });

  it("refuses an empty workbook", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Sheet1");
    });
    expect(await importSheetFile("blank.xlsx", bytes)).toEqual({
      ok: false,
      message: SHEET_MESSAGES.empty,
    });
  });
});
