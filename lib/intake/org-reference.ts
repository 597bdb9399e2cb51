import type { SpeakerGuess } from "@/lib/intake/types";
import { parseSpeakerPhrase } from "@/lib/intake/names";
import { NOT_A_NAME } from "@/lib/intake/named-ref";
import {
  DESCRIBED_ORG,
  GENERIC_ORG,
  ORG_WORDS,
  PUBLIC_BODY,
  PUBLIC_NAME,
  PUBLIC_NOUN,
  organisationGuess,
} from "@/lib/intake/organisations";
import { genderOf, key } from "@/lib/intake/speaker-names";

// Who "it" or "the company" is (lib/intake/discourse.ts asks): among the organisations
// already speaking, those named after a descriptor ("insurer Halden Re") and those opening a
// sentence ("Kazeyama Motors will recall …"), the nearest one that fits the noun.

/** An organisation and where the text last mentions it before the reference. */
export interface Mentioned {
  guess: SpeakerGuess;
  pos: number;
  /** A name read as a person's that may be a company's: only a company's trade takes it. */
  unsure?: boolean;
}

/**
 * A sentence's opening name, before its verb: "Meridian Mobile will …", "Lumora has …",
 * "Nordlys Shipping cut …" (common irregular pasts, which "-ed" does not catch), also with
 * an apposition saying what it is ("Harbour & Sons, the ferry operator, will …"; group 2).
 */
