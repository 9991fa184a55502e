import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { precacheList, renderServiceWorker } from "../../../scripts/vite-sw-plugin.mjs";

const template = readFileSync(
  new URL("../../../src/app/pwa/sw-template.js", import.meta.url),
  "utf8",
);

describe("scripts/vite-sw-plugin.mjs", () => {
  it("precaches built files but not source maps, dotfiles or sw.js itself", () => {
    const files = [
      "assets/a.js",
      "assets/a.js.map",
      "icons/icon.svg",
      "index.html",
      "sw.js",
      ".DS_Store",
    ];
    expect(precacheList(files)).toEqual(["assets/a.js", "icons/icon.svg", "index.html"]);
  });

  it("fills version and precache list into the template", () => {
    const out = renderServiceWorker(template, {
      version: "abc123",
      urls: ["./index.html", "./assets/a.js"],
    });
    expect(out).toContain('const VERSION = "abc123";');
    expect(out).toContain('"./assets/a.js"');
    expect(out).not.toContain("__SW_");
    expect(() => new Function(out)).not.toThrow(); // still parses as a script
  });

  it("refuses a template without the placeholders", () => {
    expect(() => renderServiceWorker("// empty", { version: "x", urls: [] })).toThrow(
      /exactly once/,
    );
  });
});
