import nlp from "compromise";
import type { SpeakerGuess } from "@/lib/intake/types";

// Small pieces of speaker resolution (lib/intake/discourse.ts): folded names, an entity's
// sorted mentions, and a person's gender from their first name.

export type Gender = "f" | "m" | null;

/** How far back (characters) a surname looks for the full name it shortens. */
export const LOOKBACK = 6000;
/**
 * How far back (characters) "he" or "the official" looks for its speaker: a few pages, as a
 * reader remembers. Bounding it keeps every lookup independent of the article's length, so
 * a 2 MB paste costs time in proportion to its length.
 */
export const RECALL = 6000;
/** How far back (characters) a sentence's subject is looked for, and the name it shortens. */
export const INTRODUCED_LOOKBACK = 2000;

/** A name folded for comparison: accents and case aside. */
export const key = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
/** The folded last word of a name. */
export const lastToken = (s: string) => key(s.split(" ").pop() ?? "");

/** The greatest element of an ascending list below `at`, or -1. */
export function lastBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (sorted[lo - 1] ?? -1) : -1;
}

/** Inserts `at` into an ascending list of mention offsets. */
export function addMention(e: { mentions: number[] }, at: number): void {
  const m = e.mentions;
  let i = m.length;
  while (i > 0 && (m[i - 1] ?? 0) > at) i -= 1;
  m.splice(i, 0, at);
}

/** First names already looked up in compromise's lexicon of female and male names. */
const genders = new Map<string, Gender | "?">();

/** The gender compromise's name lexicon gives a first name: "f", "m", "?" for either, or null. */
function firstNameGender(first: string): Gender | "?" {
  let g = genders.get(first);
  if (g === undefined) {
    const doc = nlp(first);
    g = doc.has("#FemaleName")
      ? "f"
      : doc.has("#MaleName")
        ? "m"
        : doc.has("#FirstName")
          ? "?"
          : null;
    if (genders.size > 5000) genders.clear();
    genders.set(first, g);
  }
  return g;
}

/** Whether a capitalised word is a first name in compromise's lexicon ("Joan", "Pieter"). */
export function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && firstNameGender(word) !== null;
}

/** A person's gender from their first name (compromise's name lexicon), or null. */
export function genderOf(guess: SpeakerGuess): Gender {
  const words = guess.name.split(" ");
  if (guess.kind !== "PERSON" || words.length < 2) return null;
  const g = firstNameGender(words[0] ?? "");
  return g === "?" ? null : g;
}

/**
 * A person's name as a sentence's subject, maybe after "Her coach, ", before an apposition,
 * a relative clause ("Laura Pennington, whose son …"), an age ("Carol Jenkins, 58,") or a
 * verb, maybe after a live blog's label ("Update: "): see `introducedIn`.
 */
export const INTRODUCED =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}[\p{L}'’ -]{0,40}:\s+)?((?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4},\s+)?)((?:(?!(?:who|whose|which)\s)[\p{L}'’-]+\s+){0,3}?)((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)(?=,\s+(?:\d{1,3},|(?:a|an|the|who|whose|his|her|now|from)\s)|,?\s+(?:\p{Ll}+ly\s+)?(?:has|had|is|was|says|said|spoke|told|took|made|gave|went|came|met|wrote|won|lost|stood|sat|kept|held|\p{Ll}+ed|\p{Ll}+[^s\s]s)\b)/gu;
