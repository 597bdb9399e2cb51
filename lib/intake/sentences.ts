import type { Span } from "@/lib/intake/types";
import type { QuoteSpan } from "@/lib/intake/quotes";

// Abbreviations after which a full stop does not end a sentence (titles, initials, months,
// "U.S."-style acronyms are caught by the single-letter rule below).
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr no vs etc inc ltd co corp " +
    "dept jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig pres sec amb"
  ).split(" "),
);

/** Paragraphs of the text: runs of non-empty lines, as spans. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Splits an article into sentences, as spans of the original text. A sentence ends at . ! or ?
 * (with any closing quotes or brackets after it) followed by a space and a capital, a digit or
 * an opening quote, and always at a line break. It does not end inside a quotation, after a
 * known abbreviation, or after a single capital letter (an initial or "U.S.").
 */
export function splitSentences(text: string, quotes: readonly QuoteSpan[] = []): Span[] {
  // Quotes are ordered and do not overlap: only the last one opened before `i` can hold it.
  const inside = (i: number) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid]?.open ?? 0) < i) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo - 1];
    return q !== undefined && i < q.close - 1;
  };
  const closes = new Set(quotes.map((q) => q.close));
  const out: Span[] = [];
  for (const para of splitParagraphs(text)) {
    let start = para.start;
    const body = text.slice(para.start, para.end);
    const re = /[.!?]+[”"’'»」』)\]]*(?=\s+[“"‘'«„「『(\[\p{Lu}\p{N}])/gu;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const at = para.start + m.index;
      const end = at + m[0].length;
      if (inside(at) && !closes.has(end)) continue;
      if (m[0].startsWith(".") && endsWithAbbreviation(text.slice(start, at))) continue;
      out.push(trim(text, { start, end }));
      start = end;
    }
    if (text.slice(start, para.end).trim()) out.push(trim(text, { start, end: para.end }));
  }
  return out;
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  // "wrote on X.", "Plan B.": a capital letter after a preposition or article is a name.
  if (/^\p{Lu}$/u.test(word) && /\b(?:on|in|at|to|from|via|of|a|an|the)\s+\p{Lu}$/u.test(before))
    return false;
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}
