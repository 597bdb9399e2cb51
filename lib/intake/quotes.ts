import type { Span } from "@/lib/intake/types";

/** A quoted passage: `start..end` is its content without the marks, `open..close` with them. */
export interface QuoteSpan extends Span {
  open: number;
  /** Offset just past the closing mark (or the paragraph end when the quote runs on). */
  close: number;
  /** True when the quote continues a quote left open at the end of the previous paragraph. */
  continued: boolean;
}

// Opening mark → the marks that may close it. Covers English (“ ” ‘ ’ and straight quotes),
// German and Central European („ “ ‚ ‘), French and Slavic (« »), German reversed (» «), and
// East Asian corner brackets (「 」 『 』).
const CLOSERS: Record<string, string> = {
  "\u201C": "\u201D",
  "\u201E": "\u201C\u201D",
  "\u00AB": "\u00BB",
  "\u00BB": "\u00AB",
  '"': '"',
  "\u2018": "\u2019",
  "\u201A": "\u2018\u2019",
  "'": "'",
  // Japanese and Chinese corner brackets: 「…」, with 『…』 nested inside.
  "\u300C": "\u300D",
  "\u300E": "\u300F",
};
const SINGLE = new Set(["\u2018", "\u201A", "'"]);
const LETTER = /[\p{L}\p{N}]/u;

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || !LETTER.test(ch);
}

/** Whether the mark at `i` can open a quote: it starts a word, not ends one. */
function canOpen(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  const next = text[i + 1];
  if (next === undefined) return false;
  // French typography puts a space inside guillemets: « nous ».
  if (/\s/.test(next)) return ch === "\u00AB" && /\S/.test(text[i + 2] ?? "");
  if (ch === "\u00BB") return i === 0 || /[\s(\[—–-]/.test(text[i - 1] ?? "");
  if (SINGLE.has(ch))
    return (i === 0 || /[\s(\[—–"“„«]/.test(text[i - 1] ?? "")) && !!LETTER.test(next);
  if (ch === '"') return i === 0 || !LETTER.test(text[i - 1] ?? "");
  return true;
}

/** Whether the mark at `i` closes a quote opened with `opener` (an apostrophe does not). */
function canClose(text: string, i: number, opener: string): boolean {
  if (!(CLOSERS[opener] ?? "").includes(text[i] ?? "")) return false;
  if (SINGLE.has(opener)) return isBoundary(text[i + 1]) && !/\s/.test(text[i - 1] ?? " ");
  return true;
}

/**
 * Finds the quoted passages of an article. Quotes nested in a quote stay part of it. A quote
 * left open at a paragraph's end that the next paragraph reopens (the newspaper convention
 * for a quote running over several paragraphs) yields one span per paragraph, the later ones
 * marked `continued`. A double quote never closed in its paragraph ends there; an unclosed
 * single mark is taken for an apostrophe and ignored.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  let continued = false;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (!(ch in CLOSERS) || !canOpen(text, i)) {
      i += 1;
      continue;
    }
    const found = scanToClose(text, i, ch);
    if (!found) {
      i += 1;
      continue;
    }
    const span = trimSpan(text, {
      start: i + 1,
      end: found.end,
      open: i,
      close: found.close,
      continued,
    });
    if (span.end > span.start) spans.push(span);
    continued = found.runsOn;
    i = found.close;
  }
  return spans;
}

function scanToClose(
  text: string,
  open: number,
  opener: string,
): { end: number; close: number; runsOn: boolean } | null {
  let depth = 0;
  for (let j = open + 1; j < text.length; j++) {
    const ch = text[j] ?? "";
    if (ch === "\n") {
      if (SINGLE.has(opener)) return null;
      const next = /^\n*\s*/.exec(text.slice(j))?.[0].length ?? 1;
      const reopens = text[j + next] === opener;
      return { end: j, close: j, runsOn: reopens };
    }
    if (
      ch === opener &&
      opener !== '"' &&
      opener !== "'" &&
      !(CLOSERS[opener] ?? "").includes(ch)
    ) {
      depth += 1;
      continue;
    }
    if (canClose(text, j, opener)) {
      if (depth > 0) {
        depth -= 1;
        continue;
      }
      return { end: j, close: j + 1, runsOn: false };
    }
  }
  if (SINGLE.has(opener)) return null;
  return { end: text.length, close: text.length, runsOn: false };
}

/** Drops surrounding spaces and a trailing comma or colon, which belong to the sentence. */
function trimSpan(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end -= 1;
  return { ...span, start, end };
}

/** Number of words in a span of text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => LETTER.test(w)).length;
}
