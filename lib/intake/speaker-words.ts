import type { SpeakerGuess } from "@/lib/intake/types";
import { ORG_WORDS } from "@/lib/intake/organisations";

// The words speaker phrases are read with: titles and offices, honorifics, name particles,
// the head nouns of anonymous descriptors ("a senior US official") and of groups ("EU
// officials"), and the affiliation an adjective of nationality stands for.

/** Words that form a title or office before a name ("Foreign Minister", "Sen."). */
export const TITLE_WORDS = new Set(
  (
    "president prime minister foreign defence defense interior finance economy health justice " +
    "secretary state senator sen rep representative gov governor mayor general gen admiral adm " +
    "colonel col dr doctor professor prof chancellor king queen prince princess pope ambassador " +
    "commissioner chairman chairwoman chair ceo judge justice speaker mr mrs ms miss spokesman " +
    "spokeswoman spokesperson deputy vice chief director lieutenant lt captain capt commander " +
    "sheikh rabbi father archbishop bishop premier lord lady sir dame coach head minister-president " +
    "attorney treasurer councillor councilman councilwoman leader officer executive negotiator " +
    "envoy special adviser advisor spokesman cllr supt insp det sgt inspector superintendent " +
    "detective sergeant constable candidate mp mep msp mla congressman congresswoman"
  ).split(" "),
);
export const HONORIFICS = new Set("mr mrs ms miss dr sir dame".split(" "));
export const PARTICLES = new Set("de van von der den bin al da di la le du dos del ibn".split(" "));

/** Head nouns of anonymous descriptors and of definite references to a speaker. */
export const ANON_HEADS =
  "officials?|sources?|diplomats?|spokes(?:person|man|woman)|aides?|persons?|people|advisers?|" +
  "advisors?|insiders?|officers?|negotiators?|members?|executives?|analysts?|lawmakers?|" +
  "commanders?|employees?|staffers?|residents?|witness(?:es)?|investigators?|minister|envoy|" +
  "chiefs?|leaders?|directors?|" +
  // People named by their trade: "a Met Service forecaster", "a hospital doctor".
  "forecasters?|engineers?|workers?|teachers?|nurses?|doctors?|scientists?|economists?|" +
  "lawyers?|bankers?|traders?|managers?|researchers?|experts?|farmers?|drivers?|pilots?|" +
  "prosecutors?|detectives?|firefighters?|paramedics?|soldiers?|volunteers?|inspectors?|" +
  // People named by where they stand: "one parent", "a backbencher", "a passenger".
  "parents?|mothers?|fathers?|backbenchers?|councillors?|patients?|passengers?|customers?|" +
  "shoppers?|commuters?|tenants?|students?|pupils?|fans?|voters?|motorists?|neighbours?|locals?";
/** A singular head noun that names a person ("forecaster", "spokeswoman"). */
const PERSON_HEAD = new RegExp(`^(?:${ANON_HEADS})$`, "u");
export const ANONYMOUS = new RegExp(
  `^(?:a|an|one|two|three|four|several|some|other|another)\\s+((?:[\\p{L}.'’-]+\\s+){0,4}?)(${ANON_HEADS})\\b((?:\\s+(?:for|at|of|from|in|on|with|close to|familiar|speaking|who|involved|briefed|based)\\b.*)?)$`,
  "iu",
);
/** A bare plural group as speaker: "EU officials", "International observers", "Insurers". */
const GROUP_HEADS =
  "officials|sources|diplomats|observers|analysts|economists|critics|experts|residents|witnesses|" +
  "protesters|investigators|insurers|lawmakers|people|doctors|scientists|officers|negotiators|" +
  "executives|investors|traders|researchers|activists|campaigners|prosecutors|police|organi[sz]ers|" +
  "owners|shareholders|unions|rescuers|medics|organi[sz]ations";
export const GROUP = new RegExp(
  `^(?:(?:two|three|four|five|several|some|many)\\s+)?((?:[\\p{L}.'’-]+\\s+){0,3}?)(${GROUP_HEADS})\\b((?:\\s+(?:for|at|of|from|in|with|close to|familiar|speaking|who|involved|briefed|based)\\b.*)?)$`,
  "iu",
);
export const DEFINITE = new RegExp(
  `^the\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(${ANON_HEADS}|${[...TITLE_WORDS].join("|")})$`,
  "iu",
);

export const AFFILIATION_OF: Record<string, string> = {
  us: "US government",
  "u.s.": "US government",
  american: "US government",
  ukrainian: "Ukrainian government",
  russian: "Russian government",
  british: "UK government",
  uk: "UK government",
  french: "French government",
  german: "German government",
  chinese: "Chinese government",
  israeli: "Israeli government",
  iranian: "Iranian government",
  turkish: "Turkish government",
  eu: "European Union",
  european: "European Union",
  nato: "NATO",
  polish: "Polish government",
  indian: "Indian government",
  japanese: "Japanese government",
};

