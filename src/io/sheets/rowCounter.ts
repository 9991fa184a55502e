// Counts the rows of a sheet's XML as it streams past: each `<row ` (or
// `<row>`, `<row/>`) start tag is one row, whatever its cells hold. The last
// few bytes of a piece are kept, so a tag split between two pieces still counts.

const TAG = [0x3c, 0x72, 0x6f, 0x77]; // "<row"
const AFTER_TAG = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]); // space, tab, newline, ">", "/"

export function rowCounter(maxRows: number) {
  let rows = 0;
  let tail = new Uint8Array(0);
  return {
    /** Counts the rows in `piece`; false once there are more than `maxRows`. */
    add(piece: Uint8Array): boolean {
      const bytes = tail.length === 0 ? piece : joined(tail, piece);
      let at = bytes.indexOf(TAG[0]);
      while (at >= 0 && at + TAG.length < bytes.length) {
        if (
          bytes[at + 1] === TAG[1] &&
          bytes[at + 2] === TAG[2] &&
          bytes[at + 3] === TAG[3] &&
          AFTER_TAG.has(bytes[at + 4])
        )
          rows++;
        at = bytes.indexOf(TAG[0], at + 1);
      }
      // The bytes not yet looked at in full: a tag may continue in the next piece.
      tail = bytes.slice(Math.max(0, bytes.length - TAG.length));
      return rows <= maxRows;
    },
    over: () => rows > maxRows,
  };
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
