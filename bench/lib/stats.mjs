// Percentiles (nearest rank) and small summaries.

/** @param {number[]} values @param {number} p 0..100 */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const round1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

/** @param {number[]} values */
export function summary(values) {
  return {
    n: values.length,
    p50: round1(percentile(values, 50)),
    p95: round1(percentile(values, 95)),
    max: round1(values.length ? Math.max(...values) : null),
  };
}