/** Trims punctuation and a leading conjunction off a speaker phrase. */
export function clean(phrase: string): string {
  return phrase
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/^(?:and|but|while|as|then|where|when|after|so|yet)\s+/i, "");
}

/** Whether a word names a person by office or trade: "leader", "minister", "forecaster". */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (TITLE_WORDS.has(w) || PERSON_HEAD.test(w)) return true;
  // "Director-General", "Secretary-General", "editor-in-chief": a compound of a title.
  const parts = w.split("-");
  return parts.length > 1 && parts.some((p) => TITLE_WORDS.has(p) && p.length > 3);
}

/** Common words that open a descriptor, capitalised only at a sentence's start. */
const COMMON_OPENER = new RegExp(
  `^(?:${ANON_HEADS}|${GROUP_HEADS}|senior|junior|local|other|some|several|many|most|few|two|three|four|five|top|government|security|health|industry|company|police|rescue|military|intelligence|party|union)$`,
  "iu",
);

/** A lower-case place after a descriptor: "at the central depot"; group 1 is its noun. */
const PLACE_AFTER = /\s+(?:at|in|on)\s+(?:the|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)$/u;

/** A head naming someone by where they stand, with the place after it (group 1 keeps the head). */
const RELATION_PLACE =
  /\b((?:parents?|mothers?|fathers?|patients?|passengers?|customers?|shoppers?|commuters?|tenants?|students?|pupils?|fans?|voters?|motorists?|neighbours?|locals?|residents?))\s+(?:at|in|on|of)\s.*$/iu;

/** An anonymous descriptor ("a senior US official") as a speaker, with its affiliation. */
export function anonymousGuess(phrase: string, m: RegExpExecArray): SpeakerGuess {
  const name = clean(phrase.replace(/^(?:a|an|one)\s+/i, ""))
    .replace(/\s+(?:who|which)\b.*$/i, "")
    // "A government spokesperson in Bishkek": where they are is not who they are; the place
    // stays as affiliation ("at the European Commission", "for the ministry" stay in the name).
    .replace(/\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u, "")
    // "A nurse at the night shelter", "a guard on the main gate": a site, not a body, is
    // where they are too ("at the company", "at a Nordic bank" stay: who they work for).
    .replace(PLACE_AFTER, (all: string, noun: string) => (ORG_WORDS.test(noun) ? all : ""))
    // "One parent at Hillside Primary", "a passenger on the 7.40": people named by where they
    // stand do not work for the place, which is no affiliation.
    .replace(RELATION_PLACE, "$1")
    // "Officials said", "Senior officials said": capitalised only because they open a sentence.
    .replace(/^\p{Lu}\p{Ll}+\b/u, (w) => (COMMON_OPENER.test(w) ? w.toLowerCase() : w));
  const modifiers = (m[1] ?? "").trim();
  const tail = (m[3] ?? "").trim();
  let affiliation: string | null = null;
  const of =
    /^(?:for|at|of|from|in|with|close to)\s+(?:the\s+)?([\p{Lu}][\p{L}'’. -]*?)(?:\s+(?:who|familiar|speaking|on)\b.*)?$/u.exec(
      tail,
    );
  if (of?.[1]) affiliation = of[1].trim();
  else {
    const caps = modifiers
      .split(/\s+/)
      .filter((w) => (/^[\p{Lu}]/u.test(w) && !COMMON_OPENER.test(w)) || w === "u.s.");
    const key = caps.join(" ").toLowerCase();
    if (key) affiliation = AFFILIATION_OF[key] ?? caps.join(" ");
  }
  return { name, kind: "ANONYMOUS", anonymous: true, affiliation, role: null };
}

/** A document or figures, which speak for whoever issued them. */
const DOCUMENT =
  /^(?:(?:a|an|the)\s+)?(?:(?:latest|new|recent|official|provisional|preliminary|annual|monthly|quarterly|weekly|final|draft|internal)\s+)*(?:reports?|study|studies|surveys?|statements?|letters?|documents?|figures|data|statistics|estimates?|analysis|research|filings?|polls?)\b/i;

/**
 * The issuer of a document as the speaker phrase: "a report published on Monday by the
 * national audit office" → "the national audit office", "A statement from Harwick Council" →
 * "Harwick Council";
 * "the latest figures from the National Treatment Purchase Fund" → "the National Treatment
 * Purchase Fund".
 */
export function byWhom(phrase: string): string {
  if (!DOCUMENT.test(phrase)) return phrase;
  const by =
    /\bby\s+((?:the\s+)?[^,]+)$/.exec(phrase) ?? /\bfrom\s+((?:the\s+)?[^,]+)$/.exec(phrase);
  return by?.[1] ?? phrase;
}
