// Layer rules for src/ (ARCHITECTURE.md's layer table), checked by `npm run lint` and `npm test`.
//
// LAYERS is the one table to edit. Each row is a layer: the folders (or files) under src/ that
// belong to it, the other layers it may import, and the npm packages it may import. Everything
// else is refused: a folder under src/ that is in no row, an import of a layer not listed, a
// package not listed, Node built-ins, and anything outside src/ (server/, scripts/, bench/, tests/).
// The rules below are generated from the table, so renaming a folder is a one-line edit here.
// The table must stay acyclic (checked on load), so layers can never import each other in a circle.

/** @type {{ layer: string, paths: string[], may: string[], packages: string[] }[]} */
const LAYERS = [
  // bottom: plain TypeScript (model, geometry, text hygiene, quality checks in domain/quality)
  { layer: "domain", paths: ["domain"], may: [], packages: [] },
  { layer: "layout", paths: ["layout"], may: ["domain"], packages: ["elkjs"] },
  { layer: "doc", paths: ["doc"], may: ["domain"], packages: ["yjs"] },
  // storage: this device's IndexedDB (the library and each document's saved updates)
  { layer: "storage", paths: ["storage"], may: ["domain", "doc"], packages: ["yjs"] },
  // live: peer-to-peer sessions (y-webrtc, the peer guard, presence, connection settings)
  {
    layer: "live",
    paths: ["live"],
    // a session works on a document opened from storage
    may: ["domain", "doc", "storage"],
    packages: ["yjs", "y-protocols", "y-webrtc", "lib0"],
  },
  {
    layer: "io",
    paths: ["io"],
    may: ["domain", "doc"],
    packages: ["docx", "exceljs", "papaparse", "pptxgenjs"],
  },
  { layer: "templates", paths: ["templates"], may: ["domain", "io"], packages: [] },
  {
    layer: "store",
    paths: ["store"],
    may: ["domain", "layout", "doc", "storage", "live", "io", "templates"],
    packages: ["zustand"],
  },
  {
    layer: "actions",
    paths: ["actions"],
    may: ["domain", "layout", "doc", "io", "templates", "store"],
    packages: ["zustand"],
  },
  // one draft-then-commit field, used by the canvas's inline editor and the side panel
  { layer: "fields", paths: ["fields"], may: ["domain", "store", "actions"], packages: ["react"] },
  {
    layer: "canvas",
    paths: ["canvas"],
    may: ["domain", "store", "actions", "fields"],
    packages: ["react", "@xyflow/react", "lucide-react"],
  },
  {
    layer: "ui",
    paths: ["ui"],
    // not storage or live: the screens reach them through the store
    may: ["domain", "layout", "doc", "io", "templates", "store", "actions", "fields", "canvas"],
    packages: ["react", "react-dom", "zustand", "uqr", "lucide-react"],
  },
  {
    layer: "app",
    // main.tsx and vite-env.d.ts (the entry) sit at the top with app/
    paths: ["app", "main.tsx", "vite-env.d.ts"],
    may: [
      "domain",
      "layout",
      "doc",
      "storage",
      "live",
      "io",
      "templates",
      "store",
      "actions",
      "fields",
      "canvas",
      "ui",
    ],
    packages: ["react", "react-dom", "vite"],
  },
];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Matches files under src/<path> (a folder) or exactly src/<path> (a file). */
const under = (paths) => `^src/(${paths.map(escapeRegExp).join("|")})(/|$)`;
const byName = new Map(LAYERS.map((row) => [row.layer, row]));

function assertTable() {
  for (const row of LAYERS) {
    for (const name of row.may) {
      if (!byName.has(name))
        throw new Error(`LAYERS: ${row.layer} may import "${name}", no such layer`);
    }
  }
  // Depth-first search for a circle in the "may import" relation.
  const state = new Map();
  const visit = (name, trail) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "open") {
      throw new Error(`LAYERS has a circle: ${[...trail, name].join(" → ")}`);
    }
    state.set(name, "open");
    for (const next of byName.get(name).may) visit(next, [...trail, name]);
    state.set(name, "done");
  };
  for (const row of LAYERS) visit(row.layer, []);
}
assertTable();

const layerRules = LAYERS.map((row) => {
  const own = row.paths.concat(row.may.flatMap((name) => byName.get(name).paths));
  return {
    name: `layer-${row.layer}`,
    comment: `${row.may.length ? `src/${row.layer} may import only ${row.may.join(", ")} from src/` : `src/${row.layer} is the bottom layer: it imports nothing else from src/`} (ARCHITECTURE.md's layer table; edit LAYERS in .dependency-cruiser.cjs to change it).`,
    severity: "error",
    from: { path: under(row.paths) },
    to: { path: "^src/", pathNot: under(own) },
  };
});

const packageRules = LAYERS.map((row) => ({
  name: `packages-${row.layer}`,
  comment: `${row.packages.length ? `src/${row.layer} may import only these packages: ${row.packages.join(", ")}` : `src/${row.layer} imports no package`}. If a new package belongs here, add it to its row in LAYERS.`,
  severity: "error",
  from: { path: under(row.paths) },
  to: row.packages.length
    ? {
        path: "node_modules/",
        pathNot: `node_modules/(${row.packages.map(escapeRegExp).join("|")})/`,
      }
    : { path: "node_modules/" },
}));

const allLayerPaths = LAYERS.flatMap((row) => row.paths);

module.exports = {
  forbidden: [
    ...layerRules,
    ...packageRules,
    {
      name: "not-in-a-layer",
      comment:
        "Every folder of src/ belongs to a layer: add this folder to LAYERS in .dependency-cruiser.cjs.",
      severity: "error",
      from: { path: "^src/", pathNot: under(allLayerPaths) },
      to: {},
    },
    {
      name: "import-from-no-layer",
      comment:
        "This file is in a folder of src/ that belongs to no layer: add the folder to LAYERS in .dependency-cruiser.cjs.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/", pathNot: under(allLayerPaths) },
    },
    {
      name: "outside-src",
      comment:
        "src/ is the browser app: it never imports server/, scripts/, bench/ or tests/ (Node only).",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(server|scripts|bench|tests)/" },
    },
    {
      name: "node-built-ins",
      comment: "src/ runs in the browser: no Node built-in modules.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      comment:
        "Import cycle: files that import each other in a circle cannot be understood, tested or loaded on their own. (Cycles made only of type imports are allowed.)",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "unresolvable",
      comment: "This import resolves to no file, so the layer rules cannot check it.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // type-only imports count: a type from a higher layer still ties the two together
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.app.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
