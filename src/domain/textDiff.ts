// The smallest single splice that turns one string into another: common
// prefix and suffix kept, the middle replaced. Used to write a textarea's new
// value into shared text (so concurrent typing elsewhere in it survives) and
// to move the caret when someone else's typing lands before it.
// Never splits a surrogate pair (pinned by a test).

export interface Splice {
  index: number;
  deleteCount: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function diffText(before: string, after: string): Splice | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    deleteCount: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

/** Where a caret at `caret` in the old text belongs after `splice`. */
export function moveCaret(caret: number, splice: Splice): number {
  if (caret <= splice.index) return caret;
  if (caret >= splice.index + splice.deleteCount) {
    return caret - splice.deleteCount + splice.insert.length;
  }
  return splice.index + splice.insert.length;
}
