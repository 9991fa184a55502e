import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorker } from "./scripts/vite-sw-plugin.mjs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), serviceWorker()],
  build: { target: "es2022", sourcemap: true },
  // Module workers with their own chunks: the export worker loads Word, PowerPoint or
  // spreadsheet code only for the format asked for.
  worker: { format: "es" },
});
