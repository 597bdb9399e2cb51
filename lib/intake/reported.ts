import type { Discourse } from "@/lib/intake/discourse";
import { hasFiniteVerb } from "@/lib/intake/clauses";
import {
  datelineLength,
  endsAttribution,
  leadingSubject,
  skipHearerAndLeadIn,
} from "@/lib/intake/reported-frame";
import type { Span, SpeakerGuess } from "@/lib/intake/types";
import { splitReported } from "@/lib/intake/reported-split";
import {
  subjectBefore,
  withoutRelative,
  wordsIn,
  type Attribution,
} from "@/lib/intake/attribution";
import {
  findSpeechVerbs,
  isAnnouncingVerb,
  isQuoteOnlyVerb,
  speechVerbLemma,
} from "@/lib/intake/reporting-verbs";

// Reported speech: "X confirmed that …", "X announced …", "…, the minister said.",
// "according to X, …". The passage is the reported content, not the attribution.

export interface ReportedSite extends Span, Attribution {
  /**
   * Where the words that date the passage end, when a relative clause cut from it does
   * ("before the end of the season, which ends on May 24"); the passage's end otherwise.
   */
  contextEnd?: number;
}

const NOUN_OBJECT_OK = /^(?:the|a|an|plans?|new)\b/i;
/**
 * A trailing clause that is the writer's, not the speaker's: its effect on the news
 * ("…, ending weeks of speculation") or what the speaker did next ("…, adding …").
 */
const COMMENTARY_TAIL =
  /,\s+(?:as|while|after|ending|sparking|prompting|fuell?ing|easing|dashing|calming|reviving|deepening|reversing|contradicting|defying|rebuffing)\s.*$/;
/** Asides after a subject: ", 27,", ", who won on Sunday,". */
const ASIDES = /(?:,\s+(?:who|which|whose|where|\d+)\b(?:[^,]|,(?=\d))*)+,/g;
/**
 * "… and declined to comment further": what the speaker did not say is no content; nor is
 * an instruction to a hearer ("…, and warned them not to read reports of the case").
 */
const NO_COMMENT =
  /,?\s+(?:and|but)\s+(?:(?:declined|refused|would not|did not|could not)\s+(?:to\s+)?(?:comment|elaborate|give|say|answer|provide|name|discuss|confirm)\b|(?:warned|urged|told|asked|ordered|instructed|advised|reminded)\s+(?:him|her|them|us|you|the\s+\p{Ll}+)\s+(?:not\s+)?to\s+\p{Ll}).*$/u;
/** "vowed to rebuild", "pledged to cut", "threatened to strike": the infinitive is the act. */
const COMMITTING = new Set(["vow", "pledge", "promise", "threaten"]);

/**
 * Finds reported speech in one sentence, skipping the ranges of accepted direct quotes.
 * Returns no site when the sentence reports nothing or its speaker cannot be named, several
 * when it holds several reports ("X said A and that B", "X said A, while Y warned B").
 */
