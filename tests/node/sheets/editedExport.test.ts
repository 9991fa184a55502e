// Invariant: our own export, edited by a person in a spreadsheet, imports
// through the same tolerant restore as a *.toc.json: readable values or codes
// in any case are accepted, columns may be moved or headed by their machine
// key, rows naming missing elements are left out with a note naming the sheet
// and row, unknown values fall back and are counted, and hostile ids such as
// `__proto__` reach no prototype. A file missing a table it needs is refused.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { exportCsv, importCsv } from "../../../src/io/sheets/csv";
import { SHEET_MESSAGES, SHEET_NOTES } from "../../../src/io/sheets/messages";
import { exportXlsx, importXlsx } from "../../../src/io/sheets/xlsx";
import { envelopeOf, NOW, openImported, templateModel } from "./helpers";

// XLSX work takes a few seconds on a loaded machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const model = templateModel();
const rows = () => Papa.parse<string[]>(exportCsv(model, NOW).slice(1)).data;
const write = (data: string[][]) => Papa.unparse(data, { newline: "\r\n" });
const table = (data: string[][], name: string) => data.filter((r) => r[0] === name);

function edited(change: (data: string[][]) => void) {
  const data = rows();
  change(data);
  return importCsv(write(data));
}

describe("an edited export", () => {
  it("reads back exactly after a spreadsheet saved it with semicolons", () => {
    const semicolons = Papa.unparse(rows(), { delimiter: ";", newline: "\r\n" });
    expect(envelopeOf(openImported(importCsv(semicolons)))).toEqual(envelopeOf(model));
  });

  it("accepts codes and labels in any case, and another framing's stage names", () => {
    const result = edited((data) => {
      const [header, first] = table(data, "Elements");
      first[header.indexOf("Kind")] = "OUTCOME";
      first[header.indexOf("Stage")] = "medium-term outcomes"; // the logic model's name
      first[header.indexOf("Status")] = "agreed";
    });
    expect(result.ok && result.repairs).toEqual([]);
    const back = openImported(result);
    const first = back.elements.find((el) => el.id === model.elements[0].id);
    expect([first?.kind, first?.stage, first?.status]).toEqual(["outcome", "medium", "agreed"]);
  });

  it("reads columns moved about and headed by their machine keys", () => {
    const result = edited((data) => {
      for (const row of table(data, "Elements")) {
        const [name, ...cells] = row;
        row.splice(0, row.length, name, ...cells.reverse());
      }
      const header = table(data, "Elements")[0];
      header[header.indexOf("Title")] = "title";
    });
    expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
  });

  it("leaves out a detail row naming a missing element, saying which sheet and row", () => {
    let line = 0;
    const result = edited((data) => {
      const row = table(data, "Indicators")[1];
      row[1] = "no-such-element";
      line = data.indexOf(row) + 1;
    });
    expect(result.ok && result.repairs).toEqual([
      `The sheet “\u2068Indicators\u2069” row ${line} names an element that is not in the file, so that row was left out.`,
    ]);
    const back = openImported(result);
    const count = (m: typeof model) => m.elements.reduce((n, el) => n + el.indicators.length, 0);
    expect(count(back)).toBe(count(model) - 1);
  });

  it("drops a link to a missing element, as the file import does", () => {
    const result = edited((data) => {
      table(data, "Links")[1][2] = "gone";
    });
    expect(result.ok && result.repairs).toEqual([
      "1 link pointed to an element that is not in the file and was left out.",
    ]);
    expect(openImported(result).links).toHaveLength(model.links.length - 1);
  });

  it("counts values it does not recognise and uses the usual ones", () => {
    const result = edited((data) => {
      const [header, first, second] = table(data, "Elements");
      first[header.indexOf("Status")] = "Maybe";
      second[header.indexOf("Kind")] = "Widget";
    });
    expect(result.ok && result.repairs).toEqual([
      "2 cells held values ToC Studio does not recognise (for example a kind, stage, status or confidence) and the usual values were used.",
      "1 element of a kind ToC Studio does not know was turned into a note.",
    ]);
  });

  it("places elements whose positions are not usable numbers, as the file import does", () => {
    const result = edited((data) => {
      const [header, ...elements] = table(data, "Elements");
      const x = header.indexOf("Position x");
      ["NaN", "1e308", "Infinity", "'-0", "12abc"].forEach((value, i) => {
        elements[i][x] = value;
      });
    });
    expect(result.ok && result.repairs).toEqual([
      "4 elements had no usable positions and were placed automatically.",
    ]);
    const back = openImported(result);
    expect(back.elements.find((el) => el.id === model.elements[3].id)?.position.x).toBe(0);
    for (const el of back.elements) expect(Number.isFinite(el.position.x)).toBe(true);
  });

  it("lets no id reach a prototype", () => {
    let roleElement = "";
    const result = edited((data) => {
      const [header, first] = table(data, "Elements");
      const firstId = first[header.indexOf("Id")];
      // A role on an element that stays in the file, so only its stakeholder id is hostile.
      const role = table(data, "Stakeholder roles")
        .slice(1)
        .find((r) => r[1] !== firstId);
      if (!role) throw new Error("no role row");
      roleElement = role[1];
      role[3] = "__proto__";
      first[header.indexOf("Id")] = "__proto__";
    });
    if (!result.ok) throw new Error(result.message);
    const element = result.document.elements.find((el) => el.id === roleElement);
    expect(element).toBeDefined();
    // The "__proto__" role row is dropped with a note, never set as a prototype.
    expect(Object.hasOwn(element?.stakeholders ?? {}, "__proto__")).toBe(false);
    expect(result.repairs.some((r) => /could not be read and was left out/.test(r))).toBe(true);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    const back = openImported(result);
    expect(back.elements.some((el) => el.id === "__proto__")).toBe(true);
  });

  it("still opens as ours when the Document sheet was deleted, saying what that cost", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(model, NOW)) as unknown as ExcelJS.Buffer);
    workbook.removeWorksheet(workbook.getWorksheet("Document")?.id ?? -1);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await importXlsx(bytes);
    expect(result.ok && result.repairs).toEqual([SHEET_NOTES.noDocumentTable]);
    const back = envelopeOf(openImported(result)).document;
    expect(back.elements).toEqual(envelopeOf(model).document.elements);
    expect(back.title).toBe("Untitled theory of change");
  });

  it("is refused when it has lost its Elements table", () => {
    const result = edited((data) => {
      for (const row of table(data, "Elements")) data.splice(data.indexOf(row), 1);
    });
    expect(result).toEqual({ ok: false, message: SHEET_MESSAGES.missingTable("Elements") });
  });
});
