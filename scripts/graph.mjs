// npm run graph: the folders of src/ and the packages they import, as a picture.
// Writes test-results/dependency-graph.dot, and .svg when Graphviz (`dot`) is installed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "test-results");
const cruise = spawnSync(
  path.join(ROOT, "node_modules", ".bin", "depcruise"),
  [
    "src",
    "--config",
    ".dependency-cruiser.cjs",
    "--output-type",
    "dot",
    // one box per folder of src/ (and per package), not per file
    "--collapse",
    "^src/[^/]+|^node_modules/[^/]+",
  ],
  { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
if (!cruise.stdout) {
  console.error(cruise.stderr || "dependency-cruiser wrote nothing");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const dotFile = path.join(OUT, "dependency-graph.dot");
writeFileSync(dotFile, cruise.stdout);
const svg = spawnSync("dot", ["-Tsvg", dotFile, "-o", path.join(OUT, "dependency-graph.svg")]);
if (svg.error) {
  console.log(`Wrote ${path.relative(ROOT, dotFile)} (install Graphviz for the .svg).`);
} else {
  console.log(`Wrote ${path.relative(ROOT, dotFile)} and dependency-graph.svg beside it.`);
}
