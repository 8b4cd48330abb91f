/**
 * Summary of a list of durations in working days. The 90th percentile is the nearest-rank one: the smallest value
 * that at least 90 % of the cases do not exceed (sorted[ceil(0.9·n) − 1]) — always a duration some case really had,
 * which is what a head can check against a worklist. The mean is not rounded here (the screen and exports round it).
 */
export type Durations = { readonly n: number; readonly mean?: number; readonly p90?: number };

export function nearestRankPercentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  if (!(p > 0 && p <= 1)) throw new RangeError('percentile: p must be in (0, 1]');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1];
}

export function summarize(values: readonly number[]): Durations {
  if (values.length === 0) return { n: 0 };
  const sum = values.reduce((s, v) => s + v, 0);
  return { n: values.length, mean: sum / values.length, p90: nearestRankPercentile(values, 0.9) };
}
