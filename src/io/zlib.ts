// Deflate streams through the platform's CompressionStream: PNG's compressed
// text ("deflate", zlib-wrapped) and ZIP entries ("deflate-raw"). Inflating
// stops as soon as the output passes a cap, so a small decompression bomb
// costs no more than the cap. The input is fed in small slices, one when the
// stream asks for it: fed as one chunk, the browser inflates all of it before
// the first read returns, and the cap would be checked too late. Every few
// megabytes of output the loop lets the page handle its events, so even
// inflating up to the cap never freezes the page.

export type Inflated = { size: number; bytes: Uint8Array | null } | "damaged" | "tooLarge";

/** Compressed bytes handed over at a time: at most ~16 MB of output each (deflate's ratio is ~1032:1). */
const SLICE_BYTES = 16 * 1024;
/** Output between two pauses that let the page answer. */
const OUTPUT_BETWEEN_PAUSES = 4 * 1024 * 1024;

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= bytes.byteLength) {
          controller.close();
          return;
        }
        // A copy: the stream may transfer its buffer, and the caller keeps its bytes.
        controller.enqueue(bytes.slice(at, at + SLICE_BYTES));
        at += SLICE_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
}

/** Lets the page run its pending tasks (input, rendering, other work). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Inflates `bytes`, never producing much more than `cap` bytes. With `keep: false`
 * only the size is counted (bytes is null), so nothing is held in memory.
 * `onChunk` sees each piece of output as it comes; returning false stops
 * inflating (the result is then "tooLarge").
 */
export async function inflateCapped(
  bytes: Uint8Array,
  format: "deflate" | "deflate-raw",
  cap: number,
  { keep, onChunk }: { keep: boolean; onChunk?: (chunk: Uint8Array) => boolean },
): Promise<Inflated> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sincePause = 0;
  try {
    const reader = streamOf(bytes).pipeThrough(new DecompressionStream(format)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap || (onChunk && !onChunk(value))) {
        // Let go rather than cancel: nothing more is read or fed in (the input
        // is pulled a slice at a time), and Node's stream adapter, cancelled
        // mid-inflate, writes on into the closed stream and throws where no
        // caller can catch it.
        reader.releaseLock();
        return "tooLarge";
      }
      if (keep) chunks.push(value);
      sincePause += value.byteLength;
      if (sincePause >= OUTPUT_BETWEEN_PAUSES) {
        sincePause = 0;
        await yieldToPage();
      }
    }
  } catch {
    return "damaged";
  }
  return { size: total, bytes: keep ? concat(chunks, total) : null };
}

export async function zlibCompress(bytes: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = streamOf(bytes).pipeThrough(new CompressionStream("deflate")).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      chunks.push(value);
    }
  } catch {
    throw new Error("Compressing the text failed.");
  }
  return concat(chunks, total);
}
