import { futureClause, pastClause } from "@/lib/intake/clauses";
import {
  addDays,
  addUnits,
  count,
  endOfMonth,
  endOfWeek,
  nextEaster,
  nextOccurrence,
  seasonEnd,
  utc,
} from "@/lib/intake/deadline-dates";
import { START_RULES } from "@/lib/intake/deadline-start-rules";

// The deadline phrases chrono-node misses or reads as a start rather than a deadline ("by
// 2027", "by Christmas", "next week" = by the end of next week, "by the end of the year" =
// 31 December), each with the last day it allows (lib/intake/deadline-dates.ts counts).

export type Rule = [RegExp, (m: RegExpExecArray, ref: Date, passage: string) => Date | null];

export const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
/** A time of day: "by 6pm on Thursday" is due on the Thursday, as a deadline. */
const CLOCK = "(?:midnight|noon|midday|\\d{1,2}(?:[.:]\\d{2})? ?[ap]\\.?m\\.?)";
const WEEKDAYS = "sunday monday tuesday wednesday thursday friday saturday".split(" ");
const FUTURE_CUE =
  /\b(?:will|would|shall|['’]ll|going to|expects?|expected|plans?|aims?|hopes?|could|should|can|must|needs? to)\b/i;

/** A date written after a weekday: ", September 13", " 13 September", " (Sept. 13)". */
const DATE_AFTER = new RegExp(
  `^,? \\(?(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\\.?(?: (\\d{1,2})\\b)?`,
  "i",
);

/** "… of the deal being completed", "… after taking office": a span counted from an event. */
const AFTER_EVENT =
  /^ (?:of|after) (?:each|every)\b|^ (?:of|after|from) (?:[\p{L}'’-]+ ){0,5}?(?:being|having|(?!(?:morning|evening|spring)\b|\p{Ll}*thing\b)\p{Ll}{3,}ing)\b/u;

export const RULES: Rule[] = [
  ...START_RULES,
  [
    /\b(?:by|before|until|till) (?:the )?end of (?:this|the|to)[ -]?day\b|\bby (?:tonight|today|the end of today)\b|\b(?:tonight|later today)\b/i,
    (_m, r) => r,
  ],
  [
    // "would stop running by midnight": a time of day with no day named is the article's day
    // ("by midnight on Friday" is left to the weekday). "in the hour before midnight", in a
    // clause about the past, dates an event.
    /\b(?:by|before|until|till) (?:midnight|noon|midday|mid-?afternoon|close of business|\d{1,2}(?:[.:]\d{2})? ?[ap]\.?m\b\.?)(?!,? (?:on|tomorrow|this|next)\b)(?! \p{Lu})/iu,
    (m, r, passage) => (pastClause(passage, m.index) ? null : r),
  ],
  [
    // "cancelled for the rest of the day", "winds between 8pm and midnight": the article's
    // day; "for the rest of the week" its Sunday, and so on.
    new RegExp(
      `\\b(?:for|over|during) the rest of (?:the|this) (day|week|month|year)\\b|\\bbetween ${CLOCK} and ${CLOCK}(?!,? (?:on|tomorrow|this|next)\\b)(?! \\p{Lu})`,
      "iu",
    ),
    (m, r, passage) => {
      if (pastClause(passage, m.index)) return null;
      const unit = (m[1] ?? "day").toLowerCase();
      if (unit === "week") return endOfWeek(r);
      if (unit === "month") return endOfMonth(r.getUTCFullYear(), r.getUTCMonth());
      return unit === "year" ? utc(r.getUTCFullYear(), 11, 31) : r;
    },
  ],
  [/\b(?:by|before|until) tomorrow\b|\btomorrow\b/i, (_m, r) => addDays(r, 1)],
  [
    // "crews will go out at first light": the next morning, the first one still to come.
    /\b(?:at|by|from) (?:first light|dawn|daybreak)\b(?! (?:on|tomorrow|this|next)\b)/i,
    (m, r, passage) => (pastClause(passage, m.index) ? null : addDays(r, 1)),
  ],
  [
    /\b(?:by|before|until|within|in) (?:the )?(?:end of )?(?:this|the) week\b|\bthis week\b/i,
    // "we have practised every day this week" says when it happened.
    (m, r, passage) => (/^this/i.test(m[0]) && pastClause(passage, m.index) ? null : endOfWeek(r)),
  ],
  [
    // "had offered 3 percent next year" reports a past offer; "will sign next week" is due.
    /\b(?:by (?:the )?end of )?next (week|month|year)\b/i,
    (m, r, passage) => {
      if (!/^by/i.test(m[0]) && pastClause(passage, m.index)) return null;
      const unit = (m[1] ?? "").toLowerCase();
      if (unit === "week") return endOfWeek(addDays(r, 7));
      if (unit === "month") return endOfMonth(r.getUTCFullYear(), r.getUTCMonth() + 1);
      return utc(r.getUTCFullYear() + 1, 11, 31);
    },
  ],
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
    // "within 30 days" counts from now, and so does "within two weeks of a signed deal" (a
    // thing that could exist now); "within 90 days of the deal being completed" counts from
    // an event still to happen, which the text does not date, so it sets no date.
    // A range ("within three to five years") allows its upper bound.
    /\b(within|over the (?:next|coming)) (?:the (?:next |coming )?)?(?:[\da-z]+ ?(?:to|or|-|–) ?)?(\d+|[a-z]+) (hour|day|week|fortnight|month|year|decade)s?\b|\bin (?:the next )?(?:[\da-z]+ ?(?:to|or|-|–) ?)?(\d+|[a-z]+) (hour|day|week|fortnight|month|year|decade)s?(?:'|’)?(?: time)?\b/i,
    (m, r, passage) => {
      const n = count(m[2] ?? m[4] ?? "");
      // "has doubled in two years" looks back; only a future "in two years" is a deadline,
      // and "came to trial within six months" dates a past event.
      if (n === null || (m[4] && !FUTURE_CUE.test(passage))) return null;
      if (m[1] && pastClause(passage, m.index)) return null;
      if (AFTER_EVENT.test(passage.slice(m.index + m[0].length))) return null;
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
  // Easter moves: its Sunday is computed; "before Easter" allows the Saturday.
  [
    /\b(by|until|till|at|for|before) easter\b(?! (?:monday|weekend|holidays?)\b)/i,
    (m, r) => {
      const sunday = nextEaster(r);
      return (m[1] ?? "").toLowerCase() === "before" ? addDays(sunday, -1) : sunday;
    },
  ],
  [/\b(?:by|before|until|on) halloween\b/i, (_m, r) => nextOccurrence(r, 9, 31)],
  [/\bbefore (?:the )?new year\b/i, (_m, r) => utc(r.getUTCFullYear(), 11, 31)],
  [/\bby (?:the )?new year\b/i, (_m, r) => utc(r.getUTCFullYear() + 1, 0, 1)],
  [
    new RegExp(
      `\\b(?:by|before|until|no later than|on|this|next)(?: ${CLOCK},? on)? (?:next )?(${WEEKDAYS.join("|")})(?: (?:and|or|to|through|until) (${WEEKDAYS.join("|")}))?\\b`,
      "i",
    ),
    (m, r, passage) => {
      // "raised premiums on Wednesday" says when it happened; "will break on Saturday" is due.
      if (/^(?:on|this)\b/i.test(m[0]) && pastClause(passage, m.index)) return null;
      // "on Sunday, September 13": the date written after the weekday is the one meant.
      const date = DATE_AFTER.exec(passage.slice(m.index + m[0].length));
      const dayOfMonth = Number(date?.[1] ?? date?.[3] ?? 0);
      if (date && dayOfMonth >= 1 && dayOfMonth <= 31) {
        const month = MONTHS.findIndex((name) => name.startsWith((date[2] ?? "").toLowerCase()));
        return nextOccurrence(r, month, dayOfMonth);
      }
      const day = WEEKDAYS.indexOf((m[1] ?? "").toLowerCase());
      const first = addDays(r, (day - r.getUTCDay() + 7) % 7 || 7);
      // "strike on Monday and Tuesday": the later day, the first such after the first.
      const last = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
      return last < 0 ? first : addDays(first, (last - day + 7) % 7);
    },
  ],
  [
    /\b(by|before|until|in) (?:the )?(?:end of |middle of |mid-?|late |early )?(?:the )?(next |this |coming )?(spring|summer|autumn|fall|winter)(?: of)?(?: (\d{4}))?\b(?![ -](?!(?:of|if|when|unless|and|or|but|so|once|until|after|because|while)\b)\p{L})/iu,
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
    // "in the first quarter" said in November is next year's; "of next year" says so.
    /\b(?:by|before|until|in) (?:the )?(?:end of |middle of )?(?:the )?(first|second|third|fourth) quarter(?: of (?:(\d{4})|(next) year|(?:this|the) year))?\b/i,
    (m, r) => {
      const q = ["first", "second", "third", "fourth"].indexOf((m[1] ?? "").toLowerCase());
      if (m[2]) return endOfMonth(Number(m[2]), q * 3 + 2);
      const d = endOfMonth(r.getUTCFullYear() + (m[3] ? 1 : 0), q * 3 + 2);
      return d < r ? endOfMonth(r.getUTCFullYear() + 1, q * 3 + 2) : d;
    },
  ],
  [
    // "in Q3", "by Q2 2027": as "the third quarter".
    /\b(?:by|before|until|in) (?:the end of )?Q([1-4])(?:,? (\d{4}))?\b/,
    (m, r) => {
      const month = Number(m[1]) * 3 - 1;
      if (m[2]) return endOfMonth(Number(m[2]), month);
      const d = endOfMonth(r.getUTCFullYear(), month);
      return d < r ? endOfMonth(r.getUTCFullYear() + 1, month) : d;
    },
  ],
  [
    // "by mid-year": this year's 30 June, or next year's once it has passed.
    /\b(?:by|before|until) (?:the )?(?:middle of the year|mid-?year)\b/i,
    (_m, r) => nextOccurrence(r, 5, 30),
  ],
  [
    // "by the start of next year" allows its first day, as "by the new year" does; "before
    // the start of …" the day before.
    new RegExp(
      `\\b(by|before|until) the (?:start|beginning) of (?:(next) (month|year)|((?:19|20)\\d{2})|(${MONTHS.join("|")}))\\b`,
      "i",
    ),
    (m, r) => {
      let first: Date;
      if (m[2]) {
        const year = r.getUTCFullYear();
        first =
          (m[3] ?? "").toLowerCase() === "month"
            ? utc(year, r.getUTCMonth() + 1, 1)
            : utc(year + 1, 0, 1);
      } else if (m[4]) first = utc(Number(m[4]), 0, 1);
      else first = nextOccurrence(r, MONTHS.indexOf((m[5] ?? "").toLowerCase()), 1);
      return (m[1] ?? "").toLowerCase() === "before" ? addDays(first, -1) : first;
    },
  ],
  [
    // "by mid-2027" allows its 30 June; "in late 2029" and "by the end of 2029" its last day.
    /\b(?:by|before|until|in) (?:the )?(?:middle of |mid-?)((?:19|20)\d{2})\b/i,
    (m, r) => (Number(m[1]) >= r.getUTCFullYear() ? utc(Number(m[1]), 5, 30) : null),
  ],
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
    // "in late 2029", "by the end of 2029", "by 2029": its 31 December ("early" is too vague
    // a bound to date, and the mid-year rule above takes "mid-").
    // "profit for 2026 would come in at …" forecasts that year: due at its end.
    // "spending in 2026 and 2027" is due when the later year ends.
    /\b(by|in|until|for) (?:the )?(?:end of |late )?((?:19|20|21)\d{2})(?:(?:,| and| or| to|-|–) ?((?:19|20|21)\d{2}))?\b(?![ -]\d)/i,
    (m, r, passage) => {
      if (/^for$/i.test(m[1] ?? "") && !futureClause(passage, m.index)) return null;
      const year = Math.max(Number(m[2]), Number(m[3] ?? 0));
      return year >= r.getUTCFullYear() ? utc(year, 11, 31) : null;
    },
  ],
];
