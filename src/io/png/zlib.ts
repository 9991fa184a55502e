// zlib streams (what PNG's compressed text holds) through the platform's
// CompressionStream("deflate"). Inflating stops as soon as the output passes
// a cap, so a small decompression bomb costs no more than the cap.

async function collect(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      // A copy: the stream may transfer its buffer, and the caller keeps its bytes.
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

export async function zlibCompress(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(
    streamOf(bytes).pipeThrough(new CompressionStream("deflate")),
    Number.POSITIVE_INFINITY,
  );
  if (!out) throw new Error("Compressing the text failed.");
  return out;
}

/** The inflated bytes, or null when the stream is damaged or inflates past `cap`. */
export async function zlibInflate(bytes: Uint8Array, cap: number): Promise<Uint8Array | null> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream("deflate")), cap);
  } catch {
    return null;
  }
}
