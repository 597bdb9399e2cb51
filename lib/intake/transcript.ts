import type { Discourse } from "@/lib/intake/discourse";
import { wordCount } from "@/lib/intake/quotes";
import type { Span, SpeakerGuess } from "@/lib/intake/types";

// Interview transcripts ("Q&A"): paragraphs opened by a speaker label and a colon, the
// interviewer's label (the publication, "Q", "Interviewer") on questions, the interviewee's
// on answers. The answers carry no quotation marks, but they are the speaker's own words: each
// sentence of an answer is a direct quote by the person the label names.

/** A label opening a paragraph: one to three capitalised words, or Q / A, then a colon. */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):[ \t]+(?=\S)/u;
/** Labels that always mark the interviewer's turns. */
const ASKER = /^(?:Q|Question|Interviewer)$/i;
/** Labels that always mark the answers, whoever gives them. */
const ANSWERER = /^(?:A|Answer)$/i;

/** One answer paragraph of a transcript: its label and where the answer's words begin. */
export interface AnswerTurn extends Span {
  /** The label as written ("Ferreira", "A"). */
  label: string;
  /** Offset just past the label, its colon and the spaces after it. */
  bodyStart: number;
}

/**
 * The answer turns of a Q&A transcript in the text, in text order; empty when the text has
 * none. A transcript has at least two question turns and two answer turns under labels that
 * take turns: the asking label is one whose turns mostly end with a question mark (or "Q"),
 * and any other label used at least twice, right after a question, gives answers. A live
 * blog's one-off labels ("Schools: …") or a single "Note:" make no transcript.
 */
export function findAnswerTurns(text: string, paragraphs: readonly Span[]): AnswerTurn[] {
  const turns: { para: Span; label: string; bodyStart: number }[] = [];
  for (const para of paragraphs) {
    const m = LABEL.exec(text.slice(para.start, para.end));
    if (m?.[1]) turns.push({ para, label: m[1], bodyStart: para.start + m[0].length });
  }
  if (turns.length < 4) return [];
  const asks = new Map<string, { questions: number; all: number }>();
  for (const t of turns) {
    const seen = asks.get(t.label) ?? { questions: 0, all: 0 };
    seen.all += 1;
    if (/\?\s*$/.test(text.slice(t.para.start, t.para.end))) seen.questions += 1;
    asks.set(t.label, seen);
  }
  const isAsker = (label: string) => {
    const seen = asks.get(label);
    if (!seen || ANSWERER.test(label)) return false;
    return ASKER.test(label) || (seen.all >= 2 && seen.questions * 2 > seen.all);
  };
  const answers: AnswerTurn[] = [];
  turns.forEach((t, i) => {
    // An answer follows a question, or the same speaker's answer running on.
    const before = turns[i - 1];
    const follows =
      before &&
      (isAsker(before.label) ||
        (before.label === t.label && answers.at(-1)?.start === before.para.start));
    if (isAsker(t.label) || !follows) return;
    if ((asks.get(t.label)?.all ?? 0) < 2) return;
    answers.push({ start: t.para.start, end: t.para.end, label: t.label, bodyStart: t.bodyStart });
  });
  return answers.length >= 2 ? answers : [];
}

/**
 * The words of one sentence of a transcript's answer, without the label and the closing
 * full stop, with the person the label names ("Lee:" after the introduction named "Ana Lee";
 * "A:" is the person last named). Null for a sentence under `minWords` words ("No.") or when
 * nobody can be named.
 */
export function answerSentence(
  text: string,
  sentence: Span,
  answer: AnswerTurn,
  discourse: Discourse,
  minWords: number,
): (Span & { speaker: SpeakerGuess }) | null {
  const start = Math.max(sentence.start, answer.bodyStart);
  let end = sentence.end;
  while (end > start && /[\s.!?]/.test(text[end - 1] ?? "")) end -= 1;
  if (wordCount(text.slice(start, end)) < minWords) return null;
  const speaker = ANSWERER.test(answer.label)
    ? discourse.lastSpeakerBefore(answer.start)
    : discourse.resolvePhrase(answer.label, answer.start);
  return speaker ? { start, end, speaker } : null;
}
