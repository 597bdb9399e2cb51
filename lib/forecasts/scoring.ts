// Forecast scoring, pure (no database): the formulas the analytics pages and API apply to
// aggregates computed in SQL (lib/analytics/), and that unit tests check by hand.
//
// Conventions: a probability `p` is a fraction in [0, 1] (the UI's 70 % is 0.7); an outcome
// `o` is 1 for HELD and 0 for NOT_HELD (PRODUCT.md "Scoring"). Brier scores are on the 0–1
// scale, (p − o)², as Brier (1950) wrote it for one binary event; some sites (Good Judgment
// Open) sum over both outcomes and so report 0–2, exactly twice these values.

/** One scored forecast: the probability given and what happened. */
export interface ScoredPair {
  p: number;
  o: 0 | 1;
}

/**
 * Brier score of one forecast, (p − o)² on the 0–1 scale: 0 is perfect, 1 is the worst, and
 * always saying 50 % scores 0.25.
 * Source: G. W. Brier, "Verification of forecasts expressed in terms of probability",
 * Monthly Weather Review 78 (1950) 1–3.
 */
export function brierScore(p: number, o: 0 | 1): number {
  return (p - o) ** 2;
}

/** Mean of `values`, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Median of `values` (mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Mean Brier score over scored forecasts, or null when none were scored. */
export function meanBrier(pairs: readonly ScoredPair[]): number | null {
  return mean(pairs.map(({ p, o }) => brierScore(p, o)));
}

/** The base rate ō: the share of scored claims that held, or null for none. */
export function baseRate(pairs: readonly ScoredPair[]): number | null {
  return mean(pairs.map(({ o }) => o));
}

/**
 * Uncertainty ō(1 − ō): the Brier score of always forecasting the base rate (climatology).
 * Source: A. H. Murphy, "A new vector partition of the probability score", Journal of
 * Applied Meteorology 12 (1973) 595–600.
 */
export function uncertainty(rate: number): number {
  return rate * (1 - rate);
}

/**
 * Brier skill score against the base rate: BSS = 1 − BS / (ō(1 − ō)). 1 is perfect, 0 is no
 * better than always forecasting the base rate, negative is worse. Null when the base rate
 * is 0 or 1 (every claim went the same way), where the reference scores 0 and the ratio is
 * undefined. Source: D. S. Wilks, Statistical Methods in the Atmospheric Sciences (3rd ed.,
 * 2011), § 8.4.2; the reference forecast is the sample climatology.
 */
export function brierSkillScore(meanScore: number, rate: number): number | null {
  const reference = uncertainty(rate);
  return reference === 0 ? null : 1 - meanScore / reference;
}

/**
 * Relative Brier score, as Fatebook reports it: on each claim, the forecaster's Brier score
 * minus the median Brier score of every team member who forecast that claim (the forecaster
 * included), averaged over the forecaster's scored claims. Negative is better than the team's
 * median; 0 is the median; one forecaster alone on a claim scores 0 there.
 * `perClaim` lists, for each claim, the forecaster's own score and the team's median.
 */
export function relativeBrier(
  perClaim: readonly { own: number; teamMedian: number }[],
): number | null {
  return mean(perClaim.map(({ own, teamMedian }) => own - teamMedian));
}

/**
 * Time-weighted Brier score of one forecaster on one claim: each of their forecasts weighted
 * by how long it stood (from its creation to the next one, or to the claim's close), as
 * Metaculus and Fatebook average over a question's lifetime. `segments` give each forecast's
 * probability and the milliseconds it stood; null when no segment stood any time.
 */
export function timeWeightedBrier(
  segments: readonly { p: number; durationMs: number }[],
  o: 0 | 1,
): number | null {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.durationMs), 0);
  if (total === 0) return null;
  return (
    segments.reduce((sum, s) => sum + brierScore(s.p, o) * Math.max(0, s.durationMs), 0) / total
  );
}

// ── Calibration and the Murphy decomposition ─────────────────────────────────────────

/** Number of calibration bins: 10 % wide, [0, 10 %), [10 %, 20 %), … [90 %, 100 %]. */
export const BIN_COUNT = 10;

/** z for a two-sided 90 % interval: the 95th percentile of the standard normal. */
export const Z_90 = 1.6448536269514722;

/**
 * The bin of a probability: floor(10·p), with 100 % kept in the top bin. The SQL twin is
 * `LEAST(9, probability / 10)` on whole percentages (lib/analytics/scored-forecasts-sql.ts).
 */
