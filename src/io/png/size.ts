// How big a PNG of the diagram would be, and whether the browser can draw it.
// Chromium refuses canvases past 32,767 pixels a side or about 268 million
// pixels, and a canvas that large needs a gigabyte of memory; the caps below
// leave room for phones and busy tabs. Pure, so node tests cover them.

import { MAX_FILE_BYTES } from "../tocJson/messages";

export const MAX_PNG_SIDE = 16_384;
export const MAX_PNG_PIXELS = 64_000_000;
/**
 * The largest PNG file the import reads: a diagram deflates to well under a
 * byte a pixel, so the largest picture we draw plus the largest embedded model.
 */
export const MAX_PNG_FILE_BYTES = MAX_PNG_PIXELS + MAX_FILE_BYTES;
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PixelSize {
  width: number;
  height: number;
}

export function pngSize(scene: PixelSize, scale: number): PixelSize {
  return { width: Math.ceil(scene.width * scale), height: Math.ceil(scene.height * scale) };
}

export function fitsCanvas(size: PixelSize): boolean {
  return (
    size.width >= 1 &&
    size.height >= 1 &&
    size.width <= MAX_PNG_SIDE &&
    size.height <= MAX_PNG_SIDE &&
    size.width * size.height <= MAX_PNG_PIXELS
  );
}

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * null when the picture at this scale can be drawn; otherwise a message saying
 * what happened and what to do (a smaller scale that fits, or SVG).
 */
export function pngSizeProblem(scene: PixelSize, scale: number): string | null {
  const size = pngSize(scene, scale);
  if (fitsCanvas(size)) return null;
  const smaller = PNG_SCALES.filter((s) => s < scale && fitsCanvas(pngSize(scene, s))).at(-1);
  const advice = smaller
    ? `Choose ${smaller}× or export SVG instead.`
    : "Export SVG instead, or export a selection of elements as PNG.";
  return `This picture would be ${count(size.width)} × ${count(size.height)} pixels — more than the browser can draw. ${advice}`;
}

/**
 * The largest scale up to `wanted` at which the picture fits the caps, to two
 * decimals: the Word report's fallback picture is made at this scale, so a
 * large diagram gives a coarser fallback instead of no report.
 */
export function fittingScale(scene: PixelSize, wanted: number): number {
  const fit = Math.min(
    wanted,
    MAX_PNG_SIDE / scene.width,
    MAX_PNG_SIDE / scene.height,
    Math.sqrt(MAX_PNG_PIXELS / (scene.width * scene.height)),
  );
  return Math.floor(fit * 100) / 100;
}
