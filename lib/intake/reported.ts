import type { Discourse } from "@/lib/intake/discourse";
import type { Span } from "@/lib/intake/types";
import { byWhom, subjectBefore, wordsIn, type Attribution } from "@/lib/intake/attribution";
import {
  findSpeechVerbs,
  isAnnouncingVerb,
  isQuoteOnlyVerb,
  speechVerbLemma,
} from "@/lib/intake/reporting-verbs";

// Reported speech: "X confirmed that …", "X announced …", "…, the minister said.",
// "according to X, …". The passage is the reported content, not the attribution.

export interface ReportedSite extends Span, Attribution {}

/** Adverbials between a verb and its content: "on Monday", "in a statement", "to reporters". */
const LEAD_IN =
  /^(?:\s*,?\s*(?:(?:late |early |earlier |later )?on (?:\p{Lu}\p{L}+|\d+ \p{Lu}\p{L}+)(?: (?:morning|afternoon|evening|night))?|yesterday|today|tonight|earlier|later|again|also|publicly|(?:last|this) \p{L}+|in an? (?:[\p{L}-]+ )?(?:statement|interview|post|speech|briefing|address|conference|message|video|letter|tweet)(?: (?:on|to|with) [^,]{1,40}?)?(?= that\b|,| \p{Ll})|at an? (?:[\p{L}-]+ )?(?:conference|briefing|summit|meeting|rally|event)(?: in \p{Lu}\p{L}+)?|to (?:reporters|journalists|the press|lawmakers|parliament|the BBC|Reuters|AP|AFP|CNN|\p{Lu}\p{L}+)|in \p{Lu}\p{L}+|via \p{L}+|on (?:his|her|their|its) [^,]{1,40}? account)\s*,?)+/u;
