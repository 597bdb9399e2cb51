import nlp from "compromise";

// Verbs that introduce speech, as lemmas. Their inflections (says, said, saying, written…)
// come from compromise's conjugator, irregular forms included, so the list stays readable.
const SPEECH_LEMMAS = (
  "say tell add write state announce confirm reveal explain warn insist claim promise pledge vow " +
  "predict declare note argue stress emphasize emphasise acknowledge admit assert maintain tweet " +
  "post comment remark reply respond answer continue conclude suggest estimate forecast urge caution " +
  "assure concede observe recall signal indicate threaten boast complain hint mention reiterate " +
  "underline underscore disclose report unveil guarantee contend allege agree deny " +
  "describe call ask quip joke"
).split(" ");

/** Verbs whose object is the reported content itself ("announced a ceasefire"). */
const ANNOUNCING = new Set(
  "announce reveal confirm unveil disclose pledge promise vow estimate".split(" "),
);
/** Lemmas that are also common nouns: only their past forms count ("stated", not "state"). */
const NOUN_LIKE = new Set(
  "state note post report claim promise comment answer reply remark signal call tweet forecast estimate guarantee continue".split(
    " ",
  ),
);
/**
 * Verbs that attribute a quotation but report no claim of their own: "called the plan
 * “…”", "asked whether …" (a question), "quipped".
 */
const QUOTE_ONLY = new Set(["describe", "call", "ask", "quip", "joke"]);

const DETERMINERS = new Set(
  "the a an his her its their our my your this that these those every each no".split(" "),
);

interface VerbForm {
  lemma: string;
  form: string;
}

let table: Map<string, string> | null = null;

function forms(): Map<string, string> {
  if (table) return table;
  const out = new Map<string, string>();
  for (const lemma of SPEECH_LEMMAS) {
    out.set(lemma, lemma);
    // compromise reads a few lemmas alone as nouns ("pledge", "tweet") and conjugates nothing:
    // those are regular verbs, inflected by rule.
    const conj =
      (nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined) ??
      regularForms(lemma);
    if (NOUN_LIKE.has(lemma)) out.delete(lemma);
    const keys = NOUN_LIKE.has(lemma)
      ? ["PastTense", "Participle"]
      : ["PastTense", "PresentTense", "Gerund", "Participle"];
    for (const key of keys) {
      const f = conj?.[key];
      if (f && !f.includes(" ")) out.set(f.toLowerCase(), lemma);
    }
    // British spelling doubles a final "l" after one vowel: signalled, signalling.
    if (/[^aeiou][aeiou]l$/.test(lemma)) {
      out.set(`${lemma}led`, lemma);
      if (!NOUN_LIKE.has(lemma)) out.set(`${lemma}ling`, lemma);
    }
  }
  table = out;
  return out;
}

/** The inflections of a regular verb: pledge → pledged, pledges, pledging. */
function regularForms(lemma: string): Record<string, string> {
  const past = lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`;
  return {
    PastTense: past,
    Participle: past,
    PresentTense: `${lemma}s`,
    Gerund: `${lemma.replace(/e$/, "")}ing`,
  };
}

/** The lemma of a speech verb form ("told" → "tell"), or null when the word is not one. */
export function speechVerbLemma(word: string): string | null {
  return forms().get(word.toLowerCase()) ?? null;
}

/** Every speech verb form, for building patterns. */
export function speechVerbForms(): string[] {
  return [...forms().keys()];
}

/** Finds speech verbs in a piece of text, with their offsets relative to it. */
export function findSpeechVerbs(text: string): (VerbForm & { at: number })[] {
  const out: (VerbForm & { at: number })[] = [];
  const re = /\p{L}+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lemma = speechVerbLemma(m[0]);
    if (!lemma || /^\p{Lu}/u.test(m[0])) continue;
    const before = previousWord(text, m.index);
    // "the state", "a note", "his post": a determiner makes the word a noun.
    if (!DETERMINERS.has(before)) {
      out.push({ lemma, form: m[0], at: m.index });
    }
  }
  return out;
}

/** The word just before offset `at` (lower case; "" at the start), looking back 40 characters. */
function previousWord(text: string, at: number): string {
  let end = at;
  const floor = Math.max(0, at - 40);
  while (end > floor && !/\p{L}/u.test(text[end - 1] ?? "")) end -= 1;
  let start = end;
  while (start > floor && /\p{L}/u.test(text[start - 1] ?? "")) start -= 1;
  return text.slice(start, end).toLowerCase();
}

export function isAnnouncingVerb(lemma: string): boolean {
  return ANNOUNCING.has(lemma);
}

export function isQuoteOnlyVerb(lemma: string): boolean {
  return QUOTE_ONLY.has(lemma);
}
