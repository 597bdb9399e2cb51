import { CONTEXT, type TextQuoteSelector } from "@/lib/sources/text-quote";
import { splitsCharacter } from "@/lib/sources/text-fold";
import type { CandidateForm, ExtractedCandidate, Span, SpeakerGuess } from "@/lib/intake/types";
import { findQuoteSpans, wordCount, type QuoteSpan } from "@/lib/intake/quotes";
import { splitParagraphs, splitSentences } from "@/lib/intake/sentences";
import { Discourse } from "@/lib/intake/discourse";
import { attributionAfter, attributionBefore, type Attribution } from "@/lib/intake/attribution";
import { findReported } from "@/lib/intake/reported";
import { quoteEndingReport } from "@/lib/intake/embedded-quote";
import { runOnAttribution } from "@/lib/intake/run-on";
import { findResolveBy } from "@/lib/intake/deadlines";
import { guessKind } from "@/lib/intake/kind";
import { answerSentence, findAnswerTurns } from "@/lib/intake/transcript";

/** Fewer words than this in quotation marks is a scare quote or a name, not a claim. */
const MIN_QUOTE_WORDS = 4;

export interface ExtractOptions {
  /** The article's date, "YYYY-MM-DD"; relative deadlines count from it (default: today, UTC). */
  articleDate?: string | null;
}

interface Site extends Span {
  form: CandidateForm;
  attribution: Attribution;
  /** Where the words that date the passage end, when they run past it (see ReportedSite). */
  contextEnd?: number;
}

/**
 * Finds the candidate claims of an article: direct quotes with their speaker, and reported
 * speech. Pure and synchronous (no database); `quote === text.slice(start, end)` always.
 * Sentences and attributions are read in text order so that "he" and "the official" resolve
 * to the speaker last named before them.
 */
export function extractCandidates(
  text: string,
  options: ExtractOptions = {},
): ExtractedCandidate[] {
  const articleDate = options.articleDate ?? new Date().toISOString().slice(0, 10);
  const quotes = findQuoteSpans(text);
  const sentences = splitSentences(text, quotes);
  const paragraphs = splitParagraphs(text);
  const discourse = new Discourse(text);
  const sites: Site[] = [];
  let previous: { quote: QuoteSpan; attribution: Attribution } | null = null;
  const pending: QuoteSpan[] = [];
  const answers = findAnswerTurns(text, paragraphs);
  let a0 = 0;

  // Sentences and quotes are both in text order: one pointer walks the quotes, so a long
  // paste costs time in proportion to its length.
  let q0 = 0;
  for (const sentence of sentences) {
    while (q0 < quotes.length && (quotes[q0]?.start ?? 0) < sentence.start) q0 += 1;
    if (isHeading(text, sentence)) continue;
    // An interview transcript's answer: each sentence is the speaker's own words.
    while (a0 < answers.length && (answers[a0]?.end ?? 0) <= sentence.start) a0 += 1;
    const answer = answers[a0];
    if (answer && answer.start <= sentence.start) {
      const said = answerSentence(text, sentence, answer, discourse, MIN_QUOTE_WORDS);
      if (said)
        sites.push({ ...said, form: "DIRECT", attribution: { speaker: said.speaker, verb: null } });
      continue;
    }
    const inSentence: QuoteSpan[] = [];
    for (let k = q0; k < quotes.length && (quotes[k]?.start ?? 0) < sentence.end; k++) {
      const q = quotes[k];
      if (q && q.end <= sentence.end) inSentence.push(q);
    }
    const accepted: Span[] = [];
    inSentence.forEach((quote, k) => {
      if (wordCount(text.slice(quote.start, quote.end)) < MIN_QUOTE_WORDS) return;
      const attribution = attributeQuote(
        text,
        sentence,
        inSentence,
        k,
        discourse,
        previous,
        paragraphs,
        { quotes, at: quotes.indexOf(quote, q0) },
      );
      if (!attribution) {
        // A paragraph of a quote running on: its speaker may be named in a later paragraph.
        const next = quotes[quotes.indexOf(quote, q0) + 1];
        if (quote.continued || (next?.continued && next.open - quote.end < 8)) {
          pending.push(quote);
          accepted.push(quote);
        }
        return;
      }
      for (const held of pending.splice(0)) {
        for (const piece of splitQuote(text, held))
          sites.push({ ...piece, form: "DIRECT", attribution });
      }
      previous = { quote, attribution };
      accepted.push(quote);
      for (const piece of splitQuote(text, quote)) {
        sites.push({ ...piece, form: "DIRECT", attribution });
      }
    });
    if (accepted.length > 0) continue;
    for (const reported of findReported(text, sentence, inSentence, discourse)) {
      // "said the plan was “far too fast to work”": the quote is the claim, in its own words.
      const embedded = quoteEndingReport(text, reported, inSentence);
      if (embedded) {
        previous = { quote: embedded.quote, attribution: reported };
        for (const piece of splitQuote(text, embedded.quote))
          sites.push({ ...piece, form: "DIRECT", attribution: reported });
      }
      const kept = embedded ? embedded.kept : reported;
      if (!kept) continue;
      sites.push({
        start: kept.start,
        end: kept.end,
        form: "REPORTED",
        attribution: reported,
        contextEnd: embedded ? kept.end : reported.contextEnd,
      });
    }
  }
  pending.length = 0;
  return sites
    .sort((a, b) => a.start - b.start)
    .map((site) => toCandidate(text, site, articleDate));
}

