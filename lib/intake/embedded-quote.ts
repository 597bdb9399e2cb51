import type { Span } from "@/lib/intake/types";
import { hasFiniteVerb } from "@/lib/intake/clauses";
import { wordCount, type QuoteSpan } from "@/lib/intake/quotes";

// A quotation closing reported speech: `X said the timetable was "far too fast to plan
// around"`. The words in quotation marks are the speaker's own, so they are the claim (a
// direct quote with the reporter's speaker); the clause they complete is the writer's frame,
// not a second claim. What the speaker said before it ("it had received the bid and would
// decide "as quickly as the law allows"") is still reported.

/** Fewer words than this in quotation marks is a scare quote ("a rabble"), left in the report. */
const MIN_WORDS = 4;

export interface EmbeddedQuote {
  /** The quote that ends the reported passage. */
  quote: QuoteSpan;
  /** What stays reported: the content before the clause holding the quote, or null. */
  kept: Span | null;
}

/** The quote of at least four words that ends `site`, with what stays reported; or null. */
export function quoteEndingReport(
  text: string,
  site: Span,
  quotes: readonly QuoteSpan[],
): EmbeddedQuote | null {
  const quote = quotes.find(
    (q) =>
      q.open >= site.start &&
      q.open < site.end &&
      /^[\s.,;!?"”’'»]*$/.test(text.slice(q.close, Math.max(q.close, site.end))) &&
      wordCount(text.slice(q.start, q.end)) >= MIN_WORDS,
  );
  if (!quote) return null;
  const before = text.slice(site.start, quote.open);
  // "…, and would reach a decision “…”": the last coordinated predicate is the quote's frame.
  let cut: RegExpExecArray | null = null;
  for (const m of before.matchAll(/,?\s+(?:and|but)\s+/g)) cut = m;
  const head = cut ? before.slice(0, cut.index) : "";
  const kept =
    cut && hasFiniteVerb(head) && head.split(/\s+/).length >= 3
      ? { start: site.start, end: site.start + cut.index }
      : null;
  return { quote, kept };
}
