import type { CandidateKind } from "@/lib/intake/types";

// A first guess at the kind of claim, from the words of the passage and the verb that
// introduced it. The analyst confirms it; the rules follow PRODUCT.md's definitions:
// PROMISE = a commitment by the claimant, PREDICTION = about the future,
// ASSESSMENT = an analytic judgement, STATEMENT = a present or past fact.
// In order: a hedge or a condition makes a forecast (PREDICTION); a future deliberate act
// ("will build", "would be refunded") is a commitment (PROMISE) — the speaker announces what
// they or the body they speak for will do; any other future is a PREDICTION; an evaluative
// or normative word makes an ASSESSMENT; the rest is a STATEMENT.

// "threatened to strike" commits the speaker to an act as much as "vowed to" does.
const PROMISE_VERBS = new Set(["promise", "pledge", "vow", "guarantee", "threaten"]);
// An estimate puts a figure on something now ("put the damage at …"): a judgement.
const PREDICT_VERBS = new Set(["predict", "forecast", "warn", "expect"]);
const ASSESS_VERBS = new Set(["describe", "call", "argue", "suggest", "estimate"]);

const COMMITMENT =
  /\b(?:I|we)(?:'ll|’ll| will| shall| are going to| am going to| intend to| plan to| promise| pledge| vow| commit| guarantee| are determined to| am determined to| won['’]t| will not)\b/i;
/** Forecasting words: whatever follows is a guess about the future, not a commitment. */
const HEDGE =
  /\b(?:expects?|expected|hopes?|hoped|likely|unlikely|forecasts?|predicts?|could(?! not| n['’]t)|may|might|probably|risk of|poised to)\b|^(?:if|unless)\b/i;
const FUTURE =
  /\b(?:will|won['’]t|shall|going to|is set to|are set to|on track to|in the coming|would)\b/i;
/** Acts someone decides to do: after "will"/"would" (or "will be …ed") they make a promise. */
const ACTS =
  "build|rebuild|open|reopen|close|publish|cut|raise|hire|sign|form|name|appoint|vote|choose|put|" +
  "coordinate|freeze|refund|install|roll|restore|deliver|fund|finance|review|present|introduce|" +
  "replace|decide|fight|challenge|keep|stop|provide|file|table|force|invest|create|launch|resume|" +
  "finish|complete|release|pay|spend|send|repair|reform|ban|end|protect|clear|inspect|test|" +
  "implement|deploy|withdraw|scrap|extend|expand|offer|help|support|give|make|set up|sue|appeal|" +
  "repay|compensate|ratify|approve|submit|propose|announce|hold|call|meet|start|begin|act|" +
  "co-?operate|consult|negotiate";
const ACT_FUTURE = new RegExp(
  `\\b(?:will|won['’]t|shall|would|going to|['’]ll)(?: not)?(?: (?:\\w+ly|also|still|now|then))? (?:continue to )?(?:\\w+ly )?(?:(?:${ACTS})\\b|be (?:\\w+ed|built|paid|made|set up|held|given|sent|spent|shut|cut|put|done|ready|in place|open|back)\\b)`,
  "i",
);
const JUDGEMENT =
  /\b(?:I think|we think|I believe|we believe|in (?:my|our) (?:view|opinion|assessment)|we assess|appears?|seems?|clearly|a mistake|dangerous|unacceptable|irresponsible|reckless|unfair|unrealistic|constructive|fruitful|complicated|preventable|disgrace|disaster|failure|success(?:ful)?|the (?:best|worst)|not dead|well run|too (?:high|low|slow|late|little)|(?:should|must|ought to)(?: not)? \w+|not worried|understand)\b/i;

/** Guesses the kind of a passage; `verb` is the lemma of the speech verb, when known. */
export function guessKind(words: string, verb: string | null, hasDeadline: boolean): CandidateKind {
  // "May" after the first word is the month, not the modal.
  const passage = words.replace(/(?<=\S\s+)May\b/g, "");
  if ((verb && PROMISE_VERBS.has(verb)) || COMMITMENT.test(passage)) return "PROMISE";
  if ((verb && PREDICT_VERBS.has(verb)) || HEDGE.test(passage)) return "PREDICTION";
  if (ACT_FUTURE.test(passage)) return "PROMISE";
  if (FUTURE.test(passage) || hasDeadline) return "PREDICTION";
  if ((verb && ASSESS_VERBS.has(verb)) || JUDGEMENT.test(passage)) return "ASSESSMENT";
  return "STATEMENT";
}