function attributeQuote(
  text: string,
  sentence: Span,
  inSentence: readonly QuoteSpan[],
  k: number,
  discourse: Discourse,
  previous: { quote: QuoteSpan; attribution: Attribution } | null,
  paragraphs: readonly Span[],
  all: { quotes: readonly QuoteSpan[]; at: number },
): Attribution | null {
  const quote = inSentence[k];
  if (!quote) return null;
  if (quote.continued && previous) return previous.attribution;
  const leftStart = k > 0 ? (inSentence[k - 1]?.close ?? sentence.start) : sentence.start;
  const rightEnd = inSentence[k + 1]?.open ?? sentence.end;
  const after = attributionAfter(text.slice(quote.close, rightEnd), quote.close, discourse);
  if (after) return after;
  const before = attributionBefore(text.slice(leftStart, quote.open), leftStart, discourse);
  if (before) return before;
  // A quote running over paragraphs belongs to whoever its last paragraph names.
  const run = quote.continued ? null : runOnAttribution(text, all.quotes, all.at, discourse);
  if (run) return run;
  // "“A,” he said, “B.”": the second part shares the first part's speaker.
  if (k > 0 && previous && previous.quote === inSentence[k - 1]) return previous.attribution;
  const para = paragraphAt(paragraphs, quote.open);
  // "She said:" closing a paragraph introduces the quote opening the next one (often a quote
  // running over several paragraphs, whose later paragraphs then continue it).
  if (para && quote.open === para.start) {
    const introduced = colonBefore(text, para.start, discourse);
    if (introduced) return introduced;
  }
  // A quote in the same paragraph as the last attributed quote continues its speaker.
  if (
    previous &&
    para &&
    previous.quote.open >= para.start &&
    /^[\s"“”‘’'«»„「」『』]*$/.test(text.slice(sentence.start, quote.open))
  ) {
    return previous.attribution;
  }
  // "Mayor Jane Cole was defiant. “I will not resign.”": a quote that is a sentence of its
  // own belongs to the person the paragraph has just brought in as a subject.
  const bare =
    /^[\s"“”‘’'«»„「」『』]*$/.test(text.slice(sentence.start, quote.open)) &&
    text.slice(quote.close, sentence.end).trim().length <= 1;
  if (para && bare) {
    const speaker = discourse.subjectIntroducedIn(para.start, sentence.start);
    if (speaker) return { speaker, verb: null };
  }
  // A paragraph that is only a quote continues the speaker of the paragraph before.
  const whole =
    para && quote.open === para.start && text.slice(quote.close, para.end).trim().length <= 1;
  if (whole) {
    const speaker: SpeakerGuess | null = discourse.lastSpeakerBefore(quote.open);
    if (speaker && previous) return { speaker, verb: null };
  }
  return null;
}

/**
 * The attribution closing the paragraph that ends before `paraStart` with a colon ("The
 * review's chair … She said:"), read from its last sentence; null when it does not end so.
 */
function colonBefore(text: string, paraStart: number, discourse: Discourse): Attribution | null {
  const head = text.slice(Math.max(0, paraStart - 400), paraStart).replace(/\s+$/, "");
  if (!head.endsWith(":")) return null;
  const lineStart = head.lastIndexOf("\n") + 1;
  const sentenceStart = Math.max(
    lineStart,
    ...[". ", "! ", "? "].map((c) => head.lastIndexOf(c) + 2),
  );
  const offset = Math.max(0, paraStart - 400);
  return attributionBefore(head.slice(sentenceStart), offset + sentenceStart, discourse);
}

/** The paragraph holding offset `at` (binary search over the ordered paragraphs). */
function paragraphAt(paragraphs: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  const p = paragraphs[lo];
  return p && p.start <= at ? p : undefined;
}

/** A quote of several sentences yields one candidate per sentence: each can be its own claim. */
function splitQuote(text: string, quote: QuoteSpan): Span[] {
  const inner = splitSentences(text.slice(quote.start, quote.end)).map((s) => ({
    start: s.start + quote.start,
    end: s.end + quote.start,
  }));
  const pieces = inner.filter((s) => wordCount(text.slice(s.start, s.end)) >= 3);
  return pieces.length > 0 ? pieces : [{ start: quote.start, end: quote.end }];
}

function toCandidate(text: string, site: Site, articleDate: string): ExtractedCandidate {
  const { start } = site;
  let { end } = site;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end -= 1;
  const quote = text.slice(start, end);
  const resolveBy = findResolveBy(
    text.slice(start, Math.max(end, site.contextEnd ?? end)),
    articleDate,
  );
  return {
    form: site.form,
    start,
    end,
    quote,
    selector: selectorAt(text, start, end),
    speaker: site.attribution.speaker,
    kind: guessKind(quote, site.attribution.verb, resolveBy !== null),
    resolveBy,
  };
}

/**
 * The TextQuoteSelector of a passage at known offsets: its own characters with up to CONTEXT
 * code units on each side, cut back so that no character is split — what the shared
 * anchoring (lib/sources/text-quote) returns for this occurrence, without searching for it,
 * so that when the same words occur earlier the context still points at the passage the
 * analyst saw highlighted, and each candidate costs the same however long the article is.
 */
function selectorAt(text: string, start: number, end: number): TextQuoteSelector {
  let before = Math.max(0, start - CONTEXT);
  while (before < start && splitsCharacter(text, before)) before++;
  let after = Math.min(text.length, end + CONTEXT);
  while (after > end && splitsCharacter(text, after)) after--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(before, start),
    suffix: text.slice(end, after),
  };
}

/** A headline or sub-heading: a line of its own without a full stop at its end. */
function isHeading(text: string, sentence: Span): boolean {
  const line = text.slice(sentence.start, sentence.end);
  const own = (text[sentence.start - 1] ?? "\n") === "\n" && (text[sentence.end] ?? "\n") === "\n";
  return own && !/[.!?:"”’»“]$/.test(line.trim()) && line.split(/\s+/).length <= 20;
}

let warmed = false;

/**
 * Loads the lexicons (compromise, chrono-node) and compiles the rules once, so the first
 * real scan is as fast as the later ones. The /intake page calls it after sending itself.
 */
export function warmExtractor(): void {
  if (warmed) return;
  warmed = true;
  extractCandidates(
    "“We will open the bridge by Friday,” Mayor Ana Lee said, confirming that work had begun.",
    {
      articleDate: "2026-01-01",
    },
  );
}
