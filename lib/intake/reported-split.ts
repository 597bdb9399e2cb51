import { hasFiniteVerb } from "@/lib/intake/clauses";
import { findSpeechVerbs, isQuoteOnlyVerb, speechVerbLemma } from "@/lib/intake/reporting-verbs";
import { skipHearerAndLeadIn } from "@/lib/intake/reported-frame";

// Where one piece of reported content ends and the next begins, inside one sentence:
//   "X said that A and that B"                → A and B, both X's
//   "X pledged to A and to B"                 → "to A" and "to B", both X's
//   "X said A, and predicted that B"           → A, and B with the verb "predict"
//   "X said A, adding that B"                  → A, and B with the verb "add"
//   "X said it would A next week and would B"   → "it would A …" and "would B", both X's
//   "X said A, while Y warned that B"          → A as X's; B is read again as its own report
// Each claim is then its own candidate, as an analyst would file them.

export interface ReportedSplit {
  /** Where the first passage ends, relative to the content. */
  cut: number;
  /** Where the rest starts: the second passage (same speaker) or the next report. */
  next: number;
  /** "same": the rest is more content of this speaker; "new": it names its own speaker. */
  speaker: "same" | "new";
  /** The speech verb of the rest, when it has its own ("and predicted that …"). */
  verb: string | null;
}

/** "…, and that …", "… but also that …": the same verb's second content. */
const AND_THAT = /,?\s+(?:and|but)\s+(?:also\s+)?that\s+/g;
/** "to build …, and to freeze …": the same verb's second infinitive. */
const AND_TO = /,?\s+(?:and|but)\s+(?:also\s+)?(?=to\s+\p{Ll})/u;
/** "…, and predicted that …": a second speech verb with the same subject. */
const AND_VERB =
  /,?\s+(?:and|but)\s+(?:also\s+)?(\p{Ll}+)(?:\s+(?:on\s+\p{Lu}\p{L}+|\p{Ll}{3,}ly))?(\s+that)?\s+/gu;
/** "…, and would publish …": a second predicate of the same subject, with its own modal. */
const AND_MODAL =
  /(,?)\s+and\s+(?=((?:would|will|could|should|must|might|can)\s+(?:not\s+|also\s+)?\p{Ll}|(?:expect|plan|hope|intend|aim)(?:s|ed|ned|d)?\s+to\s+\p{Ll}))/gu;
