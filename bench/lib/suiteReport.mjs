// Results of one benchmark suite: bench/results/<name>.json and its section of
// BENCHMARKS.md ("## <title>"), replaced in place on each run so the other
// sections (and hand-written notes in sections of their own) stay.
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./build.mjs";

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const show = (v, unit) => {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return `${round(v)}${unit ? ` ${unit}` : ""}`;
  return `${round(v.p50)} / ${round(v.p95)}${unit ? ` ${unit}` : ""}`;
};

/**
 * text with the section under heading (a "## …" line) replaced by section, which ends in a
 * newline, up to the next "## " heading; added at the end when text has no such heading.
 */
export function replaceSection(text, heading, section) {
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) return `${text.trimEnd()}\n\n${section}`;
  const next = text.indexOf("\n## ", start + heading.length);
  return text.slice(0, start) + section + (next >= 0 ? `\n${text.slice(next + 1)}` : "");
}

export function machine(chromium = "") {
  let commit = "";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: REPO_ROOT }).toString().trim();
    const dirty = execSync("git status --porcelain -- src bench ':!bench/results'", {
      cwd: REPO_ROOT,
    })
      .toString()
      .trim();
    if (dirty) commit += "-dirty";
  } catch {}
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    commit,
    date: new Date().toISOString(),
  };
}

/**
 * A row: { case, unit, app, baseline, ratio, target, pass, note } where app and baseline are a
 * number or { p50, p95 } ("median / p95" in the table).
 */
export function renderRows(rows) {
  const lines = [
    "| Case | App (median / p95) | Baseline (median / p95) | Ratio | Target | Result |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    const result = r.pass === null || r.pass === undefined ? "—" : r.pass ? "pass" : "MISS";
    lines.push(
      `| ${r.case} | ${show(r.app, r.unit)} | ${show(r.baseline, r.unit)} | ${
        r.ratio === null || r.ratio === undefined ? "—" : `${round(r.ratio)}×`
      } | ${r.target ?? "—"} | ${result}${r.note ? ` (${r.note})` : ""} |`,
    );
  }
  return lines.join("\n");
}

/**
 * @param {{ name: string, title: string, method: string[] }} suite
 * @param {{ rows: object[], notes?: string[] }} result
 * @param {object} info machine()
 * @param {{ load: { start: number, end: number }, write: boolean }} run
 */
export function writeSuite(suite, result, info, run) {
  const json = { suite: suite.name, machine: info, loadAverage1m: run.load, ...result };
  if (!run.write) return json;
  writeFileSync(
    path.join(REPO_ROOT, "bench", "results", `${suite.name}.json`),
    `${JSON.stringify(json, null, 2)}\n`,
  );
  const heading = `## ${suite.title}`;
  const section = [
    heading,
    "",
    ...suite.method,
    "",
    `Measured ${info.date.slice(0, 10)} on ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, Chromium ${info.chromium}; commit ${info.commit}; 1-min load average ${run.load.start} → ${run.load.end}. Raw data: \`bench/results/${suite.name}.json\`.`,
    "",
    renderRows(result.rows),
    ...(result.notes?.length ? ["", ...result.notes] : []),
    "",
  ].join("\n");
  const file = path.join(REPO_ROOT, "BENCHMARKS.md");
  const text = replaceSection(
    existsSync(file)
      ? readFileSync(file, "utf8")
      : "# Benchmarks\n\nMeasured on the machine named in each section; rerun to compare.\n\n",
    heading,
    section,
  );
  writeFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
  return json;
}
