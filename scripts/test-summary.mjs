// Pure helpers for scripts/test-all.mjs: turn runner reports into counts, and counts into the
// one summary line CI reads ("N passed, N failed" plus ", N skipped" when any were skipped).

/** @typedef {{ passed: number, failed: number, skipped: number, notes: string[] }} Counts */

const num = (value) => (Number.isFinite(value) ? value : 0);

/**
 * A runner that exits non-zero without reporting a failed test (crash, a file that failed to
 * load, a web server that never started, a missing report) still counts as one failure.
 * @param {Counts} counts
 * @param {number | null} exitCode
 * @param {string} runner
 * @returns {Counts}
 */
function withExitCode(counts, exitCode, runner) {
  if (exitCode === 0 || counts.failed > 0) return counts;
  return {
    ...counts,
    failed: counts.failed + 1,
    notes: [
      ...counts.notes,
      `${runner} exited with ${exitCode} without a failed test: counted as 1 failure`,
    ],
  };
}

/**
 * @param {any} report parsed `vitest --reporter=json` output, or null if missing/unreadable
 * @param {number | null} exitCode
 * @returns {Counts}
 */
export function countVitest(report, exitCode) {
  if (!report)
    return withExitCode(
      { passed: 0, failed: 0, skipped: 0, notes: ["no vitest report"] },
      exitCode ?? 1,
      "vitest",
    );
  const failedFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === "failed" && (file.assertionResults ?? []).every((t) => t.status !== "failed"),
  ).length;
  const counts = {
    passed: num(report.numPassedTests),
    failed: num(report.numFailedTests) + failedFiles,
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
    notes: failedFiles ? [`${failedFiles} test file(s) failed to run (see output above)`] : [],
  };
  return withExitCode(counts, exitCode, "vitest");
}

/**
 * One line per skipped Playwright test with the reason it gave (test.skip(condition, reason)).
 * @param {any[]} [suites] the report's suites (nested)
 * @returns {string[]}
 */
function skipReasons(suites = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((test) => test.status === "skipped")
        .map((test) => {
          const reason = (test.annotations ?? []).find((a) => a.type === "skip")?.description;
          return `skipped: ${spec.title}${reason ? ` (${reason})` : ""}`;
        }),
    ),
    ...skipReasons(suite.suites),
  ]);
}

/**
 * @param {any} report parsed Playwright JSON report, or null if missing/unreadable
 * @param {number | null} exitCode
 * @returns {Counts}
 */
export function countPlaywright(report, exitCode) {
  if (!report)
    return withExitCode(
      { passed: 0, failed: 0, skipped: 0, notes: ["no Playwright report"] },
      exitCode ?? 1,
      "playwright",
    );
  const stats = report.stats ?? {};
  const counts = {
    passed: num(stats.expected) + num(stats.flaky),
    failed: num(stats.unexpected),
    skipped: num(stats.skipped),
    notes: [
      ...(report.errors ?? []).map(
        (error) => `playwright: ${String(error.message ?? error).split("\n")[0]}`,
      ),
      ...skipReasons(report.suites),
    ],
  };
  return withExitCode(counts, exitCode, "playwright");
}

/** @param {Counts[]} parts */
export function total(parts) {
  return parts.reduce(
    (sum, part) => ({
      passed: sum.passed + part.passed,
      failed: sum.failed + part.failed,
      skipped: sum.skipped + part.skipped,
      notes: [...sum.notes, ...part.notes],
    }),
    { passed: 0, failed: 0, skipped: 0, notes: [] },
  );
}

/** @param {{ passed: number, failed: number, skipped: number }} counts */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

/** Non-zero when anything failed or when no test ran at all. */
export function exitCodeFor({ passed, failed }) {
  return failed > 0 || passed + failed === 0 ? 1 : 0;
}
