// Generates the app icons in public/icons/ (no dependencies): node scripts/make-icons.mjs
// A full-bleed blue square with a white mark: two boxes feeding a third (a tiny theory of change).
// The mark stays inside the central 80% circle, so the PNGs also work as maskable icons.

import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];
const BOX = 0.16; // side, as a fraction of the icon
const RADIUS = 0.03;
const LINE = 0.045;
const BOXES = [
  [0.3, 0.35],
  [0.3, 0.65],
  [0.7, 0.5],
];
const LINES = [
  [BOXES[0], BOXES[2]],
  [BOXES[1], BOXES[2]],
];

function insideBox(x, y, [cx, cy]) {
  const h = BOX / 2 - RADIUS;
  const dx = Math.max(Math.abs(x - cx) - h, 0);
  const dy = Math.max(Math.abs(y - cy) - h, 0);
  return dx * dx + dy * dy <= RADIUS * RADIUS;
}

function nearLine(x, y, [[ax, ay], [bx, by]]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= LINE / 2;
}

const isMark = (x, y) =>
  BOXES.some((b) => insideBox(x, y, b)) || LINES.some((l) => nearLine(x, y, l));

/** RGB rows with 4x4 supersampling for smooth edges. */
function render(size) {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 3 + 1); // first byte of each row: filter type 0
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let s = 0; s < 16; s++)
        hits += isMark(
          (px + ((s % 4) + 0.5) / 4) / size,
          (py + (Math.floor(s / 4) + 0.5) / 4) / size,
        )
          ? 1
          : 0;
      for (let c = 0; c < 3; c++)
        rows[row + 1 + px * 3 + c] = Math.round(BLUE[c] + ((WHITE[c] - BLUE[c]) * hits) / 16);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(render(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export function svg() {
  const u = (v) => Math.round(v * 512);
  const boxes = BOXES.map(
    ([cx, cy]) =>
      `<rect x="${u(cx - BOX / 2)}" y="${u(cy - BOX / 2)}" width="${u(BOX)}" height="${u(BOX)}" rx="${u(RADIUS)}"/>`,
  );
  const lines = LINES.map(
    ([[ax, ay], [bx, by]]) => `<line x1="${u(ax)}" y1="${u(ay)}" x2="${u(bx)}" y2="${u(by)}"/>`,
  );
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    "<title>ToC Studio</title>",
    '<rect width="512" height="512" fill="#005eb8"/>',
    `<g stroke="#fff" stroke-width="${u(LINE)}">${lines.join("")}</g>`,
    `<g fill="#fff">${boxes.join("")}</g>`,
    "</svg>",
    "",
  ].join("\n");
}

const outDir = new URL("../public/icons/", import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, outDir), png(size));
writeFileSync(new URL("icon.svg", outDir), svg());
console.log("Wrote public/icons/icon-192.png, icon-512.png, icon.svg");
