// "Targets at a glance": every benchmark row that has a target, gathered from
// bench/results/*.json (whichever run wrote each) into one table at the top
// of BENCHMARKS.md, with the commit and load each came from. Rewritten after
// every run that writes results, so it always matches the sections below it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./build.mjs";
import { renderRows, replaceSection } from "./suiteReport.mjs";

const HEADING = "## Targets at a glance";

function sessionRows(json) {
  return json.groups.map((g) => ({
    case: `live session, ${g.N} browsers: edit → visible in every other browser`,
    unit: "ms",
    app: { p50: g.app.visible.p50, p95: g.app.visible.p95 },
    baseline: { p50: g.baseline.visible.p50, p95: g.baseline.visible.p95 },
    ratio: g.ratio,
    target: `p95 ≤ ${g.target} ms`,
    pass: g.pass,
    note: `${json.commit}, load ${g.loadAverage1m.start} → ${g.loadAverage1m.end}`,
  }));
}

/** Every targeted row from every results file, suite by suite. */
function targetedRows() {
  const dir = path.join(REPO_ROOT, "bench", "results");
  const rows = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json") || file === "run.json") continue;
    const json = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    if (json.benchmark && json.groups) {
      rows.push(...sessionRows(json));
      continue;
    }
    for (const row of json.rows ?? []) {
      if (row.pass === null || row.pass === undefined) continue;
      const from = `${json.machine.commit}, load ${json.loadAverage1m.start} → ${json.loadAverage1m.end}`;
      rows.push({ ...row, note: row.note ? `${row.note}; ${from}` : from });
    }
  }
  return rows;
}

/** `fullRun`: how long a run of every suite took (kept in bench/results/run.json). */
export function writeGlance(fullRun) {
  const file = path.join(REPO_ROOT, "BENCHMARKS.md");
  if (!existsSync(file)) return;
  const runFile = path.join(REPO_ROOT, "bench", "results", "run.json");
  if (fullRun) writeFileSync(runFile, `${JSON.stringify(fullRun, null, 2)}\n`);
  const last = existsSync(runFile) ? JSON.parse(readFileSync(runFile, "utf8")) : null;
  const perSuite = Object.entries(last?.suiteMinutes ?? {})
    .map(([name, minutes]) => `${name} ${minutes}`)
    .join(", ");
  const runInfo = last
    ? `The last full run (\`npm run bench\`, every suite) took ${last.minutes.toFixed(1)} minutes on ${last.cores} cores (commit ${last.commit}, ${last.date.slice(0, 10)}${last.loadAverage1m === undefined ? "" : `, 1-min load ${last.loadAverage1m} at its end`})${perSuite ? `; minutes per suite: ${perSuite}` : ""}.`
    : "";
  const rows = targetedRows();
  const passed = rows.filter((r) => r.pass).length;
  const section = [
    HEADING,
    "",
    `${passed} of ${rows.length} targets met. Each row comes from the suite's own section below (same commit and load noted); the section explains the method, and "Why the misses" below says what stands in the way of each miss, with numbers.${runInfo ? ` ${runInfo}` : ""}`,
    "",
    renderRows(rows),
    "",
  ].join("\n");
  let text = readFileSync(file, "utf8");
  if (text.includes(`${HEADING}\n`)) text = replaceSection(text, HEADING, section);
  else {
    // Before the first section.
    const first = text.indexOf("\n## ");
    text = `${text.slice(0, first + 1)}${section}\n${text.slice(first + 1)}`;
  }
  writeFileSync(file, text);
}