const SUBJECT_NAME =
  /(?:^|[.!?]["”’」]?\s+|\n|\s[—–-]\s+)((?:\p{Lu}[\p{L}&'’.-]*\s+(?:of\s+|&\s+)?){0,3}\p{Lu}[\p{L}'’.-]*)(?:,\s+((?:the|an?)\s[^,.;]{1,100}),)?(?=,?\s+(?:will|would|has|had|is|was|said|says|plans?|cut|set|put|won|lost|made|took|gave|sold|bought|left|began|grew|fell|rose|hit|ran|kept|paid|told|\p{Ll}+ed|\p{Ll}+[^s\s]s)\b)/gu;

/** How far back (characters) a company's trade ("the iPhone maker") looks for the company. */
const TRADE_RECALL = 1500;
/** Nouns for what a company makes or does; "the club" or "the union" is no company's trade. */
const TRADE =
  /^(?:maker|carmaker|automaker|chipmaker|airline|retailer|insurer|lender|brewer|producer|manufacturer|supplier|operator|miner|builder|developer|publisher|broadcaster|conglomerate|startup|provider|distributor|chain|utility)$/;
/** Descriptors of organisations that are not companies: "Residents' group Eastbank Voices". */
const NOT_A_COMPANY = /\b(?:group|club|charity|union|party|association|society|campaign|team)\b/i;

/** Whether `text` has `word` capitalised after another word of the same sentence. */
function capitalisedInside(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`[\\p{L},;][ \\t]+${escaped}\\b`, "u").test(text);
}

/**
 * The organisation a reference at `at` with head noun `head` means ("company", "regulator";
 * null for "it"), or null. `speaking` are the organisations met so far with their last
 * mention; `isSurname` tells a surname of a person met before, which is no company.
 * "The company" and "the firm" skip public bodies ("the fire service said … The company
 * said" still means the company); in "Northway Rail will stop …, the train operator said"
 * the sentence's own subject is meant, whatever the noun (but a public body's). `bare` tells
 * "the agency" from "the highways agency", which may name a body of its own.
 */
export function organisationReferent(
  text: string,
  at: number,
  head: string | null,
  speaking: Iterable<Mentioned>,
  isSurname: (name: string) => boolean,
  bare = false,
): Mentioned | null {
  const any = head === null || GENERIC_ORG.test(head);
  const company = head !== null && /^(?:company|firm|business)$/.test(head);
  // "The agency said" after "The World Health Organization said": a public body's noun.
  const publicNoun = head !== null && PUBLIC_NOUN.test(head);
  const fits = (name: string, descriptor: string) =>
    (any ||
      key(`${descriptor} ${name}`).includes(head ?? "") ||
      (publicNoun && PUBLIC_NAME.test(name))) &&
    !(company && PUBLIC_BODY.test(name));
  let best: Mentioned | null = null;
  for (const m of speaking) {
    if (!m.unsure && fits(m.guess.name, m.guess.role ?? "") && (!best || m.pos > best.pos))
      best = m;
  }
  const from = Math.max(0, at - 3000, (best?.pos ?? -1) + 1);
  const recent = text.slice(from, at);
  for (const m of recent.matchAll(DESCRIBED_ORG)) {
    const name = (m[2] ?? "").trim();
    if (fits(name, m[1] ?? "")) best = { guess: organisationGuess(name), pos: from + m.index };
  }
  // The start of the sentence holding the reference: its subject fits any noun.
  const sentenceStart = Math.max(...[". ", "! ", "? ", "\n"].map((c) => recent.lastIndexOf(c)));
  for (const m of recent.matchAll(SUBJECT_NAME)) {
    const name = (m[1] ?? "").replace(/^The\s+/, "");
    const local = m.index + m[0].indexOf(m[1] ?? "");
    // What the apposition calls it ("the ferry operator") is a noun that finds it again.
    const role = m[2] ? m[2].replace(/^(?:the|an?)\s+/, "") : "";
    const pos = from + local;
    // A public body is meant only by its own noun: in "Severnside Water will pay …, the
    // authority said", the subject is the one the authority speaks of.
    const ownSentence = local > sentenceStart && !PUBLIC_BODY.test(head ?? "");
    // "Carmaker Voss Motors cut …": the name found after its descriptor there is kept.
    if (!name || NOT_A_NAME.test(name) || (best && best.pos >= pos)) continue;
    if (!ownSentence && !fits(name, role)) continue;
    if (company && PUBLIC_BODY.test(name)) continue;
    // A single word opening a sentence ("Service returned …", "Oil producers …") is a
    // name only when the text also capitalises it inside a sentence ("ordered Lumora").
    if (!name.includes(" ") && (ORG_WORDS.test(name) || !capitalisedInside(recent, name))) continue;
    // A person's name (a known first name, a title) or a surname met before is no company.
    const ref = parseSpeakerPhrase(name);
    const person = ref?.type === "guess" && ref.guess.kind === "PERSON";
    if (person && (genderOf(ref.guess) || ref.guess.role)) continue;
    if (ref?.type === "surname" && isSurname(ref.name)) continue;
    if (ref && ref.type !== "guess" && ref.type !== "surname") continue;
    const guess = organisationGuess(ref?.type === "guess" ? ref.guess.name : name);
    best = { guess: role ? { ...guess, role } : guess, pos };
  }
  // "… evaluated by the Marston Research Trust. The trust said": a name that holds the noun,
  // met in passing since, is nearer than any speaker.
  const passing = head && !any ? namedWithNoun(recent, head) : null;
  // The search starts just inside the last speaker's name: "Rowing Club" read there is the
  // tail of "Brightwater Rowing Club", the same organisation, not a new one.
  const tail = passing && best && key(best.guess.name).endsWith(key(passing.name));
  if (passing && !tail && (!best || from + passing.at > best.pos))
    best = { guess: organisationGuess(passing.name), pos: from + passing.at };
  // "Apple said … The iPhone maker said": a company's trade, which its name does not show,
  // means the company speaking just before (never a public body or a campaign group).
  if (!best && head && TRADE.test(head)) {
    for (const m of speaking) {
      const near =
        m.pos >= at - TRADE_RECALL &&
        !PUBLIC_BODY.test(m.guess.name) &&
        !NOT_A_COMPANY.test(m.guess.role ?? "");
      if (near && (!best || m.pos > best.pos)) best = m;
    }
  }
  // "Ofcom said … The regulator said": a public body's noun, when no name shows it, means the
  // body last speaking whose name does not say what kind of organisation it is (also a name
  // read as a person's for want of a first name: "National Roads North said").
  if (!best && publicNoun && bare) {
    for (const m of speaking) {
      const plain = !ORG_WORDS.test(m.guess.name) && !m.guess.role;
      if (plain && (!best || m.pos > best.pos)) best = m;
    }
  }
  return best;
}

/**
 * The last capitalised name in `text` holding `noun` as a word ("Eastbridge Borough
 * Council", "Trust for Rural Schools"), with where it starts; null when there is none.
 */
function namedWithNoun(text: string, noun: string): { name: string; at: number } | null {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const word = String.raw`\p{Lu}[\p{L}'’.-]*`;
  const re = new RegExp(
    String.raw`(?:${word}\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?){1,4}${Noun}\b(?:\s+(?:of|for)\s+(?:the\s+)?${word}(?:\s+${word}){0,3})?|\b${Noun}\s+(?:of|for)\s+(?:the\s+)?${word}(?:\s+${word}){0,3}`,
    "gu",
  );
  let last: { name: string; at: number } | null = null;
  for (const m of text.matchAll(re)) {
    const name = m[0].replace(/^The\s+/, "");
    last = { name, at: m.index + m[0].length - name.length };
  }
  return last;
}

/**
 * Whether "the education department" (`phrase`, a public body qualified by its field) names
 * another body than `referent` (the one a bare "the department" would mean): true when the
 * referent's name lacks the field, so the phrase is a body of its own.
 */
export function otherField(phrase: string, referent: string): boolean {
  const field = /^(\p{Ll}{3,}) (?:department|ministry|agency|service|office|authority)$/u.exec(
    phrase,
  )?.[1];
  return !!field && !referent.toLowerCase().includes(field);
}