export function findReported(
  text: string,
  sentence: Span,
  quoted: readonly Span[],
  discourse: Discourse,
): ReportedSite[] {
  const s = text.slice(sentence.start, sentence.end);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start - 1 && i <= q.end);
  const end = sentence.start + s.replace(/[\s.!?]+$/, "").length;

  const according = /^according to ([^,]{3,80}),\s+(.+)$/i.exec(s) ?? null;
  if (according) {
    const speaker = discourse.resolvePhrase(according[1] ?? "", sentence.start + 13);
    const start = sentence.start + s.length - (according[2] ?? "").length;
    if (speaker) return [{ start, end, speaker, verb: "say" }];
  }
  const trailingAccording = /^(.{20,}?),\s+according to ([^,]{3,80}?)[.!]?$/i.exec(s);
  if (trailingAccording) {
    const at = sentence.start + (trailingAccording[1] ?? "").length;
    const speaker = discourse.resolvePhrase(trailingAccording[2] ?? "", at);
    if (speaker)
      return [{ start: sentence.start + datelineLength(s), end: at, speaker, verb: "say" }];
  }

  for (const verb of findSpeechVerbs(s)) {
    const at = sentence.start + verb.at;
    if (inQuote(at) || isQuoteOnlyVerb(verb.lemma) || /ing$/.test(verb.form)) continue;
    // "The company, which employs 4,000 people, said": the relative clause is no content.
    const before = withoutRelative(s.slice(0, verb.at));
    // "30 days to explain", "was announced", "is expected": an infinitive or a passive
    // reports nobody's words.
    if (/\b(?:to|is|was|were|be|been|being|are)\s+$/i.test(before)) continue;
    const after = s.slice(verb.at + verb.form.length);

    // "…, the minister said." / "…, said the minister."
    const trailingSubject = /^(.{8,}?),\s+((?:[\p{L}'’.-]+\s+){0,10}?[\p{L}'’.-]+)\s*$/u.exec(
      before,
    );
    // "…, the city's transport director, Nadia Sorensen, said": a subject with its apposition.
    const trailingApposition = /^(.{15,}),\s+([^,]{2,80},\s+[^,]{2,80}),\s*$/u.exec(before);
    for (const m of [trailingSubject, trailingApposition]) {
      if (!m || !endsAttribution(after) || !hasFiniteVerb(m[1] ?? "")) continue;
      // "…, and the company said" coordinates a clause of its own: no trailing attribution.
      if (/^(?:and|but|so|or)\s/i.test(m[2] ?? "")) continue;
      const contentEnd = sentence.start + (m[1] ?? "").length;
      // "…, the borough council has said": the auxiliary is no part of the speaker.
      const subject = (m[2] ?? "").replace(/\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?$/u, "");
      const speaker = discourse.resolvePhrase(subject, contentEnd);
      // "Nobody was hurt, police said.": three words with a verb are a claim.
      if (speaker && wordsIn(m[1] ?? "") >= 3) {
        return [
          { start: sentence.start + datelineLength(s), end: contentEnd, speaker, verb: verb.lemma },
        ];
      }
    }
    const inverted = /^(.{15,}?),\s*$/.exec(before);
    if (inverted && hasFiniteVerb(inverted[1] ?? "")) {
      const phrase = after.replace(/[.!?\s]+$/, "").replace(/\s+(?:on|in|at|to)\s.*$/, "");
      // "Chiara Conti, conceded but said …": a verb phrase follows, not the speaker.
      // "…, said the deal was a mistake": a clause follows, not the speaker.
      const verbPhrase =
        /^\s*(?:and|but|then|also)\b/i.test(phrase) ||
        findSpeechVerbs(phrase).length > 0 ||
        hasFiniteVerb(phrase.split(",")[0] ?? "");
      const speaker = verbPhrase ? null : discourse.resolvePhrase(phrase, at);
      if (speaker)
        return [
          {
            start: sentence.start,
            end: sentence.start + (inverted[1] ?? "").length,
            speaker,
            verb: verb.lemma,
          },
        ];
    }

    // "X confirmed (on Monday) that …" / "X said (on Monday) the deal would …" / "X announced a …"
    // "She apologised and said …", "X conceded defeat but said …": the sentence's subject.
    const dateline = datelineLength(s);
    const lead = /\b(?:and|but)\s*$/.test(before) ? leadingSubject(s.slice(dateline)) : null;
    const coordinated = lead && { phrase: lead.phrase, at: lead.at + dateline };
    const { phrase, at: subjectAt } = coordinated ?? subjectBefore(before);
    if (!phrase) continue;
    const rest = skipHearerAndLeadIn(verb.lemma, after);
    const that = /^\s*,?\s*that\s+/.exec(rest);
    let contentStart: number;
    if (that) {
      contentStart = verb.at + verb.form.length + (after.length - rest.length) + that[0].length;
    } else {
      const trimmed = rest.replace(/^[\s,:]+/, "");
      const firstWords = trimmed.split(/\s+/).slice(0, 10).join(" ");
      // The verb must come before the first comma, asides left out ("Bellini, 27, who won
      // …, had until …"): in "will recall 9,000 vans after a fault, the company said", the
      // "said" of the attribution makes no clause of the object.
      const firstClause = (
        trimmed
          .slice(0, 300)
          .replace(ASIDES, " ")
          .split(/,(?!\d)/)[0] ?? ""
      ).split(/\s+/);
      // A long subject ("the Danish and Swedish demands for a bigger share of the catch
      // were …") still reaches its verb; a "that" after a long object ("told a news
      // conference at the ground that …") does not make the object a clause.
      const longer = firstClause.slice(0, 16).join(" ");
      const finite =
        hasFiniteVerb(firstClause.slice(0, 10).join(" ")) ||
        (!/\bthat\b/.test(longer) && hasFiniteVerb(longer));
      const clause = finite && !/^(?:to|for|with|about|of|by|as|in|on)\b/i.test(trimmed);
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
        !hasFiniteVerb(firstWords.slice(0, later.index))
      )
        continue;
      contentStart = verb.at + verb.form.length + (after.length - trimmed.length);
    }
    const speaker = discourse.resolvePhrase(phrase, sentence.start + subjectAt);
    if (!speaker) continue;
    const sites = contentSites(
      text,
      sentence,
      contentStart,
      speaker,
      verb.lemma,
      quoted,
      discourse,
    );
    if (sites.length > 0) return sites;
  }
  return [];
}

/**
 * The reported content from `from` (relative to the sentence) to the sentence's end, as one
 * site or several when it holds more than one report (see reported-split.ts). The writer's
 * trailing comment and ", which …" clause are cut; the latter still dates the passage.
 */
function contentSites(
  text: string,
  sentence: Span,
  from: number,
  speaker: SpeakerGuess,
  verb: string,
  quoted: readonly Span[],
  discourse: Discourse,
): ReportedSite[] {
  const raw = text.slice(sentence.start + from, sentence.end).replace(/[\s.!?]+$/, "");
  const split = splitReported(raw);
  const full = (split ? raw.slice(0, split.cut) : raw)
    .replace(COMMENTARY_TAIL, "")
    .replace(NO_COMMENT, "");
  // "…, which ends on May 24": the writer's relative clause is cut, but may date the passage.
  const relative = /,\s+which\s/.exec(full);
  const content = relative ? full.slice(0, relative.index) : full;
  if (wordsIn(content) < 3) return [];
  const clauseEnd = relative ? full.indexOf(",", relative.index + 1) : -1;
  const start = sentence.start + from;
  const site: ReportedSite = {
    start,
    end: start + content.length,
    contextEnd: start + (clauseEnd < 0 ? full.length : clauseEnd),
    speaker,
    verb,
  };
  if (!split) return [site];
  const more =
    split.speaker === "same"
      ? contentSites(
          text,
          sentence,
          from + split.next,
          speaker,
          split.verb ?? verb,
          quoted,
          discourse,
        )
      : findReported(text, { start: start + split.next, end: sentence.end }, quoted, discourse);
  return [site, ...more];
}
