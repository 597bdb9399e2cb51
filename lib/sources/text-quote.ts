// Anchors a quoted passage in a captured text the way a W3C Web Annotation
// TextQuoteSelector does: the exact words plus some context before and after.
// Matching forgives differences in whitespace and in typographic quotes and dashes, which
// copy-and-paste between a page and a form routinely introduces.

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnchoredQuote extends TextQuoteSelector {
  /** Whether the quote was found in the text; when false, exact is the quote as given. */
  found: boolean;
  /** Offset of the match in the original text, when found. */
  start?: number;
}

const CONTEXT = 32;

const EQUIVALENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

/**
 * Folds a text for matching and keeps, for every folded character, the offset in the
 * original it came from, so a match can be mapped back to the original words.
 */
function fold(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (/\s/.test(ch)) {
      if (!inSpace && folded.length > 0) {
        folded += " ";
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += (EQUIVALENTS[ch] ?? ch).toLowerCase();
    offsets.push(i);
  }
  return { folded, offsets };
}

export function anchorQuote(text: string, quote: string): AnchoredQuote {
  const wanted = fold(quote).folded.trim();
  const exactAsGiven = quote.trim();
  if (wanted.length === 0) return { exact: exactAsGiven, prefix: "", suffix: "", found: false };

  const { folded, offsets } = fold(text);
  const at = folded.indexOf(wanted);
  if (at < 0) return { exact: exactAsGiven, prefix: "", suffix: "", found: false };

  const start = offsets[at] ?? 0;
  const end = (offsets[at + wanted.length - 1] ?? start) + 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    found: true,
    start,
  };
}

/** Finds a stored selector again in a text, preferring the occurrence its context names. */
export function locateQuote(text: string, selector: TextQuoteSelector): number | null {
  let best: number | null = null;
  for (let i = text.indexOf(selector.exact); i >= 0; i = text.indexOf(selector.exact, i + 1)) {
    const before = text.slice(Math.max(0, i - selector.prefix.length), i);
    const after = text.slice(
      i + selector.exact.length,
      i + selector.exact.length + selector.suffix.length,
    );
    if (before === selector.prefix && after === selector.suffix) return i;
    best ??= i;
  }
  return best;
}
