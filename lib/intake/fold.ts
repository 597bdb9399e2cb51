/**
 * A passage folded for comparison: lower case, typographic quotes as straight ones, runs of
 * whitespace as one space, outer punctuation dropped. find-existing-claims.ts applies the
 * same fold in SQL.
 */
export function foldPassage(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(/^[\s.,;:!?"']+|[\s.,;:!?"']+$/g, "");
}

/** Shorter passages ("we will", "he said") would make everything a repeat. */
export const MIN_REPEAT_CHARS = 16;

/** Whether two passages carry the same words: one contains the other, folded. */
export function sameWords(a: string, b: string): boolean {
  const x = foldPassage(a);
  const y = foldPassage(b);
  if (Math.min(x.length, y.length) < MIN_REPEAT_CHARS) return x === y && x.length > 0;
  return x.includes(y) || y.includes(x);
}
