import { normalizeName } from "@/lib/actors/normalize-name";

// Whether two spellings of a person's name are the same name: transliterations differ
// mostly in vowels ("Rustam Umarov" / "Rustem Umerov", "Zelensky" / "Zelenskyy"), so each
// word is compared by its consonant skeleton, and otherwise by edit distance.

function skeleton(word: string): string {
  return word
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/kh/g, "h")
    .replace(/ck/g, "k");
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (d[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = v;
    }
  }
  return d[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.length >= 4 && skeleton(a) === skeleton(b)) return true;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  return editDistance(a, b) <= allowed;
}

const words = (name: string) =>
  normalizeName(name)
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .split(" ")
    .filter(Boolean);

/**
 * Whether `spoken` (as an article spells it) names the same person as `known` (an actor's
 * name or alias): the surnames agree, and every other word of the shorter name agrees with
 * a word of the longer one.
 */
export function samePersonName(spoken: string, known: string): boolean {
  const a = words(spoken);
  const b = words(known);
  if (a.length === 0 || b.length === 0) return false;
  if (!wordsAgree(a[a.length - 1] ?? "", b[b.length - 1] ?? "")) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.slice(0, -1).every((w) => longer.slice(0, -1).some((x) => wordsAgree(w, x)));
}
