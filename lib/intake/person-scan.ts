import type { SpeakerGuess } from "@/lib/intake/types";
import { parseSpeakerPhrase } from "@/lib/intake/names";
import { isPersonNoun } from "@/lib/intake/speaker-words";
import { isPastForm } from "@/lib/intake/clauses";
import { genderOf, INTRODUCED, type Gender } from "@/lib/intake/speaker-names";

// Finding people in the raw text who have not spoken yet, for lib/intake/discourse.ts: the
// full name a surname shortens, a person brought in as a sentence's subject, a person named
// in passing. Each reads a bounded stretch before the reference, never the whole article.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Capitalised words before a surname: names and initials, never a word ending a sentence. */
const CAPITALISED = String.raw`(?:\p{Lu}(?:[\p{L}’'-]*|\p{L}{0,2}\.)\s+)`;

/**
 * The first full name ending in `surname` in `text[from, at)`, with the role written before
 * it ("the bank's chief economist Ana Lopes"), not another name joined by "and"; null when
 * there is none.
 */
export function fullNameWithRole(
  text: string,
  surname: string,
  from: number,
  at: number,
): SpeakerGuess | null {
  const re = new RegExp(
    String.raw`(?<![\p{L}’'-])((?:(?!(?:and|or|with|by)\s)[\p{Ll}’'\p{Lu}][\p{L}’'-]*\s+){0,8}?)(${CAPITALISED}{1,3})${escape(surname)}\b`,
    "gu",
  );
  for (const m of text.slice(from, at).matchAll(re)) {
    const full = parseSpeakerPhrase(`${m[1] ?? ""}${m[2] ?? ""}${surname}`);
    if (full?.type === "guess" && full.guess.kind === "PERSON") return full.guess;
  }
  return null;
}

/** The last full name ending in `surname` in `text[from, at)`; null when there is none. */
export function fullNameBefore(
  text: string,
  surname: string,
  from: number,
  at: number,
): SpeakerGuess | null {
  const re = new RegExp(`(${CAPITALISED}{1,3})${escape(surname)}\\b`, "gu");
  let found: SpeakerGuess | null = null;
  for (const m of text.slice(from, at).matchAll(re)) {
    const ref = parseSpeakerPhrase(`${m[1] ?? ""}${surname}`);
    if (ref?.type === "guess" && ref.guess.kind === "PERSON") found = ref.guess;
  }
  return found;
}

/**
 * The last person brought in as a sentence's subject in `text[from, at)`, with or without a
 * speech verb: "Dr. Amara Nwosu, a biologist, has …", "Tomas Varga, who has kept the light,
 * switched …", "Her coach, Anders Lind, was …". `fullName` turns a surname alone ("Hale was
 * less upbeat.") into the name it shortens, or null.
 */
export function introducedIn(
  text: string,
  from: number,
  at: number,
  fullName: (surname: string, pos: number) => SpeakerGuess | null,
): { guess: SpeakerGuess; pos: number } | null {
  let last: { guess: SpeakerGuess; pos: number } | null = null;
  for (const m of text.slice(from, at).matchAll(INTRODUCED)) {
    const [, apposed = "", title = "", name = ""] = m;
    // "Protest leader Aldona Vaitkus was …" has a title; "The minister met Anna Berg, who …"
    // names an object.
    const titleHead = /(\p{L}+)\s*$/u.exec(title)?.[1] ?? "";
    if (title && !isPersonNoun(titleHead) && !describedNoun(title, titleHead)) continue;
    const phrase = apposed + title + name;
    const pos = from + m.index + m[0].length - phrase.length;
    const ref = parseSpeakerPhrase(phrase);
    const guess =
      ref?.type === "guess" ? ref.guess : ref?.type === "surname" ? fullName(ref.name, pos) : null;
    if (guess?.kind === "PERSON") last = { guess, pos };
  }
  return last;
}

/**
 * "the Flemish sprinter", "its new signing" before a name: a determiner and a noun (no verb,
 * as in "The club signed …", no preposition) describe the person named after them.
 */
function describedNoun(title: string, head: string): boolean {
  return (
    /^(?:the|its|his|her|their)\s/i.test(title) &&
    /^\p{Ll}{3,}$/u.test(head) &&
    !isPastForm(head) &&
    !/^(?:by|of|for|with|to|from|and|or|but|at|in|on|into|over|under|about|after|before|thanks|says|tells|urges|asks|backs|names|hires|signs)$/.test(
      head,
    )
  );
}

/** A first name and a surname, maybe with a particle: "Tom Ruiz", "Joost van Loon". */
const FULL_NAME =
  /\b\p{Lu}\p{Ll}+\s+(?:(?:van|von|de|der|den|da|di|du|le|la|al|bin)\s+)?\p{Lu}[\p{L}'’-]+/gu;

/**
 * The last person of gender `wanted` named by first name and surname in `text[from, at)`,
 * in any position ("Eva Holt and her deputy, Tom Ruiz, met …"); null when none is.
 */
export function namedInPassing(
  text: string,
  from: number,
  at: number,
  wanted: Gender,
): SpeakerGuess | null {
  let found: SpeakerGuess | null = null;
  for (const m of text.slice(from, at).matchAll(FULL_NAME)) {
    const ref = parseSpeakerPhrase(m[0]);
    if (ref?.type === "guess" && genderOf(ref.guess) === wanted) found = ref.guess;
  }
  return found;
}

/**
 * The last capitalised word in `text[from, at)` for which `lookup` finds something (a
 * surname of a person met before), with its offset; null when there is none.
 */
export function lastWordIn<T>(
  text: string,
  from: number,
  at: number,
  lookup: (word: string) => T | undefined,
): { e: T; pos: number } | null {
  if (from >= at) return null;
  let found: { e: T; pos: number } | null = null;
  for (const m of text.slice(from, at).matchAll(/\p{Lu}[\p{L}’'-]*/gu)) {
    const e = lookup(m[0]);
    if (e) found = { e, pos: from + m.index };
  }
  return found;
}

/**
 * Whether the folded `name` of a person brought in as a subject is another member of the
 * family of the entity mentioned `gap` characters after the name began ("tom hale" for Dennis
 * Hale, whose surname the scan met inside "Tom Hale"): that hit is no mention of them.
 */
export function sharesSurname(
  name: string,
  entity: { key: string; last: string },
  gap: number,
): boolean {
  return gap >= 0 && gap < 120 && name !== entity.key && name.endsWith(` ${entity.last}`);
}
