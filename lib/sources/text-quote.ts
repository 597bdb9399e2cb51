// Anchors a quoted passage in a captured text the way a W3C Web Annotation
// TextQuoteSelector does (https://www.w3.org/TR/annotation-model/#text-quote-selector):
// the exact words plus some context before and after.
//
// The stored `exact` is always the source's own characters: `text.slice(start, end)`, never
// the quote as typed. The rules by which matching forgives case, accents spelled two ways,
// white space, invisible characters, quotes, dashes and ellipses are in one table, at the head
// of lib/sources/text-fold.ts.

import {
  COMBINING,
  codePointAt,
  foldText,
  splitsCharacter,
  type FoldedText,
} from "@/lib/sources/text-fold";

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnchoredQuote extends TextQuoteSelector {
  /** Whether the quote was found in the text; when false, exact is the quote as given. */
  found: boolean;
  /** Code-unit offsets of the match in the original text, when found: exact = text.slice(start, end). */
  start?: number;
  end?: number;
}

/** Code units of context kept on each side, cut back so that no character is split. */
export const CONTEXT = 32;

/** Folded offsets at which `wanted` occurs on whole segments, in order. */
function occurrences(text: FoldedText, wanted: string): number[] {
  const found: number[] = [];
  const { folded, starts } = text;
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const last = at + wanted.length - 1;
    const startsWhole = at === 0 || starts[at - 1] !== starts[at];
    const endsWhole =
      last === folded.length - 1 ||
      (starts[last + 1] !== starts[last] && !COMBINING.test(codePointAt(folded, last + 1)));
    if (startsWhole && endsWhole) found.push(at);
  }
  return found;
}

/** How many folded code units of context agree, counted outward from the match. */
function contextScore(
  text: FoldedText,
  at: number,
  length: number,
  prefix: string,
  suffix: string,
): number {
  let score = 0;
  for (let k = 1; k <= prefix.length && text.folded[at - k] === prefix[prefix.length - k]; k++) {
    score++;
  }
  const after = at + length;
  for (let k = 0; k < suffix.length && text.folded[after + k] === suffix[k]; k++) score++;
  return score;
}

/**
 * Anchors `quote` in `text`: finds it by the matching rules above and returns the source's
 * own words with up to CONTEXT code units of context on each side. Where the quote occurs
 * more than once, the occurrence whose surroundings agree best with `context` (a stored
 * selector's prefix and suffix, compared by the same rules) wins, else the first. When the
 * quote is not found, `exact` is the quote as given (trimmed) and `found` is false.
 */
export function anchorQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string } = {},
): AnchoredQuote {
  const exactAsGiven = quote.trim();
  const notFound = { exact: exactAsGiven, prefix: "", suffix: "", found: false };
  const wanted = foldText(quote).folded.trim();
  if (wanted.length === 0) return notFound;

  const source = foldText(text);
  const candidates = occurrences(source, wanted);
  if (candidates.length === 0) return notFound;
  let at = candidates[0] ?? 0;
  if (candidates.length > 1 && (context.prefix || context.suffix)) {
    const prefix = foldText(context.prefix ?? "").folded;
    const suffix = foldText(context.suffix ?? "").folded;
    let best = -1;
    for (const candidate of candidates) {
      const score = contextScore(source, candidate, wanted.length, prefix, suffix);
      if (score > best) [best, at] = [score, candidate];
    }
  }

  const start = source.starts[at] ?? 0;
  const end = source.ends[at + wanted.length - 1] ?? start;
  let before = Math.max(0, start - CONTEXT);
  while (before < start && splitsCharacter(text, before)) before++;
  let after = Math.min(text.length, end + CONTEXT);
  while (after > end && splitsCharacter(text, after)) after--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(before, start),
    suffix: text.slice(end, after),
    found: true,
    start,
    end,
  };
}

/**
 * Finds a stored selector again in a text (a new capture of the source, say), by the same
 * rules, preferring the occurrence its prefix and suffix name. Null when it is not there.
 */
export function locateQuote(text: string, selector: TextQuoteSelector): AnchoredQuote | null {
  const anchored = anchorQuote(text, selector.exact, selector);
  return anchored.found ? anchored : null;
}
