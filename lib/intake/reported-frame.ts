import { hasFiniteVerb, isPastForm } from "@/lib/intake/clauses";
import { wordsIn } from "@/lib/intake/attribution";

// The words around a reported speech verb that are neither its speaker nor its content: the
// hearer ("told investors that"), adverbials ("on Monday", "in a statement"), the rest of a
// trailing attribution ("…, X said on Wednesday"), a dateline, and the subject of "X
// apologised and said …". lib/intake/reported.ts reads the content between them.

const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/**
 * Adverbials between a verb and its content: "on Monday", "Tuesday", "in a statement", "to
 * reporters", a manner adverb before "that" ("has said repeatedly that").
 */
export const LEAD_IN = new RegExp(
  String.raw`^(?:\s*,?\s*(?:(?:late |early |earlier |later )?on (?:\p{Lu}\p{L}+|\d+ \p{Lu}\p{L}+)(?: (?:morning|afternoon|evening|night))?|yesterday|today|tonight|earlier|later|again|also|publicly|afterwards?|(?:outside|after|before) (?:the )?[\p{L}-]+(?= that\b)|(?:last|this) \p{L}+|(?:${WEEKDAY})(?![\p{L}'’])(?: (?:morning|afternoon|evening|night))?|\p{Ll}{3,}ly(?=\s+that\b|\s*,)|in an? (?:[\p{L}-]+ )?(?:statement|interview|post|speech|briefing|address|conference|message|video|letter|tweet)(?: (?:on|to|with) [^,]{1,40}?)?(?= that\b|,| \p{Ll})|at an? (?:[\p{L}-]+ )?(?:conference|briefing|summit|meeting|rally|event)(?: in \p{Lu}\p{L}+)?|to (?:reporters|journalists|the press|lawmakers|parliament|the BBC|Reuters|AP|AFP|CNN|\p{Lu}\p{L}+)|in \p{Lu}\p{L}+|via \p{L}+|on (?:his|her|their|its) [^,]{1,40}? account)\s*,?)+`,
  "u",
);
/** Verbs that take the hearer before a that-clause: "told investors that", "warned staff that". */
const HEARER_FIRST = new Set(["tell", "warn", "assure", "remind", "promise", "inform", "caution"]);
/**
 * The hearer of "told investors the firm would …" when no "that" follows: a pronoun, a name,
 * or a noun phrase, followed by the subject of a clause.
 */
const HEARER = new RegExp(
  String.raw`^\s+(?:him|her|them|us|me|you|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|(?:(?:the|his|her|its|their|our)\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s|(?:the|his|her|its|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)(?=,?\s+(?:the|a|an|it|he|she|they|we|I|its|their|his|her|there|this|\p{Lu}\p{L}*)\s|\s+(?:on \p{Lu}|yesterday|today|last |this |${WEEKDAY}))`,
  "u",
);

/**
 * The words after a speech verb with its hearer and adverbials skipped: "told investors on
 * Monday that …" → "that …", "told staff the plant would close" → "the plant would close".
 */
export function skipHearerAndLeadIn(lemma: string, after: string): string {
  let rest = after;
  if (HEARER_FIRST.has(lemma)) rest = rest.replace(/^\s+(?:[\p{L}'’-]+\s+){1,4}?(?=that\s)/u, " ");
  if (lemma === "tell")
    rest = rest.replace(
      /^\s+(?:\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*|reporters|journalists|lawmakers|parliament|(?:the|a|an) [\p{L}\s]{1,30}?)(?=\s+that\b|,|\s+on\b|\s+in\b)/u,
      "",
    );
  if (HEARER_FIRST.has(lemma) && !/^\s+that\s/.test(rest)) {
    const hearer = HEARER.exec(rest)?.[0].length ?? 0;
    const clause = rest.slice(hearer).split(/\s+/).slice(0, 7).join(" ");
    if (hearer > 0 && hasFiniteVerb(clause)) rest = rest.slice(hearer);
  }
  rest = rest.slice(LEAD_IN.exec(rest)?.[0].length ?? 0);
  return rest;
}

/**
 * Whether the words after a trailing "…, X said" only finish the attribution: nothing, an
 * adverbial ("on Wednesday"), or a short aside ("…, two days later than promised"), but no
 * that-clause or new clause with a subject pronoun.
 */
export function endsAttribution(after: string): boolean {
  const core = after.replace(
    /,\s*(?:after|as|when|while|because|before|adding|despite|following|according)\b.*$/,
    "",
  );
  const bare = core.replace(/[.!?\s]+$/, "");
  // "…, X said on Wednesday" ends it; "…, and X said all customers were back" does not.
  if (/^[^,]{0,40}$/.test(bare) && !hasFiniteVerb(bare)) return true;
  const rest = core.slice(LEAD_IN.exec(core)?.[0].length ?? 0).replace(/^[\s,]+|[.!?\s]+$/g, "");
  return wordsIn(rest) <= 8 && !/\bthat\b|^(?:I|we|he|she|it|they)\b/i.test(rest);
}

/** The subject at the start of a sentence: the words before its first verb-like word. */
export function leadingSubject(s: string): { phrase: string; at: number } | null {
  // "His defeated rival, Chiara Conti, conceded …" / "Chiara Conti, his rival, conceded …"
  const apposition = /^((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s+[^,]{2,60}),\s/u.exec(s);
  if (apposition?.[1] && /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(apposition[1]))
    return { phrase: apposition[1], at: 0 };
  const words = s.split(/\s+/);
  const out: string[] = [];
  for (const w of words.slice(0, 12)) {
    if (
      /^\p{Ll}/u.test(w) &&
      (/(?:ed|s)$/.test(w) ||
        isPastForm(w) ||
        /^(?:is|was|has|had|will|would|said|says|told)$/.test(w))
    ) {
      return out.length > 0 ? { phrase: out.join(" "), at: 0 } : null;
    }
    out.push(w);
  }
  return null;
}

/** A dateline before the first sentence: "LONDWICK, Jan 8 (Wire) - ", "TOKYO — ". */
export function datelineLength(s: string): number {
  return (
    /^\p{Lu}[\p{Lu} .'-]+(?:,[^(]{0,30}\([^)]{1,30}\)\s*|\s+)[-–—]\s*/u.exec(s)?.[0].length ?? 0
  );
}
