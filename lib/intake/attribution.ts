import type { Discourse } from "@/lib/intake/discourse";
import { isPastForm } from "@/lib/intake/clauses";
import type { SpeakerGuess } from "@/lib/intake/types";
import { findSpeechVerbs, speechVerbLemma } from "@/lib/intake/reporting-verbs";

// Finding who said a quote from the words around it: `“…,” he said.`, `said Smith, the
// minister.`, `Smith told reporters: “…”`, `according to a senior official`.

export interface Attribution {
  speaker: SpeakerGuess;
  /** Lemma of the speech verb, when one introduced the passage. */
  verb: string | null;
}

// A live blog's topic label ("Schools: the department says …") opens no subject.
const CLAUSE_START =
  /(?:^[^:;,.\n]{1,40}:|^|[;(—–]|\b(?:where|when|while|whereas|after|before|because|although|though|but|and then|as|that|which)\b)\s*/gi;
const TRAILING_ADVERBS =
  /(?:\s+(?:also|later|then|again|previously|earlier|further|once|had|has|have|was|is|would|will|has also|had also|reportedly|publicly|privately|repeatedly|bluntly|simply|flatly|angrily|firmly|quickly))+\s*$/i;
/** Where an inverted speaker phrase ends: "said Smith, the minister, in a statement". */
const PHRASE_END =
  /\s+(?:in an?|on|at|during|after|before|adding|as|when|while|from|via|late|earlier|who|according)\b|(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Prof|[A-Z]))[.;:!?(—–]|[;:!?(—–]|,\s*(?:adding|according|who|in|on|at|as|when|while)\b/i;

/**
 * The subject phrase of a clause that ends just before its verb, with an apposition kept
 * ("Andrii Sybiha, Ukraine's foreign minister,") and a relative clause dropped ("The
 * official, who asked not to be named,").
 */
export function subjectBefore(raw: string): { phrase: string; at: number } {
  const before = withoutRelative(raw);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_START)) {
    if (m.index + m[0].length < before.length) start = m.index + m[0].length;
  }
  const clause = beforeFirstVerb(before.slice(start).replace(TRAILING_ADVERBS, ""));
  const parts = clause
    .split(/,\s*/)
    .map((p) => p.trim())
    // Lower case only: "WHO Director-General Tedros …" opens with a name.
    .filter((p) => p && !/^(?:(?:and|but)\s+)?(?:who|which|whose|speaking|citing)\b/.test(p))
    // An age ("Joan Reilly, 79, from Stockport,") is an aside, like an adverbial.
    .filter((p) => !isAdverbial(p) && !/^\d{1,3}$/.test(p));
  const last = parts[parts.length - 1] ?? "";
  const prev = parts[parts.length - 2] ?? "";
  const kept = [last];
  const isName = (p: string) => /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(p);
  // "Former Harlow captain Steve Marsh": a name with its title before it.
  const endsInName = (p: string) =>
    isName(p) || /^(?:[\p{L}'’.-]+\s+){1,4}(?:\p{Lu}[\p{L}'’.-]*\s*){2,4}$/u.test(p);
  const isDescriptor = (p: string) =>
    /^(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s|\p{Ll}|\p{Lu}\p{L}*['’]s\s)/u.test(p) &&
    !isName(p);
  // "Omar Haddad, leader of Marston Council, the county's largest, said": the second
  // apposition describes the body in the first, so the person and their office are kept.
  const third = parts[parts.length - 3] ?? "";
  if (isDescriptor(last) && /^\p{Ll}/u.test(prev) && isName(third)) {
    return { phrase: `${third}, ${prev}`, at: start + clause.indexOf(third) };
  }
  // "Andrii Sybiha, Ukraine's foreign minister," and "Ukraine's foreign minister, Andrii Sybiha,"
  if (isDescriptor(last) && endsInName(prev)) {
    // "Senator Laura Whitcombe, a Democrat who has pressed …": the descriptor is cut short,
    // never the name before it.
    return { phrase: `${prev}, ${shortDescriptor(last)}`, at: start + clause.indexOf(prev) };
  }
  if (isName(last) && isDescriptor(prev) && wordsIn(prev) <= 8) kept.unshift(prev);
  const phrase = kept.join(", ");
  const at = start + Math.max(0, clause.indexOf(kept[0] ?? ""));
  return { phrase: phrase.split(/\s+/).slice(-14).join(" "), at };
}

/**
 * "The Head Teachers' Association welcomed the plan but": a first predicate coordinated with
 * the speech verb; the subject is what comes before its verb.
 */
function beforeFirstVerb(clause: string): string {
  if (!/\s(?:and|but)\s*$/.test(clause)) return clause;
  const words = clause.trim().split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isPastForm(w));
  return verb > 0 ? words.slice(0, verb).join(" ") : clause;
}

/**
 * A descriptor's head without what qualifies it: "a Democrat who has pressed …" → "a
 * Democrat", "the joint venture set up by …" → "the joint venture".
 */
function shortDescriptor(descriptor: string): string {
  return descriptor
    .replace(/\s+(?:who|which|whose|that|set up|based|owned|run|founded|created|by)\b.*$/u, "")
    .split(/\s+/)
    .slice(0, 8)
    .join(" ");
}

/** Sentence connectives that open a clause before its subject: "Meanwhile, the minister …". */
const CONNECTIVE =
  /^(?:meanwhile|however|separately|earlier|later|instead|still|also|yet|nevertheless|nonetheless|moreover|furthermore|indeed|additionally|similarly|likewise|elsewhere|previously|subsequently|then|now|today|yesterday|overnight|thus|therefore|hence|accordingly|regardless|again|finally|publicly|privately|initially|ultimately|notably|crucially|specifically|consequently|officially|originally|currently|recently|eventually|first|second|third|last|next|in turn|in response|in addition|by contrast|in contrast|on the other hand|at the same time|for (?:his|her|its|their) part)$/i;
/** An opening adverbial: "In a statement", "On Monday", "Last week", "Speaking to reporters". */
const ADVERBIAL =
  /^(?:in|on|at|after|before|during|following|amid|despite|last|this|earlier|later|by|with|for|from|under|speaking|asked|writing|responding)\s/i;

/** Whether a comma-separated part of a subject is a connective or an adverbial, not the subject. */
function isAdverbial(part: string): boolean {
  return CONNECTIVE.test(part) || ADVERBIAL.test(part);
}

/**
 * A non-restrictive relative clause between a subject and its verb is left out: "The
 * company, which employs 4,000 people, said" → "The company". Commas inside a number
 * ("4,000") do not end the clause.
 */
export function withoutRelative(before: string): string {
  const m = /,\s+(?:who|which|whose)\b(?:[^,]|,(?=\d))*,\s*$/u.exec(before);
  if (m && m.index > 0) return before.slice(0, m.index);
  // "The Friends of Marston Park, a group set up when the council last tried …, said": an
  // apposition after a name that holds a clause of its own is left out with that clause, so
  // its "when" does not open the subject.
  const apposition = APPOSITION_WITH_CLAUSE.exec(before);
  return apposition && apposition.index > 0 ? before.slice(0, apposition.index) : before;
}

/** ", a group formed when …," after a capitalised word: an apposition holding a clause. */
const APPOSITION_WITH_CLAUSE =
  /(?<=\p{Lu}[\p{L}'’.-]*),\s+(?:a|an|the)\s(?:[^,]|,(?=\d))*?\b(?:when|where|while|after|before|because|as|that|until|since)\b(?:[^,]|,(?=\d))*,\s*$/u;

/** Attribution written after a quote: `, he said`, `, said the minister`, `Smith added.` */
export function attributionAfter(
  segment: string,
  offset: number,
  discourse: Discourse,
): Attribution | null {
  const lead = /^[\s,.!?]*/.exec(segment)?.[0].length ?? 0;
  const rest = segment.slice(lead);
  const according = /^according to\s+(.+)$/i.exec(rest);
  if (according) {
    const phrase = cutPhrase(according[1] ?? "");
    const speaker = discourse.resolvePhrase(phrase, offset + lead);
    return speaker ? { speaker, verb: "say" } : null;
  }
  const words = /^\S+/.exec(rest)?.[0] ?? "";
  const firstLemma = speechVerbLemma(words.replace(/[^\p{L}]/gu, ""));
  if (firstLemma) {
    const phrase = cutPhrase(rest.slice(words.length));
    const speaker = discourse.resolvePhrase(phrase, offset + lead + words.length);
    return speaker ? { speaker, verb: firstLemma } : null;
  }
  const verb = findSpeechVerbs(rest).find((v) => v.at > 0 && wordsIn(rest.slice(0, v.at)) <= 10);
  if (!verb) return null;
  const subject = rest.slice(0, verb.at).replace(TRAILING_ADVERBS, "");
  // A full stop ends the sentence, unless it ends a title or an initial ("Dr. Park said").
  if (
    /[;!?]/.test(subject) ||
    /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|\p{Lu}))\./u.test(subject)
  )
    return null;
  const speaker = discourse.resolvePhrase(subject, offset + lead);
  return speaker ? { speaker, verb: verb.lemma } : null;
}

/** Attribution written before a quote: `Smith said:`, `he wrote on X:`, `said Smith, “…”`. */
export function attributionBefore(
  segment: string,
  offset: number,
  discourse: Discourse,
): Attribution | null {
  const according = /according to\s+([^,]+),?\s*$/i.exec(segment);
  if (according) {
    const speaker = discourse.resolvePhrase(according[1] ?? "", offset + according.index);
    return speaker ? { speaker, verb: "say" } : null;
  }
  const verbs = findSpeechVerbs(segment);
  const verb = verbs[verbs.length - 1];
  if (!verb || wordsIn(segment.slice(verb.at)) > 12) {
    const colon = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}):\s*$/u.exec(segment);
    if (!colon) return null;
    const speaker = discourse.resolvePhrase(colon[1] ?? "", offset + colon.index);
    return speaker ? { speaker, verb: null } : null;
  }
  const after = segment.slice(verb.at + verb.form.length);
  const inverted = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}|(?:the|a|an)\s[^,:]+?)\s*[,:]?\s*$/u.exec(
    after,
  );
  const before = segment.slice(0, verb.at);
  const { phrase, at } = subjectBefore(before);
  let speaker = phrase ? discourse.resolvePhrase(phrase, offset + at) : null;
  if (!speaker && inverted) speaker = discourse.resolvePhrase(inverted[1] ?? "", offset + verb.at);
  return speaker ? { speaker, verb: verb.lemma } : null;
}

function cutPhrase(rest: string): string {
  const m = PHRASE_END.exec(rest);
  let phrase = m ? rest.slice(0, m.index) : rest;
  // Keep one apposition: "Andrii Sybiha, Ukraine's foreign minister".
  // Keep one apposition ("Andrii Sybiha, Ukraine's foreign minister"), not an age ("Tellen, 54").
  const parts = phrase.split(/,\s*/).filter((p) => !/^\d+$/.test(p));
  phrase = parts.slice(0, 2).join(", ");
  return phrase.trim();
}

export function wordsIn(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