const FINITE =
  /\b(?:will|would|was|were|is|are|has|had|have|could|can|should|must|did|does|do|remains?|plans?|planned|expects?|intends?|wants?|won['’]t|isn['’]t|wasn['’]t|aren['’]t|hasn['’]t|had|may|might|need|needs|\p{L}+ed)\b/u;
const NOUN_OBJECT_OK = /^(?:the|a|an|plans?|new)\b/i;
/** "vowed to rebuild", "pledged to cut": the infinitive is the promise. */
const COMMITTING = new Set(["vow", "pledge", "promise"]);

/**
 * Finds reported speech in one sentence, skipping the ranges of accepted direct quotes.
 * Returns null when the sentence reports nothing or its speaker cannot be named.
 */
export function findReported(
  text: string,
  sentence: Span,
  quoted: readonly Span[],
  discourse: Discourse,
): ReportedSite | null {
  const s = text.slice(sentence.start, sentence.end);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start - 1 && i <= q.end);
  const end = sentence.start + s.replace(/[\s.!?]+$/, "").length;

  const according = /^according to ([^,]{3,80}),\s+(.+)$/i.exec(s) ?? null;
  if (according) {
    const speaker = discourse.resolvePhrase(byWhom(according[1] ?? ""), sentence.start + 13);
    const start = sentence.start + s.length - (according[2] ?? "").length;
    if (speaker) return { start, end, speaker, verb: "say" };
  }
  const trailingAccording = /^(.{20,}?),\s+according to ([^,]{3,80}?)[.!]?$/i.exec(s);
  if (trailingAccording) {
    const at = sentence.start + (trailingAccording[1] ?? "").length;
    const speaker = discourse.resolvePhrase(byWhom(trailingAccording[2] ?? ""), at);
    if (speaker)
      return { start: sentence.start + datelineLength(s), end: at, speaker, verb: "say" };
  }

  for (const verb of findSpeechVerbs(s)) {
    const at = sentence.start + verb.at;
    if (inQuote(at) || isQuoteOnlyVerb(verb.lemma) || /ing$/.test(verb.form)) continue;
    const before = s.slice(0, verb.at);
    const after = s.slice(verb.at + verb.form.length);

    // "…, the minister said." / "…, said the minister."
    const trailingSubject = /^(.{15,}?),\s+((?:[\p{L}'’.-]+\s+){0,10}?[\p{L}'’.-]+)\s*$/u.exec(
      before,
    );
    const afterCore = after.replace(
      /,\s*(?:after|as|when|while|because|before|adding|despite|following|according)\b.*$/,
      "",
    );
    if (
      trailingSubject &&
      /^[^,]{0,40}$/.test(afterCore.replace(/[.!?\s]+$/, "")) &&
      FINITE.test(trailingSubject[1] ?? "")
    ) {
      const contentEnd = sentence.start + (trailingSubject[1] ?? "").length;
      const speaker = discourse.resolvePhrase(trailingSubject[2] ?? "", contentEnd);
      if (speaker && wordsIn(trailingSubject[1] ?? "") >= 5) {
        return {
          start: sentence.start + datelineLength(s),
          end: contentEnd,
          speaker,
          verb: verb.lemma,
        };
      }
    }
    const inverted = /^(.{15,}?),\s*$/.exec(before);
    if (inverted && FINITE.test(inverted[1] ?? "")) {
      const phrase = after.replace(/[.!?\s]+$/, "").replace(/\s+(?:on|in|at|to)\s.*$/, "");
      const speaker = discourse.resolvePhrase(phrase, at);
      if (speaker)
        return {
          start: sentence.start,
          end: sentence.start + (inverted[1] ?? "").length,
          speaker,
          verb: verb.lemma,
        };
    }

    // "X confirmed (on Monday) that …" / "X said (on Monday) the deal would …" / "X announced a …"
    // "She apologised and said …", "X conceded defeat but said …": the sentence's subject.
    const coordinated = /\b(?:and|but)\s*$/.test(before) ? leadingSubject(s) : null;
    const { phrase, at: subjectAt } = coordinated ?? subjectBefore(before);
    if (!phrase) continue;
    let rest = after;
    if (verb.lemma === "tell")
      rest = rest.replace(
        /^\s+(?:\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*|reporters|journalists|lawmakers|parliament|(?:the|a|an) [\p{L}\s]{1,30}?)(?=\s+that\b|,|\s+on\b|\s+in\b)/u,
        "",
      );
    const lead = LEAD_IN.exec(rest)?.[0].length ?? 0;
    rest = rest.slice(lead);
    const that = /^\s*,?\s*that\s+/.exec(rest);
    let contentStart: number;
    if (that) {
      contentStart = verb.at + verb.form.length + (after.length - rest.length) + that[0].length;
    } else {
      const trimmed = rest.replace(/^[\s,:]+/, "");
      const firstWords = trimmed.split(/\s+/).slice(0, 10).join(" ");
      const clause =
        FINITE.test(firstWords) && !/^(?:to|for|with|about|of|by|as|in|on)\b/i.test(trimmed);
      const infinitive =
        COMMITTING.has(verb.lemma) && /^to \p{Ll}/u.test(trimmed) && wordsIn(trimmed) >= 3;
      const announced =
        isAnnouncingVerb(verb.lemma) && NOUN_OBJECT_OK.test(trimmed) && wordsIn(trimmed) >= 3;
      if (!clause && !announced && !infinitive) continue;
      // "conceded defeat but said …": the later verb carries the content.
      const later = /\b(?:and|but)\s+(?:also\s+)?(\p{Ll}+)/u.exec(firstWords);
      if (
        later &&
        speechVerbLemma(later[1] ?? "") &&
        !FINITE.test(firstWords.slice(0, later.index))
      )
        continue;
      contentStart = verb.at + verb.form.length + (after.length - trimmed.length);
    }
    const content = s
      .slice(contentStart)
      .replace(/[\s.!?]+$/, "")
      .replace(/,\s+(?:as|while|after)\s.*$/, "");
    if (wordsIn(content) < 3) continue;
    const speaker = discourse.resolvePhrase(phrase, sentence.start + subjectAt);
    if (!speaker) continue;
    return {
      start: sentence.start + contentStart,
      end: sentence.start + contentStart + content.length,
      speaker,
      verb: verb.lemma,
    };
  }
  return null;
}

/** The subject at the start of a sentence: the words before its first verb-like word. */
function leadingSubject(s: string): { phrase: string; at: number } | null {
  const words = s.split(/\s+/);
  const out: string[] = [];
  for (const w of words.slice(0, 12)) {
    if (
      /^\p{Ll}/u.test(w) &&
      (/(?:ed|s)$/.test(w) || /^(?:is|was|has|had|will|would|said|says|told)$/.test(w))
    ) {
      return out.length > 0 ? { phrase: out.join(" "), at: 0 } : null;
    }
    out.push(w);
  }
  return null;
}

/** A wire dateline before the first sentence: "LONDWICK, Jan 8 (Wire) - ". */
function datelineLength(s: string): number {
  return /^\p{Lu}[\p{Lu} .'-]+,[^(]{0,30}\([^)]{1,30}\)\s*[-–—]\s*/u.exec(s)?.[0].length ?? 0;
}
