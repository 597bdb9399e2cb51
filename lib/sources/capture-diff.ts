import { diffLines, diffWordsWithSpace } from "diff";

// The changes between two captures of a source, bounded in time so that no pair of texts,
// however long or different, holds up the server: first a line diff (a paragraph is one
// token, so even a long article is a few hundred tokens), then a word diff inside each
// changed paragraph pair that is small enough (whitespace counts: a capture differing only
// in spacing has another SHA-256, and the diff must show where). Both are jsdiff's Myers O(ND) diff
// (E. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986), which gives up and
// returns undefined at its `timeout`.

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface CaptureDiffResult {
  parts: DiffPart[];
  /** Some changed paragraphs are shown whole (too long, or out of time), not word by word. */
  coarse: boolean;
}

/** A changed paragraph pair longer than this (characters, both sides) is shown whole. */
export const WORD_DIFF_MAX_CHARS = 20_000;
/** The default time budget of one comparison, in milliseconds. */
export const DIFF_BUDGET_MS = 1_500;

/**
 * Compares capture `from` with capture `to`. Returns the parts in reading order (unchanged,
 * removed, added), or null when even the paragraph diff does not finish within `budgetMs`
 * (the texts are too different to show as changes; compare the downloaded texts instead).
 * Joining the unchanged and removed parts gives `from`; the unchanged and added give `to`.
 */
export function diffCaptures(
  from: string,
  to: string,
  budgetMs: number = DIFF_BUDGET_MS,
): CaptureDiffResult | null {
  const deadline = Date.now() + budgetMs;
  const lines = diffLines(from, to, { timeout: budgetMs });
  if (!lines) return null;
  const parts: DiffPart[] = [];
  let coarse = false;
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i];
    const next = lines[i + 1];
    if (!change) continue;
    if (change.removed && next?.added) {
      const words = wordDiff(change.value, next.value, deadline);
      if (words) parts.push(...words);
      else {
        coarse = true;
        parts.push({ value: change.value, removed: true }, { value: next.value, added: true });
      }
      i++;
    } else {
      parts.push({ value: change.value, added: change.added, removed: change.removed });
    }
  }
  return { parts, coarse };
}

function wordDiff(a: string, b: string, deadline: number): DiffPart[] | undefined {
  const remaining = deadline - Date.now();
  if (a.length + b.length > WORD_DIFF_MAX_CHARS || remaining <= 0) return undefined;
  return diffWordsWithSpace(a, b, { timeout: remaining });
}

/** A run of unchanged text left out of the view, with its length in characters. */
export interface DiffGap {
  gap: number;
}

/** Unchanged characters kept on each side of a change. */
export const DIFF_CONTEXT_CHARS = 300;
/** Characters of text a diff view shows at most; the rest is summarised. */
export const DIFF_VIEW_MAX_CHARS = 200_000;

/**
 * What a page shows of a diff: each long unchanged run shortened to `context` characters on
 * each side of the changes around it (the rest as a DiffGap), and nothing past `maxChars`
 * characters of shown text (`truncated` then says how many characters were left out).
 */
export function diffView(
  parts: DiffPart[],
  context: number = DIFF_CONTEXT_CHARS,
  maxChars: number = DIFF_VIEW_MAX_CHARS,
): { items: (DiffPart | DiffGap)[]; truncated: number } {
  const items: (DiffPart | DiffGap)[] = [];
  let shown = 0;
  let truncated = 0;
  const show = (part: DiffPart) => {
    const room = maxChars - shown;
    if (room <= 0) {
      truncated += part.value.length;
      return;
    }
    const value = part.value.length > room ? part.value.slice(0, room) : part.value;
    truncated += part.value.length - value.length;
    shown += value.length;
    items.push({ ...part, value });
  };
  parts.forEach((part, i) => {
    if (part.added || part.removed || part.value.length <= 2 * context + 80) return show(part);
    const head = i === 0 ? "" : toWordEnd(part.value, context);
    const tail = i === parts.length - 1 ? "" : fromWordStart(part.value, context);
    if (head) show({ value: head });
    items.push({ gap: part.value.length - head.length - tail.length });
    if (tail) show({ value: tail });
  });
  return { items, truncated };
}

/** About the first `n` characters of `text`, ending at a space so no word is cut. */
function toWordEnd(text: string, n: number): string {
  const space = text.indexOf(" ", n);
  return space < 0 || space > n + 40 ? text.slice(0, n) : text.slice(0, space);
}

/** About the last `n` characters of `text`, starting after a space so no word is cut. */
function fromWordStart(text: string, n: number): string {
  const space = text.lastIndexOf(" ", text.length - n);
  return space < 0 || space < text.length - n - 40 ? text.slice(-n) : text.slice(space + 1);
}
