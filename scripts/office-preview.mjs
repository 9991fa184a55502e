#!/usr/bin/env node
// Opens exported files the way a person would, and keeps pictures of them:
// LibreOffice (headless) turns each .docx/.pptx/.xlsx/.svg into a PDF, then
// pdftoppm turns every PDF page into a PNG. Used by the export browser test
// (its artefacts land in test-results/exports/preview/) and by hand:
//   node scripts/office-preview.mjs <file>… [--out <dir>] [--dpi 50]
// Needs LibreOffice and poppler-utils (.ci/run installs both).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Whether `command` can be run here (on the PATH). */
function installed(command) {
  return (
    spawnSync(command, ["--version"], { stdio: "ignore", timeout: 60_000 }).error === undefined
  );
}

/** Null when previews can be made here, else one line saying what is missing (for a skip). */
export function officePreviewMissing() {
  if (!installed("soffice"))
    return "LibreOffice (soffice) is not installed, so the Office files were not opened";
  if (!installed("pdftoppm"))
    return "pdftoppm (poppler-utils) is not installed, so the Office files' pages were not drawn";
  return null;
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`${command} failed: ${result.error?.message ?? result.stderr ?? ""}`.trim());
  }
}

/** PDF and PNG pages for each file: [{ file, pdf, pages: [png…] }]. */
export function previewOfficeFiles(files, { out, dpi = 50 }) {
  mkdirSync(out, { recursive: true });
  // A private LibreOffice profile: no clash with another running instance.
  const profile = mkdtempSync(path.join(os.tmpdir(), "toc-office-"));
  try {
    return files.map((file) => {
      const base = path.basename(file).replace(/\.[^.]+$/, "");
      const ext = path.extname(file).slice(1);
      // One folder per format: a report, its slides and its workbook share a base name.
      const dir = path.join(out, ext);
      mkdirSync(dir, { recursive: true });
      run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ]);
      const pdf = path.join(dir, `${base}.pdf`);
      // Pages are <base>-N.png; drop a previous run's first, which may have had more pages.
      const isPage = (f) => f.startsWith(base) && /^-\d+\.png$/.test(f.slice(base.length));
      for (const f of readdirSync(dir).filter(isPage)) rmSync(path.join(dir, f));
      run("pdftoppm", ["-png", "-r", String(dpi), pdf, path.join(dir, base)]);
      const pages = readdirSync(dir)
        .filter(isPage)
        .sort()
        .map((f) => path.join(dir, f));
      return { file, pdf, pages };
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [value] = args.splice(i, 2).slice(1);
    return value;
  };
  const out = option("--out", "office-preview");
  const dpi = Number(option("--dpi", "50"));
  for (const r of previewOfficeFiles(args, { out, dpi })) {
    console.log(`${r.file}: ${r.pages.length} page(s) → ${path.dirname(r.pdf)}`);
  }
}
