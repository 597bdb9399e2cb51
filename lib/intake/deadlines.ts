import * as chrono from "chrono-node";
import { futureClause, pastClause } from "@/lib/intake/clauses";
import { iso, utc } from "@/lib/intake/deadline-dates";
import { RULES } from "@/lib/intake/deadline-rules";

// Resolve-by dates from deadline phrases, relative to the article's date. chrono-node reads
// explicit dates ("by March 3", "by June 30, 2026", "in two weeks"); the rules of
// lib/intake/deadline-rules.ts cover what it misses or reads as a start rather than a deadline.
// Convention: a deadline resolves on the LAST day it allows ("by 2027" → 2027-12-31,
// "next week" → that week's Sunday, ISO weeks), so a claim is never judged early.
// A deadline cue ("by", "before", "until", "within", "no later than", "the end of", "gave
// them N days to") outranks a bare time mention ("this year", "on Friday", "in July"), which
// counts only where its clause is not set in the past; a possessive ("this year's budget")
// names a thing, and is a deadline only in a clause about the future.

/** A deadline cue that chrono-node may date: "by", "before", "until", "on", "no later than". */
// The words after the cue are read by a lookahead, so that "in Lausanne by June 10" still
// tries "by June 10" after "in Lausanne …" fails.
const CHRONO_CUE = /\b(by|before|until|on|no later than|in|for)\s+(?=([^,.;]{3,40}))/gi;
/** Words that make a time phrase a deadline rather than a mention of a time. */
const DEADLINE_CUE =
  /^(?:by|before|until|till|within|over the|no later than)\b|\bend of\b|^(?:give|gave|grant|ha[sdv])/i;
/**
 * "before parliament rises for Christmas on December 18": a cue governing a short event
 * clause, whose date follows with "on"; that date is the deadline.
 */
const CUE_BEFORE_EVENT = /\b(?:by|before|until|ahead of)(?:\s+[\p{L}'’-]+){1,6}\s+$/iu;
/**
 * chrono-node reads "for a second new vessel" as a second from now (no deadline is that
 * short), and "until the day I left" as tomorrow: "the day" alone names no date.
 */
const SUB_DAY = /\b(?:seconds?|minutes?|moments?)\b|^(?:the )?day$/i;
/**
 * "stay closed for several hours", "for up to 18 months": a span the state lasts, not a
 * date it must be reached by ("scheduled for March 15" is still read).
 */
const SPAN =
  /^(?:up to |at least |another |the next |(?:a|an|one|two|three|four|five|six|several|a few|few|many|\d+)\s+)*(?:more )?(?:hours?|days?|nights?|weeks?|fortnights?|months?|years?)$/i;

const GLOBAL_RULES = RULES.map(
  ([re, make]) => [new RegExp(re.source, `${re.flags}g`), make] as const,
);

/**
 * A hedge between a cue and its time ("until at least the end of June", "by no later than
 * Friday") is moved before the cue, so the cue meets its time: "at least until the end of
 * June". The swap keeps the passage's length and every offset outside the phrase.
 */
function unhedge(passage: string): string {
  return passage.replace(
    /\b(by|before|until|till|within) (at least|at the latest|no later than|as late as) /gi,
    (_all, cue: string, hedge: string) => `${hedge} ${cue} `,
  );
}

/**
 * The resolve-by date a passage sets, as "YYYY-MM-DD", or null when it sets none.
 * `articleDate` is "YYYY-MM-DD" (UTC calendar date); relative phrases count from it.
 * Among the phrases found, a deadline cue wins over a bare time mention, then the earliest.
 */
export function findResolveBy(text: string, articleDate: string): string | null {
  const ref = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  const passage = unhedge(text);
  let best: { at: number; cue: boolean; date: Date } | null = null;
  // Every match of a rule counts: "will meet on Thursday, and … signed off by Friday".
  for (const [re, make] of GLOBAL_RULES)
    for (const m of passage.matchAll(re)) {
      // "this year's budget" names a budget; "at next week's summit, we will sign" sets a date.
      const possessive = /^['’]s\b/.test(passage.slice(m.index + m[0].length));
      if (possessive && !futureClause(passage, m.index)) continue;
      const date = make(m, ref, passage);
      const cue = DEADLINE_CUE.test(m[0]) && !inCondition(passage, m.index);
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
    // "by the 14th of July": chrono-node reads the date after the article.
    const lead = parsed ? (m[2] ?? "").slice(0, parsed.index) : "";
    if (!parsed || !d || !/^(?:the )?$/i.test(lead) || SUB_DAY.test(parsed.text)) continue;
    if (/^for$/i.test(m[1] ?? "") && SPAN.test(parsed.text)) continue;
    if (parsed.start.isCertain("day") && d >= ref) {
      const eventDate =
        /^on$/i.test(m[1] ?? "") && CUE_BEFORE_EVENT.test(clauseBefore(passage, m.index));
      out.push({
        cue: (!weak || eventDate) && !inCondition(passage, m.index),
        date: iso(utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
      });
    }
  }
  return out;
}

/**
 * Whether offset `at` lies in a condition ("strikes every week in March if no offer is made
 * by February 20"): the date sets when the condition is tested, not when the claim is due, so
 * its cue does not outrank the main clause's time.
 */
function inCondition(passage: string, at: number): boolean {
  return /\b(?:if|unless)\b/i.test(clauseBefore(passage, at));
}

/** The words of `passage` before `at`, back to the last comma, semicolon or full stop. */
function clauseBefore(passage: string, at: number): string {
  const before = passage.slice(0, at);
  return before.slice(Math.max(...[",", ";", ". "].map((c) => before.lastIndexOf(c))) + 1);
}
