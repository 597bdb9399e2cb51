import type { CandidateKind } from "@/lib/intake/types";

// A first guess at the kind of claim, from the words of the passage and the verb that
// introduced it. The analyst confirms it; the rules follow PRODUCT.md's definitions:
// PROMISE = a commitment by the claimant, PREDICTION = about the future,
// ASSESSMENT = an analytic judgement, STATEMENT = a present or past fact.

const PROMISE_VERBS = new Set(["promise", "pledge", "vow", "guarantee"]);
const PREDICT_VERBS = new Set(["predict", "forecast", "warn", "estimate"]);
const ASSESS_VERBS = new Set(["describe", "call", "argue", "suggest"]);

const COMMITMENT =
  /\b(?:I|we)(?:'ll|’ll| will| shall| are going to| am going to| intend to| plan to| promise| pledge| vow| commit| guarantee| are determined to| am determined to| won['’]t| will not)\b/i;
const FUTURE =
  /\b(?:will|won['’]t|shall|going to|expects?|expected|hopes?|hoped|likely|unlikely|forecasts?|predicts?|could soon|is set to|are set to|poised to|on track to|in the coming)\b/i;
const JUDGEMENT =
  /\b(?:I think|we think|I believe|we believe|in (?:my|our) (?:view|opinion|assessment)|we assess|appears?|seems?|clearly|a mistake|dangerous|unacceptable|irresponsible|reckless|(?:should|must) (?:be|not))\b/i;

/** Guesses the kind of a passage; `verb` is the lemma of the speech verb, when known. */
export function guessKind(
  passage: string,
  verb: string | null,
  hasDeadline: boolean,
): CandidateKind {
  if ((verb && PROMISE_VERBS.has(verb)) || COMMITMENT.test(passage)) return "PROMISE";
  if ((verb && PREDICT_VERBS.has(verb)) || FUTURE.test(passage) || hasDeadline) return "PREDICTION";
  if ((verb && ASSESS_VERBS.has(verb)) || JUDGEMENT.test(passage)) return "ASSESSMENT";
  return "STATEMENT";
}
