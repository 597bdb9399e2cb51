import type { SpeakerGuess } from "@/lib/intake/types";
import {
  isAcronym,
  isKnownOrganisation,
  isOrgNoun,
  isPlaceOrOrg,
  organisationGuess,
  ORG_WORDS,
} from "@/lib/intake/organisations";
import {
  AFFILIATION_OF,
  clean,
  HONORIFICS,
  isPersonNoun,
  PARTICLES,
  TITLE_WORDS,
} from "@/lib/intake/speaker-words";
import { isFirstName } from "@/lib/intake/speaker-names";

// A capitalised name with whatever stands before it: a title ("Forecaster Tim Hall"), a role
// ("chief executive Pieter van Dam"), a descriptor of an organisation ("Consumer group
// Klantwacht") or an owner ("The Green Party's Tom Ashby"). lib/intake/names.ts reads the
// rest of a speaker phrase (pronouns, appositions, anonymous descriptors) and calls this.

export type SpeakerRef =
  | { type: "guess"; guess: SpeakerGuess }
  /** "he", "she", "they": the nearest speaker before it. */
  | { type: "pronoun"; word: "he" | "she" | "they" }
  /** "the official", "the minister": the nearest speaker whose name or role has this noun. */
  | { type: "definite"; head: string; phrase: string }
  /** A surname alone ("Umarov"): the earlier full name it shortens, if any. */
  | { type: "surname"; name: string; role: string | null }
  /**
   * "the company", "the insurer", "it": the organisation named last before it whose name or
   * descriptor has this noun (any organisation for "it" and generic nouns); `fallback` is the
   * phrase as a speaker of its own when the text named none ("the club").
   */
  | { type: "organisation"; head: string | null; fallback: SpeakerGuess | null };

