// How long the page stops answering while something runs: round trips into
// the page every 100 ms, and the longest one. A frozen main thread cannot
// answer, so the longest round trip is the longest freeze a person would feel.
import type { Page } from "@playwright/test";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `during` while probing the page; keeps probing for `settleMs` after it
 * ends (rendering after a message can freeze too). Returns the longest round
 * trip in milliseconds.
 */
export async function longestGap(
  page: Page,
  during: () => Promise<void>,
  settleMs = 1_500,
): Promise<number> {
  let running = true;
  let longest = 0;
  const probe = (async () => {
    while (running) {
      const started = Date.now();
      await page.evaluate(() => 1);
      longest = Math.max(longest, Date.now() - started);
      await pause(100);
    }
  })();
  try {
    await during();
    await pause(settleMs);
  } finally {
    running = false;
    await probe;
  }
  return longest;
}
