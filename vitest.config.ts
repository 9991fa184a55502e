import { defineConfig } from "vitest/config";

// Node-only suites (domain, doc, io, server). Browser behaviour lives in tests/browser (Playwright).
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/node/**/*.test.ts"],
    setupFiles: [],
  },
});
