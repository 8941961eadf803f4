/**
 * How far stated probabilities are from observed frequencies. A concept test that says "70% chance
 * this design is best" should be right about 70% of the time.
 */

export interface ProbabilityClaim {
  probability: number;
  happened: boolean;
}

/** Ten equal-width bins, the usual reliability-diagram resolution; fewer claims per bin would be noise. */
const BINS = 10;

/** Expected calibration error: the claim-weighted mean gap between stated and observed frequency per bin. */
export function expectedCalibrationError(claims: ProbabilityClaim[]): number {
  const bins = Array.from({ length: BINS }, () => ({ stated: 0, happened: 0, count: 0 }));
  for (const c of claims) {
    const bin = bins[Math.min(BINS - 1, Math.floor(c.probability * BINS))];
    bin.stated += c.probability;
    bin.happened += c.happened ? 1 : 0;
    bin.count++;
  }
  return bins.reduce((sum, b) => (b.count === 0 ? sum : sum + Math.abs(b.stated - b.happened)), 0) / claims.length;
}

/** Brier score: mean squared gap between the stated probability and what happened (0 is perfect). */
export function brierScore(claims: ProbabilityClaim[]): number {
  return claims.reduce((sum, c) => sum + (c.probability - (c.happened ? 1 : 0)) ** 2, 0) / claims.length;
}
