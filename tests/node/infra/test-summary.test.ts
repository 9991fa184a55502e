import { describe, expect, it } from "vitest";
import {
  countPlaywright,
  countVitest,
  exitCodeFor,
  summaryLine,
  total,
} from "../../../scripts/test-summary.mjs";

describe("scripts/test-summary.mjs", () => {
  it("prints the CI summary line, with skipped only when > 0", () => {
    expect(summaryLine({ passed: 3, failed: 0, skipped: 0 })).toBe("3 passed, 0 failed");
    expect(summaryLine({ passed: 3, failed: 1, skipped: 2 })).toBe("3 passed, 1 failed, 2 skipped");
  });

  it("sums vitest and Playwright reports", () => {
    const node = countVitest(
      {
        numPassedTests: 5,
        numFailedTests: 0,
        numPendingTests: 1,
        numTodoTests: 1,
        testResults: [],
      },
      0,
    );
    const browser = countPlaywright(
      { stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 0 } },
      1,
    );
    const sum = total([node, browser]);
    expect(summaryLine(sum)).toBe("8 passed, 1 failed, 2 skipped");
    expect(exitCodeFor(sum)).toBe(1);
  });

  it("names each skipped browser test with its reason, without counting a failure", () => {
    const counts = countPlaywright(
      {
        stats: { expected: 1, unexpected: 0, skipped: 1 },
        suites: [
          {
            specs: [],
            suites: [
              {
                specs: [
                  {
                    title: "the Office files open in LibreOffice",
                    tests: [
                      {
                        status: "skipped",
                        annotations: [
                          { type: "skip", description: "LibreOffice is not installed" },
                        ],
                      },
                    ],
                  },
                  { title: "an export", tests: [{ status: "expected", annotations: [] }] },
                ],
              },
            ],
          },
        ],
      },
      0,
    );
    expect(counts.notes).toEqual([
      "skipped: the Office files open in LibreOffice (LibreOffice is not installed)",
    ]);
    expect(summaryLine(counts)).toBe("1 passed, 0 failed, 1 skipped");
    expect(exitCodeFor(counts)).toBe(0);
  });

  it("counts a crashed runner or a file that failed to load as a failure", () => {
    expect(countVitest(null, 1).failed).toBe(1);
    expect(countPlaywright(null, 1).failed).toBe(1);
    const brokenFile = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [{ status: "failed", assertionResults: [] }],
    };
    expect(countVitest(brokenFile, 1).failed).toBe(1);
    expect(
      countPlaywright(
        { stats: { expected: 0, unexpected: 0 }, errors: [{ message: "webServer" }] },
        1,
      ).failed,
    ).toBe(1);
  });

  it("fails when no test ran", () => {
    expect(exitCodeFor({ passed: 0, failed: 0 })).toBe(1);
    expect(exitCodeFor({ passed: 1, failed: 0 })).toBe(0);
  });
});
