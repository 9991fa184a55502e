import { defineConfig } from "vitest/config";

// Node-only suites (domain, doc, io, server). Browser behaviour lives in tests/browser (Playwright).
// No test may depend on the machine's speed: the suite runs on shared, busy machines (several
// copies at once on two cores), so the default limit per test is generous and heavy tests set
// their own. A limit only catches a hang; it never measures speed (the benchmarks do).
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/node/**/*.test.ts"],
    setupFiles: [],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
