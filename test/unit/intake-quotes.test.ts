import { beforeAll, describe, expect, it } from "vitest";
import { findQuoteSpans } from "@/lib/intake/quotes";
import { splitSentences } from "@/lib/intake/sentences";
import { findSpeechVerbs, speechVerbLemma } from "@/lib/intake/reporting-verbs";
import { warmExtractor } from "@/lib/intake/extract";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

const contents = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.start, q.end));

describe("findQuoteSpans", () => {
  it.each([
    ["curly", "He said, “We will win the war.”", "We will win the war."],
    ["straight", 'He said, "We will win the war."', "We will win the war."],
    ["guillemets", "Il a dit « nous allons gagner » hier.", "nous allons gagner"],
    ["German low-high", "Er sagte: „Wir werden gewinnen.“", "Wir werden gewinnen."],
    ["reversed guillemets", "Er sagte: »Wir werden gewinnen.«", "Wir werden gewinnen."],
    ["single curly", "She said: ‘We will not retreat.’", "We will not retreat."],
  ])("finds %s quotes without their marks", (_name, text, expected) => {
    expect(contents(text)).toEqual([expected]);
  });

  it("drops the comma that belongs to the sentence", () => {
    expect(contents("“We will win,” he said.")).toEqual(["We will win"]);
  });

  it("keeps a nested quote inside its outer quote", () => {
    const text = "He said: “They told me ‘never again’ and I believed them.”";
    expect(contents(text)).toEqual(["They told me ‘never again’ and I believed them."]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(contents("Ukraine’s minister said the officials’ plan isn’t ready.")).toEqual([]);
  });

  it("follows a quote over paragraphs, one span per paragraph", () => {
    const text = "He said: “The first part goes on.\n\n“And the second part ends here.”";
    const spans = findQuoteSpans(text);
    expect(spans.map((q) => text.slice(q.start, q.end))).toEqual([
      "The first part goes on.",
      "And the second part ends here.",
    ]);
    expect(spans.map((q) => q.continued)).toEqual([false, true]);
  });

  it("finds both parts of a quote split by an attribution", () => {
    expect(contents("“We are ready,” he said, “and we will sign today.”")).toEqual([
      "We are ready",
      "and we will sign today.",
    ]);
  });
});

describe("splitSentences", () => {
  it("does not split inside quotes, after titles or initials", () => {
    const text = "Mr. Smith met U.S. officials. He said: “We agree. They agree.” Then he left.";
    const quotes = findQuoteSpans(text);
    expect(splitSentences(text, quotes).map((s) => text.slice(s.start, s.end))).toEqual([
      "Mr. Smith met U.S. officials.",
      "He said: “We agree. They agree.”",
      "Then he left.",
    ]);
  });

  it("always splits at a line break", () => {
    const text = "Title line\nFirst sentence here";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Title line",
      "First sentence here",
    ]);
  });
});

describe("speech verbs", () => {
  it.each([
    ["said", "say"],
    ["says", "say"],
    ["saying", "say"],
    ["told", "tell"],
    ["wrote", "write"],
    ["written", "write"],
    ["confirms", "confirm"],
    ["announced", "announce"],
    ["revealed", "reveal"],
    ["emphasised", "emphasise"],
    ["denied", "deny"],
  ])("knows %s as a form of %s", (form, lemma) => {
    expect(speechVerbLemma(form)).toBe(lemma);
  });

  it("does not take nouns for verbs", () => {
    expect(speechVerbLemma("state")).toBeNull();
    expect(findSpeechVerbs("the claim was his report")).toEqual([]);
    expect(findSpeechVerbs("member states stated").map((v) => v.form)).toEqual(["stated"]);
  });
});
