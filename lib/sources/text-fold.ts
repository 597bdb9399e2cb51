// Folds text for quote matching and maps every folded code unit back to the original, so a
// match in the folded text is a range of the source's own characters (lib/sources/text-quote.ts).
//
// The stored `exact` is always the source's own characters: `text.slice(start, end)`, never
// the quote as typed, and `start`/`end` always fall between whole characters (never inside a
// surrogate pair or between a letter and its combining accents). Matching, on the other hand,
// forgives the differences that copy-and-paste and typing introduce without changing the words.
// These are the matching rules, all of them; `foldText` applies them:
//
// | difference                     | treated as the same                                      |
// | ------------------------------ | -------------------------------------------------------- |
// | canonical equivalence          | `é` (U+00E9) and `e` + U+0301; Hangul syllables and jamo; |
// |                                | combining marks in any canonical order (Unicode NFD)     |
// | case, also length-changing     | `A`/`a`; `ß`, `ẞ`, `SS`, `ss`; `İ` and `i̇` (i + U+0307);  |
// |                                | `ŉ` and `ʼn`; `ς`, `σ`, `Σ`; `ﬁ` and `fi`; `ı` and `i`     |
// | whitespace                     | any run of white space (space, tab, line break, NBSP     |
// |                                | U+00A0, narrow NBSP U+202F, U+2000–U+200A, …) is one space; |
// |                                | white space at the ends of the quote is ignored          |
// | invisible characters           | Unicode Default_Ignorable_Code_Point is ignored: soft    |
// |                                | hyphen U+00AD, zero-width space/joiners U+200B–U+200D,   |
// |                                | word joiner U+2060, BOM U+FEFF, bidi marks, variation    |
// |                                | selectors, combining grapheme joiner                     |
// | apostrophes and single quotes  | `'` `‘` `’` `‚` `‛` `′` `ʼ` `＇` are all `'`                |
// | double quotes                  | `"` `“` `”` `„` `‟` `″` `«` `»` `＂` are all `"`            |
// | dashes and hyphens             | `-` U+2010–U+2015 `−` `﹘` `﹣` `－` are all `-`              |
// | ellipsis                       | `…` is `...`                                             |
//
// Anything else is a different word: accents are kept (`resume` is not `résumé`), and
// compatibility forms that change meaning (`²` vs `2`) are not folded. Case is folded the
// Unicode default way (lower, upper, lower again), with no language rules, so Turkish `ı`
// and `i` count as the same letter. A match must begin and end on whole characters: `cafe`
// is not found in `café`, and `stras` is not found in `straße`.

const EQUIVALENTS: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\uFF07": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\uFF02": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\uFE58": "-",
  "\uFE63": "-",
  "\uFF0D": "-",
  "\u2026": "...",
};

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const WHITE_SPACE = /^\s$/u;
export const COMBINING = /^\p{M}$/u;
// Code points that belong to the character before them: combining marks, and Hangul vowel and
// final jamo (which NFC composes with the syllable before them).
const CONTINUES = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;

/** A text folded by the rules above, with the original range each folded code unit came from. */
export interface FoldedText {
  folded: string;
  /** For folded code unit k: it came from text.slice(starts[k], ends[k]). */
  starts: Int32Array;
  ends: Int32Array;
}

export function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** Whether offset i would split a character: inside a surrogate pair or before a continuation. */
export function splitsCharacter(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const before = text.charCodeAt(i - 1);
    return before >= 0xd800 && before <= 0xdbff;
  }
  return CONTINUES.test(codePointAt(text, i));
}

// Segments repeat (a text uses few distinct letters), so their folds are remembered.
const segmentFolds = new Map<string, string>();
const SEGMENT_FOLDS_MAX = 20_000;

function foldSegment(segment: string): string {
  let folded = segmentFolds.get(segment);
  if (folded === undefined) {
    if (segmentFolds.size >= SEGMENT_FOLDS_MAX) segmentFolds.clear();
    folded = foldSegmentUncached(segment);
    segmentFolds.set(segment, folded);
  }
  return folded;
}

function foldSegmentUncached(segment: string): string {
  const visible = segment.replace(IGNORABLE, "");
  if (visible === "") return "";
  const cased = visible.normalize("NFD").toLowerCase().toUpperCase().toLowerCase().normalize("NFD");
  let out = "";
  for (const ch of cased) out += WHITE_SPACE.test(ch) ? " " : (EQUIVALENTS[ch] ?? ch);
  return out;
}

const SPACE = 0x20;

/** ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(unit: number): boolean {
  return unit === SPACE || (unit >= 0x09 && unit <= 0x0d);
}

/** Grows with the folded text; typed arrays keep a 2 MB capture cheap to fold. */
class FoldBuilder {
  units = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;
  /** The last unit is a space that a further white-space segment extends. */
  spaceOpen = false;

  private push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) {
      const grow = <T extends Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const bigger = make(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.units = grow(this.units, (n) => new Uint16Array(n));
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
    }
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  space(start: number, end: number): void {
    if (this.spaceOpen) this.ends[this.length - 1] = end;
    else this.push(SPACE, start, end);
    this.spaceOpen = true;
  }

  unit(unit: number, start: number, end: number): void {
    this.push(unit, start, end);
    this.spaceOpen = false;
  }

  done(): FoldedText {
    let folded = "";
    for (let k = 0; k < this.length; k += 8192) {
      folded += String.fromCharCode(...this.units.subarray(k, Math.min(this.length, k + 8192)));
    }
    return {
      folded,
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
    };
  }
}

/**
 * Folds a text for matching by the rules above. The text is cut into segments, each a
 * character with the combining marks (or Hangul jamo) that follow it, so that canonically
 * equivalent spellings fold alike; every folded code unit maps back to its whole segment.
 * A run of white space folds to one space whose range covers the run.
 */
export function foldText(text: string): FoldedText {
  const out = new FoldBuilder();
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1); // NaN at the end
    if (unit < 0x80 && !(next >= 0x300)) {
      // Plain ASCII not followed by a combining mark: its own segment (the common case).
      if (isAsciiSpace(unit)) out.space(i, i + 1);
      else out.unit(unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit, i, i + 1);
      i++;
      continue;
    }
    let end = i + (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (end < text.length && splitsCharacter(text, end)) end++;
    const folded = foldSegment(text.slice(i, end));
    if (folded === " ") out.space(i, end);
    else for (let k = 0; k < folded.length; k++) out.unit(folded.charCodeAt(k), i, end);
    i = end;
  }
  return out.done();
}
