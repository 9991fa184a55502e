// Deflate streams through the platform's CompressionStream: PNG's compressed
// text ("deflate", zlib-wrapped) and ZIP entries ("deflate-raw"). Inflating
// stops as soon as the output passes a cap, so a small decompression bomb
// costs no more than the cap.

export type Inflated = { size: number; bytes: Uint8Array | null } | "damaged" | "tooLarge";

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      // A copy: the stream may transfer its buffer, and the caller keeps its bytes.
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

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
 * Inflates `bytes`, never producing more than `cap` bytes. With `keep: false`
 * only the size is counted (bytes is null), so nothing is held in memory.
 */
export async function inflateCapped(
  bytes: Uint8Array,
  format: "deflate" | "deflate-raw",
  cap: number,
  { keep }: { keep: boolean },
): Promise<Inflated> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = streamOf(bytes).pipeThrough(new DecompressionStream(format)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return "tooLarge";
      }
      if (keep) chunks.push(value);
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
