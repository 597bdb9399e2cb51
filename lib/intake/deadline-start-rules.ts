import { futureClause, pastClause } from "@/lib/intake/clauses";
import { addDays, nextOccurrence, utc } from "@/lib/intake/deadline-dates";
import type { Rule } from "@/lib/intake/deadline-rules";

// Deadline phrases that name when something starts or happens rather than a span's end:
// "before the summer" (the day before it begins), "from September 7" (a start on a calendar
// date), a time in the small hours ("at 3 a.m.", "overnight": the next day). These rules run
// before the general ones of lib/intake/deadline-rules.ts, so that on a tie they win.

const MONTH_NAMES =
  "january february march april may june july august september october november december".split(
    " ",
  );
const MONTH = `(${MONTH_NAMES.join("|")})`;

/** Astronomical start of each season, [month (0-based), day]: the solstices and equinoxes. */
const SEASON_BEGINS: Record<string, [number, number]> = {
  spring: [2, 20],
  summer: [5, 21],
  autumn: [8, 22],
  fall: [8, 22],
  winter: [11, 21],
};

/** The day before the next start of `season` after `r` ("before the summer" → 20 June). */
export function dayBeforeSeason(season: string, r: Date): Date | null {
  const begins = SEASON_BEGINS[season.toLowerCase()];
  if (!begins) return null;
  const start = nextOccurrence(addDays(r, 1), begins[0], begins[1]);
  return addDays(start, -1);
}

/** A negation in the clause: "will not stop overnight" means "not at once", not a night. */
const NEGATED = /\b(?:not|never|n['’]t|no)\b/i;

export const START_RULES: Rule[] = [
  [
    // "before the summer", "before next winter": until the season begins. A compound ("before
    // the summer recess") names an event of its own and is left undated.
    /\bbefore (?:the )?(?:next |this |coming )?(spring|summer|autumn|fall|winter)\b(?![ -](?!(?:of|if|when|unless|and|or|but|as|so|to|with|at|in|on|for|because|while|once|until|after|before)\b)\p{L})/iu,
    (m, r) => dayBeforeSeason(m[1] ?? "", r),
  ],
  [
    // "buses would run from September 7": a start on a calendar date, in a clause about the
    // future, is the day it must have happened by. A month alone ("from September") is left
    // undated, and so is a range ("from May 1 to June 30" ends later).
    new RegExp(
      `\\bfrom (?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?)\\b(?:,? ((?:19|20)\\d{2}))?(?! ?(?:to|until|till|through|-|–)\\b)`,
      "i",
    ),
    (m, r, passage) => {
      if (!futureClause(passage, m.index)) return null;
      const month = MONTH_NAMES.indexOf((m[2] ?? m[3] ?? "").toLowerCase());
      const day = Number(m[1] ?? m[4]);
      if (month < 0 || day < 1 || day > 31) return null;
      return m[5] ? utc(Number(m[5]), month, day) : nextOccurrence(r, month, day);
    },
  ],
  [
    // "expects power back at around 3 a.m.": a time in the small hours with no day named is
    // the coming night's, which falls on the next day (a news day is written in daylight).
    /\b(?:at|by|before|until|till|from)\s+(?:around |about |roughly |approximately )?([0-5])(?:[.:]\d{2})? ?a\.?m\b(?!\.?,? (?:on|tomorrow|this|next)\b)(?!\.? \p{Lu})/iu,
    (m, r, passage) => (pastClause(passage, m.index) ? null : addDays(r, 1)),
  ],
  [
    // "gusts could reach 100 km/h overnight": the coming night, which ends the next day. "Will
    // not stop overnight" is the idiom for "not at once", and dates nothing.
    /\b(?:overnight|during the night|through the night)\b/i,
    (m, r, passage) => {
      if (pastClause(passage, m.index) || !futureClause(passage, m.index)) return null;
      return NEGATED.test(passage.slice(0, m.index)) ? null : addDays(r, 1);
    },
  ],
];
