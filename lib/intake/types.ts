import type { TextQuoteSelector } from "@/lib/sources/text-quote";

/** A character range in the article text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type CandidateForm = "DIRECT" | "REPORTED";
export type CandidateKind = "STATEMENT" | "PROMISE" | "PREDICTION" | "ASSESSMENT";
export type SpeakerKind = "PERSON" | "ORGANIZATION" | "ANONYMOUS";

/** Who said it, as the text names them; `actorId` is filled by matching against actors. */
export interface SpeakerGuess {
  name: string;
  kind: SpeakerKind;
  anonymous: boolean;
  affiliation: string | null;
  /** The speaker's role at the time, as the text gives it ("Ukraine's chief negotiator"). */
  role: string | null;
}

/** One candidate claim found in an article, before any database lookup. */
export interface ExtractedCandidate extends Span {
  form: CandidateForm;
  /** Exactly `text.slice(start, end)`, without quotation marks. */
  quote: string;
  selector: TextQuoteSelector;
  speaker: SpeakerGuess | null;
  kind: CandidateKind;
  /** Calendar date "YYYY-MM-DD" by which the claim should have held, when the text sets one. */
  resolveBy: string | null;
}