export function binIndex(p: number): number {
  // Rounded first so that 0.3 (stored as 30 %) lands in bin 3, not 2.9999… → 2.
  return Math.min(BIN_COUNT - 1, Math.floor(Math.round(p * 1e6) / 1e5));
}

/** What SQL returns per bin: the count, the sum of probabilities and the number that held. */
export interface BinSums {
  bin: number;
  n: number;
  sumP: number;
  held: number;
}

/** Adds up scored forecasts per bin (bins without forecasts are left out). */
export function sumBins(pairs: readonly ScoredPair[]): BinSums[] {
  const sums = new Map<number, BinSums>();
  for (const { p, o } of pairs) {
    const bin = binIndex(p);
    const entry = sums.get(bin) ?? { bin, n: 0, sumP: 0, held: 0 };
    entry.n += 1;
    entry.sumP += p;
    entry.held += o;
    sums.set(bin, entry);
  }
  return [...sums.values()].sort((a, b) => a.bin - b.bin);
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion (`successes` of `n`), by default 90 %:
 * centre (p̂ + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 * Null for n = 0. Sources: E. B. Wilson, "Probable inference, the law of succession, and
 * statistical inference", JASA 22 (1927) 209–212; recommended over the Wald interval for
 * small n by Brown, Cai & DasGupta, Statistical Science 16 (2001) 101–133.
 */
export function wilsonInterval(successes: number, n: number, z = Z_90): Interval | null {
  if (n <= 0) return null;
  const share = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Bins with fewer forecasts than this are drawn muted: their frequency says little. */
export const SPARSE_BIN = 5;

export interface CalibrationBin {
  bin: number;
  /** Bin bounds as fractions: [lower, upper), the top bin includes 1. */
  lower: number;
  upper: number;
  count: number;
  /** Mean forecast in the bin (x of the calibration chart). */
  meanForecast: number;
  /** Share of the bin's forecasts whose claim held (y of the chart). */
  observed: number;
  /** 90 % Wilson interval of `observed`. */
  interval: Interval;
  sparse: boolean;
}

/** The calibration table: per non-empty 10 % bin, mean forecast against observed frequency. */
export function calibrationBins(sums: readonly BinSums[]): CalibrationBin[] {
  return sums
    .filter((s) => s.n > 0)
    .map((s) => ({
      bin: s.bin,
      lower: s.bin / BIN_COUNT,
      upper: (s.bin + 1) / BIN_COUNT,
      count: s.n,
      meanForecast: s.sumP / s.n,
      observed: s.held / s.n,
      interval: wilsonInterval(s.held, s.n) ?? { low: 0, high: 1 },
      sparse: s.n < SPARSE_BIN,
    }));
}

export interface MurphyDecomposition {
  /** (1/N) Σ n_k (f̄_k − ō_k)²: how far each bin's mean forecast is from what happened. 0 is best. */
  reliability: number;
  /** (1/N) Σ n_k (ō_k − ō)²: how much the bins tell claims apart. Higher is better. */
  resolution: number;
  /** ō(1 − ō): how hard the claims were; not the forecasters' doing. */
  uncertainty: number;
  /**
   * BS − (REL − RES + UNC): the within-bin variance and covariance terms of Stephenson,
   * Coelho & Jolliffe (Weather and Forecasting 23, 2008). Zero when every forecast sits on
   * its bin's mean; shown so the table adds up.
   */
  withinBin: number;
}

/**
 * Murphy's decomposition BS = REL − RES + UNC over the 10 % bins, from per-bin sums and the
 * mean Brier score of the same forecasts. Null when nothing was scored.
 * Source: A. H. Murphy, "A new vector partition of the probability score", Journal of
 * Applied Meteorology 12 (1973) 595–600.
 */
export function murphyDecomposition(
  sums: readonly BinSums[],
  meanScore: number,
): MurphyDecomposition | null {
  const n = sums.reduce((total, s) => total + s.n, 0);
  if (n === 0) return null;
  const rate = sums.reduce((total, s) => total + s.held, 0) / n;
  let reliability = 0;
  let resolution = 0;
  for (const s of sums) {
    if (s.n === 0) continue;
    const observed = s.held / s.n;
    reliability += s.n * (s.sumP / s.n - observed) ** 2;
    resolution += s.n * (observed - rate) ** 2;
  }
  reliability /= n;
  resolution /= n;
  const unc = uncertainty(rate);
  return {
    reliability,
    resolution,
    uncertainty: unc,
    withinBin: meanScore - (reliability - resolution + unc),
  };
}
