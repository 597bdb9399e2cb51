import * as chrono from "chrono-node";
import { futureClause, pastClause } from "@/lib/intake/clauses";

// Resolve-by dates from deadline phrases, relative to the article's date. chrono-node reads
// explicit dates ("by March 3", "by June 30, 2026", "in two weeks"); the rules below cover
// what it misses or reads as a start rather than a deadline ("by 2027", "by Christmas",
// "next week" = by the end of next week, "by the end of the year" = 31 December).
// Convention: a deadline resolves on the LAST day it allows ("by 2027" → 2027-12-31,
// "next week" → that week's Sunday, ISO weeks), so a claim is never judged early.
// A deadline cue ("by", "before", "until", "within", "no later than", "the end of", "gave
// them N days to") outranks a bare time mention ("this year", "on Friday", "in July"), which
// counts only where its clause is not set in the past; a possessive ("this year's budget")
// names a thing, and is a deadline only in a clause about the future.

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};
const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const WEEKDAYS = "sunday monday tuesday wednesday thursday friday saturday".split(" ");

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) =>
  utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
const endOfMonth = (y: number, m: number) => utc(y, m + 1, 0);
const endOfWeek = (d: Date) => addDays(d, (7 - d.getUTCDay()) % 7);

/** `n` units after `r`: hours round up to whole days; a fortnight is 14 days. */
function addUnits(r: Date, n: number, unit: string): Date {
  const u = unit.toLowerCase();
  if (u === "hour") return addDays(r, Math.ceil(n / 24));
  if (u === "day") return addDays(r, n);
  if (u === "week") return addDays(r, 7 * n);
  if (u === "fortnight") return addDays(r, 14 * n);
  if (u === "month") return utc(r.getUTCFullYear(), r.getUTCMonth() + n, r.getUTCDate());
  return utc(r.getUTCFullYear() + n, r.getUTCMonth(), r.getUTCDate());
}

function count(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? null);
}

