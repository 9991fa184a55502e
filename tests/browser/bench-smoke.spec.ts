// The benchmark harness cannot rot: one quick run of every suite (the smallest
// size, a few repeats, nothing written) finishes and reports a result for each
// measurement. Benchmarks report speed; this only checks that they still run.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("every benchmark suite runs (npm run bench -- --quick)", async () => {
  test.setTimeout(600_000);
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const child = spawn(process.execPath, ["bench/run.mjs", "--quick"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk) => {
      text += chunk;
    });
    child.stderr.on("data", (chunk) => {
      text += chunk;
    });
    child.on("close", (code) => resolve({ code, text }));
  });
  expect(output.text).not.toContain("FAILED");
  expect(output.code, output.text.slice(-4000)).toBe(0);
  expect(output.text).toContain("── Live-session latency");
});
