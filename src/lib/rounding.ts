/**
 * The course's one rounding rule, for every score, share and percentage it shows. Everything the
 * exam, the results and the certificate print goes through this module, and nothing else rounds.
 */

/**
 * `value` to `decimals` places, halves rounded up (2/3 is 67%, 26.25 points 26.3). A tiny allowance
 * keeps sums such as 0.1 + 0.7 (0.7999…) at 0.8, and products such as 0.285 × 100 (28.499…) at 28.5.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + 1e-7) / factor;
}

/** A share (0–1) as a whole percentage, by the one rounding rule: 2/3 is 67. */
export function percentOf(share: number): number {
  return roundHalfUp(share * 100);
}

/** Points with at most one decimal, by the one rounding rule: "26.5", "20". */
export function formatPoints(points: number): string {
  return String(roundHalfUp(points, 1));
}

/** A part of a whole as the course shows it, a fraction beside its percentage: { part: "20", total: "30", percent: 67 }. */
export function fraction(part: number, total: number): { part: string; total: string; percent: number } {
  return { part: formatPoints(part), total: formatPoints(total), percent: total > 0 ? percentOf(part / total) : 0 };
}

/**
 * Rounds `values` to `decimals` places so that they add up exactly to their own total rounded the
 * same way (largest remainder): each value is cut down to its places, then the units still missing
 * go one each to the values that lost most, ties to the earlier one. [4.4, 7.7] (12.1) become
 * [4.4, 7.7]; [1/3, 1/3, 1/3] to whole units become [1, 0, 0].
 */
export function apportion(values: readonly number[], decimals = 1): number[] {
  const factor = 10 ** decimals;
  const scaled = values.map((v) => v * factor);
  const target = Math.round(roundHalfUp(scaled.reduce((sum, v) => sum + v, 0) / factor, decimals) * factor);
  const floors = scaled.map((v) => Math.floor(v + 1e-7));
  let missing = target - floors.reduce((sum, v) => sum + v, 0);
  const order = scaled.map((v, i) => ({ i, rest: v - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing -= 1;
  }
  return floors.map((v) => v / factor);
}
