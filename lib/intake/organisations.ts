import nlp from "compromise";
import type { SpeakerGuess } from "@/lib/intake/types";

// Organisations as speakers: the words that mark a phrase as one ("ministry", "Ltd"), the
// nouns that describe one before its name ("insurer Halden Re") and the references back to
// one ("the company", "the regulator").

/** Words that make a capitalised or bare phrase an organisation, not a person. */
export const ORG_WORDS =
  /\b(airline|carmaker|chipmaker|insurer|firm|operator|retailer|broadcaster|regulator|watchdog|federation|ministry|ministries|department|government|kremlin|pentagon|white house|agency|council|commission|office|party|army|forces|police|bank|company|corporation|group|union|committee|court|parliament|senate|congress|cabinet|embassy|administration|institute|association|foundation|organi[sz]ation|inc|ltd|plc|authority|service|command|military|spokesperson's office|secretariat|press office|board|club|chain|utility|lender|charity|fc|afc|gmbh|llc|llp|corp|society|university|college|school|hospital|trust|league|network|alliance|coalition|federation|institution|museum|laboratory|observatory|academy|centre|center|fund|chamber|guild|bureau|rail|railways?|airways|airlines?|energy|motors|telecom|holdings|partners|securities|capital|logistics|shipping|insurance|utilities)\b/i;

/** Nouns that describe an organisation before its name: "insurer Halden Re", "chain Marlow & Finch". */
const ORG_NOUNS =
  "company|firm|group|business|insurer|chain|operator|retailer|carmaker|automaker|chipmaker|" +
  "airline|bank|lender|utility|supplier|maker|producer|manufacturer|club|charity|developer|" +
  "broadcaster|publisher|regulator|watchdog|union|party|miner|network|platform|startup|" +
  "conglomerate|brewer|builder|provider|distributor|agency|authority|council|ministry|court|team|federation|society|association|board";

/**
 * Nouns that refer back to an organisation ("the trust said") but, written before a name,
 * are more often part of it or of a title ("university Vice-Chancellor …"): not descriptors.
 */
const REFERENCE_ONLY_NOUNS =
  "organi[sz]ation|commission|department|service|administration|inspectorate|trust|" +
  "foundation|institute|university|college|museum|league|alliance|coalition|fund|bureau|tribunal";

/**
 * "the company", "the local water utility", "the iPhone maker", "the Copenhagen-based
 * company": a reference back
 * to a named organisation. A capitalised modifier counts only as a compound ("London-listed"):
 * "the Labour party" names a party of its own.
 */
const ORG_REFERENCE = new RegExp(
  `^[Tt]he\\s+(?:(?:[\\p{Ll}-][\\p{L}-]*|\\p{Lu}[\\p{L}]*-\\p{Ll}+)\\s+){0,2}(${ORG_NOUNS}|${REFERENCE_ONLY_NOUNS})$`,
  "u",
);

/** Whether a word is a noun for an organisation ("team", "company", "regulator"). */
export function isOrgNoun(word: string): boolean {
  return new RegExp(`^(?:${ORG_NOUNS})$`, "i").test(word);
}

/**
 * Nouns for a public body, and the words that make a name one: "the agency" may mean the
 * World Health Organization or the Food Standards Authority named before.
 */
export const PUBLIC_NOUN =
  /^(?:agency|authority|organi[sz]ation|commission|department|service|ministry|administration|inspectorate|office|regulator|watchdog)$/;
export const PUBLIC_NAME =
  /\b(?:agency|authority|organi[sz]ation|commission|department|service|ministry|administration|inspectorate|office|regulator|bureau|directorate)\b/i;

/** Nouns that stand for any organisation: "the company" may be the insurer named before. */
export const GENERIC_ORG = /^(?:company|firm|group|business)$/;
/**
 * Public bodies: "the company" or "the firm" never means the fire service or the ministry
 * named since the company was.
 */
export const PUBLIC_BODY =
  /\b(?:service|ministry|department|government|council|authority|agency|commission|police|court|parliament|army|forces|embassy|university|hospital|school|regulator|watchdog|union|party)\b/i;

/**
 * An organisation named after its descriptor, at a sentence's start or inside it: "Marine
 * insurer Halden Re", "department store chain Marlow & Finch"; group 1 is the descriptor,
 * group 2 the name (capitalised words, with "&" or "of" between them).
 */
export const DESCRIBED_ORG = new RegExp(
  `\\b((?:[\\p{Ll}-]+\\s+){0,2}(?:${ORG_NOUNS.replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)}))\\s+((?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+(?:&\\s+|of\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4})`,
  "gu",
);

/** The head noun of "the company" / "the water regulator", or null for any other phrase. */
export function organisationReferenceHead(phrase: string): string | null {
  return ORG_REFERENCE.exec(phrase)?.[1]?.toLowerCase() ?? null;
}

/** An organisation as a speaker guess, named as the text names it. */
export function organisationGuess(name: string): SpeakerGuess {
  return { name, kind: "ORGANIZATION", anonymous: false, affiliation: null, role: null };
}

export function isAcronym(s: string): boolean {
  return /^[A-Z]{2,6}$/.test(s);
}

/** Answers already looked up; an article names the same few speakers again and again. */
const lexicon = new Map<string, { place: boolean; organisation: boolean }>();
const LEXICON_REMEMBERED = 5000;

/** What compromise's lexicon, which knows countries, cities and many organisations, says of `s`. */
function lexiconSays(s: string): { place: boolean; organisation: boolean } {
  const known = lexicon.get(s);
  if (known) return known;
  const doc = nlp(s);
  const answer = {
    place: doc.has("#Place") || doc.has("#Country"),
    organisation: doc.has("#Organization"),
  };
  if (lexicon.size >= LEXICON_REMEMBERED) lexicon.clear();
  lexicon.set(s, answer);
  return answer;
}

/** compromise's lexicon knows countries, cities and many organisations. */
export function isPlaceOrOrg(s: string): boolean {
  if (s.split(" ").length > 3) return false;
  const { place, organisation } = lexiconSays(s);
  return place || organisation;
}

/** Whether the lexicon knows `s` as an organisation ("Morgan Stanley"), not only as a place. */
export function isKnownOrganisation(s: string): boolean {
  return s.split(" ").length <= 3 && lexiconSays(s).organisation;
}
