// Small, shared judgements about clauses of English news prose: does a stretch of words hold
// a finite verb (so it can be reported content), and is a clause set in the past (so a time
// phrase in it says when something happened, not by when it must). Rules, not a parser.

/**
 * Common irregular past forms ("-ed" catches the regular ones). Forms that are also the
 * present ("cut", "put", "set", "read") are left out: they do not show the tense.
 */
const IRREGULAR_PAST = (
  "arose awoke became began bent bit bled blew broke bred brought built bought caught chose " +
  "clung came crept dealt dug did drew drank drove ate fell fed felt fought found fled flew " +
  "forgot forgave froze got gave went grew hung had heard hid held kept knelt knew laid led " +
  "leapt left lent lit lost made meant met paid rode rang rose ran said saw sought sold sent " +
  "shook shone shot showed sang sank sat slept slid spoke sped spent spun sprang stood stole " +
  "stuck stung struck swore swept swam swung took taught tore told thought threw understood " +
  "woke wore won wrote was were"
).split(" ");
/** A past verb: irregular, or a regular "-ed" form (not "need", "speed", "indeed"). */
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.join("|")}|\\p{Ll}{2,}(?<!e)ed)\\b`, "u");

/** Whether one word is a past verb form ("kept", "signalled"). */
export function isPastForm(word: string): boolean {
  const m = PAST.exec(word);
  return m !== null && m[0] === word;
}

/** Auxiliaries and common finite verbs: their presence makes a clause. */
const FINITE_WORDS =
  /\b(?:will|would|was|were|is|are|has|had|have|could|can|should|must|did|does|do|remains?|plans?|planned|expects?|intends?|wants?|won['’]t|isn['’]t|wasn['’]t|aren['’]t|hasn['’]t|may|might|need|needs|says|means|costs?|begins?|starts?|ends?|runs?|stays?|lies|seems?|looks?|makes?|takes?|gives?|goes|comes|holds?|keeps?|shows?)\b/u;
/** A subject pronoun followed by a word is a clause: "it lost", "they agree". */
const PRONOUN_CLAUSE = /\b(?:I|we|he|she|it|they)\s+\p{Ll}/u;
/** Openers that make a phrase adverbial, not a clause: "Speaking to…", "In a statement…". */
const ADVERBIAL_OPENER =
  /^(?:in|on|at|after|before|during|despite|following|amid|with|without|for|from|by|asked|speaking|\p{L}+ing)\b/iu;

/** Whether `words` holds a finite verb, so that it can be what someone said. */
export function hasFiniteVerb(words: string): boolean {
  if (FINITE_WORDS.test(words) || PRONOUN_CLAUSE.test(words)) return true;
  if (ADVERBIAL_OPENER.test(words.trim())) return false;
  return PAST.test(words);
}

/**
 * Words that put a clause in the future: modal, obligation (also reported, "had to be passed
 * before …"), plan, schedule, likelihood.
 */
const FUTURE =
  /\b(?:will|would|shall|['’]ll|going to|(?:has|have|had) to\s+(?=\p{Ll})|plans?|aims?|intends?|expects?|expected to|(?:is|are|was|were|be) expected (?=in|by|before|on|next|this|later|within)|(?:expected|forecast|predicted|projected) (?:[\p{L}-]+ ){1,3}to (?=\p{Ll})|(?:expected|predicted|forecast) (?=(?:the|a|an|its|their|his|her|our)\s)|hopes?|(?<!had )(?:aimed|planned|intended|promised|pledged|vowed|undertook|agreed|committed) to (?=\p{Ll})|due to|set to|likely|unlikely|possible|probable|could|can|may|might|must|should|needs? to|starts?|begins?|opens?|resumes?)\b/iu;

/**
 * The clause of `passage` holding offset `at`: between commas, semicolons or dashes. "May"
 * inside it is the month, not the modal ("asked for an explanation in May"), and is left out.
 */
export function clauseAt(passage: string, at: number): string {
  const marks = [",", ";", " — ", " – "];
  const before = passage.slice(0, at);
  const start = Math.max(...marks.map((c) => before.lastIndexOf(c)), -1) + 1;
  const ends = marks.map((c) => passage.indexOf(c, at)).filter((i) => i >= 0);
  return passage
    .slice(start, ends.length > 0 ? Math.min(...ends) : undefined)
    .replace(/(?<=\S\s+)May\b/g, "");
}

/**
 * Whether the clause holding offset `at` speaks of the future: "the bank would publish a
 * review in July" does, "slowed more than we forecast in the autumn" does not.
 */
export function futureClause(passage: string, at: number): boolean {
  return FUTURE.test(clauseAt(passage, at));
}

/**
 * Whether the clause holding offset `at` is set in the past: a past verb and no word of the
 * future ("raised premiums on Wednesday", "came to trial within six months"), so a time
 * phrase in it dates an event rather than setting a deadline.
 */
/**
 * A perfect with an irregular participle ("have shown", "has been") is set in the past too
 * (regular ones, "have raised", already read as past forms).
 */
const PERFECT =
  /\b(?:has|have|had|['’]ve)\s+(?:(?:not|never|already|just|also|now)\s+)?(?:been|shown|done|gone|seen|taken|given|known|grown|thrown|driven|written|spoken|broken|chosen|fallen|risen|begun|won|drawn|flown|sworn|eaten|forgotten|hidden|stolen|proven|beaten|shaken|become|come)\b/i;

export function pastClause(passage: string, at: number): boolean {
  // A present passive ("is scheduled for", "are expected") is not a past verb.
  const active = (words: string) =>
    words.replace(/\b(?:is|are|am|be|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/gu, "");
  const clause = active(clauseAt(passage, at));
  // The verbs before the time phrase govern it: "had called her on Wednesday evening to say
  // her grade would be raised" dates the call, whatever the clause says after it.
  const lead = active(clauseAt(passage.slice(0, at), at));
  const past = (words: string) => PAST.test(words) || PERFECT.test(words);
  if (past(lead) || FUTURE.test(lead)) return past(lead) && !FUTURE.test(lead);
  return past(clause) && !FUTURE.test(clause);
}
