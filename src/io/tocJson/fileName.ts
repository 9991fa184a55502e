// Download names: `<title>-theory-of-change-YYYY-MM-DD.<ext>` (PRODUCT.md).
// The title part is a slug: lower case, Unicode letters and digits kept (with
// their combining marks), every other run of characters one "-", at most 60
// characters. Slugs therefore never hold path separators or leading dots.
import { DEFAULT_DOCUMENT_TITLE } from "../../domain/model";

export const TOC_FILE_EXTENSION = ".toc.json";
export const MAX_SLUG_LENGTH = 60;
const FALLBACK_SLUG = "untitled";

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, "");
}

export function slugifyTitle(title: string): string {
  if (typeof title !== "string") return FALLBACK_SLUG;
  const plain = title.toWellFormed().normalize("NFC").trim();
  if (plain.toLowerCase() === DEFAULT_DOCUMENT_TITLE.toLowerCase()) return FALLBACK_SLUG;
  const dashed = plain
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    // A combining mark with no letter before it stands for nothing.
    .replace(/(^|-)\p{M}+/gu, "$1");
  // Cut by code points so a character outside the BMP is never split.
  const cut = trimDashes(Array.from(trimDashes(dashed)).slice(0, MAX_SLUG_LENGTH).join(""));
  return cut || FALLBACK_SLUG;
}

/** YYYY-MM-DD in the user's own time zone (the date they see on their clock). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `<slug>-theory-of-change-YYYY-MM-DD`, for any export format to add its extension. */
export function fileBaseName(title: string, now: Date): string {
  return `${slugifyTitle(title)}-theory-of-change-${localDate(now)}`;
}

export function downloadName(title: string, now: Date): string {
  return `${fileBaseName(title, now)}${TOC_FILE_EXTENSION}`;
}