export const CAP = /^[\p{Lu}][\p{L}'’.-]*$/u;

export function cleanRole(role: string): string | null {
  const r = clean(role.replace(/^(?:the|a|an|his|her|its|their)(?:\s+|$)/i, "")).replace(
    /(?:^|\s+)(?:who|which|whose)\b.*$/,
    "",
  );
  return r ? r : null;
}

/** Capitalised words that open a sentence but name nobody: no name, surname or company. */
export const NOT_A_NAME =
  /^(?:The|It|He|She|They|We|I|This|That|These|Those|There|A|An|But|And|Its|His|Her|Their|Our|In|On|At|After|Before|Meanwhile|However|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** An organisation's or office's noun with "of"/"for" and capitalised words after it. */
const BODY_OF = /\p{Lu}\p{Ll}+\s+(?:of|for)(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;

/** A name, possibly with a title or a role before it. */
export function namedRef(phrase: string): SpeakerRef | null {
  const tokens = phrase.split(" ");
  // The trailing run of capitalised words (with particles) is the name with its title.
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] ?? "";
    if (CAP.test(t) || (PARTICLES.has(t.toLowerCase()) && i < tokens.length && i > 1)) i -= 1;
    else if (
      // "Minister of Finance", "Ministry of Justice", "Marlow & Finch": a connector between
      // capitalised words belongs to the name.
      /^(?:of|for|&)$/i.test(t) &&
      i < tokens.length &&
      i > 1 &&
      (CAP.test(tokens[i - 2] ?? "") || TITLE_WORDS.has((tokens[i - 2] ?? "").toLowerCase()))
    )
      i -= 1;
    // "Department of Health and Social Care", "Minister for Trade and Industry": "and" after
    // "of"/"for" and capitalised words joins what the body or office is of.
    else if (
      /^and$/i.test(t) &&
      i < tokens.length &&
      BODY_OF.test(tokens.slice(Math.max(0, i - 5), i - 1).join(" "))
    )
      i -= 1;
    else break;
  }
  // "The Ashworth Chamber of Trade": no person's name takes the article.
  const articled = /^the$/i.test(tokens[i] ?? "") && i < tokens.length - 1;
  if (articled) i += 1;
  const run = tokens.slice(i);
  const before = tokens.slice(0, i).join(" ");
  if (run.length === 0) {
    if (ORG_WORDS.test(phrase)) return orgRef(phrase);
    return null;
  }
  if (run.length === 1 && NOT_A_NAME.test(run[0] ?? "")) return null;
  const owned = possessedName(run);
  if (owned) return owned;
  const runText = run.join(" ");
  let lastTitle = titleEnd(run);
  // "Minister for Trade and Industry Jane Holt": what the office is of runs to the first name.
  const connector = run.findIndex((t, k) => k > lastTitle && /^(?:of|for|and|&)$/i.test(t));
  const firstName = run.findIndex((t, k) => k > connector && isFirstName(t));
  if (lastTitle >= 0 && connector > lastTitle && firstName > connector) lastTitle = firstName - 1;
  const nameTokens = run
    .slice(lastTitle + 1)
    .filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, "")));
  const nameText = nameTokens.join(" ");
  const beforeHead = (/(\p{L}+)\s*$/u.exec(before)?.[1] ?? "").toLowerCase();
  // "Consumer group Klantwacht", "Dutch mobile operator Veltra": a noun for an organisation
  // before a name is its descriptor, kept as its role.
  if (lastTitle < 0 && isOrgNoun(beforeHead) && !isPersonNoun(beforeHead))
    return { type: "guess", guess: { ...organisationGuess(runText), role: cleanRole(before) } };
  // "Forecaster Tim Hall", "Bank of England Governor Andrew Bailey", "chief executive Pieter
  // van Dam": a person's title before a name makes it a person's, whatever the words of the
  // title or the name's last word say. So does a first name the lexicon knows ("Steve
  // Marsh", which it also reads as a place), unless it knows the whole as an organisation.
  const titled =
    (lastTitle >= 0 || isPersonNoun(beforeHead)) &&
    nameTokens.length > 0 &&
    !ORG_WORDS.test(nameText) &&
    !isAcronym(nameText);
  const firstNamed =
    nameTokens.length >= 2 &&
    isFirstName(nameTokens[0] ?? "") &&
    !ORG_WORDS.test(nameText) &&
    !isKnownOrganisation(nameText);
  if (articled && lastTitle < 0) return orgRef(phrase);
  // "Department of Health and Social Care": a body's noun with what it is of, and no
  // person's name after it ("Bank of England Governor Andrew Bailey" has one).
  const bodyOf =
    ORG_WORDS.test(run[0] ?? "") &&
    /^(?:of|for)$/i.test(run[1] ?? "") &&
    !run.some((t) => isFirstName(t)) &&
    !isPersonNoun(run[run.length - 1] ?? "");
  if (bodyOf) return orgRef(phrase);
  if (ORG_WORDS.test(runText) || isAcronym(runText) || isPlaceOrOrg(runText)) {
    // "Fenwick said": a single word the lexicon knows as a place may still shorten the name
    // of a person met before; the discourse decides, an organisation when it finds none.
    if (!titled && run.length === 1 && !ORG_WORDS.test(runText) && !isAcronym(runText))
      return { type: "surname", name: runText, role: null };
    if (!titled && !firstNamed) return orgRef(phrase);
  }
  const title = run
    .slice(0, lastTitle + 1)
    .filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, "")))
    .join(" ");
  const role = cleanRole([before.replace(/^the\s+/i, ""), title].filter(Boolean).join(" "));
  if (nameTokens.length === 0) {
    return { type: "definite", head: (run[run.length - 1] ?? "").toLowerCase(), phrase };
  }
  const name = nameText.replace(/['’]s$/, "");
  if (nameTokens.length === 1)
    return { type: "surname", name, role: role && /\p{L}/u.test(role) ? role : null };
  return {
    type: "guess",
    guess: { name, kind: "PERSON", anonymous: false, affiliation: null, role },
  };
}

/**
 * The index of the last title word of a capitalised run, or -1: an office or trade
 * ("Governor", "Forecaster"), a nationality opening it ("US"), or the words before the first
 * name the lexicon knows ("Pensioner Joan Reilly", "Labour MP Jess Phillips").
 */
function titleEnd(run: readonly string[]): number {
  let last = -1;
  run.forEach((t, k) => {
    const w = t.toLowerCase().replace(/\.$/, "");
    if (isPersonNoun(w) || (k < run.length - 1 && AFFILIATION_OF[w] && k === 0)) last = k;
  });
  if (last >= 0 || run.length < 3) return last;
  const first = run.findIndex((t) => isFirstName(t));
  return first >= 1 && run.length - first <= 3 ? first - 1 : -1;
}

/**
 * A name after a capitalised owner: "The Green Party's Tom Ashby" is Tom Ashby of the Green
 * Party, "Germany's Foreign Minister Annalena Baerbock" has the role "Germany's Foreign
 * Minister". Null when the run has no possessive before its last word.
 */
function possessedName(run: readonly string[]): SpeakerRef | null {
  let p = -1;
  run.forEach((t, k) => {
    if (k < run.length - 1 && /['’]s$/.test(t)) p = k;
  });
  if (p < 0) return null;
  const owner = run
    .slice(0, p + 1)
    .join(" ")
    .replace(/^the\s+/i, "");
  const ref = namedRef(run.slice(p + 1).join(" "));
  if (ref?.type !== "guess" || ref.guess.kind !== "PERSON") return null;
  const { role } = ref.guess;
  return {
    type: "guess",
    guess: role
      ? { ...ref.guess, role: `${owner} ${role}` }
      : { ...ref.guess, affiliation: owner.replace(/['’]s$/, "") },
  };
}

function orgRef(phrase: string): SpeakerRef {
  return { type: "guess", guess: organisationGuess(clean(phrase.replace(/^the\s+/i, ""))) };
}
