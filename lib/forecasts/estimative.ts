import { ESTIMATIVE_BANDS, estimativeWord } from "@/lib/scales";

// The ICD 203 bands share their end points (5 is both "almost no chance" and "very
// unlikely"), and `estimativeWord` gives a shared value to the lower band. The values a user
// can pick for a word are therefore the ones that word is actually shown for.

export type EstimativeWord = (typeof ESTIMATIVE_BANDS)[number]["word"];

export interface WordRange {
  word: EstimativeWord;
  min: number;
  max: number;
}

export const WORD_RANGES: readonly WordRange[] = ESTIMATIVE_BANDS.map((band, i) => ({
  word: band.word,
  min: i === 0 ? band.min : (ESTIMATIVE_BANDS[i - 1]?.max ?? 0) + 1,
  max: band.max,
}));

export function wordRange(word: string): WordRange | undefined {
  return WORD_RANGES.find((r) => r.word === word);
}

/**
 * The value to show after the user picks `word`: the current value if it already reads as
 * that word, otherwise the middle of the word's range.
 */
export function valueForWord(word: string, current: number | null): number | null {
  const range = wordRange(word);
  if (!range) return current;
  if (current !== null && estimativeWord(current) === word) return current;
  return Math.round((range.min + range.max) / 2);
}

/** "70 % (likely)" — how a probability is written everywhere in the UI. */
export function formatProbability(probability: number): string {
  return `${probability} % (${estimativeWord(probability)})`;
}