type Rule = [RegExp, (m: RegExpExecArray, ref: Date, passage: string) => Date | null];
const FUTURE_CUE =
  /\b(?:will|would|shall|['’]ll|going to|expects?|expected|plans?|aims?|hopes?|could|should|can|must|needs? to)\b/i;

const RULES: Rule[] = [
  [
    /\b(?:by|before|until|till) (?:the )?end of (?:this|the|to)[ -]?day\b|\bby (?:tonight|today|the end of today)\b|\b(?:tonight|later today)\b/i,
    (_m, r) => r,
  ],
  [/\b(?:by|before|until) tomorrow\b|\btomorrow\b/i, (_m, r) => addDays(r, 1)],
  [
    /\b(?:by|before|until|within|in) (?:the )?(?:end of )?(?:this|the) week\b|\bthis week\b/i,
    (_m, r) => endOfWeek(r),
  ],
  [/\b(?:by (?:the )?end of )?next week\b/i, (_m, r) => endOfWeek(addDays(r, 7))],
  [
    /\b(?:by (?:the )?end of )?next month\b/i,
    (_m, r) => endOfMonth(r.getUTCFullYear(), r.getUTCMonth() + 1),
  ],
  [/\b(?:by (?:the )?end of )?next year\b/i, (_m, r) => utc(r.getUTCFullYear() + 1, 11, 31)],
  [
    /\b(?:by|before|until) (?:the )?end of (?:this|the) month\b|\bthis month\b/i,
    (_m, r) => endOfMonth(r.getUTCFullYear(), r.getUTCMonth()),
  ],
  [
    /\b(?:by|before|until) (?:the )?(?:end of (?:this|the) year|year[- ]end)\b|\bthis year\b/i,
    // "had increased testing by a third this year" says when it happened.
    (m, r, passage) =>
      /^this/i.test(m[0]) && pastClause(passage, m.index) ? null : utc(r.getUTCFullYear(), 11, 31),
  ],
  [
    /\b(within|over the (?:next|coming)) (?:the next |the coming )?(\d+|[a-z]+) (hour|day|week|fortnight|month|year)s?\b|\bin (?:the next )?(\d+|[a-z]+) (hour|day|week|fortnight|month|year)s?(?:'|’)?(?: time)?\b/i,
    (m, r, passage) => {
      const n = count(m[2] ?? m[4] ?? "");
      // "has doubled in two years" looks back; only a future "in two years" is a deadline,
      // and "came to trial within six months" dates a past event.
      if (n === null || (m[4] && !FUTURE_CUE.test(passage))) return null;
      if (m[1] && pastClause(passage, m.index)) return null;
      return addUnits(r, n, m[3] ?? m[5] ?? "");
    },
  ],
  [
    // "gave the operator 30 days to explain", "has 48 hours to respond": a deadline from now.
    /\b(?:give[sn]?|gave|giving|grant(?:s|ed)?|ha(?:s|ve|d))\b(?:\s+[\p{L}'’-]+){0,6}?\s+(\d+|[a-z]+) (hour|day|week|month)s? to \p{Ll}/iu,
    (m, r) => {
      const n = count(m[1] ?? "");
      return n === null ? null : addUnits(r, n, m[2] ?? "");
    },
  ],
  [/\b(?:by|until|till|at|for) (?:the )?christmas\b/i, (_m, r) => nextOccurrence(r, 11, 25)],
  // "Before Christmas" allows Christmas Eve at the latest, as "before 2030" allows 2029.
  [/\bbefore (?:the )?christmas\b/i, (_m, r) => nextOccurrence(r, 11, 24)],
  [/\b(?:by|before|until|on) halloween\b/i, (_m, r) => nextOccurrence(r, 9, 31)],
  [/\bbefore (?:the )?new year\b/i, (_m, r) => utc(r.getUTCFullYear(), 11, 31)],
  [/\bby (?:the )?new year\b/i, (_m, r) => utc(r.getUTCFullYear() + 1, 0, 1)],
  [
    new RegExp(
      `\\b(?:by|before|until|no later than|on|this|next) (?:next )?(${WEEKDAYS.join("|")})\\b`,
      "i",
    ),
    (m, r, passage) => {
      // "raised premiums on Wednesday" says when it happened; "will break on Saturday" is due.
      if (/^(?:on|this)\b/i.test(m[0]) && pastClause(passage, m.index)) return null;
      const day = WEEKDAYS.indexOf((m[1] ?? "").toLowerCase());
      return addDays(r, (day - r.getUTCDay() + 7) % 7 || 7);
    },
  ],
  [
    /\b(by|before|until|in) (?:the )?(?:end of |middle of |mid-?|late |early )?(?:the )?(next |this |coming )?(spring|summer|autumn|fall|winter)(?: of)?(?: (\d{4}))?\b(?![ -](?!of\b)\p{L})/iu,
    (m, r, passage) => {
      if ((m[1] ?? "").toLowerCase() === "in" && !m[4] && !futureClause(passage, m.index))
        return null;
      return seasonEnd(
        (m[3] ?? "").toLowerCase(),
        r,
        m[4] ? Number(m[4]) : null,
        !!m[2]?.startsWith("next"),
      );
    },
  ],
  [
    // "We will hire 500 staff this summer"; "sales fell this summer" dates an event.
    /\bthis (spring|summer|autumn|fall|winter)\b/i,
    (m, r, passage) =>
      pastClause(passage, m.index) ? null : seasonEnd((m[1] ?? "").toLowerCase(), r, null, false),
  ],
  [
    /\bnext (spring|summer|autumn|fall|winter)\b/i,
    (m, r) => seasonEnd((m[1] ?? "").toLowerCase(), r, null, true),
  ],
  [
    /\b(?:by|before|until|in) (?:the )?(?:end of |middle of )?(?:the )?(first|second|third|fourth) quarter(?: of (\d{4}))?\b/i,
    (m, r) => {
      const q = ["first", "second", "third", "fourth"].indexOf((m[1] ?? "").toLowerCase());
      return endOfMonth(m[2] ? Number(m[2]) : r.getUTCFullYear(), q * 3 + 2);
    },
  ],
  [/\bby mid-?(\d{4})\b/i, (m) => utc(Number(m[1]), 5, 30)],
  [
    // "by mid-March": the 15th of the next such month.
    new RegExp(`\\b(?:by|before|until) mid-?(${MONTHS.join("|")})\\b`, "i"),
    (m, r) => nextOccurrence(r, MONTHS.indexOf((m[1] ?? "").toLowerCase()), 15),
  ],
  [
    // "by the end of the decade": the decade under way ends in its year 9 (2020s → 2029).
    /\b(?:by|before|until) (?:the end of )?(?:the|this) decade\b/i,
    (_m, r) => utc(Math.floor(r.getUTCFullYear() / 10) * 10 + 9, 11, 31),
  ],
  [
    // "by the weekend" allows its Sunday; "before the weekend" its Friday.
    /\b(?:(by|over|at|before) the|this) weekend\b/i,
    (m, r, passage) => {
      // "had hoped to announce a deal before the weekend" looks back at a hope.
      if (pastClause(passage, m.index)) return null;
      const sunday = endOfWeek(r);
      return (m[1] ?? "").toLowerCase() === "before" ? addDays(sunday, -2) : sunday;
    },
  ],
  [
    /\b(?:by|before|until|in) (?:the )?(?:end of the )?(first|second) half of (?:(\d{4})|(?:this|the) year|(next) year)\b/i,
    (m, r) => {
      const year = m[2] ? Number(m[2]) : r.getUTCFullYear() + (m[3] ? 1 : 0);
      return (m[1] ?? "").toLowerCase() === "first" ? utc(year, 5, 30) : utc(year, 11, 31);
    },
  ],
  [/\bbefore (\d{4})\b/i, (m) => utc(Number(m[1]) - 1, 11, 31)],
  [
    new RegExp(
      `\\b(?:by|before|until|in) (?:the )?(?:end of )?(${MONTHS.join("|")})(?:,? (\\d{4}))?(?![ -]\\d)\\b`,
      "i",
    ),
    (m, r, passage) => {
      // "in July" is a deadline only in a clause about the future ("would publish … in July").
      if (/^in\b/i.test(m[0]) && !m[2] && !futureClause(passage, m.index)) return null;
      const month = MONTHS.indexOf((m[1] ?? "").toLowerCase());
      const d = endOfMonth(m[2] ? Number(m[2]) : r.getUTCFullYear(), month);
      return !m[2] && d < r ? endOfMonth(r.getUTCFullYear() + 1, month) : d;
    },
  ],
  [
    /\b(?:by|in|until) (?:the )?(?:end of )?((?:19|20)\d{2})\b(?![ -]\d)/i,
    (m, r) => {
      const year = Number(m[1]);
      return year >= r.getUTCFullYear() ? utc(year, 11, 31) : null;
    },
  ],
];

/** Month (0-based) each season starts and ends in: meteorological seasons, three months each. */
const SEASON_START: Record<string, number> = {
  spring: 2,
  summer: 5,
  autumn: 8,
  fall: 8,
  winter: 11,
};

/**
 * The last day of a season: the one under way or next ("by the summer"), or with `next` the
 * first one not yet begun ("by next summer" said in January is this summer, said in June
 * the next one). A season "of 2027" is the one that starts in 2027; winter ends in February.
 */
function seasonEnd(name: string, r: Date, year: number | null, next: boolean): Date {
  const starts = SEASON_START[name] ?? 5;
  const endOf = (startYear: number) => endOfMonth(startYear, starts + 2);
  if (year !== null) return endOf(year);
  let startYear = r.getUTCFullYear() - 1;
  while (next ? utc(startYear, starts, 1) <= r : endOf(startYear) < r) startYear += 1;
  return endOf(startYear);
}

function nextOccurrence(r: Date, month: number, day: number): Date {
  const d = utc(r.getUTCFullYear(), month, day);
  return d < r ? utc(r.getUTCFullYear() + 1, month, day) : d;
}

/** A deadline cue that chrono-node may date: "by", "before", "until", "on", "no later than". */
// The words after the cue are read by a lookahead, so that "in Lausanne by June 10" still
// tries "by June 10" after "in Lausanne …" fails.
const CHRONO_CUE = /\b(by|before|until|on|no later than|in|for)\s+(?=([^,.;]{3,40}))/gi;
/** Words that make a time phrase a deadline rather than a mention of a time. */
const DEADLINE_CUE =
  /^(?:by|before|until|till|within|over the|no later than)\b|\bend of\b|^(?:give|gave|grant|ha[sdv])/i;

/**
 * The resolve-by date a passage sets, as "YYYY-MM-DD", or null when it sets none.
 * `articleDate` is "YYYY-MM-DD" (UTC calendar date); relative phrases count from it.
 * Among the phrases found, a deadline cue wins over a bare time mention, then the earliest.
 */
export function findResolveBy(passage: string, articleDate: string): string | null {
  const ref = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  let best: { at: number; cue: boolean; date: Date } | null = null;
  for (const [re, make] of RULES) {
    const m = re.exec(passage);
    if (!m) continue;
    // "this year's budget" names a budget; "at next week's summit, we will sign" sets a date.
    const possessive = /^['’]s\b/.test(passage.slice(m.index + m[0].length));
    if (possessive && !futureClause(passage, m.index)) continue;
    const date = make(m, ref, passage);
    const cue = DEADLINE_CUE.test(m[0]);
    if (date && (!best || (cue && !best.cue) || (cue === best.cue && m.index < best.at)))
      best = { at: m.index, cue, date };
  }
  if (best?.cue) return iso(best.date);
  // chrono-node dates the rest ("by March 3", "no later than June 30, 2026"); its dates
  // after a deadline cue outrank a bare mention found by the rules.
  const dated = chronoDates(passage, articleDate, ref);
  const cued = dated.find((d) => d.cue);
  if (cued) return cued.date;
  if (best) return iso(best.date);
  return dated[0]?.date ?? null;
}

/** Dates chrono-node reads after a cue word, in text order, with whether the cue sets a deadline. */
function chronoDates(
  passage: string,
  articleDate: string,
  ref: Date,
): { cue: boolean; date: string }[] {
  const out: { cue: boolean; date: string }[] = [];
  for (const m of passage.matchAll(CHRONO_CUE)) {
    // "led to 300 admissions in four days" and "opened on May 24" date past events.
    const weak = /^(?:on|in|for)$/i.test(m[1] ?? "");
    if (weak && pastClause(passage, m.index)) continue;
    const parsed = chrono.parse(
      m[2] ?? "",
      { instant: new Date(`${articleDate}T12:00:00Z`), timezone: "UTC" },
      { forwardDate: true },
    )[0];
    const d = parsed?.start.date();
    if (parsed && d && parsed.index === 0 && parsed.start.isCertain("day") && d >= ref) {
      out.push({ cue: !weak, date: iso(utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())) });
    }
  }
  return out;
}