/** A predicate that states a stance: a copula and an adjective, or "(dis)agreed with …". */
const STANCE = /\b(?:was|were|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+$|\b(?:dis)?agree[sd]?\s+with\b/u;
/** A subject that is the speaker itself: a pronoun, or "the company", "the commission". */
const OWN_SUBJECT =
  /^(?:it|he|she|they|we|the\s+\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:had|has|have|was|were|is|are|would|will|could|\p{Ll}+ed)\b/u;
/** The modal or forecast verb a predicate starts with, to tell a second act from the first. */
const MODAL_WORD =
  /\b(would|will|could|should|must|might|can|(?:expect|plan|hope|intend|aim)(?:s|ed|ned|d)?\s+to)\b/;
/**
 * A time phrase: a predicate dated on its own ("would survey the ditches next week and would
 * start …") is a claim of its own, resolved on its own date.
 */
const TIME =
  /\b(?:today|tomorrow|tonight|(?:next|this|last)\s+(?:week|month|year|spring|summer|autumn|winter|season)|(?:by|before|until|within|in|during|from|over|after)\s+(?:the\s+)?(?:(?:coming|next|first|second|third|final|end|start|middle|beginning|early|late)\s+(?:of\s+(?:the\s+)?)?)*(?:\d|a\s+(?:week|month|year|decade|fortnight)|weeks|months|years|days|week|month|year|quarter|half|spring|summer|autumn|winter|(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/u;

/** "…, adding that …": a participle of a speech verb opens the speaker's next claim. */
const ADDING = /,\s+(\p{Ll}+ing)\s+(?:that\s+)?/gu;
/** The boundary before a clause with its own subject: ", while", "; ", ", but". */
const BOUNDARY = /(?:,|;)\s+(?:(?:while|whereas|but|and|although|though)\s+)?/g;

/** The first point where `content` holds a second report; null when it holds one claim. */
export function splitReported(content: string): ReportedSplit | null {
  const found: ReportedSplit[] = [];
  // "pledged to build homes and to freeze rents": two commitments.
  const infinitive = /^to\s/.test(content) ? AND_TO.exec(content) : null;
  if (infinitive)
    found.push({
      cut: infinitive.index,
      next: infinitive.index + infinitive[0].length,
      speaker: "same",
      verb: null,
    });
  for (const m of content.matchAll(AND_THAT)) {
    found.push({ cut: m.index, next: m.index + m[0].length, speaker: "same", verb: null });
    break;
  }
  for (const m of content.matchAll(AND_VERB)) {
    const lemma = speechVerbLemma(m[1] ?? "");
    if (!lemma || isQuoteOnlyVerb(lemma) || /ing$/.test(m[1] ?? "")) continue;
    const rest = content.slice(m.index + m[0].length);
    if (!m[2] && !hasFiniteVerb(rest.split(/\s+/).slice(0, 8).join(" "))) continue;
    // "…, and warned him that …": the hearer and "that" are not the content.
    const skipped = m[2] ? rest : skipHearerAndLeadIn(lemma, ` ${rest}`).replace(/^\s*that\s+/, "");
    const next = m.index + m[0].length + Math.max(0, rest.length - skipped.length);
    found.push({ cut: m.index, next, speaker: "same", verb: lemma });
    break;
  }
  for (const m of content.matchAll(ADDING)) {
    const lemma = speechVerbLemma(m[1] ?? "");
    if (!lemma || isQuoteOnlyVerb(lemma)) continue;
    const rest = content.slice(m.index + m[0].length);
    if (!hasFiniteVerb(rest.split(/\s+/).slice(0, 8).join(" "))) continue;
    found.push({ cut: m.index, next: m.index + m[0].length, speaker: "same", verb: lemma });
    break;
  }
  // "it would survey the site next week and would start work in May", "it had received the
  // bid, and would decide soon": two acts to check, each with its own date. Without a comma
  // or a date of its own the first predicate is kept with the second ("would look into it
  // and would publish its findings" is one commitment).
  for (const m of content.matchAll(AND_MODAL)) {
    const first = content.slice(0, m.index);
    // "had sealed the leak and would pay …" (a fact, then a commitment) and "would sell the
    // unit and expected to find a buyer …" (a commitment, then a forecast) are two claims.
    const own = MODAL_WORD.exec(first)?.[1]?.split(/\s/)[0];
    const next = (m[2] ?? "").split(/\s/)[0];
    const shift = own !== next && !(own && next && (own.startsWith(next) || next.startsWith(own)));
    // "was disappointed and would appeal", "disagreed with the ruling and would appeal": a
    // stance that gives the act its reason stays with it.
    // Only for the speaker's own acts, told with a pronoun or its body's kind ("it", "the
    // company"): a named third party's fact and what follows from it ("X had over-ordered and
    // would struggle") is one judgement.
    const own2 = OWN_SUBJECT.test(first) && !STANCE.test(first);
    if (!hasFiniteVerb(first) || (!m[1] && !TIME.test(first) && !(shift && own2))) continue;
    found.push({ cut: m.index, next: m.index + m[0].length, speaker: "same", verb: null });
    break;
  }
  const other = newSpeaker(content);
  if (other) found.push(other);
  return found.sort((a, b) => a.cut - b.cut)[0] ?? null;
}

/**
 * "…, while union leader Tom Ash warned that …": after a clause boundary, a short subject
 * and a finite speech verb start a report of someone else.
 */
function newSpeaker(content: string): ReportedSplit | null {
  for (const verb of findSpeechVerbs(content)) {
    if (/ing$/.test(verb.form) || isQuoteOnlyVerb(verb.lemma)) continue;
    const before = content.slice(0, verb.at);
    let boundary: RegExpExecArray | null = null;
    for (const m of before.matchAll(BOUNDARY)) boundary = m;
    if (!boundary) continue;
    const start = boundary.index + boundary[0].length;
    const subject = before
      .slice(start)
      .replace(/\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?\s*$/u, "")
      .trim();
    const words = subject.split(/\s+/).filter(Boolean);
    // A subject of its own: a few words, no verb of its own, not an infinitive or a passive.
    if (words.length === 0 || words.length > 10) continue;
    if (/\b(?:to|is|was|were|be|been|being|are)\s*$/i.test(subject)) continue;
    if (hasFiniteVerb(subject)) continue;
    return { cut: boundary.index, next: start, speaker: "new", verb: null };
  }
  return null;
}
